"""The report lists the duties, deadlines and amounts a deleted or inserted clause takes along.

Seen in the PDF report of the sample pair: its "Modifications des termes" table, the page a
lawyer reads first, listed 13 changes and none of Article 17 "Non-sollicitation du personnel",
deleted with the Client's duty ("s'interdit"), its twelve months and a six-month indemnity, nor
of the new Article 17 "Réversibilité" (fifteen business days, 750 € HT a day); the clause's own
section said nothing of them either.
"""

from __future__ import annotations

from datetime import UTC, datetime

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import TermChangeKind, TermKind
from clausediff.gui.resources import sample_paths
from clausediff.report.html import render_html
from clausediff.report.model import Report, build_report

NOW = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


def _report() -> Report:
    left, right = sample_paths()
    return build_report(compare_files(left, right), language="fr", now=NOW)


def test_the_summary_lists_what_a_deleted_clause_takes_away() -> None:
    rows = _report().summary.term_changes
    gone = [r for r in rows if "Non-sollicitation" in r.clause]
    assert {r.change for r in gone} == {TermChangeKind.REMOVED}
    assert (TermKind.DEADLINE, "12 mois", "—") in {(r.kind, r.before, r.after) for r in gone}
    assert any(r.kind is TermKind.OBLIGATION and "s’interdit" in r.before for r in gone)


def test_the_summary_lists_what_an_inserted_clause_brings() -> None:
    rows = _report().summary.term_changes
    new = [r for r in rows if "Réversibilité" in r.clause]
    assert {r.change for r in new} == {TermChangeKind.ADDED}
    afters = {(r.kind, r.after) for r in new}
    assert (TermKind.DEADLINE, "15 jours ouvrés") in afters
    assert (TermKind.AMOUNT, "750 € HT par jour") in afters


def test_the_deleted_clause_section_and_the_html_say_it_too() -> None:
    report = _report()
    section = next(s for s in report.sections if "Non-sollicitation" in s.title)
    assert section.term_changes
    assert all(r.change is TermChangeKind.REMOVED for r in section.term_changes)
    html = render_html(report)
    assert html.count("Non-sollicitation") >= 3  # the summary rows, besides its section
