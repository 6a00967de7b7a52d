"""Moved clauses: counterparts found out of order, among what the ordered pass left unpaired.

Input: the sparse similarity map and the clauses still unpaired after the order-preserving chain
and the attachment of neighbours. Output: extra one-to-one pairs ``left index -> right index``,
taken greedily from the most similar down, above :data:`MOVE_THRESHOLD` (stricter than the
chain's threshold: a pair out of order has no position to vouch for it); the caller may raise
the bar of given pairs (``bar``: the chain's level test for a pair that fits in order). No I/O,
no Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence, Set

MOVE_THRESHOLD = 0.25


def in_order(chained: Mapping[int, int], lefts: Sequence[int], i: int, j: int) -> bool:
    """Whether pair ``(i, j)`` fits between its nearest chained neighbours without crossing.

    A pair found among leftovers is *moved* only when it crosses the ordered chain; one that
    fits in (its clause was passed over for a weaker reason) reads as in place. ``lefts`` are
    the chained left indices, sorted.
    """
    k = bisect.bisect_left(lefts, i)
    below = chained[lefts[k - 1]] if k > 0 else -1
    above = chained[lefts[k]] if k < len(lefts) else None
    return below < j and (above is None or j < above)


def moves(
    sims: Mapping[tuple[int, int], float],
    free_left: Set[int],
    free_right: Set[int],
    threshold: float | None = None,
    bar: Callable[[int, int], float] | None = None,
) -> dict[int, int]:
    """Greedy best-first one-to-one pairs among unpaired clauses (:data:`MOVE_THRESHOLD`).

    ``bar`` may raise the threshold of a given pair (the caller's evidence needed there).
    """
    threshold = MOVE_THRESHOLD if threshold is None else threshold
    options = sorted(
        (
            (s, i, j)
            for (i, j), s in sims.items()
            if s >= threshold
            and i in free_left
            and j in free_right
            and (bar is None or s >= bar(i, j))
        ),
        reverse=True,
    )
    found: dict[int, int] = {}
    used_right: set[int] = set()
    for _, i, j in options:
        if i in found or j in used_right:
            continue
        found[i] = j
        used_right.add(j)
    return found
