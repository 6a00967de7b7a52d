"""Write a report as a PDF with Qt: A4 or US Letter, running header, "page N / M" footer.

:func:`write_pdf` lays the report out with :class:`~clausediff.report.pdf.document.ReportDocument`
(a ``QTextDocument``), paginates it to the page's body, then paints each page with ``QPdfWriter``:
the header names both files, the footer carries the report date and the page number; then the
bookmarks (main sections, one per pair) are appended (:mod:`clausediff.report.pdf.outline`). The
file is written to a temporary path, checked whole and moved into place
(:func:`clausediff.store.atomic.write_with`), so a failure or a cancellation leaves no
half-written PDF and any existing file untouched. The other PDF writers (the chain report, the
variants report) use the same pieces: :func:`open_writer`, :func:`lay_out_report`,
:func:`paint_documents` (several documents on one file, pages numbered over all of them).

Needs a Qt GUI application: one is created (offscreen when there is no display) if the process
has none, so the CLI and the tests can call this without a window. PySide6 is imported only
under :mod:`clausediff.report.pdf`.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from clausediff.comparison import Op
from clausediff.progress import SILENT, Monitor
from clausediff.report import palette, strings
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import Report
from clausediff.report.pdf.document import SANS, ReportDocument, font
from clausediff.report.pdf.outline import Bookmark, add_bookmarks
from clausediff.store import atomic

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

#: Dots per inch of the PDF's coordinate system (text is vector; this only sets precision).
_RESOLUTION = 300
#: Device units per millimetre on the page, for the header and footer geometry.
DOTS_PER_MM = _RESOLUTION / 25.4
#: Page margins in millimetres: left, top, right, bottom (header and footer sit inside them).
REPORT_MARGINS_MM = (18.0, 22.0, 18.0, 20.0)

_app: QGuiApplication | None = None


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display).

    A ``QApplication`` (widgets) is created rather than a bare ``QGuiApplication`` so that a
    process which later opens windows (the GUI, pytest-qt) can still do so.
    """
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI Qt application is running: cannot draw a PDF")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])
    return _app


Decorate = Callable[[QPainter, QRectF, int, int], None]
"""Paints a page's running header and footer: ``(painter, body, page, pages)``, page from 1."""


def check_page_size(page_size: str) -> None:
    """Raise ValueError unless ``page_size`` is one of :data:`PAGE_SIZES`."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: use one of {sorted(PAGE_SIZES)}")


def write_pdf(
    report: Report,
    path: str | os.PathLike[str],
    page_size: str = "A4",
    monitor: Monitor = SILENT,
    letterhead: Letterhead | None = None,
) -> None:
    """Draw ``report`` into a PDF at ``path`` ("A4" or "Letter"). Raises Cancelled on cancel.

    ``letterhead`` adds the matter and client to the cover and a "Confidential" header.
    """
    check_page_size(page_size)
    ensure_app()
    monitor.report(0, 1, "report")
    head = letterhead or Letterhead()
    atomic.write_with(path, lambda temp: _draw(report, temp, page_size, monitor, head), verify_pdf)


def _draw(
    report: Report, target: Path, page_size: str, monitor: Monitor, letterhead: Letterhead
) -> None:
    """Lay out, paginate and paint the report into ``target``, then add its bookmarks."""
    title = f"{report.title} — {report.cover.left.name} / {report.cover.right.name}"
    writer, body = open_writer(target, title, report.app_version, page_size, REPORT_MARGINS_MM)
    bookmarks = _paint_report(report, writer, body, target, monitor, letterhead)
    del writer  # QPdfWriter closes the file when it goes; pypdf then appends to it
    verify_pdf(target)  # a PDF cut short (full disk) is reported as such, not as a parse error
    add_bookmarks(target, bookmarks)


def print_report(
    report: Report,
    printer: QPagedPaintDevice,
    monitor: Monitor = SILENT,
    letterhead: Letterhead | None = None,
) -> None:
    """Draw ``report`` on a printer (File > Print) exactly as the PDF lays it out.

    The printer keeps the page size the user chose in the print dialog; the margins are the
    PDF's. Raises OSError when the printer cannot be drawn on.
    """
    ensure_app()
    size = printer.pageLayout().pageSize()
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(*REPORT_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    body = QRectF(printer.pageLayout().paintRectPixels(printer.logicalDpiX()))
    body.moveTo(0, 0)
    _paint_report(report, printer, body, Path(report.title), monitor, letterhead or Letterhead())


def _paint_report(
    report: Report,
    device: QPagedPaintDevice,
    body: QRectF,
    target: Path,
    monitor: Monitor,
    letterhead: Letterhead,
) -> list[Bookmark]:
    """Lay the report out on ``body`` of ``device``'s pages, paint every page.

    Returns the bookmarks of the laid-out document (sections and pairs at their pages).
    """
    builder = lay_out_report(report, device, body, monitor, letterhead)
    paint_pages(device, target, builder.doc, body, decorator(report, letterhead), monitor)
    return builder.bookmarks(body.height())


def lay_out_report(
    report: Report,
    device: QPagedPaintDevice,
    body: QRectF,
    monitor: Monitor,
    letterhead: Letterhead,
) -> ReportDocument:
    """The report's document, built and paginated to ``body`` on ``device``, ready to paint;
    its ``bookmarks`` give the page of each section and pair."""
    builder = ReportDocument(report, monitor, letterhead)
    document = builder.build()
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body.size())
    builder.keep_details_heading(body.height())
    builder.keep_headings(body.height())
    return builder


def decorator(report: Report, letterhead: Letterhead) -> Decorate:
    """The running header and footer of ``report``'s pages."""

    def decorate(painter: QPainter, body: QRectF, page: int, pages: int) -> None:
        _decorate(painter, report, body, page, pages, letterhead.confidential)

    return decorate


