"""Lay a report out as a Qt rich-text document (``QTextDocument``), ready to paginate.

The document is built with ``QTextCursor`` and ``QTextCharFormat`` rather than from HTML, so
every mark the legend promises is exact: strike-out for deletions, underline for insertions,
tinted terms with a superscript letter, bold changed terms, and side-by-side tables whose header
row repeats on each page. Colours come from :mod:`clausediff.report.palette`, words from the
report. Qt (QtGui) only; no files, no painting: :mod:`clausediff.report.pdf` does both.
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
    QTextTableCellFormat,
    QTextTableFormat,
)

from clausediff.comparison import Op, TermKind
from clausediff.progress import SILENT, Monitor
from clausediff.report import palette, strings
from clausediff.report.model import ClauseBlock, Report, Section, TermChangeRow
from clausediff.report.runs import Run

SERIF = ["DejaVu Serif", "Georgia", "Times New Roman", "Liberation Serif", "serif"]
SANS = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
MONO = ["DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono", "monospace"]


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


class ReportDocument:
    """Builds the ``QTextDocument`` of one report (call :meth:`build` once)."""

    def __init__(self, report: Report, monitor: Monitor = SILENT) -> None:
        self.report = report
        self.lang = report.language
        self.monitor = monitor
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font(SERIF, 9.5))
        self.cursor = QTextCursor(self.doc)
        #: The block before the "details" heading, for :meth:`keep_details_heading`.
        self.details_block = self.doc.firstBlock()

    @staticmethod
    def pt(points: float) -> float:
        """A length in points, in Qt's layout units (CSS pixels, 1/96 inch, scaled by Qt)."""
        return points * 96 / 72

    def t(self, key: str, **values: object) -> str:
        """The report's wording for ``key``."""
        return strings.text(self.lang, key, **values)

    def colon(self) -> str:
        """ ": " in English, "\u202f: " in French."""
        return "\u202f: " if self.lang == "fr" else ": "

    # --- building blocks -------------------------------------------------------------------

    def block(
        self,
        top: float = 0,
        bottom: float = 4,
        page_break: bool = False,
        keep_with_next: bool = False,
    ) -> None:
        """Start a new paragraph with the given spacing (points at 72 dpi, scaled by Qt)."""
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.pt(top))
        fmt.setBottomMargin(self.pt(bottom))
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
        self.ruled(text, char(SANS, size, bold=True, colour=palette.ACCENT), 1.2)

    def ruled(self, text: str, fmt: QTextCharFormat, width: float) -> None:
        """``text`` on one line with a rule under it: a borderless one-cell table."""
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(0)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setBottomMargin(self.pt(5))
        table = self.cursor.insertTable(1, 1, table_format)
        cell = table.cellAt(0, 0)
        cell_format = QTextTableCellFormat()
        cell_format.setBottomBorder(self.pt(width))
        cell_format.setBottomBorderBrush(QBrush(QColor(palette.ACCENT)))
        cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setBottomPadding(self.pt(2))
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(text, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def table(
        self, rows: int, widths: Sequence[float], header_rows: int = 1, border: str = palette.RULE
    ) -> QTextTableFormat:
        """A table format: collapsed thin borders, percentage column widths, repeated header."""
        fmt = QTextTableFormat()
        fmt.setBorderCollapse(True)
        fmt.setBorder(self.pt(0.6))
        fmt.setBorderBrush(QBrush(QColor(border)))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellPadding(self.pt(3.5))
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        fmt.setHeaderRowCount(header_rows)
        fmt.setTopMargin(self.pt(2))
        # No bottom margin: a margin spilling onto the next page makes Qt repeat the header
        # rows there, over the next section. Spacing comes from the next block instead.
        fmt.setBottomMargin(0)
        return fmt

    def cell_text(
        self,
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

    # --- the report ------------------------------------------------------------------------

    def build(self) -> QTextDocument:
        """Lay out the whole report and return the document."""
        self.title_block()
        self.cover()
        self.legend()
        self.summary()
        self.details()
        self.close_rows()
        return self.doc

    def keep_details_heading(self, page_height: float) -> None:
        """Once paginated: start the clause details on a new page if the heading would sit alone.

        Call after ``setPageSize``. One block changes, so Qt lays the rest out once more.
        """
        layout = self.doc.documentLayout()
        top = layout.blockBoundingRect(self.details_block).top()
        if page_height - top % page_height < 0.25 * page_height:
            fmt = self.details_block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(self.details_block).setBlockFormat(fmt)

    def close_rows(self) -> None:
        """Move the bottom padding of every cell of a table with header rows into its text.

        Qt repeats a table's header rows on each page the table reaches; when only the padding
        under the last line spills onto a new page, those repeated rows are drawn over whatever
        follows. A block margin, unlike padding, is dropped at a page break, so nothing spills.
        """
        padding = self.pt(3.5)
        for frame in self.doc.rootFrame().childFrames():
            if not isinstance(frame, QTextTable) or frame.format().headerRowCount() == 0:
                continue
            for row in range(frame.rows()):
                for column in range(frame.columns()):
                    cell = frame.cellAt(row, column)
                    if cell.row() != row or cell.column() != column:
                        continue  # a merged cell, seen at its first position
                    fmt = cell.format().toTableCellFormat()
                    if fmt.hasProperty(QTextFormat.Property.TableCellBottomPadding):
                        continue  # set on purpose (the side-by-side content row)
                    fmt.setBottomPadding(0)
                    cell.setFormat(fmt)
                    cursor = cell.lastCursorPosition()
                    block = cursor.blockFormat()
                    block.setBottomMargin(block.bottomMargin() + padding)
                    cursor.setBlockFormat(block)

    def title_block(self) -> None:
        """Kicker, title, and the two file names."""
        self.block(bottom=1)
        self.write(self.t("subtitle").upper(), char(SANS, 7.5, colour=palette.MUTED))
        self.block(bottom=2)
        self.write(self.report.title, char(SANS, 20, bold=True, colour=palette.ACCENT))
        self.block(bottom=0)
        cover = self.report.cover
        self.ruled(
            f"{cover.left.name}  ⟷  {cover.right.name}", char(SANS, 10.5, colour=palette.MUTED), 2.4
        )

    def cover(self) -> None:
        """The files, their fingerprints, the date and the options."""
        self.heading(self.t("files"), top=8)
        cover = self.report.cover
        table = self.cursor.insertTable(4, 2, self.table(4, [18, 82], header_rows=0))
        label = char(SANS, 8.5, bold=True)
        for row, (side, info) in enumerate(
            ((self.t("left"), cover.left), (self.t("right"), cover.right))
        ):
            self.cell_text(table, row, 0, side, label, palette.HEADER_BACKGROUND)
            cursor = table.cellAt(row, 1).firstCursorPosition()
            cursor.insertText(info.name, char(SERIF, 9.5, bold=True))
            cursor.insertBlock()
            cursor.insertText(
                f"SHA-256 {self.t('sha.' + info.sha256_of)}{self.colon()}",
                char(SANS, 7, colour=palette.MUTED),
            )
            cursor.insertText(info.sha256, char(MONO, 7, colour=palette.MUTED))
        self.cell_text(table, 2, 0, self.t("date"), label, palette.HEADER_BACKGROUND)
        self.cell_text(table, 2, 1, cover.date_text, char(SERIF, 9.5))
        self.cell_text(table, 3, 0, self.t("options"), label, palette.HEADER_BACKGROUND)
        options = ", ".join(
            f"{row.label}{self.colon()}{self.t('yes' if row.value else 'no')}"
            for row in cover.options
        )
        self.cell_text(table, 3, 1, options, char(SERIF, 9))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def legend(self) -> None:
        """Every colour and mark, with its non-colour cue."""
        self.heading(self.t("legend"), top=6)
        rows = 4
        table = self.cursor.insertTable(
            rows, 2, self.table(rows, [50, 50], header_rows=0, border="#ffffff")
        )
        entries: list[list[tuple[str, QTextCharFormat]]] = [
            [(self.t("legend.delete"), self.op_format(Op.DELETE, None, False))],
            [(self.t("legend.insert"), self.op_format(Op.INSERT, None, False))],
            [
                ("⇅ ", char(SANS, 9, bold=True, colour=palette.MOVED)),
                (self.t("legend.moved"), char(SANS, 8.5)),
            ],
        ]
        for kind in TermKind:
            name = self.t(f"kind.{kind}")
            letter = self.t(f"letter.{kind}")
            entries.append(
                [
                    (name, self.op_format(Op.EQUAL, kind, False, size=8.5)),
                    (letter, self.mark_format(kind)),
                    (" " + self.t("legend.term", kind=name, letter=letter), char(SANS, 8.5)),
                ]
            )
        entries.append([(self.t("legend.changed_term"), char(SANS, 8.5, bold=True))])
        for index, parts in enumerate(entries):
            row, column = index % rows, index // rows
            cursor = table.cellAt(row, column).firstCursorPosition()
            for text, fmt in parts:
                if fmt.fontPointSize() == 0:
                    fmt.setFontPointSize(8.5)
                cursor.insertText(text, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def summary(self) -> None:
        """Counts per status, then every term change."""
        summary = self.report.summary
        self.heading(self.t("summary"), top=6)
        self.block(bottom=2)
        self.write(self.t("summary.statuses"), char(SANS, 9, bold=True, colour=palette.MUTED))
        columns = len(summary.statuses) + 1
        table = self.cursor.insertTable(
            2, columns, self.table(2, [100 / columns] * columns, header_rows=1)
        )
        centre = Qt.AlignmentFlag.AlignHCenter
        for column, row in enumerate(summary.statuses):
            sign = palette.STATUS_SIGN[row.status]
            cursor = table.cellAt(0, column).firstCursorPosition()
            block_format = QTextBlockFormat()
            block_format.setAlignment(centre)
            cursor.setBlockFormat(block_format)
            cursor.insertText(
                sign + " ", char(SANS, 8, bold=True, colour=palette.STATUS_COLOUR[row.status])
            )
            cursor.insertText(row.label, char(SANS, 7, bold=True))
            table.cellAt(0, column).setFormat(self.tint(palette.HEADER_BACKGROUND))
            self.cell_text(
                table, 1, column, str(row.count), char(SANS, 14, bold=True), align=centre
            )
        last = columns - 1
        self.cell_text(
            table,
            0,
            last,
            self.t("summary.total"),
            char(SANS, 7.5, bold=True),
            palette.HEADER_BACKGROUND,
            centre,
        )
        self.cell_text(
            table,
            1,
            last,
            str(summary.total),
            char(SANS, 14, bold=True, colour=palette.ACCENT),
            "#eef1f5",
            centre,
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        caption = char(SANS, 9, bold=True, colour=palette.MUTED)
        if summary.term_changes:
            self.block(top=6, bottom=0)
            self.term_table(summary.term_changes, self.t("summary.terms"), caption, True)
        else:
            self.block(top=6, bottom=2)
            self.write(self.t("summary.terms"), caption)
            self.block(bottom=4)
            self.write(
                self.t("summary.no_terms"), char(SERIF, 9.5, italic=True, colour=palette.MUTED)
            )

    def grid(self, cell: QTextTableCell, background: str = "") -> None:
        """Draw all four borders of ``cell`` as thin rules (for tables without a table border)."""
        fmt = cell.format().toTableCellFormat()
        side = QTextFrameFormat.BorderStyle.BorderStyle_Solid
        brush = QBrush(QColor(palette.RULE))
        fmt.setBorder(self.pt(0.6))
        fmt.setBorderBrush(brush)
        fmt.setBorderStyle(side)
        if background:
            fmt.setBackground(QBrush(QColor(background)))
        cell.setFormat(fmt)

    @staticmethod
    def tint(colour: str) -> QTextTableCellFormat:
        """A cell format with a background colour."""
        fmt = QTextTableCellFormat()
        fmt.setBackground(QBrush(QColor(colour)))
        return fmt

    def term_table(
        self,
        rows: Sequence[TermChangeRow],
        caption: str,
        caption_format: QTextCharFormat,
        with_clause: bool,
    ) -> None:
        """A table of term changes: (clause,) term, change, before, after, direction.

        The caption is the table's first header row, so it never stays alone at a page foot.
        """
        keys = ["col.clause"] if with_clause else []
        keys += ["col.kind", "col.change", "col.before", "col.after", "col.direction"]
        widths = [17, 12, 13, 21, 21, 16] if with_clause else [14, 13, 29, 29, 15]
        count = len(rows) + 2
        table_format = self.table(count, widths, header_rows=2)
        table_format.setBorder(0)
        table = self.cursor.insertTable(count, len(keys), table_format)
        table.mergeCells(0, 0, 1, len(keys))
        cell = table.cellAt(0, 0)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setLeftPadding(0)
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(caption, caption_format)
        head = char(SANS, 7.5, bold=True)
        for column, key in enumerate(keys):
            self.cell_text(table, 1, column, self.t(key), head, palette.HEADER_BACKGROUND)
        body = char(SERIF, 8.5)
        for index, row in enumerate(rows, start=2):
            column = 0
            if with_clause:
                self.cell_text(table, index, 0, f"{row.section}. {row.clause}", char(SANS, 8))
                column = 1
            cursor = table.cellAt(index, column).firstCursorPosition()
            cursor.insertText(row.kind_text, self.op_format(Op.EQUAL, row.kind, False, size=8.5))
            cursor.insertText(self.t(f"letter.{row.kind}"), self.mark_format(row.kind))
            self.cell_text(table, index, column + 1, row.change_text, body)
            self.cell_text(table, index, column + 2, row.before, body)
            self.cell_text(table, index, column + 3, row.after, body)
            self.cell_text(table, index, column + 4, row.direction_text, body)
            for each in range(len(keys)):
                self.underline(table.cellAt(index, each))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def underline(self, cell: QTextTableCell) -> None:
        """A thin rule under a table cell (rows of data tables are separated by rules only)."""
        fmt = cell.format().toTableCellFormat()
        fmt.setBottomBorder(self.pt(0.5))
        fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBottomBorderBrush(QBrush(QColor(palette.RULE)))
        cell.setFormat(fmt)

    def details(self) -> None:
        """One block per pair, on a new page."""
        report = self.report
        self.block(top=16, bottom=0)
        self.details_block = self.cursor.block()
        self.ruled(self.t("details"), char(SANS, 13, bold=True, colour=palette.ACCENT), 1.2)
        self.block(bottom=4)
        self.write(
            self.t("details.all" if report.all_clauses else "details.changed"),
            char(SERIF, 9, italic=True, colour=palette.MUTED),
        )
        if not report.sections:
            self.block()
            self.write(
                self.t("summary.no_changes"), char(SERIF, 9.5, italic=True, colour=palette.MUTED)
            )
        total = len(report.sections)
        for index, section in enumerate(report.sections):
            if index % 20 == 0:
                self.monitor.report(index, total, "report")
            self.section(section)

    def section(self, section: Section) -> None:
        """Title, status, side-by-side table, term changes and decision of one pair.

        The title and status are the table's first header row, so Qt never leaves them alone at
        the foot of a page and repeats them (with the column heads) when a pair spans pages.
        """
        colour = palette.STATUS_COLOUR[section.status]
        self.block(top=10, bottom=0)
        extra = [
            name
            for name, wanted in (
                ("terms", bool(section.term_changes)),
                ("decision", bool(section.choice or section.note)),
            )
            if wanted
        ]
        rows = 3 + len(extra)
        table_format = self.table(rows, [50, 50], header_rows=2)
        table_format.setBorder(0)
        table = self.cursor.insertTable(rows, 2, table_format)
        table.mergeCells(0, 0, 1, 2)
        for row in range(3, rows):
            table.mergeCells(row, 0, 1, 2)
        title_cell = table.cellAt(0, 0)
        title_format = QTextTableCellFormat()
        title_format.setLeftBorder(self.pt(3))
        title_format.setLeftBorderBrush(QBrush(QColor(colour)))
        title_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        title_format.setLeftPadding(self.pt(6))
        title_format.setBottomPadding(self.pt(4))
        title_cell.setFormat(title_format)
        # The content row has no bottom padding or border: what ends a row must be a line of
        # text, or Qt lets the padding spill onto the next page and repeats the header rows there
        # over what follows. The cells' last block margin gives the spacing instead; a thin rule
        # between the columns is the only border.
        for column in (0, 1):
            fmt = table.cellAt(2, column).format().toTableCellFormat()
            fmt.setBottomPadding(0)
            fmt.setTopPadding(self.pt(4))
            if column == 0:
                fmt.setRightBorder(self.pt(0.6))
                fmt.setRightBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                fmt.setRightBorderBrush(QBrush(QColor(palette.RULE)))
                fmt.setRightPadding(self.pt(7))
            else:
                fmt.setLeftPadding(self.pt(7))
            table.cellAt(2, column).setFormat(fmt)
        cursor = title_cell.firstCursorPosition()
        cursor.insertText(f"{section.index}. ", char(SANS, 10.5, bold=True, colour=palette.MUTED))
        cursor.insertText(section.title, char(SANS, 10.5, bold=True, colour=palette.ACCENT))
        cursor.insertBlock()
        sign = palette.STATUS_SIGN[section.status]
        cursor.insertText(
            f"{sign} {section.status_text}", char(SANS, 8.5, bold=True, colour=colour)
        )
        if section.similarity_text:
            cursor.insertText(
                f"     {self.t('similarity')} {section.similarity_text}",
                char(SANS, 8.5, colour=palette.MUTED),
            )
        if section.truncated:
            cursor.insertBlock()
            cursor.insertText(
                self.t("truncated"), char(SERIF, 8.5, italic=True, colour=palette.MUTED)
            )
        head = char(SANS, 7.5, bold=True, colour=palette.MUTED)
        self.cell_text(table, 1, 0, self.t("left").upper(), head, palette.HEADER_BACKGROUND)
        self.cell_text(table, 1, 1, self.t("right").upper(), head, palette.HEADER_BACKGROUND)
        self.clause_cell(table.cellAt(2, 0).firstCursorPosition(), section.left, "absent.left")
        self.clause_cell(table.cellAt(2, 1).firstCursorPosition(), section.right, "absent.right")
        for row, name in enumerate(extra, start=3):
            cell = table.cellAt(row, 0)
            fmt = cell.format().toTableCellFormat()
            fmt.setTopBorder(self.pt(0.6))
            fmt.setTopBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            fmt.setTopBorderBrush(QBrush(QColor(palette.RULE)))
            if name == "decision":
                fmt.setBackground(QBrush(QColor("#f7f6ef")))
            cell.setFormat(fmt)
            if name == "terms":
                self.term_lines(cell.firstCursorPosition(), section.term_changes)
            else:
                self.decision(cell.firstCursorPosition(), section)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def term_lines(self, cursor: QTextCursor, rows: Sequence[TermChangeRow]) -> None:
        """The pair's term changes, one line each: "Délai modifié : 4 heures → 5 jours"."""
        cursor.insertText(self.t("term_changes"), char(SANS, 7.5, bold=True, colour=palette.MUTED))
        arrow = char(SANS, 8.5, bold=True, colour=palette.MUTED)
        for row in rows:
            cursor.insertBlock()
            cursor.insertText(row.kind_text, self.op_format(Op.EQUAL, row.kind, False, size=8.5))
            cursor.insertText(self.t(f"letter.{row.kind}"), self.mark_format(row.kind))
            cursor.insertText(f" {row.change_text}{self.colon()}", char(SANS, 8.5))
            cursor.insertText(row.before, char(SERIF, 9, bold=True))
            cursor.insertText("  →  ", arrow)
            cursor.insertText(row.after, char(SERIF, 9, bold=True))
            if row.direction_text:
                cursor.insertText(f"   ({row.direction_text})", char(SANS, 8.5, italic=True))

    def clause_cell(self, cursor: QTextCursor, blocks: Sequence[ClauseBlock], absent: str) -> None:
        """The clauses of one side: label line, then the body runs."""
        if not blocks:
            cursor.insertText(self.t(absent), char(SERIF, 9, italic=True, colour=palette.MUTED))
        for number, clause in enumerate(blocks):
            if number:
                spaced = QTextBlockFormat()
                spaced.setTopMargin(self.pt(6))
                cursor.insertBlock(spaced)
            cursor.insertText(clause.label, char(SANS, 8.5, bold=True, colour=palette.ACCENT))
            body = QTextBlockFormat()
            body.setTopMargin(self.pt(2))
            body.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.insertBlock(body)
            for run in clause.runs:
                self.insert_run(cursor, run)
        last = cursor.blockFormat()
        last.setBottomMargin(self.pt(6))
        cursor.setBlockFormat(last)

    def insert_run(self, cursor: QTextCursor, run: Run) -> None:
        """One run with its diff mark and term tint, plus the term letter at the term's end."""
        fmt = self.op_format(run.op, run.term, run.term_changed)
        # A paragraph break inside a clause body becomes a line break in the cell.
        cursor.insertText(run.text.replace("\n\n", "\u2029").replace("\n", "\u2028"), fmt)
        if run.term is not None and run.term_end:
            cursor.insertText(self.t(f"letter.{run.term}"), self.mark_format(run.term))

    def op_format(
        self, op: Op, term: TermKind | None, changed: bool, size: float = 9.5
    ) -> QTextCharFormat:
        """The format of a run: colour and strike/underline per operation, tint per term."""
        fmt = char(SERIF, size, bold=changed, colour=palette.OP_TEXT[op])
        if op is Op.DELETE:
            fmt.setFontStrikeOut(True)
        elif op is Op.INSERT:
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor(palette.OP_TEXT[op]))
        background = (
            palette.TERM_BACKGROUND[term] if term is not None else palette.OP_BACKGROUND[op]
        )
        if background:
            fmt.setBackground(QBrush(QColor(background)))
        return fmt

    def mark_format(self, kind: TermKind) -> QTextCharFormat:
        """The superscript letter after a term."""
        fmt = char(SANS, 7.5, bold=True, colour=palette.TERM_COLOUR[kind])
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return fmt

    def decision(self, cursor: QTextCursor, section: Section) -> None:
        """The user's choice, custom text and note."""
        label = char(SANS, 8.5, bold=True)
        colon = self.colon().rstrip() + " "
        first = True
        if section.choice:
            cursor.insertText(self.t("choice") + colon, label)
            cursor.insertText(section.choice_text, char(SERIF, 9))
            first = False
        if section.custom_text:
            quote = QTextBlockFormat()
            quote.setLeftMargin(self.pt(10))
            quote.setTopMargin(self.pt(2))
            if first:
                cursor.setBlockFormat(quote)
            else:
                cursor.insertBlock(quote)
            cursor.insertText(
                section.custom_text.replace("\n", "\u2028"), char(SERIF, 9, italic=True)
            )
            first = False
        if section.note:
            if not first:
                cursor.insertBlock(QTextBlockFormat())
            cursor.insertText(self.t("note") + colon, label)
            cursor.insertText(section.note, char(SERIF, 9))
