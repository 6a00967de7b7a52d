"""Write the chain report (:class:`~clausediff.report.chain.ChainReport`) as one PDF.

The first pages hold the versions and the table of where each clause changed (the HTML of
:func:`~clausediff.report.chain_html.overview_html`, laid out by Qt's rich text, with the report's
header and footer). Then each step is laid out as the very report a two-document PDF is
(:func:`~clausediff.report.pdf.writer.lay_out_report`), with its own header and footer. Every
part is laid out before the first page is painted, so the footers number the pages over the
whole file ("page 9 / 18"), and the pages are painted in one pass by one ``QPdfWriter``; the
outline has one bookmark for the overview and one per step holding the step's own bookmarks.
Written atomically like every PDF: a failure or a cancellation leaves any existing file
untouched. This is what ``clausediff compare V1 V2 V3 --pdf`` writes.
"""

from __future__ import annotations

import os
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from clausediff.progress import SILENT, Monitor
from clausediff.report import palette
from clausediff.report.chain import ChainReport
from clausediff.report.chain_html import overview_html, versions_html
from clausediff.report.letterhead import Letterhead
from clausediff.report.pdf.outline import Bookmark, add_bookmarks
from clausediff.report.pdf.style import SANS, SERIF, font
from clausediff.report.pdf.writer import (
    REPORT_MARGINS_MM,
    Decorate,
    check_page_size,
    decorator,
    ensure_app,
    lay_out_report,
    open_writer,
    paint_documents,
    verify_pdf,
)
from clausediff.store import atomic


def write_chain_pdf(
    report: ChainReport,
    path: str | os.PathLike[str],
    page_size: str = "A4",
    monitor: Monitor = SILENT,
    letterhead: Letterhead | None = None,
) -> None:
    """Draw the chain ``report`` into one PDF at ``path``. Raises Cancelled on cancel."""
    check_page_size(page_size)
    ensure_app()
    head = letterhead or Letterhead()

    def draw(target: Path) -> None:
        writer, body = open_writer(
            target, report.title, report.app_version, page_size, REPORT_MARGINS_MM
        )
        overview = _overview_document(report, writer, body)
        # The header and footer of the last step's report: first and last version, date, page.
        framing = replace(report.steps[-1].report, title=report.title)
        parts: list[tuple[QTextDocument, Decorate]] = [(overview, decorator(framing, head))]
        bookmarks = [Bookmark(report.title, 0)]
        first_page = overview.pageCount()
        for step in report.steps:
            monitor.report(0, 1, "report")
            laid_out = lay_out_report(step.report, writer, body, monitor, head)
            parts.append((laid_out.doc, decorator(step.report, head)))
            inside = tuple(_shifted(b, first_page) for b in laid_out.bookmarks(body.height()))
            bookmarks.append(Bookmark(step.report.title, first_page, inside))
            first_page += laid_out.doc.pageCount()
        paint_documents(writer, target, parts, body, monitor)
        del writer  # QPdfWriter closes the file when it goes; pypdf then appends to it
        verify_pdf(target)  # a PDF cut short (full disk) is reported as such
        add_bookmarks(target, bookmarks)

    atomic.write_with(path, draw, verify_pdf)


def _overview_document(
    report: ChainReport, device: QPagedPaintDevice, body: QRectF
) -> QTextDocument:
    """The first pages, paginated to ``body``: title, versions, where each clause changed."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font(SERIF, 9.5))
    document.documentLayout().setPaintDevice(device)
    document.setDefaultStyleSheet(
        f"h1,h2{{font-family:'{SANS[0]}';color:{palette.ACCENT}}} th{{font-family:'{SANS[0]}'}}"
        "table{margin-top:4px}"
    )
    document.setHtml(
        f"<h1>{escape(report.title)}</h1>{versions_html(report)}{overview_html(report)}"
    )
    document.setPageSize(body.size())
    return document


def _shifted(bookmark: Bookmark, pages: int) -> Bookmark:
    """``bookmark`` and the entries under it, ``pages`` further into the file."""
    children = tuple(_shifted(child, pages) for child in bookmark.children)
    return Bookmark(bookmark.title, bookmark.page + pages, children)
