"""Reports of a comparison: one Qt-free model, rendered as HTML, PDF (Qt) and JSON.

:mod:`~clausediff.report.model` builds the :class:`~clausediff.report.model.Report` from a
comparison and the user's session; :mod:`~clausediff.report.html` renders it as one
self-contained page, :mod:`~clausediff.report.pdf.writer` draws it with Qt,
:mod:`~clausediff.report.jsonout` writes its data, :mod:`~clausediff.report.export` does all
three in one call. Every visible word comes from :mod:`~clausediff.report.strings`.

``write_pdf`` is re-exported lazily: importing this package never loads Qt; the first use of
``clausediff.report.write_pdf`` imports :mod:`clausediff.report.pdf.writer` (and PySide6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clausediff.report.export import ExportOptions, export_report
from clausediff.report.html import render_html
from clausediff.report.jsonout import report_to_dict, report_to_json
from clausediff.report.model import Report, build_report

if TYPE_CHECKING:
    from clausediff.report.pdf.writer import write_pdf

__all__ = [
    "ExportOptions",
    "Report",
    "build_report",
    "export_report",
    "render_html",
    "report_to_dict",
    "report_to_json",
    "write_pdf",
]


def __getattr__(name: str) -> Any:
    """Load the Qt PDF writer on first use only."""
    if name == "write_pdf":
        from clausediff.report.pdf.writer import write_pdf

        return write_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
