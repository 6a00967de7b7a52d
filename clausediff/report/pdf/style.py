"""The Qt building blocks of the PDF report: fonts, character formats, table formats.

One place maps the report's marks to Qt formats (the palette and its non-colour cues: strike-out
for deletions, underline for insertions, term tints, superscript letters), so the report and the
variants report draw them the same way. Lengths are given in typographic points and converted to
Qt's layout units by :func:`pt`. QtGui only; no document, no painting.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
    QTextTableCellFormat,
    QTextTableFormat,
)

from clausediff.comparison import Op, TermKind
from clausediff.report import palette, strings

SERIF = ["DejaVu Serif", "Georgia", "Times New Roman", "Liberation Serif", "serif"]
SANS = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
MONO = ["DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono", "monospace"]


def pt(points: float) -> float:
    """A length in points, in Qt's layout units (CSS pixels, 1/96 inch, scaled by Qt)."""
    return points * 96 / 72


class Words:
    """The report's wording in one language, for the writers."""

    def __init__(self, language: str) -> None:
        self.language = strings.check_language(language)

    def t(self, key: str, **values: object) -> str:
        """The wording of ``key``."""
        return strings.text(self.language, key, **values)

    def colon(self) -> str:
        """ ": " in English, "\u202f: " in French."""
        return "\u202f: " if self.language == "fr" else ": "


def font(families: Sequence[str], points: float, bold: bool = False) -> QFont:
    """A font by preference list (DejaVu covers French typography and € everywhere Qt runs)."""
    result = QFont()
    result.setFamilies(list(families))
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


def char(
    families: Sequence[str] = SERIF,
    points: float = 9.5,
    bold: bool = False,
    colour: str = palette.INK,
    italic: bool = False,
) -> QTextCharFormat:
    """A character format with font, size, weight and colour."""
    fmt = QTextCharFormat()
    fmt.setFont(font(families, points, bold))
    fmt.setFontItalic(italic)
    fmt.setForeground(QBrush(QColor(colour)))
    return fmt


def op_format(op: Op, term: TermKind | None, changed: bool, size: float = 9.5) -> QTextCharFormat:
    """The format of a run: colour and strike/underline per operation, tint per term."""
    fmt = char(SERIF, size, bold=changed, colour=palette.OP_TEXT[op])
    if op is Op.DELETE:
        fmt.setFontStrikeOut(True)
    elif op is Op.INSERT:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(palette.OP_TEXT[op]))
    background = palette.TERM_BACKGROUND[term] if term is not None else palette.OP_BACKGROUND[op]
    if background:
        fmt.setBackground(QBrush(QColor(background)))
    return fmt


def mark_format(kind: TermKind) -> QTextCharFormat:
    """The superscript letter after a term."""
    fmt = char(SANS, 7.5, bold=True, colour=palette.TERM_COLOUR[kind])
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt


def table_format(
    widths: Sequence[float], header_rows: int = 1, border: str = palette.RULE
) -> QTextTableFormat:
    """A table format: collapsed thin borders, percentage column widths, repeated header."""
    fmt = QTextTableFormat()
    fmt.setBorderCollapse(True)
    fmt.setBorder(pt(0.6))
    fmt.setBorderBrush(QBrush(QColor(border)))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setCellPadding(pt(3.5))
    fmt.setCellSpacing(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    fmt.setHeaderRowCount(header_rows)
    fmt.setTopMargin(pt(2))
    # No bottom margin: a margin spilling onto the next page makes Qt repeat the header
    # rows there, over the next section. Spacing comes from the next block instead.
    fmt.setBottomMargin(0)
    return fmt


def cell_text(
    table: QTextTable,
    row: int,
    column: int,
    text: str,
    fmt: QTextCharFormat,
    background: str = "",
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    """Write ``text`` into a table cell, optionally tinted."""
    cell = table.cellAt(row, column)
    if background:
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBackground(QBrush(QColor(background)))
        cell.setFormat(cell_format)
    cursor = cell.firstCursorPosition()
    block_format = QTextBlockFormat()
    block_format.setAlignment(align)
    cursor.setBlockFormat(block_format)
    cursor.insertText(text, fmt)


def tint(colour: str) -> QTextTableCellFormat:
    """A cell format with a background colour."""
    fmt = QTextTableCellFormat()
    fmt.setBackground(QBrush(QColor(colour)))
    return fmt


def grid(cell: QTextTableCell, background: str = "") -> None:
    """Draw all four borders of ``cell`` as thin rules (for tables without a table border)."""
    fmt = cell.format().toTableCellFormat()
    side = QTextFrameFormat.BorderStyle.BorderStyle_Solid
    brush = QBrush(QColor(palette.RULE))
    fmt.setBorder(pt(0.6))
    fmt.setBorderBrush(brush)
    fmt.setBorderStyle(side)
    if background:
        fmt.setBackground(QBrush(QColor(background)))
    cell.setFormat(fmt)


def underline(cell: QTextTableCell) -> None:
    """A thin rule under a table cell (rows of data tables are separated by rules only)."""
    fmt = cell.format().toTableCellFormat()
    fmt.setBottomBorder(pt(0.5))
    fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBottomBorderBrush(QBrush(QColor(palette.RULE)))
    cell.setFormat(fmt)
