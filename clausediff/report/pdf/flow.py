"""A Qt rich-text document written from start to end, with the few gestures every part of the
report uses: a paragraph with its spacing, a run of text, a section heading over a rule.

The report is built with ``QTextCursor`` and Qt text formats rather than from HTML, so every mark
the legend promises is exact (:mod:`clausediff.report.pdf.style`). :class:`TextFlow` also records
each main section's first block, for the bookmarks. QtGui only; no files, no painting.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from clausediff.report import palette
from clausediff.report.pdf.style import SANS, SERIF, Words, char, font, pt


class TextFlow:
    """A ``QTextDocument`` and the cursor at its end, in the report's language."""

    def __init__(self, language: str) -> None:
        self.words = Words(language)
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font(SERIF, 9.5))
        self.cursor = QTextCursor(self.doc)
        #: (title, first block) of each main section, in order, for the bookmarks.
        self.sections: list[tuple[str, QTextBlock]] = []

    def t(self, key: str, **values: object) -> str:
        """The report's wording for ``key``."""
        return self.words.t(key, **values)

    def block(
        self,
        top: float = 0,
        bottom: float = 4,
        page_break: bool = False,
        keep_with_next: bool = False,
    ) -> None:
        """Start a new paragraph with the given spacing (points at 72 dpi, scaled by Qt)."""
        fmt = QTextBlockFormat()
        fmt.setTopMargin(pt(top))
        fmt.setBottomMargin(pt(bottom))
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if keep_with_next:
            fmt.setNonBreakableLines(True)
        if self.cursor.block().length() == 1:  # empty: the document start, or after a table
            self.cursor.setBlockFormat(fmt)
        else:
            self.cursor.insertBlock(fmt)

    def write(self, text: str, fmt: QTextCharFormat) -> None:
        """Insert ``text`` with ``fmt`` at the cursor."""
        self.cursor.insertText(text, fmt)

    def heading(
        self, text: str, size: float = 13, top: float = 14, page_break: bool = False
    ) -> None:
        """A section heading in the accent colour over a rule (a one-cell table's bottom border)."""
        self.block(top=top, bottom=0, page_break=page_break)
        table = self.ruled(text, char(SANS, size, bold=True, colour=palette.ACCENT), 1.2)
        self.sections.append((text, table.firstCursorPosition().block()))

    def ruled(self, text: str, fmt: QTextCharFormat, width: float) -> QTextTable:
        """``text`` on one line with a rule under it: a borderless one-cell table (returned)."""
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(0)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setBottomMargin(pt(5))
        table = self.cursor.insertTable(1, 1, table_format)
        cell = table.cellAt(0, 0)
        cell_format = QTextTableCellFormat()
        cell_format.setBottomBorder(pt(width))
        cell_format.setBottomBorderBrush(QBrush(QColor(palette.ACCENT)))
        cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setBottomPadding(pt(2))
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(text, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return table
