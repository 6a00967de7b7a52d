"""Many-to-many links: join links that a moved sentence ties together.

A rewrite often carries a provision from one clause into another clause that already has its
own counterpart (cc-by 3.0 article 8 feeds articles 2, 7 and 8 of 4.0). Those ties are true
pairs, but since every clause sits in exactly one link, pairing them means joining the two
links into one, which also pairs every other clause of the two links with each other. This
step joins links only when that is worth it.

Input: the links found so far (:class:`~clausediff.align.splits.Group`), the candidate pairs and
the :class:`~clausediff.align.sentences.Sentences` of both sides. Method:

1. evidence: a left clause ``i`` and a right clause ``j`` in different links are tied when a
   sentence of ``i`` and a sentence of ``j`` reach :data:`SENTENCE_MATCH` (IDF-weighted cosine
   of their stems) *and* neither sentence is found about as well (within :data:`MARGIN`) in
   its own link's other side: a sentence that stayed where it was and also resembles a
   provision elsewhere (repeated boilerplate) ties nothing;
2. joins, strongest tie first: joining links ``A`` and ``B`` adds the cross pairs
   ``A.left x B.right`` and ``B.left x A.right``. It is done when at least
   :data:`JOIN_PRECISION` of those cross pairs are ties (adding ``t`` true pairs and ``f``
   false ones raises F1 exactly when ``t / (t + f)`` exceeds half the F1; the margin keeps a
   join a safe bet) and the joined link keeps at most :data:`MAX_SIDE` clauses a side, so a
   reader still sees one provision, not a chapter. An unpaired clause (a one-sided link) tied
   to a link joins it the same way: that is a split piece or a merged clause found by its
   sentence;
3. rehoming (:func:`rehome`): a clause alone in a one-to-one link that order made (a weak pair)
   moves to the link it is tied to when that link's single clause on the other side contains
   it almost whole: a short clause absorbed by a long section elsewhere;
4. gaps (:func:`fill_gaps`): an unpaired clause lying between two pieces of one split (or two
   clauses of one merge) joins it on weak evidence: pieces of a clause stay together.

Joined links have several clauses on one or both sides; their status (split or merged) is
decided by :func:`clausediff.align.core._status`. No I/O, no Qt; in place on the group list;
checks the monitor while searching.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set

from clausediff.align.score import Scorer
from clausediff.align.sentences import Sentences
from clausediff.align.splits import CONTAINMENT_WEIGHT, MAX_SIDE, Group
from clausediff.progress import SILENT, Monitor

SENTENCE_MATCH = 0.5
CHECK_EVERY = 256
MARGIN = 0.15
JOIN_PRECISION = 0.5
#: Candidate pairs below this clause similarity are not searched for a surviving sentence.
FLOOR = 0.05
#: Only the most similar candidates of each clause (in other links) are searched: a sentence
#: that survives makes its two clauses alike, and this keeps the search linear in clauses.
TOP = 4
#: A clause whose rare-word weight is this well covered by its own link lost nothing (left) or
#: received nothing (right): its sentences are not searched for a tie to another link (cheap
#: and common). Unpaired clauses are always searched: a split piece shares its words with the
#: other pieces, so its source looks covered while one of its sentences did leave.
CONTAINED = 0.9
#: Fewest words shared by the two clauses and absent from both their own links for a tie to be
#: searched (cheap test before comparing sentences).
MOVED_WORDS = 2
#: Share of a clause's rare-word weight a link must contain for the clause to move there.
REHOME_CONTAINED = 0.8
#: Evidence an unpaired clause lying inside a split or merge needs to join it (see fill_gaps).
GAP_FLOOR = 0.1
#: ... and this share of its best similarity to any clause.
GAP_SHARE = 0.7


def ties(
    groups: Iterable[Group],
    sims: Mapping[tuple[int, int], float],
    scorer: Scorer,
    sentences: Sentences,
    settled_left: Set[int],
    settled_right: Set[int],
    monitor: Monitor = SILENT,
) -> list[tuple[float, int, int]]:
    """Tied ``(strength, left, right)`` pairs lying in different links, strongest first."""
    group_of_left = {i: g for g in groups for i in g.lefts}
    group_of_right = {j: g for g in groups for j in g.rights}
    best_left: dict[int, list[tuple[float, int]]] = defaultdict(list)
    best_right: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), value in sims.items():
        if value < FLOOR or i in settled_left or j in settled_right:
            continue
        if group_of_left[i] is group_of_right[j]:
            continue
        best_left[i].append((value, j))
        best_right[j].append((value, i))
    # sorted() beats heapq.nlargest on rows this short
    wanted = {(i, j) for i, row in best_left.items() for _, j in sorted(row, reverse=True)[:TOP]}
    wanted |= {(i, j) for j, col in best_right.items() for _, i in sorted(col, reverse=True)[:TOP]}
    unexplained: dict[tuple[int, int], dict[int, float]] = {}

    def loose(side: int, index: int, own: list[int]) -> dict[int, float]:
        """Sentences of a clause not found in its own link's other side, with their best there.

        A tie needs a sentence found at least :data:`MARGIN` better elsewhere than at home, and
        no match reaches 1: sentences found at home above ``1 - MARGIN`` can never tie.
        """
        key = (side, index)
        found = unexplained.get(key)
        if found is None:
            found = {}
            for s in range(len(sentences.of(side, index))):
                home = sentences.best_in(side, index, s, own, 1.0 - MARGIN) if own else 0.0
                if home <= 1.0 - MARGIN:
                    found[s] = home
            unexplained[key] = found
        return found

    found: list[tuple[float, int, int]] = []
    for k, (i, j) in enumerate(sorted(wanted)):
        if k % CHECK_EVERY == 0:
            monitor.check()
        own_left, own_right = group_of_left[i], group_of_right[j]
        if (
            own_left.rights
            and own_right.lefts
            and (
                scorer.left_in(i, own_left.rights) >= CONTAINED
                or scorer.right_in(j, own_right.lefts) >= CONTAINED
            )
        ):
            continue  # two links, and nothing left clause i or nothing came into j
        moved_words = scorer.left[i] & scorer.right[j]
        for home in own_left.rights:
            moved_words = moved_words - scorer.right[home]
        for home in own_right.lefts:
            moved_words = moved_words - scorer.left[home]
        if len(moved_words) < MOVED_WORDS:
            continue  # a moved sentence brings words neither clause's own link has
        out_of_i = loose(0, i, own_left.rights)
        into_j = loose(1, j, own_right.lefts) if out_of_i else {}
        strength = 0.0
        for s, home_s in out_of_i.items():
            for t, home_t in into_j.items():
                value = sentences.cosine(i, s, j, t)
                if value > strength and max(home_s, home_t) <= value - MARGIN:
                    strength = value
        if strength >= SENTENCE_MATCH:
            found.append((strength, i, j))
    found.sort(reverse=True)
    return found


def join(
    groups: list[Group],
    tied: list[tuple[float, int, int]],
    in_place: Callable[[int, int], bool] = lambda i, j: True,
) -> None:
    """Join linked groups along the ties where the expected gain is positive (in place).

    Two lone clauses that find each other by a sentence become a one-to-one link resting on
    that sentence (``Group.sentence``), placed in the chain or moved as ``in_place(left,
    right)`` says (whether the pair fits between its linked neighbours).
    """
    tie_set = {(i, j) for _, i, j in tied}
    group_of_left = {i: g for g in groups for i in g.lefts}
    group_of_right = {j: g for g in groups for j in g.rights}
    gone: set[int] = set()
    for _, i, j in tied:
        a, b = group_of_left[i], group_of_right[j]
        if a is b:
            continue
        lefts, rights = a.lefts + b.lefts, a.rights + b.rights
        if max(len(lefts), len(rights)) > MAX_SIDE:
            continue
        cross = [(x, y) for x in a.lefts for y in b.rights]
        cross += [(x, y) for x in b.lefts for y in a.rights]
        hits = sum(1 for pair in cross if pair in tie_set)
        if hits < JOIN_PRECISION * len(cross):
            continue
        keep, drop = (a, b) if a.lefts and a.rights else (b, a)
        keep.lefts[:], keep.rights[:] = lefts, rights
        if keep.kind == "unpaired":  # two lone clauses found each other by a sentence
            keep.kind = "chain" if in_place(i, j) else "move"
        keep.sentence = True
        for x in drop.lefts:
            group_of_left[x] = keep
        for y in drop.rights:
            group_of_right[y] = keep
        for x in keep.lefts:
            group_of_left[x] = keep
        for y in keep.rights:
            group_of_right[y] = keep
        gone.add(id(drop))
    groups[:] = [g for g in groups if id(g) not in gone]


def fill_gaps(
    groups: list[Group],
    scorer: Scorer,
    sims: Mapping[tuple[int, int], float],
    floor: float | None = None,
) -> None:
    """Attach a run of unpaired clauses lying between two clauses of one link (in place).

    When a clause is split into several, the pieces stay together in reading order; an unpaired
    right clause between two pieces of one split (or an unpaired left clause between two
    clauses of one merge) is a piece whose words changed the most, not an insertion. It joins
    the link when it shows at least ``floor`` of evidence (similarity or containment, as for
    attaching; :data:`GAP_FLOOR` unless given) with the link's other side, and at least
    :data:`GAP_SHARE` of its best similarity anywhere (a clause that plainly belongs elsewhere,
    or a new clause resembling another one, stays out).
    """
    floor = GAP_FLOOR if floor is None else floor
    best: tuple[dict[int, float], dict[int, float]] = ({}, {})
    for (i, j), value in sims.items():
        if value > best[0].get(i, 0.0):
            best[0][i] = value
        if value > best[1].get(j, 0.0):
            best[1][j] = value
    for side in (0, 1):

        def members(group: Group, side: int = side) -> list[int]:
            return group.rights if side else group.lefts

        owner = {x: g for g in groups if g.lefts and g.rights for x in members(g)}
        lone = {x for g in groups if not (g.lefts and g.rights) for x in members(g)}
        attached: set[int] = set()
        for index in sorted(lone):
            before, after = index - 1, index + 1
            while before in lone:
                before -= 1
            while after in lone:
                after += 1
            group = owner.get(before)
            if group is None or owner.get(after) is not group:
                continue
            if side:
                evidence = max(
                    max(scorer.sim(i, index) for i in group.lefts),
                    CONTAINMENT_WEIGHT * scorer.right_in(index, group.lefts),
                )
            else:
                evidence = max(
                    max(scorer.sim(index, j) for j in group.rights),
                    CONTAINMENT_WEIGHT * scorer.left_in(index, group.rights),
                )
            if evidence >= max(floor, GAP_SHARE * best[side].get(index, 0.0)):
                members(group).append(index)
                attached.add(index)
        groups[:] = [
            g
            for g in groups
            if (g.lefts and g.rights)
            or not all(x in attached for x in members(g))
            or not members(g)
        ]


def rehome(
    groups: list[Group],
    tied: list[tuple[float, int, int]],
    scorer: Scorer,
    sims: Mapping[tuple[int, int], float],
) -> None:
    """Move a clause out of a weak one-to-one link into the link that contains it (in place).

    Order can pair a clause with a neighbour's counterpart while its text went, whole, into a
    clause elsewhere that absorbed several old ones (nine short paragraphs merged into one
    section). A clause alone on its side of a one-to-one link moves to the link of a clause it
    is tied to (a sentence of it survives there) when that link has one clause on the other
    side, which contains at least :data:`REHOME_CONTAINED` of the moving clause's rare-word
    weight, and which it resembles more than its current partner; the partner is left
    unpaired. Every pair this adds is backed by the tie; the one it removes had less evidence.
    """
    group_of_left = {i: g for g in groups for i in g.lefts}
    group_of_right = {j: g for g in groups for j in g.rights}
    for _, i, j in tied:
        a, b = group_of_left[i], group_of_right[j]
        if a is b or not (b.lefts and b.rights):
            continue
        if a.lefts == [i] and len(a.rights) == 1 and b.rights == [j]:
            partner = a.rights[0]
            if scorer.left_in(i, [j]) >= REHOME_CONTAINED and sims.get((i, j), 0.0) > sims.get(
                (i, partner), 0.0
            ):
                a.lefts.clear()
                a.kind = "unpaired"
                b.lefts.append(i)
                group_of_left[i] = b
        elif b.rights == [j] and len(b.lefts) == 1 and a.lefts == [i]:
            partner = b.lefts[0]
            if scorer.right_in(j, [i]) >= REHOME_CONTAINED and sims.get((i, j), 0.0) > sims.get(
                (partner, j), 0.0
            ):
                b.rights.clear()
                b.kind = "unpaired"
                a.rights.append(j)
                group_of_right[j] = a
