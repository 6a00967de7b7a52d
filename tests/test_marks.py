"""The one mark cutter (:mod:`clausediff.marks`): exact runs, and the same marks in every view."""

from __future__ import annotations

import pytest

from clausediff.clause import Clause
from clausediff.comparison import (
    Comparison,
    DiffOp,
    Op,
    Pair,
    PairStatus,
    Side,
    Term,
    TermKind,
)
from clausediff.document import Document, Format
from clausediff.marks import Run, cut
from clausediff.options import CompareOptions
from clausediff.worddiff.diff import diff_spans
from clausediff.worddiff.parts import part_links

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
    ("side", "ops", "terms", "changed", "expected"),
    [
        # an inserted word, no term
        (
            Side.RIGHT,
            [insert("150")],
            [],
            False,
            [("Le prix est de ", "equal", None), ("150", "insert", None),
             ("\u00a0€ HT, payable à l’avance, révisé.", "equal", None)],
        ),
        # a term straddling equal and inserted text: cut in two, one letter at its end
        (
            Side.RIGHT,
            [insert("150")],
            [amount("150\u00a0€ HT")],
            True,
            [("Le prix est de ", "equal", None), ("150", "insert", "amount"),
             ("\u00a0€ HT", "equal", "amount"), (", payable à l’avance, révisé.", "equal", None)],
        ),
        # an op reaching past the body (coarse diff) is clamped to the body
        (
            Side.RIGHT,
            [DiffOp(Op.INSERT, "x", 0, 0, 0, len(TEXT))],
            [],
            False,
            [("Le prix est de 150\u00a0€ HT, payable à l’avance, révisé.", "insert", None)],
        ),
        # left-side runs ignore inserts: everything equal
        (
            Side.LEFT,
            [insert("révisé")],
            [],
            False,
            [("Le prix est de 150\u00a0€ HT, payable à l’avance, révisé.", "equal", None)],
        ),
    ],
)  # fmt: skip
def test_runs(
    side: Side,
    ops: list[DiffOp],
    terms: list[Term],
    changed: bool,
    expected: list[tuple[str, str, str | None]],
) -> None:
    runs = cut(TEXT, BODY_START, BODY_END, side, ops, Op.EQUAL, terms, terms if changed else ())
    assert [(r.text, r.op.value, r.term.value if r.term else None) for r in runs] == expected
    assert "".join(r.text for r in runs) == CLAUSE.text
    assert all(TEXT[r.start : r.end] == r.text for r in runs)
    term_runs = [r for r in runs if r.term]
    if term_runs:
        assert [r.term_end for r in term_runs] == [False] * (len(term_runs) - 1) + [True]
        assert all(r.term_changed is changed for r in term_runs)


def test_one_sided_clause_is_one_run_per_term_boundary() -> None:
    runs = cut(TEXT, BODY_START, BODY_END, Side.LEFT, [], Op.DELETE, [amount("150\u00a0€ HT")])
    assert [(r.op, r.term) for r in runs] == [
        (Op.DELETE, None),
        (Op.DELETE, TermKind.AMOUNT),
        (Op.DELETE, None),
    ]


def test_term_outside_the_clause_is_ignored() -> None:
    heading = Term(TermKind.DEADLINE, 0, 7, "Article")
    runs = cut(TEXT, BODY_START, BODY_END, Side.RIGHT, [], Op.EQUAL, [heading])
    assert len(runs) == 1 and runs[0].term is None


def test_neighbouring_runs_that_look_the_same_are_merged() -> None:
    # Two insert ops side by side (the word diff cuts ops at clause spans) and a changed term
    # that is no term of the clause list: one insert run, then one equal run, not four pieces.
    ops = [insert("150"), insert("\u00a0€")]
    runs = cut(TEXT, BODY_START, BODY_END, Side.RIGHT, ops, Op.EQUAL)
    assert [(r.text, r.op) for r in runs] == [
        ("Le prix est de ", Op.EQUAL),
        ("150\u00a0€", Op.INSERT),
        (" HT, payable à l’avance, révisé.", Op.EQUAL),
    ]
    assert runs[1] == Run("150\u00a0€", Op.INSERT, *span("150\u00a0€"))


