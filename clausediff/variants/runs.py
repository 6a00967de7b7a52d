"""Display runs of a variant's diff against the reference: text, operation, term kind.

:func:`diff_runs` cuts a :class:`~clausediff.variants.model.VariantDiff` into runs for one view:
``side="left"`` gives the reference as written (equal and deleted text), ``side="right"`` the
variant (equal and inserted text), ``side="both"`` the inline form (deletions then insertions).
Each run carries at most one term kind, taken from the terms of its side (offsets in that side's
source text), so renderers can tint obligations, deadlines and amounts inside the diff marks.
The text of every run is the source's own wording. No Qt, no I/O.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from clausediff.comparison import Op, Term, TermKind
from clausediff.variants.model import VariantDiff

Side = Literal["left", "right", "both"]
"""Which view :func:`diff_runs` cuts: the reference, the variant, or the inline diff."""


@dataclass(frozen=True, slots=True)
class DiffRun:
    """A piece of text with one diff operation and at most one term kind."""

    text: str
    op: Op
    term: TermKind | None = None


def _cut(
    text: str, start: int, op: Op, terms: Sequence[Term], starts: Sequence[int]
) -> list[DiffRun]:
    """Cut ``text`` (at ``start`` in its source) at the edges of the terms it overlaps."""
    end = start + len(text)
    runs: list[DiffRun] = []
    position = start
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    while index < len(terms) and terms[index].start < end:
        term = terms[index]
        index += 1
        if term.end <= position:
            continue
        lo, hi = max(term.start, position), min(term.end, end)
        if lo > position:
            runs.append(DiffRun(text[position - start : lo - start], op))
        runs.append(DiffRun(text[lo - start : hi - start], op, term.kind))
        position = hi
    if position < end:
        runs.append(DiffRun(text[position - start :], op))
    return runs


def diff_runs(
    diff: VariantDiff,
    side: Side,
    reference_terms: Iterable[Term] = (),
    variant_terms: Iterable[Term] = (),
    reference_text: str = "",
) -> tuple[DiffRun, ...]:
    """Runs of one side ("left", "right") or of the inline diff ("both").

    ``reference_text`` (the reference's source text) gives the left side's equal text as
    written there; without it the variant's wording of the equal runs is shown.
    """
    if side not in ("left", "right", "both"):
        raise ValueError(f"side must be left, right or both, not {side!r}")
    left_terms = sorted(reference_terms, key=lambda t: t.start)
    right_terms = sorted(variant_terms, key=lambda t: t.start)
    left_starts = [t.start for t in left_terms]
    right_starts = [t.start for t in right_terms]
    runs: list[DiffRun] = []
    for op in diff.ops:
        if op.op is Op.DELETE and side in ("left", "both"):
            runs.extend(_cut(op.text, op.left_start, op.op, left_terms, left_starts))
        elif op.op is Op.INSERT and side in ("right", "both"):
            runs.extend(_cut(op.text, op.right_start, op.op, right_terms, right_starts))
        elif op.op is Op.EQUAL:
            if side == "left":
                text = reference_text[op.left_start : op.left_end] if reference_text else op.text
                runs.extend(_cut(text, op.left_start, op.op, left_terms, left_starts))
            else:
                runs.extend(_cut(op.text, op.right_start, op.op, right_terms, right_starts))
    return tuple(runs)
