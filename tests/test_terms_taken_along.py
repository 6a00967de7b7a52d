"""A clause deleted or inserted whole takes its duties, deadlines and amounts along.

The comparison itself says so (``Pair.term_changes``), so the command line's summary, the JSON,
the window and the reports all count the same changes: the window once counted 21 term changes
on the sample contracts where ``clausediff compare`` printed 13.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus, TermChangeKind, TermKind

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
LEFT, RIGHT = SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"


def test_a_deleted_clause_removes_its_terms_and_an_inserted_one_adds_its_terms() -> None:
    comparison = compare_files(LEFT, RIGHT)
    deleted = [p for p in comparison.pairs if p.status is PairStatus.DELETED]
    inserted = [p for p in comparison.pairs if p.status is PairStatus.INSERTED]
    assert deleted and inserted
    for pair in deleted:
        clause_terms = [t for c in pair.left for t in comparison.left_terms.get(c, ())]
        assert [c.left for c in pair.term_changes] == sorted(clause_terms, key=lambda t: t.start)
        assert {c.change for c in pair.term_changes} <= {TermChangeKind.REMOVED}
    # the non-solicitation clause (Article 17 of v1, deleted) binds the client for 12 months
    removed = [c.left for p in deleted for c in p.term_changes if c.left is not None]
    text = comparison.left.text
    assert any(
        t.kind is TermKind.OBLIGATION and "interdit" in text[t.start : t.end] for t in removed
    )
    assert any(t.kind is TermKind.DEADLINE and "12" in text[t.start : t.end] for t in removed)
    for pair in inserted:
        assert {c.change for c in pair.term_changes} <= {TermChangeKind.ADDED}
        assert all(c.left is None and c.right is not None for c in pair.term_changes)


def test_the_command_line_and_the_json_count_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    comparison = compare_files(LEFT, RIGHT)
    taken_along = sum(len(p.term_changes) for p in comparison.pairs if not (p.left and p.right))
    assert taken_along > 0
    out = tmp_path / "c.json"
    assert main(["compare", str(LEFT), str(RIGHT), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    in_json = sum(len(p["term_changes"]) for p in data["pairs"])
    assert in_json == sum(data["summary"]["term_changes"].values())
    assert in_json == sum(len(p.term_changes) for p in comparison.pairs)
    one_sided = [p for p in data["pairs"] if not (p["left"] and p["right"])]
    assert sum(len(p["term_changes"]) for p in one_sided) == taken_along


def test_a_comparison_saved_before_they_were_counted_lists_them_when_read() -> None:
    """Session and JSON files written before a deleted clause took its terms along hold none
    for it; read back, the pair lists them as a fresh comparison does."""
    from clausediff.store.serialize import comparison_from_dict, comparison_to_dict

    comparison = compare_files(LEFT, RIGHT)
    data = comparison_to_dict(comparison)
    for pair in data["pairs"]:
        if not (pair["left"] and pair["right"]):
            pair["term_changes"] = []
    data["summary"]["term_changes"] = {kind: 0 for kind in data["summary"]["term_changes"]}
    read = comparison_from_dict(data)
    assert [p.term_changes for p in read.pairs] == [p.term_changes for p in comparison.pairs]
