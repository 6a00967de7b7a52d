"""The marks of a text: where it was deleted or inserted, where its terms are, which terms changed.

Every view of a comparison (the GUI's comparison view and tooltips, the PDF, HTML and JSON
report, the variants views and their report) shows a text cut into :class:`Run` pieces, each
with one word-diff operation, at most one term kind, and whether that term takes part in a term
change. This module is the only place that cuts them, so the views cannot disagree on a mark.

* :func:`cut` cuts a range of a document: ``base`` is the operation of text no diff op marks
  (``equal`` when the pair has both sides, ``delete``/``insert`` for a clause on one side only);
  only the ops whose text shows on ``side`` (:attr:`Side.marked`) mark anything.
* :func:`pair_marks` cuts every clause body of one side of a pair of a
  :class:`~clausediff.comparison.Comparison`.
* :func:`op_marks` cuts the ops of a diff one by one, each in its own text (the inline view of
  the variants, where deletions and insertions follow each other).

A term a term change points at is a term of its side even when the terms engine only found it
while comparing ("peut", the weakened form of "doit", is not an obligation on its own): it is
marked as a term, and as changed. Runs that look the same (same op, no term) are merged.
Text comes from the document, never from the ops, so the contract's wording and typography are
kept; offsets point into the document of the run's side. No Qt, no I/O.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clausediff.clause import Clause
from clausediff.comparison import Comparison, DiffOp, Op, Pair, Side, Term, TermKind


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one diff operation and at most one term kind.

    ``start``/``end`` are offsets in the document of the run's side. ``term_end`` is True on the
    last run of a term (where a renderer puts the term's letter); ``term_changed`` is True when
    the run lies in a term that one of the pair's term changes points at.
    """

    text: str
    op: Op
    start: int
    end: int
    term: TermKind | None = None
    term_end: bool = False
    term_changed: bool = False


@dataclass(frozen=True, slots=True)
class ClauseMarks:
    """The runs of one clause body on one side of a pair."""

    clause: Clause
    runs: tuple[Run, ...]


def cut(
    text: str,
    start: int,
    end: int,
    side: Side,
    ops: Iterable[DiffOp] = (),
    base: Op = Op.EQUAL,
    terms: Iterable[Term] = (),
    changed: Iterable[Term] = (),
    text_start: int = 0,
    piece: bool = False,
) -> tuple[Run, ...]:
    """The runs of ``[start, end)`` of a document of ``side`` (see the module docstring).

    ``text[k - text_start]`` is the character at document offset ``k`` (``text_start`` lets a
    caller pass only a piece of the document). ``changed`` are the terms of ``side`` that term
    changes point at; those not among ``terms`` are added to them where they overlap none.
    A term ends where the range ends (a clause body ends its terms), unless ``piece`` says the
    range is one piece of a longer text (one op of an inline diff).
    """
    if start >= end:
        return ()
    marked_op = side.marked
    spans = sorted(
        (max(lo, start), min(hi, end))
        for lo, hi in (op.span(side) for op in ops if op.op is marked_op)
        if max(lo, start) < min(hi, end)
    )
    changed_spans = sorted(
        {(t.start, t.end) for t in changed if t.start < end and t.end > start and t.start < t.end}
    )
    shown = _terms(terms, changed, start, end)
    cuts = {start, end}
    for lo, hi in itertools.chain(spans, changed_spans, ((t.start, t.end) for t in shown)):
        cuts.update((min(max(lo, start), end), min(max(hi, start), end)))
    span_starts = [lo for lo, _ in spans]
    changed_starts = [lo for lo, _ in changed_spans]
    term_starts = [t.start for t in shown]
    runs: list[Run] = []
    for lo, hi in itertools.pairwise(sorted(cuts)):
        if base is Op.EQUAL:
            op = marked_op if _inside(lo, spans, span_starts) else Op.EQUAL
        else:
            op = base
        term = _term_at(lo, shown, term_starts)
        runs.append(
            Run(
                text=text[lo - text_start : hi - text_start],
                op=op,
                start=lo,
                end=hi,
                term=term.kind if term else None,
                term_end=term is not None and hi >= (term.end if piece else min(term.end, end)),
                term_changed=_inside(lo, changed_spans, changed_starts),
            )
        )
    return tuple(merge(runs))