def test_a_changed_term_the_clause_does_not_list_is_a_changed_term() -> None:
    # "payable" stands for a term only the term change knows (as "peut" for "doit").
    payable = Term(TermKind.OBLIGATION, *span("payable"), "payable")
    runs = cut(TEXT, BODY_START, BODY_END, Side.RIGHT, [], Op.EQUAL, [], [payable])
    marked = [r for r in runs if r.term is not None]
    assert [(r.text, r.term, r.term_changed, r.term_end) for r in marked] == [
        ("payable", TermKind.OBLIGATION, True, True)
    ]


def _merged_pair(left_bodies: list[str], right_body: str) -> tuple[Comparison, Pair]:
    """A comparison of several left clauses merged into one right clause, diffed for real."""
    left_text = "\n\n".join(left_bodies)
    lefts, position = [], 0
    for number, body in enumerate(left_bodies, start=1):
        end = position + len(body)
        lefts.append(Clause(f"l{number}", "", "", body, 1, None, position, end, position, end))
        position = end + 2
    right = Clause("r1", "", "", right_body, 1, None, 0, len(right_body), 0, len(right_body))
    diff = diff_spans(
        left_text,
        [(c.body_start, c.body_end) for c in lefts],
        right_body,
        [(0, len(right_body))],
        CompareOptions(),
    )
    pair = Pair(tuple(c.id for c in lefts), ("r1",), PairStatus.MERGED, diff.similarity, diff.ops)
    comparison = Comparison(
        Document(left_text, Format.TXT, "fr"),
        Document(right_body, Format.TXT, "fr"),
        tuple(lefts),
        (right,),
        (pair,),
    )
    return comparison, pair


def test_each_part_of_a_merge_says_how_much_survived_and_where() -> None:
    kept = "Le prix est payé à trente jours fin de mois par virement bancaire."
    rewritten = "Tout retard entraîne une pénalité de trois fois le taux légal."
    right = kept + " Les parties se rencontrent chaque trimestre pour revoir les tarifs."
    comparison, pair = _merged_pair([kept, rewritten], right)
    first, second = part_links(comparison, pair)
    assert (first.side, first.clause.id, first.other_ids) == (Side.LEFT, "l1", ("r1",))
    assert first.similarity > 0.95
    assert right[first.other_start : first.other_end].strip() == kept
    # The second part's words went nowhere: it was rewritten, and says so.
    assert second.clause.id == "l2" and second.similarity < 0.3


def test_a_pair_with_one_clause_a_side_has_no_parts() -> None:
    comparison, pair = _merged_pair(["Le prix est ferme."], "Le prix est révisable.")
    assert part_links(comparison, pair) == ()


def test_the_similarity_shown_is_the_share_the_marks_leave_unmarked() -> None:
    from pathlib import Path

    from clausediff.compare.pipeline import compare_files
    from clausediff.marks import pair_marks

    samples = Path(__file__).resolve().parent.parent / "resources" / "samples"
    comparison = compare_files(
        samples / "contrat-services-v1.txt", samples / "contrat-services-v2.txt"
    )
    checked = 0
    for pair in comparison.pairs:
        if not (pair.left and pair.right) or pair.truncated:
            continue
        unmarked = marked = 0
        for side in Side:
            for block in pair_marks(comparison, pair, side):
                for run in block.runs:
                    size = len("".join(run.text.split()))
                    if run.op is Op.EQUAL:
                        unmarked += size
                    else:
                        marked += size
        shown = unmarked / (unmarked + marked) if unmarked + marked else 1.0
        assert pair.similarity == pytest.approx(shown, abs=0.005), pair
        checked += pair.changed
    assert checked >= 5
