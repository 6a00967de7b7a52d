"""Lay a report out as a Qt rich-text document (``QTextDocument``), ready to paginate.

The parts in order: title block, cover (files, fingerprints, date, options) and legend
(:mod:`clausediff.report.pdf.front_matter`), summary (:mod:`clausediff.report.pdf.summary`), then
the clause details, one table per pair (:mod:`clausediff.report.pdf.pairs`). Once the writer has
given the document its page size, :class:`ReportDocument` moves headings that would end a page
(:mod:`clausediff.report.pdf.page_breaks`) and says on which page each section and pair
starts, for the bookmarks. Words come from the report. QtGui only; no files, no painting:
:mod:`clausediff.report.pdf.writer` paginates and paints.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTableCell

from clausediff.progress import SILENT, Monitor
from clausediff.report import palette
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import Report
from clausediff.report.pdf.flow import TextFlow
from clausediff.report.pdf.front_matter import write_cover, write_legend, write_title_block
from clausediff.report.pdf.outline import Bookmark
from clausediff.report.pdf.page_breaks import (
    close_rows,
    keep_heading_with_text,
    keep_titles_with_text,
)
from clausediff.report.pdf.pairs import pair_title, write_pair
from clausediff.report.pdf.style import MONO, SANS, SERIF, char, font
from clausediff.report.pdf.summary import write_summary

__all__ = ["MONO", "SANS", "SERIF", "ReportDocument", "font"]


class ReportDocument(TextFlow):
    """Builds the ``QTextDocument`` of one report (call :meth:`build` once)."""

    def __init__(
        self, report: Report, monitor: Monitor = SILENT, letterhead: Letterhead | None = None
    ) -> None:
        super().__init__(report.language)
        self.report = report
        self.letterhead = letterhead or Letterhead()
        self.monitor = monitor
        #: The block before the "details" heading, for :meth:`keep_details_heading`.
        self.details_block = self.doc.firstBlock()
        #: (first block of a heading, the cell its text starts in): kept on one page.
        self.kept: list[tuple[QTextBlock, QTextTableCell]] = []
        #: (title as the report shows it, first block of its title) of each pair.
        self.pair_titles: list[tuple[str, QTextBlock]] = []

    def build(self) -> QTextDocument:
        """Lay out the whole report and return the document."""
        self.cursor.beginEditBlock()  # one layout at the end, not one per inserted run
        write_title_block(self, self.report)
        write_cover(self, self.report.cover, self.letterhead)
        write_legend(self)
        write_summary(self, self.report.summary)
        self.details()
        close_rows(self.doc)
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

        Call after ``setPageSize``.
        """
        keep_heading_with_text(self.doc, self.details_block, page_height)

    def keep_headings(self, page_height: float) -> None:
        """Once paginated: a pair whose title and column heads would end a page starts the next."""
        keep_titles_with_text(self.doc, self.kept, page_height)

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
