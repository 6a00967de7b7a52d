"""Write the chain report (:class:`~clausediff.report.chain.ChainReport`) as one PDF.

The first pages hold the versions and the table of where each clause changed (the HTML of
:func:`~clausediff.report.chain_html.overview_html`, laid out by Qt's rich text, with the report's
header and footer). Then each step is the very PDF a two-document report is
(:func:`~clausediff.report.pdf.writer.write_pdf`, drawn into a temporary folder), appended with
pypdf under one bookmark per step that holds the step's own bookmarks. Page numbers in a step's
footer count that step's pages. Written atomically like every PDF: a failure or a cancellation
leaves any existing file untouched. This is what ``clausediff compare V1 V2 V3 --pdf`` writes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from html import escape
from pathlib import Path

from pypdf import PdfWriter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextDocument

from clausediff.progress import SILENT, Monitor
from clausediff.report import palette
from clausediff.report.chain import ChainReport
from clausediff.report.chain_html import overview_html, versions_html
from clausediff.report.letterhead import Letterhead
from clausediff.report.pdf.document import SANS, SERIF, font
from clausediff.report.pdf.writer import (
    _MARGINS_MM,
    _decorate,
    check_page_size,
    ensure_app,
    open_writer,
    paint_pages,
    verify_pdf,
    write_pdf,
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
        with tempfile.TemporaryDirectory(prefix="clausediff-chain-") as folder:
            parts = [Path(folder) / "overview.pdf"]
            _draw_overview(report, parts[0], page_size, head)
            for number, step in enumerate(report.steps, start=1):
                parts.append(Path(folder) / f"step-{number}.pdf")
                write_pdf(step.report, parts[-1], page_size, monitor, head)
            merged = PdfWriter()
            merged.append(parts[0], outline_item=report.title)
            for step, part in zip(report.steps, parts[1:], strict=True):
                merged.append(part, outline_item=step.report.title)
            merged.page_mode = "/UseOutlines"
            merged.add_metadata(
                {"/Title": report.title, "/Creator": f"ClauseDiff {report.app_version}"}
            )
            merged.write(target)

    atomic.write_with(path, draw, verify_pdf)


def _draw_overview(
    report: ChainReport, target: Path, page_size: str, letterhead: Letterhead
) -> None:
    """The first pages: title, versions, where each clause changed."""
    writer, body = open_writer(target, report.title, report.app_version, page_size, _MARGINS_MM)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font(SERIF, 9.5))
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultStyleSheet(
        f"h1,h2{{font-family:'{SANS[0]}';color:{palette.ACCENT}}} th{{font-family:'{SANS[0]}'}}"
        "table{margin-top:4px}"
    )
    document.setHtml(
        f"<h1>{escape(report.title)}</h1>{versions_html(report)}{overview_html(report)}"
    )
    document.setPageSize(body.size())
    # The header and footer of the last step's report: first and last version, date, page.
    framing = replace(report.steps[-1].report, title=report.title)

    def decorate(painter: QPainter, body: QRectF, page: int, pages: int) -> None:
        _decorate(painter, framing, body, page, pages, letterhead.confidential)

    paint_pages(writer, target, document, body, decorate, SILENT)
    del writer
