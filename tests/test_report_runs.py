"""Cutting a clause body into display runs: exact, table-driven, with hostile text."""

from __future__ import annotations

import pytest

from clausediff.clause import Clause
from clausediff.comparison import DiffOp, Op, Term, TermKind
from clausediff.report.runs import side_runs

# A right-hand document: a heading line, then a body with NBSP before €, a typographic
# apostrophe and a combining accent (e + U+0301), which must all come back untouched.
TEXT = "Article 2\nLe prix est de 150\u00a0€ HT, payable à l’avance, révisé.\n"
BODY_START = TEXT.index("Le")
BODY_END = TEXT.index("\n", BODY_START)
CLAUSE = Clause("c2", "Article 2", "", TEXT[BODY_START:BODY_END], 1, None, 0, BODY_END,
                BODY_START, BODY_END)  # fmt: skip


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def insert(words: str) -> DiffOp:
    start, end = span(words)
    return DiffOp(Op.INSERT, words, 0, 0, start, end)


def amount(words: str) -> Term:
    start, end = span(words)
    return Term(TermKind.AMOUNT, start, end, words)


@pytest.mark.parametrize(
    ("left_side", "ops", "terms", "changed", "expected"),
    [
        # an inserted word, no term
        (
            False,
            [insert("150")],
            [],
            False,
            [("Le prix est de ", "equal", None), ("150", "insert", None),
             ("\u00a0€ HT, payable à l’avance, révisé.", "equal", None)],
        ),
        # a term straddling equal and inserted text: cut in two, one letter at its end
        (
            False,
            [insert("150")],
            [amount("150\u00a0€ HT")],
            True,
            [("Le prix est de ", "equal", None), ("150", "insert", "amount"),
             ("\u00a0€ HT", "equal", "amount"), (", payable à l’avance, révisé.", "equal", None)],
        ),
        # an op reaching past the body (coarse diff) is clamped to the body
        (
            False,
            [DiffOp(Op.INSERT, "x", 0, 0, 0, len(TEXT))],
            [],
            False,
            [("Le prix est de 150\u00a0€ HT, payable à l’avance, révisé.", "insert", None)],
        ),
        # left-side runs ignore inserts: everything equal
        (
            True,
            [insert("révisé")],
            [],
            False,
            [("Le prix est de 150\u00a0€ HT, payable à l’avance, révisé.", "equal", None)],
        ),
    ],
)  # fmt: skip
def test_runs(
    left_side: bool,
    ops: list[DiffOp],
    terms: list[Term],
    changed: bool,
    expected: list[tuple[str, str, str | None]],
) -> None:
    changed_spans = frozenset((t.start, t.end) for t in terms) if changed else frozenset()
    runs = side_runs(TEXT, CLAUSE, ops, Op.EQUAL, terms, changed_spans, left_side=left_side)
    assert [(r.text, r.op.value, r.term.value if r.term else None) for r in runs] == expected
    assert "".join(r.text for r in runs) == CLAUSE.text
    assert all(TEXT[r.start : r.end] == r.text for r in runs)
    term_runs = [r for r in runs if r.term]
    if term_runs:
        assert [r.term_end for r in term_runs] == [False] * (len(term_runs) - 1) + [True]
        assert all(r.term_changed is changed for r in term_runs)


def test_one_sided_clause_is_one_run_per_term_boundary() -> None:
    runs = side_runs(TEXT, CLAUSE, [], Op.DELETE, [amount("150\u00a0€ HT")], frozenset(), True)
    assert [(r.op, r.term) for r in runs] == [
        (Op.DELETE, None),
        (Op.DELETE, TermKind.AMOUNT),
        (Op.DELETE, None),
    ]


def test_term_outside_the_clause_is_ignored() -> None:
    heading = Term(TermKind.DEADLINE, 0, 7, "Article")
    runs = side_runs(TEXT, CLAUSE, [], Op.EQUAL, [heading], frozenset(), False)
    assert len(runs) == 1 and runs[0].term is None
