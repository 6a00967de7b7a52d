"""The report of a chain of versions (v1 → v2 → v3): where each clause changed, then every step.

A lawyer sending the final round wants one document: which clauses moved in the counterparty's
mark-up, which in the last round, which were changed and changed back, and then each step's
comparison as an ordinary report shows it. :func:`build_chain_report` makes that model: the
first-to-last step's changed pairs with their :class:`~clausediff.compare.chain.StepTrace`
(worked out by :func:`~clausediff.compare.chain.chain_traces`, never here), and one
:class:`~clausediff.report.model.Report` per step built by
:func:`~clausediff.report.model.build_report`, so the HTML and PDF renderers lay each step out
exactly as a two-document report. Words from :mod:`~clausediff.report.strings`. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from clausediff import __version__
from clausediff.compare.chain import StepTrace, VersionChain, chain_traces
from clausediff.comparison import Comparison, PairStatus
from clausediff.report import strings
from clausediff.report.model import FileInfo, Report, build_report, pair_titles
from clausediff.store.session import Session


@dataclass(frozen=True, slots=True)
class TraceRow:
    """One clause of the first-to-last step and the step(s) it changed in."""

    title: str
    status: PairStatus
    status_text: str
    trace: StepTrace
    trace_text: str


@dataclass(frozen=True, slots=True)
class ChainStep:
    """One step's report; its title names the step ("Étape v1 → v2")."""

    label: str
    report: Report


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The whole chain report in one language: the versions, the trace table, the steps."""

    language: str
    title: str
    versions: tuple[FileInfo, ...]
    #: Label of the first-to-last step ("v1 → v3"); empty for a chain of two versions.
    whole: str
    traces: tuple[TraceRow, ...]
    steps: tuple[ChainStep, ...]
    app_version: str


def build_chain_report(
    chain: VersionChain,
    language: str = "fr",
    all_clauses: bool = False,
    now: datetime | None = None,
    sessions: Sequence[Session] = (),
) -> ChainReport:
    """Build the report of ``chain`` in ``language``; ``now`` fixes the date (tests).

    ``sessions`` (one per step, in the chain's order, as the window keeps them) add each step's
    decisions and notes to its report.
    """
    strings.check_language(language)
    per_step: Sequence[Session | None] = sessions or [None] * len(chain.steps)
    steps = tuple(
        ChainStep(
            step.label,
            _step_report(step.comparison, session, step.label, language, all_clauses, now),
        )
        for step, session in zip(chain.steps, per_step, strict=True)
    )
    covers = [step.report.cover for step in steps]
    versions = (covers[0].left, *(cover.right for cover in covers[: len(chain.versions) - 1]))
    traced = [
        (pair, trace) for pair, trace in chain_traces(chain) if trace is not StepTrace.NEITHER
    ]
    whole = chain.steps[-1] if len(chain.steps) > 2 else None
    titles = pair_titles(whole.comparison, [pair for pair, _ in traced], language) if whole else ()
    names = {"first": chain.steps[0].label, "second": chain.steps[1].label} if whole else {}
    rows = tuple(
        TraceRow(
            title=title,
            status=pair.status,
            status_text=strings.text(language, f"status.{pair.status}"),
            trace=trace,
            trace_text=strings.text(language, f"trace.{trace.value}", **names),
        )
        for (pair, trace), title in zip(traced, titles, strict=True)
    )
    return ChainReport(
        language=language,
        title=strings.text(language, "chain.title"),
        versions=versions,
        whole=whole.label if whole else "",
        traces=rows,
        steps=steps,
        app_version=__version__,
    )


def _step_report(
    comparison: Comparison,
    session: Session | None,
    label: str,
    language: str,
    all_clauses: bool,
    now: datetime | None,
) -> Report:
    """The step's ordinary report (with its decisions when ``session`` is given), titled by its
    step."""
    report = build_report(comparison, session, language, all_clauses, now)
    return replace(report, title=strings.text(language, "chain.step", label=label))
