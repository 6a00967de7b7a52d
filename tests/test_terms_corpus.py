"""Term changes on a real pair of the shared corpus (issue 4 acceptance).

The data.gouv.fr terms of use were rewritten between 2021 and 2024. Read by hand: the 2021 clause
"Engagements et responsabilités d'Etalab / Qualité de service" promised availability of "99,5 %
du temps mensuel, apprécié au terme de chaque mois"; the 2024 clause it became (gold pair L14 ->
R9) dropped that promise. The 2024 clause "5.2 Le Contributeur" (gold pairs L9, L10, L12 -> R12)
gained a reminder of the criminal penalty "jusqu'à trois ans d'emprisonnement et 45 000 euros
d'amende". The pairs are cut with the gold clause keys and diffed with the real word diff, so the
test does not depend on the aligner; a last test runs the whole comparison pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausediff.comparison import Term, TermChange, TermChangeKind, TermKind
from clausediff.options import CompareOptions
from clausediff.terms import annotate, describe_change, term_changes
from clausediff.worddiff.diff import diff_spans

PAIR = "datagouv-cgu-2021-fr__datagouv-cgu-2024-fr"


def _clauses(text: str, keys: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Gold clause spans: from each key's start to the next key's start."""
    starts = [text.index(k["key"]) for k in keys]
    ends = [*starts[1:], len(text)]
    return {k["id"]: (s, e) for k, s, e in zip(keys, starts, ends, strict=True)}


def _terms(text: str, span: tuple[int, int]) -> list[Term]:
    start, end = span
    return [
        Term(t.kind, t.start + start, t.end + start, t.text, t.value)
        for t in annotate(text[start:end], "fr")
    ]


@pytest.fixture(scope="module")
def corpus_pair(
    shared_dir: Path,
) -> tuple[str, str, dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    folder = shared_dir / "corpus" / PAIR
    left = (folder / "left.txt").read_text(encoding="utf-8")
    right = (folder / "right.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return left, right, _clauses(left, gold["left"]), _clauses(right, gold["right"])


def _changes(
    corpus_pair: tuple[str, str, dict[str, tuple[int, int]], dict[str, tuple[int, int]]],
    left_ids: list[str],
    right_ids: list[str],
) -> tuple[TermChange, ...]:
    left, right, left_spans, right_spans = corpus_pair
    lspans = [left_spans[i] for i in left_ids]
    rspans = [right_spans[i] for i in right_ids]
    diff = diff_spans(left, lspans, right, rspans, CompareOptions())
    assert not diff.truncated
    return term_changes(
        [t for s in lspans for t in _terms(left, s)],
        [t for s in rspans for t in _terms(right, s)],
        diff.ops,
    )


def test_availability_promise_removed(
    corpus_pair: tuple[str, str, dict[str, tuple[int, int]], dict[str, tuple[int, int]]],
) -> None:
    changes = _changes(corpus_pair, ["L14"], ["R9"])
    removed = {
        (c.kind, c.left.text)
        for c in changes
        if c.change is TermChangeKind.REMOVED and c.left is not None
    }
    assert (TermKind.AMOUNT, "99,5 %") in removed
    assert (TermKind.DEADLINE, "chaque mois") in removed
    amount = next(c.left for c in changes if c.left is not None and c.left.text == "99,5 %")
    assert dict(amount.value) == {"quantity": 99.5, "unit": "percent"}


def test_penalty_added(
    corpus_pair: tuple[str, str, dict[str, tuple[int, int]], dict[str, tuple[int, int]]],
) -> None:
    changes = _changes(corpus_pair, ["L9", "L10", "L12"], ["R12"])
    added = {
        (c.kind, c.right.text): dict(c.right.value)
        for c in changes
        if c.change is TermChangeKind.ADDED and c.right is not None
    }
    # a criminal penalty keeps its guideline label and value, flagged as a penalty (issue 12)
    assert added[(TermKind.AMOUNT, "45 000 euros")] == {
        "quantity": 45000,
        "currency": "EUR",
        "penalty": True,
    }
    assert added[(TermKind.DEADLINE, "jusqu’à trois ans")] == {
        "quantity": 3,
        "unit": "year",
        "penalty": True,
    }
    worded = {describe_change(c, "fr") for c in changes if c.change is TermChangeKind.ADDED}
    assert {"Peine ajoutée : 3 ans", "Peine ajoutée : 45\u202f000 €"} <= worded


def test_unchanged_clause_has_no_term_change(
    corpus_pair: tuple[str, str, dict[str, tuple[int, int]], dict[str, tuple[int, int]]],
) -> None:
    # L18 -> R13 ("Évolution des conditions d'utilisation"): reworded, no term of either side
    # changed in value; whatever is reported must be a real difference of the texts.
    for change in _changes(corpus_pair, ["L18"], ["R13"]):
        assert change.left is None or change.right is None or change.left.text != change.right.text


def test_pipeline_reports_the_removed_availability(shared_dir: Path) -> None:
    from clausediff.compare.pipeline import compare_files

    folder = shared_dir / "corpus" / PAIR
    comparison = compare_files(folder / "left.txt", folder / "right.txt")
    reported = [c for p in comparison.pairs for c in p.term_changes]
    assert any(c.left is not None and c.left.text == "99,5 %" for c in reported)
