"""Moved clauses: counterparts found out of order, among what the ordered pass left unpaired.

Input: the sparse similarity map and the clauses still unpaired after the order-preserving chain
and the attachment of neighbours. Output: extra one-to-one pairs ``left index -> right index``,
taken greedily from the most similar down, above :data:`MOVE_THRESHOLD` (stricter than the
chain's threshold: a pair out of order has no position to vouch for it). No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

MOVE_THRESHOLD = 0.25


def moves(
    sims: Mapping[tuple[int, int], float],
    free_left: Set[int],
    free_right: Set[int],
    threshold: float = MOVE_THRESHOLD,
) -> dict[int, int]:
    """Greedy best-first one-to-one pairs among unpaired clauses."""
    options = sorted(
        (
            (s, i, j)
            for (i, j), s in sims.items()
            if s >= threshold and i in free_left and j in free_right
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
