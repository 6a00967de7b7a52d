"""Splits and merges: attach still-unpaired clauses to the link whose text they came from.

Input: the links found so far (groups of left and right indices), the scorer and the sparse
similarity map. A still-unpaired right clause ``j`` joins the link of the left clause ``i`` it
resembles most (making that link a split) when the evidence is strong enough: either their
similarity, or the share of ``j``'s rare-word weight found in ``i`` (a piece cut out of ``i``
resembles ``i`` only partly but is contained in it) weighed by :data:`CONTAINMENT_WEIGHT`,
reaches the threshold (:data:`ATTACH_THRESHOLD`, raised by the caller for light revisions),
*and* ``j`` covers at least :data:`GAIN` more of ``i``'s rare-word weight than the link's right
side already did (a near-copy of text already paired adds nothing and is not a split piece;
next to the link, a clause mostly found in it passes all the same: :data:`WHOLE`),
*and* at least :data:`MIN_CONTAINED` of ``j``'s own rare-word weight is found in ``i`` (a piece
cut out of ``i`` comes mostly from ``i``; a new section that merely shares the topic does not).
Symmetrically, a still-unpaired left clause joins the link of
the right clause it resembles most when that link has one right clause (a merge). A clause
that does not sit in order with the link (another link lies between them on one side and not
on the other: the piece would have travelled) must moreover come mostly from its partner, or
hold most of it (:data:`FAR_CONTAINED`, either direction): a new clause far away that shares
the topic is not a piece of it; measured on the corpus and the held-out pairs, far
attachments below half containment were wrong 7 times out of 10. A kept heading (equal after
folding) vouches for the place as order does. This step
never makes a link many-to-many (a clause whose best counterpart sits in such a link stays
unpaired here); :mod:`clausediff.align.regroup` does, on sentence evidence only.
No I/O, no Qt.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from clausediff.align.score import Scorer

ATTACH_THRESHOLD = 0.15
CONTAINMENT_WEIGHT = 0.5
GAIN = 0.05
#: ... or this share of its own weight must be new to the link (see _novel).
NOVEL = 0.2
MIN_CONTAINED = 0.15
#: Share of a link's clauses on the other side that must back a clause joining it.
SHARE = 0.5
#: Most clauses a link may hold on one side.
MAX_SIDE = 4
#: Share of a free clause's rare-word weight found in its partner (or of the partner's found in
#: it) needed when the clause does not sit in order with the partner's link (see attach).
FAR_CONTAINED = 0.5
#: ... or, next to the link, this share of the free clause's own weight must be found in it (a
#: clause restated inside a section that absorbed its neighbours brings no new words to it).
WHOLE = 0.7
#: Passes over the proposals that waited for a neighbour to join first.
ROUNDS = 4


@dataclass(slots=True)
class Group:
    """A link under construction: left and right indices, and how it was found.

    ``kind`` says where it sits (in the order-preserving chain, moved across it, or not yet
    paired); ``sentence`` that a sentence surviving from one side to the other tied it (see
    :func:`clausediff.align.regroup.join`), which is text evidence whatever the similarity of
    the whole clauses.
    """

    lefts: list[int]
    rights: list[int]
    kind: Literal["chain", "move", "unpaired"]
    sentence: bool = False


def _gain(
    covered: Callable[[int, Iterable[int]], float], clause: int, others: list[int], extra: int
) -> float:
    """How much more of ``clause`` the other side covers once ``extra`` joins ``others``."""
    return covered(clause, [*others, extra]) - covered(clause, others)


def _novel(scorer: Scorer, free: int, source: list[int], kept: list[int], split: bool) -> float:
    """Share of the free clause's weight found in the link's other side and not in its own side.

    The gain test measures the link's other side; when that side is long (a big article that
    absorbed several clauses), one clause adds a small share of it even when everything it says
    is new. This asks from the free clause's side: what it shares with the source that the
    clauses already in the link did not bring.
    """
    words = scorer.right[free] if split else scorer.left[free]
    total = scorer.right_norm[free] if split else scorer.left_norm[free]
    if total <= 0:
        return 0.0
    found: set[str] = set()
    for k in source:
        found |= scorer.left[k] if split else scorer.right[k]
    for k in kept:
        found -= scorer.right[k] if split else scorer.left[k]
    return scorer.weight(words & found) / total


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

    def backed(group: Group, free: int, split: bool) -> bool:
        """Whether enough of the link's clauses on the other side back the free clause.

        Joining a link with several clauses on the other side pairs the free clause with each
        of them; it is done only when at least :data:`SHARE` of them show the evidence needed
        to attach (so most pairs it implies are true), and the link stays small.
        """
        others = group.lefts if split else group.rights
        if len(others) == 1:
            return True
        if len(group.rights if split else group.lefts) >= MAX_SIDE:
            return False
        need = threshold(group)
        hits = 0
        for other in others:
            i, j = (other, free) if split else (free, other)
            contained = scorer.right_in(j, [i]) if split else scorer.left_in(i, [j])
            if max(sims.get((i, j), 0.0), containment_weight * contained) >= need:
                hits += 1
        return hits >= SHARE * len(others)

    def next_to(group: Group, free: int, split: bool) -> bool:
        """Whether the free clause sits in order with the link: between the same neighbours.

        True when no link paired so far lies between the free clause and the link on one side
        and on the other side of it on the other (attaching would cross nothing).
        """
        own, other = (group.rights, group.lefts) if split else (group.lefts, group.rights)
        if free - 1 in own or free + 1 in own:
            return True
        heading = (scorer.right_heading if split else scorer.left_heading)[free]
        headings = scorer.left_heading if split else scorer.right_heading
        if heading and any(headings[k] == heading for k in other):
            return True  # a kept heading vouches for the pair as order does
        owner = group_of_right if split else group_of_left
        target = other[0]
        paired = owned[split]  # sorted at the start of the round: no scan of long unpaired runs
        at = bisect.bisect_left(paired, free)
        below = paired[at - 1] if at > 0 else None
        at = bisect.bisect_right(paired, free)
        above = paired[at] if at < len(paired) else None
        if below is not None and owner[below] is not group:
            theirs = owner[below].lefts if split else owner[below].rights
            if max(theirs) > target:
                return False
        if above is not None and owner[above] is not group:
            theirs = owner[above].lefts if split else owner[above].rights
            if min(theirs) < target:
                return False
        return True

    pending = proposals
    owned: dict[bool, list[int]] = {}
    for _ in range(ROUNDS):
        owned[True], owned[False] = sorted(group_of_right), sorted(group_of_left)
        waiting: list[tuple[float, bool, int, int]] = []
        for proposal in pending:
            _, split, i, j = proposal
            group = group_of_left[i] if split else group_of_right[j]
            free = j if split else i
            near = adjacent_only or next_to(group, free, split)
            contained = max(scorer.right_in(j, [i]), scorer.left_in(i, [j]))
            if not near and contained < FAR_CONTAINED:
                waiting.append(proposal)  # may sit next to the link once a neighbour joins
                continue
            if split:
                ok = backed(group, j, True) and (
                    _gain(scorer.left_in, i, group.rights, j) >= GAIN
                    or (near and _novel(scorer, j, group.lefts, group.rights, True) >= NOVEL)
                    or (near and scorer.right_in(j, group.lefts) >= WHOLE)
                )
            else:
                ok = backed(group, i, False) and (
                    _gain(scorer.right_in, j, group.lefts, i) >= GAIN
                    or (near and _novel(scorer, i, group.rights, group.lefts, False) >= NOVEL)
                    or (near and scorer.left_in(i, group.rights) >= WHOLE)
                )
            if not ok:
                if not near:
                    waiting.append(proposal)
                continue
            if split:
                group.rights.append(j)
                attached_right.add(j)
                group_of_right[j] = group
            else:
                group.lefts.append(i)
                attached_left.add(i)
                group_of_left[i] = group
        if not waiting or len(waiting) == len(pending):
            break
        pending = waiting
    groups[:] = [
        g
        for g in groups
        if not (
            (not g.lefts and all(j in attached_right for j in g.rights))
            or (not g.rights and all(i in attached_left for i in g.lefts))
        )
    ]
