"""The comparison's values cross between processes (clausediff.compare.forked, the portfolio's
workers) pickled as calls to their constructors: every field must come back, in its place."""

from __future__ import annotations

import pickle
from pathlib import Path

from clausediff.clause import Clause
from clausediff.compare.pipeline import compare_files
from clausediff.comparison import (
    DiffOp,
    Direction,
    LinkReason,
    Op,
    Pair,
    PairStatus,
    Term,
    TermChange,
    TermChangeKind,
    TermKind,
)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def test_every_field_comes_back_even_when_it_is_not_the_default() -> None:
    left = Term(TermKind.DEADLINE, 3, 10, "30 jours", {"quantity": 30, "unit": "day"})
    right = Term(TermKind.DEADLINE, 4, 11, "45 jours", {"quantity": 45, "unit": "day"})
    change = TermChange(TermKind.DEADLINE, TermChangeKind.CHANGED, left, right, Direction.LONGER)
    pair = Pair(
        left=("c1", "c2"),
        right=("c3",),
        status=PairStatus.MERGED,
        similarity=0.5,
        diff=(DiffOp(Op.DELETE, "30", 3, 5, 4, 4), DiffOp(Op.INSERT, "45", 5, 5, 4, 6)),
        term_changes=(change,),
        number_changed=True,
        heading_changed=True,
        truncated=True,
        reason=LinkReason.NUMBER,
    )
    assert round_trip(pair) == pair
    assert round_trip(change) == change
    assert round_trip(left) == left
    clause = Clause("c2", "Article 2", "Durée", "Douze mois.", 2, "c1", 40, 90, 60, 88, "Durée")
    assert round_trip(clause) == clause
    assert type(clause).__reduce__(clause)[0] is Clause  # a constructor call, not field by field


def test_a_real_comparison_s_pairs_and_terms_come_back_equal() -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    assert any(pair.term_changes for pair in comparison.pairs)
    assert round_trip(comparison.pairs) == comparison.pairs
    assert round_trip(comparison.left_terms) == comparison.left_terms
    assert round_trip(comparison.left_clauses) == comparison.left_clauses
