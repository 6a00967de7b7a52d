"""Splits and merges: attach still-unpaired clauses to the link whose text they came from.

Input: the links found so far (groups of left and right indices), the scorer and the sparse
similarity map. A still-unpaired right clause ``j`` joins the link of the left clause ``i`` it
resembles most (making that link a split) when the evidence is strong enough: either their
similarity, or the share of ``j``'s rare-word weight found in ``i`` (a piece cut out of ``i``
resembles ``i`` only partly but is contained in it) weighed by :data:`CONTAINMENT_WEIGHT`,
reaches the threshold (:data:`ATTACH_THRESHOLD`, raised by the caller for light revisions),
*and* ``j`` covers at least :data:`GAIN` more of ``i``'s rare-word weight than the link's right
side already did (a near-copy of text already paired adds nothing and is not a split piece),
*and* at least :data:`MIN_CONTAINED` of ``j``'s own rare-word weight is found in ``i`` (a piece
cut out of ``i`` comes mostly from ``i``; a new section that merely shares the topic does not).
Symmetrically, a still-unpaired left clause joins the link of
the right clause it resembles most when that link has one right clause (a merge). This step
never makes a link many-to-many (a clause whose best counterpart sits in such a link stays
unpaired here); :mod:`clausediff.align.regroup` does, on sentence evidence only.
No I/O, no Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from clausediff.align.score import Scorer

ATTACH_THRESHOLD = 0.15
CONTAINMENT_WEIGHT = 0.5
GAIN = 0.05
MIN_CONTAINED = 0.15


@dataclass(slots=True)
class Group:
    """A link under construction: left and right indices, and how it was found."""

    lefts: list[int]
    rights: list[int]
    kind: Literal["chain", "move", "unpaired"]


def _gain(
    covered: Callable[[int, Iterable[int]], float], clause: int, others: list[int], extra: int
) -> float:
    """How much more of ``clause`` the other side covers once ``extra`` joins ``others``."""
    return covered(clause, [*others, extra]) - covered(clause, others)


def attach(
    groups: list[Group],
    scorer: Scorer,
    sims: Mapping[tuple[int, int], float],
    *,
    adjacent_only: bool,
    threshold: Callable[[Group], float] = lambda _: ATTACH_THRESHOLD,
    containment_weight: float = CONTAINMENT_WEIGHT,
) -> None:
    """Grow links into splits and merges in place; attached one-sided groups are dropped.

    With ``adjacent_only`` a clause may only join the link of a neighbour on its own side (the
    usual shape of a split or merge, safe to settle before looking for moves); otherwise it may
    join any link. ``threshold`` gives the evidence needed to join a given link.
    """
    group_of_left = {i: g for g in groups for i in g.lefts if g.rights}
    group_of_right = {j: g for g in groups for j in g.rights if g.lefts}
    by_right: dict[int, list[int]] = defaultdict(list)
    by_left: dict[int, list[int]] = defaultdict(list)
    if adjacent_only:
        for j in (j for g in groups if not g.lefts for j in g.rights):
            for near in (j - 1, j + 1):
                group = group_of_right.get(near)
                if group is not None and (group.lefts[0], j) in sims:
                    by_right[j].append(group.lefts[0])
        for i in (i for g in groups if not g.rights for i in g.lefts):
            for near in (i - 1, i + 1):
                group = group_of_left.get(near)
                if group is not None and (i, group.rights[0]) in sims:
                    by_left[i].append(group.rights[0])
    else:
        for i, j in sims:
            by_right[j].append(i)
            by_left[i].append(j)
    free_right = [j for g in groups if not g.lefts for j in g.rights]
    free_left = [i for g in groups if not g.rights for i in g.lefts]

    proposals: list[tuple[float, bool, int, int]] = []
    for j in free_right:
        scored = [
            (max(sims[(i, j)], containment_weight * scorer.right_in(j, [i])), i)
            for i in by_right.get(j, ())
        ]
        if scored:
            value, i = max(scored)
            if (
                i in group_of_left
                and value >= threshold(group_of_left[i])
                and scorer.right_in(j, [i]) >= MIN_CONTAINED
            ):
                proposals.append((value, True, i, j))
    for i in free_left:
        scored = [
            (max(sims[(i, j)], containment_weight * scorer.left_in(i, [j])), j)
            for j in by_left.get(i, ())
        ]
        if scored:
            value, j = max(scored)
            if (
                j in group_of_right
                and value >= threshold(group_of_right[j])
                and scorer.left_in(i, [j]) >= MIN_CONTAINED
            ):
                proposals.append((value, False, i, j))
    proposals.sort(reverse=True)
    attached_left: set[int] = set()
    attached_right: set[int] = set()
    for _, split, i, j in proposals:
        if split:
            group = group_of_left[i]
            if len(group.lefts) == 1 and _gain(scorer.left_in, i, group.rights, j) >= GAIN:
                group.rights.append(j)
                attached_right.add(j)
        else:
            group = group_of_right[j]
            if len(group.rights) == 1 and _gain(scorer.right_in, j, group.lefts, i) >= GAIN:
                group.lefts.append(i)
                attached_left.add(i)
    groups[:] = [
        g
        for g in groups
        if not (
            (not g.lefts and all(j in attached_right for j in g.rights))
            or (not g.rights and all(i in attached_left for i in g.lefts))
        )
    ]
