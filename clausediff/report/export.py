"""One call for the CLI and the GUI: build the report once, write any of PDF, HTML and JSON.

:func:`export_report` builds the :class:`~clausediff.report.model.Report` of a comparison (with
the session's choices and notes when given) and writes each requested format atomically. The PDF
writer, and so Qt, is imported only when a PDF is asked for, so ``compare --html`` stays Qt-free.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from clausediff.compare.chain import VersionChain
from clausediff.comparison import Comparison
from clausediff.progress import SILENT, Monitor
from clausediff.report.chain import ChainReport, build_chain_report
from clausediff.report.chain_html import render_chain_html
from clausediff.report.html import render_html
from clausediff.report.jsonout import report_to_json
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import Report, build_report
from clausediff.store import atomic
from clausediff.store.session import Session

Target = str | os.PathLike[str] | None


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How the report reads: language ("fr"/"en"), every clause or only changed ones, page;
    the matter, client and confidentiality mark of the PDF (:class:`Letterhead`)."""

    language: str = "fr"
    all_clauses: bool = False
    page_size: str = "A4"
    letterhead: Letterhead = field(default_factory=Letterhead)


def export_report(
    comparison: Comparison,
    *,
    pdf: Target = None,
    html: Target = None,
    json: Target = None,
    session: Session | None = None,
    options: ExportOptions | None = None,
    monitor: Monitor = SILENT,
) -> Report:
    """Write the requested report files and return the report they were drawn from."""
    options = options or ExportOptions()
    report = build_report(
        comparison, session, language=options.language, all_clauses=options.all_clauses
    )
    if html is not None:
        atomic.write_text(html, render_html(report))
    if json is not None:
        atomic.write_text(json, report_to_json(report))
    if pdf is not None:
        from clausediff.report.pdf.writer import write_pdf

        write_pdf(
            report, pdf, page_size=options.page_size, monitor=monitor, letterhead=options.letterhead
        )
    return report


def export_chain_report(
    chain: VersionChain,
    *,
    pdf: Target = None,
    html: Target = None,
    sessions: Sequence[Session] = (),
    options: ExportOptions | None = None,
    monitor: Monitor = SILENT,
) -> ChainReport:
    """Write the report over a chain of versions (:mod:`clausediff.report.chain`: where each
    clause changed, then every step) as PDF and/or HTML; ``sessions`` add each step's decisions."""
    options = options or ExportOptions()
    report = build_chain_report(chain, options.language, options.all_clauses, sessions=sessions)
    if html is not None:
        atomic.write_text(html, render_chain_html(report))
    if pdf is not None:
        from clausediff.report.pdf.chain_writer import write_chain_pdf

        write_chain_pdf(report, pdf, options.page_size, monitor, options.letterhead)
    return report
