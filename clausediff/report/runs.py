"""Cut one side of a pair into display runs: diff operation plus term kind, offsets kept.

A report shows each clause body as written, split into runs that each carry one word-diff
operation (equal / delete / insert) and at most one term kind (obligation / deadline / amount).
The text always comes from the document, never from the diff operations, so what the reader sees
is the contract's own wording, typography included; the offsets let the JSON export point back
into it. No Qt, no I/O.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clausediff.clause import Clause
from clausediff.comparison import DiffOp, Op, Term, TermKind


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a clause body with one diff operation and at most one term kind.

    ``start``/``end`` are offsets in the document of the run's side. ``term_end`` is True on the
    last run of a term (where a renderer puts the term's superscript letter); ``term_changed`` is
    True when the term is part of one of the pair's term changes.
    """

    text: str
    op: Op
    start: int
    end: int
    term: TermKind | None = None
    term_end: bool = False
    term_changed: bool = False


def side_runs(
    text: str,
    clause: Clause,
    ops: Sequence[DiffOp],
    base: Op,
    terms: Iterable[Term],
    changed_terms: frozenset[tuple[int, int]],
    left_side: bool,
) -> tuple[Run, ...]:
    """Runs of one clause body.

    ``base`` is the operation of text no diff run marks (``equal`` when the pair has both sides,
    ``delete``/``insert`` for a clause on one side only). ``ops`` are the pair's diff runs; only
    ``delete`` runs count on the left side and ``insert`` runs on the right. ``changed_terms``
    holds the ``(start, end)`` of the terms that take part in a term change.
    """
    lo, hi = clause.body_start, clause.body_end
    marked = Op.DELETE if left_side else Op.INSERT
    spans: list[tuple[int, int]] = []
    for op in ops:
        if op.op is not marked:
            continue
        start, end = (op.left_start, op.left_end) if left_side else (op.right_start, op.right_end)
        start, end = max(start, lo), min(end, hi)
        if start < end:
            spans.append((start, end))
    spans.sort()
    clause_terms = sorted(
        (t for t in terms if t.start < hi and t.end > lo and t.start < t.end),
        key=lambda t: t.start,
    )
    cuts = {lo, hi}
    for start, end in spans:
        cuts.update((start, end))
    for term in clause_terms:
        cuts.update((max(term.start, lo), min(term.end, hi)))
    points = sorted(cuts)
    span_starts = [s for s, _ in spans]
    term_starts = [t.start for t in clause_terms]
    runs: list[Run] = []
    for start, end in itertools.pairwise(points):
        run_op = base if base is not Op.EQUAL else _op_at(start, spans, span_starts, marked)
        found = _term_at(start, clause_terms, term_starts)
        runs.append(
            Run(
                text=text[start:end],
                op=run_op,
                start=start,
                end=end,
                term=found.kind if found else None,
                term_end=found is not None and end >= min(found.end, hi),
                term_changed=found is not None and (found.start, found.end) in changed_terms,
            )
        )
    return tuple(_merge(runs))


def _op_at(offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int], marked: Op) -> Op:
    """The operation at ``offset``: ``marked`` inside a marked span, else equal."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return marked
    return Op.EQUAL


def _term_at(offset: int, terms: Sequence[Term], starts: Sequence[int]) -> Term | None:
    """The term covering ``offset``, if any (terms of one clause never overlap)."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and terms[index].start <= offset < terms[index].end:
        return terms[index]
    return None


def _merge(runs: Iterable[Run]) -> list[Run]:
    """Join neighbours that look the same (same op, outside any term) to keep output small."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.term is None
            and run.term is None
            and last.op is run.op
            and last.end == run.start
        ):
            merged[-1] = Run(last.text + run.text, run.op, last.start, run.end)
        else:
            merged.append(run)
    return merged
