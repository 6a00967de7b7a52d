"""What ``clausediff compare`` writes besides the JSON, for a pair and for a chain alike: the
HTML and PDF reports (page size and cover letterhead from the same flags) and the summary of
pairs and term changes printed at the end.

A PDF that cannot be written is an :class:`~clausediff.errors.InputError` naming the file.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from clausediff.cli.files import write_output
from clausediff.errors import InputError

if TYPE_CHECKING:
    from clausediff.compare.chain import VersionChain
    from clausediff.comparison import Comparison
    from clausediff.progress import Monitor
    from clausediff.report.letterhead import Letterhead

_Report = TypeVar("_Report")


def write_pair_reports(
    comparison: Comparison, options: argparse.Namespace, monitor: Monitor
) -> None:
    """The two-file report as ``--html`` and/or ``--pdf``."""
    from clausediff.report import build_report, render_html, write_pdf

    report = build_report(comparison, None, _language(options), options.all_clauses)
    if options.html:
        write_output(options.html, render_html(report))
    if options.pdf:
        _write_pdf(write_pdf, report, options, monitor)


def write_chain_reports(chain: VersionChain, options: argparse.Namespace, monitor: Monitor) -> None:
    """The report over a chain of versions as ``--html`` and/or ``--pdf``."""
    from clausediff.report.chain import build_chain_report
    from clausediff.report.chain_html import render_chain_html

    report = build_chain_report(chain, _language(options), options.all_clauses)
    if options.html:
        write_output(options.html, render_chain_html(report))
    if options.pdf:
        from clausediff.report.pdf.chain_writer import write_chain_pdf

        _write_pdf(write_chain_pdf, report, options, monitor)


def pair_counts(comparison: Comparison) -> str:
    """'3 unchanged, 2 modified' (statuses with no pair left out), or 'none'."""
    counts = comparison.summary()
    return ", ".join(f"{count} {status}" for status, count in counts.items() if count) or "none"


def term_change_counts(comparison: Comparison) -> str:
    """'2 deadline, 1 amount' (kinds with no change left out), or 'none'."""
    counts = comparison.term_change_counts()
    return ", ".join(f"{count} {kind}" for kind, count in counts.items() if count) or "none"


def _language(options: argparse.Namespace) -> str:
    from clausediff.report.strings import default_language

    language: str = options.lang or default_language()
    return language


def _page_size(options: argparse.Namespace) -> str:
    return "Letter" if options.letter else "A4"


def _letterhead(options: argparse.Namespace) -> Letterhead:
    from clausediff.report.letterhead import Letterhead

    return Letterhead(options.matter, options.client, options.confidential)


def _write_pdf(
    write: Callable[[_Report, str, str, Monitor, Letterhead], object],
    report: _Report,
    options: argparse.Namespace,
    monitor: Monitor,
) -> None:
    """``write`` the report to ``--pdf`` with the page size and letterhead the flags give."""
    try:
        write(report, options.pdf, _page_size(options), monitor, _letterhead(options))
    except OSError as error:
        raise InputError(f"{options.pdf}: cannot write ({error.strerror})") from error
