"""Moved clauses: counterparts found out of order, among what the ordered pass left unpaired.

Input: the sparse similarity map and the order-preserving chain. Output: extra one-to-one pairs
``left index -> right index`` between clauses the chain left unpaired, taken greedily from the
most similar down, above :data:`MOVE_THRESHOLD` (stricter than the chain's threshold: a pair out
of order has no position to vouch for it). No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping

MOVE_THRESHOLD = 0.35


def moves(
    sims: Mapping[tuple[int, int], float],
    chained: Mapping[int, int],
    threshold: float = MOVE_THRESHOLD,
) -> dict[int, int]:
    """Greedy best-first pairs among clauses the chain left unpaired."""
    used_right = set(chained.values())
    options = sorted(
        (
            (s, i, j)
            for (i, j), s in sims.items()
            if s >= threshold and i not in chained and j not in used_right
        ),
        reverse=True,
    )
    found: dict[int, int] = {}
    for _, i, j in options:
        if i in found or j in used_right:
            continue
        found[i] = j
        used_right.add(j)
    return found
