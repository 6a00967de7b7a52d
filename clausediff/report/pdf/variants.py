"""Write the clause-variants report as a PDF with Qt: A4 or Letter, header, "page N / M" footer.

The page turns to landscape when a group has more than :data:`PORTRAIT_MAX_VARIANTS` variants
(its similarity matrix would not fit across a portrait page); the tables have ruled borders.

:func:`write_variants_pdf` lays out :func:`clausediff.variants.report.report_html` in a
``QTextDocument``, paginates it to the page body and paints each page with ``QPdfWriter`` (the
header names the clause groups, the footer carries the page number). The file is written to a
temporary path and moved into place (:func:`clausediff.store.atomic.write_with`): a failure
leaves no half-written PDF. A Qt application is created offscreen when none runs
(:func:`clausediff.report.pdf.writer.ensure_app`).

PySide6 is imported inside the functions, so importing this module keeps the core Qt-free.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clausediff import __version__
from clausediff.progress import SILENT, Monitor
from clausediff.store import atomic
from clausediff.variants.choice import VariantsState
from clausediff.variants.model import VariantsResult
from clausediff.variants.report import report_html
from clausediff.variants.strings import text

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

#: Page margins in millimetres: left, top, right, bottom (header and footer sit inside them).
_MARGINS_MM = (16.0, 20.0, 16.0, 18.0)
#: Most variants a group may have for its tables to fit across a portrait page.
PORTRAIT_MAX_VARIANTS = 9


def is_wide(results: Sequence[VariantsResult]) -> bool:
    """True when a group's tables need a landscape page."""
    return any(len(r.group.variant_ids) > PORTRAIT_MAX_VARIANTS for r in results)


def write_variants_pdf(
    state: VariantsState,
    results: Sequence[VariantsResult],
    path: str | os.PathLike[str],
    language: str = "fr",
    page_size: str = "A4",
    monitor: Monitor = SILENT,
) -> None:
    """Draw the variants report of ``results`` into a PDF at ``path``."""
    from clausediff.report.pdf.writer import check_page_size, ensure_app, verify_pdf

    check_page_size(page_size)
    ensure_app()
    html = report_html(state, results, language)
    title = f"{text(language, 'title')} — " + ", ".join(r.group.title for r in results)
    landscape = is_wide(results)
    atomic.write_with(
        path, lambda temp: _draw(html, title, temp, page_size, monitor, landscape), verify_pdf
    )


def _draw(
    html: str, title: str, target: Path, page_size: str, monitor: Monitor, landscape: bool
) -> None:
    """Lay the report's rich text out on the page body and paint it into ``target``."""
    from PySide6.QtGui import QTextDocument

    from clausediff.report.pdf.document import SANS, font
    from clausediff.report.pdf.writer import open_writer, paint_pages

    writer, body = open_writer(target, title, __version__, page_size, _MARGINS_MM, landscape)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font(SANS, 9))
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(body.size())

    def decorate(painter: QPainter, body: QRectF, page: int, pages: int) -> None:
        _decorate(painter, title, body, page, pages)

    paint_pages(writer, target, document, body, decorate, monitor)


def _decorate(painter: QPainter, title: str, body: QRectF, page: int, pages: int) -> None:
    """Running header (report title) and footer (ClauseDiff, page N / M)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    from clausediff.report import palette
    from clausediff.report.pdf.document import SANS, font
    from clausediff.report.pdf.writer import DOTS_PER_MM

    dots_per_mm = DOTS_PER_MM
    small = font(SANS, 7.5)
    painter.save()
    painter.setFont(small)
    metrics = QFontMetricsF(small, painter.device())
    line = metrics.height()
    top = body.top() - 5 * dots_per_mm - line
    painter.setPen(QColor(palette.MUTED))
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, body.width())
    painter.drawText(QRectF(body.left(), top, body.width(), line), elided)
    painter.setPen(QPen(QColor(palette.RULE), 0.3 * dots_per_mm))
    rule = top + line + 1.5 * dots_per_mm
    painter.drawLine(int(body.left()), int(rule), int(body.right()), int(rule))
    bottom = body.bottom() + 5 * dots_per_mm
    painter.setPen(QColor(palette.MUTED))
    painter.drawText(QRectF(body.left(), bottom, body.width(), line), f"ClauseDiff {__version__}")
    painter.drawText(
        QRectF(body.left(), bottom, body.width(), line),
        int(Qt.AlignmentFlag.AlignRight),
        f"{page} / {pages}",
    )
    painter.restore()
