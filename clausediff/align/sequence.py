"""Order-preserving alignment: the heaviest chain of clause pairs increasing on both sides.

Input: a sparse map ``(left index, right index) -> similarity``. Output: the set of pairs that
maximises the sum of ``similarity - threshold`` over pairs whose left and right indices both
increase — the Needleman-Wunsch alignment of the two clause sequences with a zero gap cost,
restricted to candidate pairs. It runs as a heaviest-increasing-subsequence over the candidates
with a Fenwick tree of prefix maxima: O(P log m) for P candidates instead of O(n·m) cells, so
thousands of clauses align in milliseconds. A tiny position prior breaks ties between
near-duplicates in favour of the pair at the same relative place. No I/O, no Qt.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Mapping
from itertools import groupby

POSITION_PRIOR = 1e-3


def plausible(
    sims: Mapping[tuple[int, int], float], relative: float
) -> dict[tuple[int, int], float]:
    """The pairs whose similarity reaches ``relative`` times the best of either clause.

    Shared boilerplate makes every clause of a contract resemble every other a little; order
    alone would then pair a deleted clause with the next one in line and leave that clause's
    true, more similar counterpart to be found as a move. A pair far below what either of its
    clauses achieves elsewhere is not offered to the chain.
    """
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (i, j), s in sims.items():
        if s > best_left.get(i, 0.0):
            best_left[i] = s
        if s > best_right.get(j, 0.0):
            best_right[j] = s
    return {
        (i, j): s
        for (i, j), s in sims.items()
        if s >= relative * max(best_left.get(i, 0.0), best_right.get(j, 0.0))
    }


def chain(
    sims: Mapping[tuple[int, int], float], threshold: float, n: int, m: int
) -> dict[int, int]:
    """Left index -> right index of the best order-preserving chain of pairs above threshold."""
    scored = [
        (i, j, s - threshold + POSITION_PRIOR * (1.0 - abs(i / max(n, 1) - j / max(m, 1))))
        for (i, j), s in sims.items()
        if s > threshold
    ]
    scored.sort()
    size = m + 1
    tree_value = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best_value = [0.0] * len(scored)
    back = [-1] * len(scored)
    for _, group in groupby(range(len(scored)), key=lambda k: scored[k][0]):
        members = list(group)
        for k in members:
            # prefix maximum over right indices strictly below j
            value, at, x = 0.0, -1, scored[k][1]
            while x > 0:
                if tree_value[x] > value:
                    value, at = tree_value[x], tree_at[x]
                x -= x & -x
            best_value[k] = value + scored[k][2]
            back[k] = at
        for k in members:
            x = scored[k][1] + 1
            while x <= size:
                if best_value[k] > tree_value[x]:
                    tree_value[x], tree_at[x] = best_value[k], k
                x += x & -x
    if not scored:
        return {}
    k = max(range(len(scored)), key=best_value.__getitem__)
    pairs: dict[int, int] = {}
    while k >= 0:
        pairs[scored[k][0]] = scored[k][1]
        k = back[k]
    return pairs


def level_filter(
    chained: Mapping[int, int],
    sims: Mapping[tuple[int, int], float],
    share: float,
    window: int,
) -> tuple[dict[int, int], dict[int, float]]:
    """Drop chained pairs far below the similarity of their chained neighbours.

    The level around a pair is the median similarity of up to ``window`` chained pairs on each
    side (of the whole chain when fewer than two neighbours exist); a pair below ``share`` times
    its level is dropped. Returns the kept pairs and the level around every chained left index.
    """
    order = sorted(chained)
    values = [sims[(i, chained[i])] for i in order]
    overall = statistics.median(values) if values else 0.0
    kept: dict[int, int] = {}
    levels: dict[int, float] = {}
    for k, i in enumerate(order):
        around = values[max(0, k - window) : k] + values[k + 1 : k + 1 + window]
        level = statistics.median(around) if len(around) >= 2 else overall
        levels[i] = level
        if values[k] >= share * level:
            kept[i] = chained[i]
    return kept, levels


def level_near(
    chained: Mapping[int, int], sims: Mapping[tuple[int, int], float], window: int
) -> Callable[[int], float]:
    """The similarity level around any left index: the median of the nearest chained pairs.

    Up to ``window`` chained pairs on each side of the index count (the whole chain when fewer
    than two exist), as :func:`level_filter` judges a chained pair; this asks it for clauses
    left out of the chain, which a later step may still pair in that place.
    """
    order = sorted(chained)
    values = [sims[(i, chained[i])] for i in order]
    overall = statistics.median(values) if values else 0.0

    def level(i: int) -> float:
        k = bisect.bisect_left(order, i)
        around = values[max(0, k - window) : k]
        around += values[k + 1 if k < len(order) and order[k] == i else k :][:window]
        return statistics.median(around) if len(around) >= 2 else overall

    return level
