"""Dev-set scores of the legal-terms engine, and the JSON Lines round trip (issue 4).

The figures come from ``bench/score_terms.py`` (scoring exactly as guideline section 6 says);
thresholds sit a little below the measured ones so that a regression fails here while the
figures themselves are printed by the bench script.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import score_terms

from clausediff.errors import InputError
from clausediff.terms.jsonl import annotate_jsonl

MICRO_FLOOR = 0.99  # measured 1.000 on dev (119 gold spans), floor = measured - 0.01
CELL_FLOOR = 0.99  # every label x language cell, measured 1.000
# The held-out sets were labelled apart from the rules (bench/data/heldout*/README.md): their
# micro F1 must not drop either (measured 0.963 and 0.969, floors = measured - 0.01).
HELDOUT_FLOORS = {"heldout": 0.953, "heldout2": 0.959}


def test_dev_scores(shared_dir: Path) -> None:
    cells = score_terms.score(score_terms.load(shared_dir / "annotations" / "dev.jsonl"))
    micro = score_terms.rollup(cells)["micro"]
    assert micro.gold >= 100
    assert micro.f1 >= MICRO_FLOOR
    for key, cell in cells.items():
        assert cell.f1 >= CELL_FLOOR, key


@pytest.mark.parametrize(("folder", "floor"), sorted(HELDOUT_FLOORS.items()))
def test_heldout_scores(folder: str, floor: float) -> None:
    gold = Path(__file__).resolve().parent.parent / "bench" / "data" / folder / "terms.jsonl"
    micro = score_terms.rollup(score_terms.score(score_terms.load(gold)))["micro"]
    assert micro.f1 >= floor


def test_scorer_matches_one_to_one() -> None:
    """One prediction covering two gold spans earns one match (guideline section 6)."""
    gold = [score_terms.Span(0, 5, "deadline"), score_terms.Span(10, 15, "deadline")]
    wide = [score_terms.Span(0, 15, "deadline")]
    assert len(score_terms.match(gold, wide)) == 1
    assert score_terms.match(gold, [score_terms.Span(0, 5, "amount")]) == []


def test_jsonl_round_trip(shared_dir: Path) -> None:
    lines = (shared_dir / "annotations" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    source = io.StringIO(
        "\n".join(
            json.dumps({"id": json.loads(x)["id"], "text": json.loads(x)["text"]}) for x in lines
        )
    )
    sink = io.StringIO()
    assert annotate_jsonl(source, sink) == len(lines)
    out = [json.loads(x) for x in sink.getvalue().splitlines()]
    gold = [json.loads(x) for x in lines]
    assert [o["id"] for o in out] == [g["id"] for g in gold]
    for produced, line in zip(out, gold, strict=True):
        for span in produced["spans"]:
            assert line["text"][span["start"] : span["end"]] == span["text"]
            assert span["label"] in {"obligation", "deadline", "amount"}
    # the output is itself scorable: same figures as annotating directly
    scored = score_terms.score(gold)
    assert score_terms.rollup(scored)["micro"].predicted == sum(len(o["spans"]) for o in out)


def test_jsonl_language_and_blank_lines() -> None:
    source = io.StringIO(
        '{"id": 1, "text": "Customer shall pay within 30 days."}\n\n'
        '{"id": "b", "text": "Le Client doit payer.", "lang": "fr"}\n'
    )
    sink = io.StringIO()
    assert annotate_jsonl(source, sink) == 2
    first, second = (json.loads(x) for x in sink.getvalue().splitlines())
    assert first["id"] == 1
    assert [s["label"] for s in first["spans"]] == ["obligation", "deadline"]
    assert first["spans"][1]["value"] == {"quantity": 30, "unit": "day"}
    assert second["spans"] == [
        {
            "start": 10,
            "end": 14,
            "label": "obligation",
            "text": "doit",
            "value": {"polarity": "duty"},
        }
    ]


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', 2),  # truncated JSON
        ('["not", "an", "object"]\n', 1),
        ('{"id": 3}\n', 1),  # no text
    ],
)
def test_jsonl_bad_lines(content: str, line: int) -> None:
    with pytest.raises(InputError, match=f"line {line}"):
        annotate_jsonl(io.StringIO(content), io.StringIO())
