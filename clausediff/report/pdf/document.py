"""Lay a report out as a Qt rich-text document (``QTextDocument``), ready to paginate.

The document is built with ``QTextCursor`` and Qt text formats rather than from HTML, so every
mark the legend promises is exact (see :mod:`clausediff.report.pdf.style`): title block, cover
(files, fingerprints, date, options), legend, summary (counts, every term change), then one table
per pair (:mod:`clausediff.report.pdf.pairs`). Words come from the report. QtGui only; no files,
no painting: :mod:`clausediff.report.pdf.writer` paginates and paints.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
    QTextTableCell,
    QTextTableCellFormat,
    QTextTableFormat,
)

from clausediff.comparison import Op, TermKind
from clausediff.progress import SILENT, Monitor
from clausediff.report import palette
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import Report, TermChangeRow
from clausediff.report.pdf.outline import Bookmark
from clausediff.report.pdf.pairs import pair_title, write_pair
from clausediff.report.pdf.style import (
    MONO,
    SANS,
    SERIF,
    Words,
    cell_text,
    char,
    font,
    mark_format,
    op_format,
    pt,
    table_format,
    tint,
    underline,
)

__all__ = ["MONO", "SANS", "SERIF", "ReportDocument", "font"]


#: Room (points) for the first lines of a pair's clause text under its title and label.
_KEPT_LINES_PT = 36.0


class ReportDocument:
    """Builds the ``QTextDocument`` of one report (call :meth:`build` once)."""

    def __init__(
        self, report: Report, monitor: Monitor = SILENT, letterhead: Letterhead | None = None
    ) -> None:
        self.report = report
        self.letterhead = letterhead or Letterhead()
        self.words = Words(report.language)
        self.monitor = monitor
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font(SERIF, 9.5))
        self.cursor = QTextCursor(self.doc)
        #: The block before the "details" heading, for :meth:`keep_details_heading`.
        self.details_block = self.doc.firstBlock()
        #: (first block of a heading, the cell its text starts in): kept on one page.
        self.kept: list[tuple[QTextBlock, QTextTableCell]] = []
        #: (title, first block) of each main section, in order, for :meth:`bookmarks`.
        self.sections: list[tuple[str, QTextBlock]] = []
        #: (title as the report shows it, first block of its title) of each pair.
        self.pair_titles: list[tuple[str, QTextBlock]] = []

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

    def build(self) -> QTextDocument:
        """Lay out the whole report and return the document."""
        self.cursor.beginEditBlock()  # one layout at the end, not one per inserted run
        self.title_block()
        self.cover()
        self.legend()
        self.summary()
        self.details()
        self.close_rows()
        self.cursor.endEditBlock()
        return self.doc

    def bookmarks(self, page_height: float) -> list[Bookmark]:
        """Once paginated: the main sections, the pairs under the details, each at its page.

        A block's page is the top of its laid-out rectangle divided by the page height, as
        :func:`clausediff.report.pdf.writer.paint_pages` slices the document into pages.
        """
        layout = self.doc.documentLayout()

        def page(block: QTextBlock) -> int:
            return int(layout.blockBoundingRect(block).top() // page_height)

        pairs = tuple(Bookmark(title, page(block)) for title, block in self.pair_titles)
        # The pairs go under the last section: the clause details.
        *heads, (details, block) = self.sections
        return [Bookmark(title, page(start)) for title, start in heads] + [
            Bookmark(details, page(block), pairs)
        ]

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

    def keep_headings(self, page_height: float) -> None:
        """Once paginated: a pair whose title and column heads would end a page starts the next.

        Qt keeps a table's header rows together but not with the first body row, so a title
        could stand alone at the foot of a page. Pairs are checked in order, each after the
        breaks set before it have been laid out.
        """
        layout = self.doc.documentLayout()
        room = pt(_KEPT_LINES_PT)  # the first lines of the clause text must fit under the title
        for title, body in self.kept:
            title_page = int(layout.blockBoundingRect(title).top() // page_height)
            # The cell opens with the clause's label; its text starts in the next block.
            first = body.firstCursorPosition().block()
            text = first.next() if first.next().isValid() else first
            if text.position() > body.lastCursorPosition().position():
                text = first
            body_top = layout.blockBoundingRect(text).top() + room
            if int(body_top // page_height) > title_page:
                table = self.doc.frameAt(title.position())
                if isinstance(table, QTextTable):
                    fmt = table.format()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    table.setFormat(fmt)

    def close_rows(self) -> None:
        """Move the bottom padding of every cell of a table with header rows into its text.

        Qt repeats a table's header rows on each page the table reaches; when only the padding
        under the last line spills onto a new page, those repeated rows are drawn over whatever
        follows. A block margin, unlike padding, is dropped at a page break, so nothing spills.
        """
        padding = pt(3.5)
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
        firm = [
            (self.t(key), value)
            for key, value in (
                ("matter", self.letterhead.matter),
                ("client", self.letterhead.client),
            )
            if value
        ]
        table = self.cursor.insertTable(4 + len(firm), 2, table_format([18, 82], header_rows=0))
        label = char(SANS, 8.5, bold=True)
        for row, (side, info) in enumerate(
            ((self.t("left"), cover.left), (self.t("right"), cover.right))
        ):
            cell_text(table, row, 0, side, label, palette.HEADER_BACKGROUND)
            cursor = table.cellAt(row, 1).firstCursorPosition()
            cursor.insertText(info.name, char(SERIF, 9.5, bold=True))
            cursor.insertBlock()
            cursor.insertText(
                f"SHA-256 {self.t('sha.' + info.sha256_of)}{self.words.colon()}",
                char(SANS, 7, colour=palette.MUTED),
            )
            cursor.insertText(info.sha256, char(MONO, 7, colour=palette.MUTED))
            if info.warnings:
                cursor.insertBlock()
                cursor.insertText(
                    f"{self.t('warnings')}{self.words.colon()}", char(SANS, 7.5, bold=True)
                )
                for warning in info.warnings:
                    cursor.insertBlock()
                    cursor.insertText(f"⚠ {warning}", char(SANS, 7.5))
        cell_text(table, 2, 0, self.t("date"), label, palette.HEADER_BACKGROUND)
        cell_text(table, 2, 1, cover.date_text, char(SERIF, 9.5))
        cell_text(table, 3, 0, self.t("options"), label, palette.HEADER_BACKGROUND)
        options = ", ".join(
            f"{row.label}{self.words.colon()}{self.t('yes' if row.value else 'no')}"
            for row in cover.options
        )
        cell_text(table, 3, 1, options, char(SERIF, 9))
        for row, (name, value) in enumerate(firm, start=4):
            cell_text(table, row, 0, name, label, palette.HEADER_BACKGROUND)
            cell_text(table, row, 1, value, char(SERIF, 9.5, bold=True))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def legend(self) -> None:
        """Every colour and mark, with its non-colour cue."""
        self.heading(self.t("legend"), top=6)
        rows = 4
        table = self.cursor.insertTable(
            rows, 2, table_format([50, 50], header_rows=0, border="#ffffff")
        )
        entries: list[list[tuple[str, QTextCharFormat]]] = [
            [(self.t("legend.delete"), op_format(Op.DELETE, None, False))],
            [(self.t("legend.insert"), op_format(Op.INSERT, None, False))],
            [
                ("⇅ ", char(SANS, 9, bold=True, colour=palette.MOVED)),
                (self.t("legend.moved"), char(SANS, 8.5)),
            ],
            [(self.t("legend.changed_term"), char(SANS, 8.5, bold=True))],
        ]
        # Diff marks fill the first column, the three term kinds the second.
        for kind in TermKind:
            name = self.t(f"kind.{kind}")
            letter = self.t(f"letter.{kind}")
            entries.append(
                [
                    (name, op_format(Op.EQUAL, kind, False, size=8.5)),
                    (letter, mark_format(kind)),
                    (" " + self.t("legend.term", kind=name, letter=letter), char(SANS, 8.5)),
                ]
            )
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
            2, columns, table_format([100 / columns] * columns, header_rows=1)
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
            table.cellAt(0, column).setFormat(tint(palette.HEADER_BACKGROUND))
            cell_text(table, 1, column, str(row.count), char(SANS, 14, bold=True), align=centre)
        last = columns - 1
        cell_text(
            table,
            0,
            last,
            self.t("summary.total"),
            char(SANS, 7.5, bold=True),
            palette.HEADER_BACKGROUND,
            centre,
        )
        cell_text(
            table,
            1,
            last,
            str(summary.total),
            char(SANS, 14, bold=True, colour=palette.ACCENT),
            palette.SHADE,
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
        layout = table_format(widths, header_rows=2)
        layout.setBorder(0)
        table = self.cursor.insertTable(count, len(keys), layout)
        table.mergeCells(0, 0, 1, len(keys))
        cell = table.cellAt(0, 0)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setLeftPadding(0)
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(caption, caption_format)
        head = char(SANS, 7.5, bold=True)
        for column, key in enumerate(keys):
            cell_text(table, 1, column, self.t(key), head, palette.HEADER_BACKGROUND)
        body = char(SERIF, 8.5)
        for index, row in enumerate(rows, start=2):
            column = 0
            if with_clause:
                cell_text(table, index, 0, f"{row.section}. {row.clause}", char(SANS, 8))
                column = 1
            cursor = table.cellAt(index, column).firstCursorPosition()
            cursor.insertText(row.kind_text, op_format(Op.EQUAL, row.kind, False, size=8.5))
            cursor.insertText(self.t(f"letter.{row.kind}"), mark_format(row.kind))
            cell_text(table, index, column + 1, row.change_text, body)
            cell_text(table, index, column + 2, row.before, body)
            cell_text(table, index, column + 3, row.after, body)
            cell_text(table, index, column + 4, row.direction_text, body)
            for each in range(len(keys)):
                underline(table.cellAt(index, each))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def details(self) -> None:
        """The heading, then one table per pair."""
        report = self.report
        self.block(top=16, bottom=0)
        self.details_block = self.cursor.block()
        details = self.t("details")
        table = self.ruled(details, char(SANS, 13, bold=True, colour=palette.ACCENT), 1.2)
        self.sections.append((details, table.firstCursorPosition().block()))
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
            self.block(top=10, bottom=0)
            table = write_pair(self.cursor, section, self.words)
            title = table.firstCursorPosition().block()
            self.kept.append((title, table.cellAt(2, 0)))
            self.pair_titles.append((pair_title(section), title))
