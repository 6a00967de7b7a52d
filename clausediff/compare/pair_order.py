"""Reading order of pairs: the right document's order, deleted clauses where they stood.

A lawyer reads a comparison along the new version. Pairs that have right clauses are sorted by
their first right clause; a pair with only left clauses (deleted) follows the pair that holds the
left clause just before it, so "Article 7 (deleted)" appears after whatever Article 6 became.
Pure function, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from clausediff.clause import Clause


class Linked(Protocol):
    """Anything that links left clause ids to right clause ids (a Link or a Pair)."""

    @property
    def left(self) -> tuple[str, ...]:
        """Left clause ids (empty for an inserted clause)."""
        ...

    @property
    def right(self) -> tuple[str, ...]:
        """Right clause ids (empty for a deleted clause)."""
        ...


P = TypeVar("P", bound=Linked)


def order_pairs(
    pairs: Sequence[P], left_clauses: Sequence[Clause], right_clauses: Sequence[Clause]
) -> tuple[P, ...]:
    """Sort ``pairs`` into reading order (see module docstring). Stable for equal keys."""
    left_index = {clause.id: i for i, clause in enumerate(left_clauses)}
    right_index = {clause.id: i for i, clause in enumerate(right_clauses)}

    def right_position(pair: P) -> int:
        return min(right_index[i] for i in pair.right)

    def left_position(pair: P) -> int:
        return min(left_index[i] for i in pair.left)

    ordered = sorted((p for p in pairs if p.right), key=right_position)
    deleted = sorted((p for p in pairs if not p.right), key=left_position)
    # Where each left clause ended up in the reading order so far.
    slot_of_left: dict[int, int] = {}
    for slot, pair in enumerate(ordered):
        for clause_id in pair.left:
            slot_of_left.setdefault(left_index[clause_id], slot)
    result: list[P] = list(ordered)
    inserted_before: list[int] = []  # slots (in `ordered`) of the deleted pairs placed so far
    for pair in deleted:
        position = left_position(pair)
        anchor = next(
            (slot_of_left[i] for i in range(position - 1, -1, -1) if i in slot_of_left), -1
        )
        shift = sum(1 for placed in inserted_before if placed <= anchor)
        result.insert(anchor + 1 + shift, pair)
        inserted_before.append(anchor)
        for clause_id in pair.left:
            slot_of_left[left_index[clause_id]] = anchor
    return tuple(result)
