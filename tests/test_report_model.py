"""The report model: what each section says, on a hand-made comparison checked by eye."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from report_support import LEFT_TEXT, RIGHT_TEXT, sample_comparison

from clausediff.comparison import Op, PairStatus, TermKind
from clausediff.report import strings
from clausediff.report.jsonout import report_to_dict, report_to_json
from clausediff.report.model import build_report
from clausediff.store.session import Choice, Keep, new_session

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def test_only_changed_pairs_by_default_all_on_request() -> None:
    comparison = sample_comparison()
    changed = build_report(comparison, now=NOW)
    every = build_report(comparison, all_clauses=True, now=NOW)
    # Pair 1 (Article 1 – Objet) is unchanged: left out unless all clauses are asked for.
    assert [s.index for s in changed.sections] == [2, 3, 4, 5, 6]
    assert [s.index for s in every.sections] == [1, 2, 3, 4, 5, 6]


def test_summary_counts_every_status_and_lists_every_term_change() -> None:
    report = build_report(sample_comparison(), now=NOW)
    counts = {row.status: row.count for row in report.summary.statuses}
    assert counts == {
        PairStatus.UNCHANGED: 1,
        PairStatus.MODIFIED: 2,
        PairStatus.MOVED: 1,
        PairStatus.SPLIT: 0,
        PairStatus.MERGED: 0,
        PairStatus.INSERTED: 1,
        PairStatus.DELETED: 1,
    }
    assert (report.summary.total, report.summary.changed) == (6, 5)
    rows = [(r.section, r.kind, r.before, r.after) for r in report.summary.term_changes]
    assert rows == [
        # an obligation reads in its sentence, subject and verb (issue 12)
        (3, TermKind.OBLIGATION, "Le Prestataire doit intervenir au plus …", "—"),
        (
            3,
            TermKind.DEADLINE,
            "au plus tard quatre (4) heures",
            "au plus tard cinq (5) jours ouvrés",
        ),
        (4, TermKind.AMOUNT, "110 € HT", "150 € HT"),
        (5, TermKind.AMOUNT, "50 €", "—"),
        (6, TermKind.DEADLINE, "—", "trois (3) mois"),
    ]
    assert report.summary.term_changes[1].direction_text == "plus long"
    assert report.summary.term_changes[2].direction_text == "en hausse"


@pytest.mark.parametrize(
    ("language", "index", "expected"),
    [
        # moved and renumbered: where it went, by clause number
        ("fr", 2, "Déplacée\u202f: Article 4 → Article 2"),
        ("en", 2, "Moved: Article 4 → Article 2"),
        # modified in place but renumbered
        ("fr", 3, "Modifiée, renumérotée\u202f: Article 2 → Article 3"),
        # one side only
        ("fr", 5, "Supprimée (absente de la version de droite)"),
        ("en", 6, "Inserted (not in the left version)"),
    ],
)
def test_status_wording(language: str, index: int, expected: str) -> None:
    report = build_report(sample_comparison(), language=language, now=NOW)
    section = next(s for s in report.sections if s.index == index)
    assert section.status_text == expected


def test_section_titles_use_the_headings_as_written() -> None:
    report = build_report(sample_comparison(), now=NOW)
    titles = [s.title for s in report.sections]
    assert titles[1] == "Article 3 – Délais d’intervention"
    # a deleted pair is named after its left clause
    assert titles[3] == "Article 5 – Pénalités"


def test_runs_rebuild_each_body_and_mark_words_and_terms() -> None:
    comparison = sample_comparison()
    report = build_report(comparison, now=NOW)
    section = next(s for s in report.sections if s.index == 3)
    (left,), (right,) = section.left, section.right
    # The runs of each side are the clause body as written, in order, with their offsets.
    for block, text in ((left, LEFT_TEXT), (right, RIGHT_TEXT)):
        assert "".join(r.text for r in block.runs) == text[block.runs[0].start : block.runs[-1].end]
        assert all(text[r.start : r.end] == r.text for r in block.runs)
    assert [(r.text, r.op, r.term) for r in left.runs if r.op is not Op.EQUAL] == [
        ("doit", Op.DELETE, TermKind.OBLIGATION),
        ("quatre (4) heures", Op.DELETE, TermKind.DEADLINE),
    ]
    assert [(r.text, r.op, r.term) for r in right.runs if r.op is not Op.EQUAL] == [
        ("peut", Op.INSERT, None),
        ("cinq (5) jours ouvrés", Op.INSERT, TermKind.DEADLINE),
    ]
    # The deadline spans an equal and an inserted run: one letter, at its end, marked changed.
    deadline = [r for r in right.runs if r.term is TermKind.DEADLINE]
    assert [r.term_end for r in deadline] == [False, True]
    assert all(r.term_changed for r in deadline)
    assert section.similarity_text == "75\u202f%"


def test_one_sided_pairs_are_wholly_deleted_or_inserted() -> None:
    report = build_report(sample_comparison(), now=NOW)
    deleted = next(s for s in report.sections if s.status is PairStatus.DELETED)
    inserted = next(s for s in report.sections if s.status is PairStatus.INSERTED)
    assert deleted.right == () and inserted.left == ()
    assert {r.op for r in deleted.left[0].runs} == {Op.DELETE}
    assert {r.op for r in inserted.right[0].runs} == {Op.INSERT}
    assert deleted.similarity_text == ""  # "0 %" says nothing for a clause on one side


def test_fingerprint_of_the_file_when_it_exists_else_of_the_text(tmp_path: Path) -> None:
    left_file = tmp_path / "gauche.txt"
    left_file.write_bytes(LEFT_TEXT.encode("utf-8") + b"\n")
    report = build_report(sample_comparison(str(left_file), str(tmp_path / "moved.txt")), now=NOW)
    left, right = report.cover.left, report.cover.right
    assert (left.name, left.sha256_of) == ("gauche.txt", "file")
    assert left.sha256 == hashlib.sha256(left_file.read_bytes()).hexdigest()
    assert (right.name, right.sha256_of) == ("moved.txt", "text")
    assert right.sha256 == hashlib.sha256(RIGHT_TEXT.encode("utf-8")).hexdigest()
    assert report.cover.date_text == "26 novembre 2026, 09:30 UTC"


def test_choices_and_notes_appear_and_bring_unchanged_pairs_in() -> None:
    comparison = sample_comparison()
    session = new_session(comparison)
    session = session.with_choice(comparison.pairs[0], Choice(None, note="Vérifier l’objet."))
    session = session.with_choice(
        comparison.pairs[3], Choice(Keep.CUSTOM, custom_text="Le prix est de 130 € HT.")
    )
    report = build_report(comparison, session, language="en", now=NOW)
    first = report.sections[0]
    assert (first.index, first.choice, first.choice_text, first.note) == (
        1,
        "none",
        "No decision yet",
        "Vérifier l’objet.",
    )
    price = next(s for s in report.sections if s.index == 4)
    assert (price.choice, price.custom_text) == ("custom", "Le prix est de 130 € HT.")


def test_json_export_is_plain_data() -> None:
    report = build_report(sample_comparison(), now=NOW)
    data = report_to_dict(report)
    assert data["schema"] == "clausediff.report/1"
    assert data["sections"][1]["left"][0]["runs"][1] == {
        "text": "doit",
        "op": "delete",
        "start": LEFT_TEXT.index("doit"),
        "end": LEFT_TEXT.index("doit") + 4,
        "term": "obligation",
        "term_end": True,
        "term_changed": True,
    }
    assert json.loads(report_to_json(report)) == data


def test_both_languages_have_every_key() -> None:
    assert strings.keys("fr") == strings.keys("en")
    with pytest.raises(ValueError, match="unsupported report language"):
        build_report(sample_comparison(), language="de")