def pair_marks(comparison: Comparison, pair: Pair, side: Side) -> tuple[ClauseMarks, ...]:
    """The runs of every clause body of ``pair`` on ``side``, in the pair's order.

    A side alone (inserted or deleted pair) reads as all deleted or all inserted text.
    """
    view = comparison.side(side)
    base = Op.EQUAL if pair.left and pair.right else side.marked
    changed = changed_terms(pair, side)
    return tuple(
        ClauseMarks(
            clause,
            cut(
                view.document.text,
                clause.body_start,
                clause.body_end,
                side,
                pair.diff,
                base,
                view.terms.get(clause.id, ()),
                changed,
            ),
        )
        for clause in view.of(pair)
    )


def changed_terms(pair: Pair, side: Side) -> tuple[Term, ...]:
    """The terms of ``side`` the pair's term changes point at."""
    found = (change.term(side) for change in pair.term_changes)
    return tuple(term for term in found if term is not None)


def op_marks(
    ops: Iterable[DiffOp],
    sides: frozenset[Side],
    left_terms: Iterable[Term] = (),
    right_terms: Iterable[Term] = (),
) -> tuple[Run, ...]:
    """Each op cut in its own text, for the ops that show on ``sides``.

    A ``delete`` shows on the left, an ``insert`` on the right, an ``equal`` on either (its
    text, offsets and terms taken from the right side when both are asked for, else from the
    one asked for). The runs follow the ops' order.
    """
    terms = {Side.LEFT: tuple(left_terms), Side.RIGHT: tuple(right_terms)}
    runs: list[Run] = []
    for op in ops:
        if op.op is Op.EQUAL:
            side = Side.RIGHT if Side.RIGHT in sides else Side.LEFT
        else:
            side = Side.LEFT if op.op is Op.DELETE else Side.RIGHT
            if side not in sides:
                continue
        start, _ = op.span(side)
        end = start + len(op.text)
        base = Op.EQUAL if op.op is Op.EQUAL else op.op
        runs.extend(
            cut(op.text, start, end, side, (), base, terms[side], (), text_start=start, piece=True)
        )
    return tuple(merge(runs))


def merge(runs: Iterable[Run]) -> list[Run]:
    """Join neighbours that look the same (same op, outside any term) to keep output small."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.term is None
            and run.term is None
            and last.op is run.op
            and last.term_changed == run.term_changed
            and last.end == run.start
        ):
            merged[-1] = Run(
                last.text + run.text, run.op, last.start, run.end, term_changed=run.term_changed
            )
        else:
            merged.append(run)
    return merged


def _terms(terms: Iterable[Term], changed: Iterable[Term], start: int, end: int) -> list[Term]:
    """The terms shown in ``[start, end)``: the listed ones, plus changed ones overlapping none."""
    listed = sorted(
        (t for t in terms if t.start < end and t.end > start and t.start < t.end),
        key=lambda t: t.start,
    )
    places = {(t.start, t.end) for t in listed}
    for term in sorted(changed, key=lambda t: t.start):
        if (term.start, term.end) in places or not (term.start < end and term.end > start):
            continue
        if all(term.end <= t.start or term.start >= t.end for t in listed):
            bisect.insort(listed, term, key=lambda t: t.start)
            places.add((term.start, term.end))
    return listed


def _inside(offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _term_at(offset: int, terms: Sequence[Term], starts: Sequence[int]) -> Term | None:
    """The term covering ``offset``, if any (shown terms never overlap)."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and terms[index].start <= offset < terms[index].end:
        return terms[index]
    return None