def open_writer(
    target: Path,
    title: str,
    version: str,
    page_size: str,
    margins_mm: tuple[float, float, float, float],
    landscape: bool = False,
) -> tuple[QPdfWriter, QRectF]:
    """A PDF writer on ``target`` and its page body (margins left, top, right, bottom).

    Portrait unless ``landscape`` (wide tables).

    The body rectangle starts at (0, 0): it is the size a ``QTextDocument`` page is given.
    """
    writer = QPdfWriter(str(target))
    writer.setResolution(_RESOLUTION)
    writer.setCreator(f"ClauseDiff {version}")
    writer.setTitle(title)
    left, top, right, bottom = margins_mm
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(left, top, right, bottom),
            QPageLayout.Unit.Millimeter,
        )
    )
    body = QRectF(writer.pageLayout().paintRectPixels(_RESOLUTION))
    body.moveTo(0, 0)
    return writer, body


def paint_pages(
    writer: QPagedPaintDevice,
    target: Path,
    document: QTextDocument,
    body: QRectF,
    decorate: Decorate,
    monitor: Monitor,
) -> None:
    """Paint every page of ``document`` (paginated to ``body``) with its header and footer."""
    paint_documents(writer, target, [(document, decorate)], body, monitor)


def paint_documents(
    writer: QPagedPaintDevice,
    target: Path,
    parts: Sequence[tuple[QTextDocument, Decorate]],
    body: QRectF,
    monitor: Monitor,
) -> None:
    """Paint the pages of each document in turn, each with its own header and footer, and
    number them over all the parts ("page N / M" counts every page of the file)."""
    pages = sum(document.pageCount() for document, _ in parts)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {target.name}")
    try:
        page = 0
        for document, decorate in parts:
            for page_of_part in range(document.pageCount()):
                monitor.report(page, pages, "pdf")
                if page:
                    writer.newPage()
                decorate(painter, body, page + 1, pages)
                _paint_page(painter, document, body, page_of_part)
                page += 1
    finally:
        ended = painter.end()
    if not ended:
        raise OSError(errno.EIO, f"the PDF file {target.name} could not be written in full")
    monitor.report(pages, pages, "pdf")


def verify_pdf(path: Path) -> None:
    """Raise OSError unless ``path`` is a whole PDF (header and end-of-file marker).

    ``QPdfWriter`` does not report a write that failed on a full disk: the file is cut short.
    """
    with open(path, "rb") as stream:
        head = stream.read(5)
        stream.seek(max(0, path.stat().st_size - 64))
        tail = stream.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(errno.ENOSPC, f"the PDF file {path.name} was cut short (is the disk full?)")


def _paint_page(painter: QPainter, document: QTextDocument, body: QRectF, page: int) -> None:
    """Paint the slice of the paginated document that falls on ``page`` (0-based)."""
    offset = page * body.height()
    painter.save()
    painter.translate(body.left(), body.top() - offset)
    clip = QRectF(0, offset, body.width(), body.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _decorate(
    painter: QPainter,
    report: Report,
    body: QRectF,
    page: int,
    pages: int,
    confidential: bool = False,
) -> None:
    """The running header (file names, report title, "Confidential") and footer (date, page)."""
    lang = report.language
    dots_per_mm = DOTS_PER_MM
    gap = 5 * dots_per_mm
    header_font = font(SANS, 7.5)
    painter.save()
    painter.setFont(header_font)
    metrics = QFontMetricsF(header_font, painter.device())
    line = metrics.height()
    header_base = body.top() - gap
    painter.setPen(QColor(palette.MUTED))
    names = f"{report.cover.left.name}  ⟷  {report.cover.right.name}"
    width = body.width() * 0.68
    elided = metrics.elidedText(names, Qt.TextElideMode.ElideMiddle, width)
    painter.drawText(QRectF(body.left(), header_base - line, width, line), elided)
    painter.drawText(
        QRectF(body.left(), header_base - line, body.width(), line),
        int(Qt.AlignmentFlag.AlignRight),
        report.title,
    )
    if confidential:
        mark = strings.text(lang, "confidential")
        painter.save()
        painter.setFont(font(SANS, 8, bold=True))
        painter.setPen(QColor(palette.OP_TEXT[Op.DELETE]))
        painter.drawText(
            QRectF(body.left(), header_base - 2.2 * line, body.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter),
            mark,
        )
        painter.restore()
    painter.setPen(QPen(QColor(palette.RULE), 0.35 * dots_per_mm))
    painter.drawLine(
        int(body.left()),
        int(header_base + 1.2 * dots_per_mm),
        int(body.right()),
        int(header_base + 1.2 * dots_per_mm),
    )
    footer_top = body.bottom() + gap
    painter.drawLine(int(body.left()), int(footer_top), int(body.right()), int(footer_top))
    painter.setPen(QColor(palette.MUTED))
    footer = QRectF(body.left(), footer_top + 1.2 * dots_per_mm, body.width(), line)
    painter.drawText(
        footer,
        int(Qt.AlignmentFlag.AlignLeft),
        f"ClauseDiff {report.app_version} · {report.cover.date_text}",
    )
    painter.setFont(font(SANS, 7.5, bold=True))
    painter.drawText(
        footer, int(Qt.AlignmentFlag.AlignRight), strings.text(lang, "page", n=page, m=pages)
    )
    painter.restore()
