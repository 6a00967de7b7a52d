"""The term changes of a clause that exists on one side only.

Deleting a clause takes away every duty, deadline and amount it holds, and inserting one brings
them: each is a term change of its pair (removed or added), in text order, so the summary, the
JSON, the window and the reports count them like any other. Computed here once, for the
comparison (:mod:`clausediff.compare.pairs`) and for files written before it counted them
(:mod:`clausediff.store.serialize`). Pure computation, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clausediff.comparison import Term, TermChange, TermChangeKind


def taken_along(
    clause_ids: Sequence[str],
    terms: Mapping[str, tuple[Term, ...]],
    change: TermChangeKind,
) -> tuple[TermChange, ...]:
    """The terms of the clauses ``clause_ids`` as ``REMOVED`` (left side) or ``ADDED`` changes."""
    held = sorted((t for i in clause_ids for t in terms.get(i, ())), key=lambda t: (t.start, t.end))
    if change is TermChangeKind.REMOVED:
        return tuple(TermChange(t.kind, change, t, None) for t in held)
    return tuple(TermChange(t.kind, change, None, t) for t in held)
