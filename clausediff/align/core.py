"""Clause alignment: pair every clause of two documents with its counterpart.

Input: the clauses of both documents (any length), :class:`CompareOptions` and a
:class:`Monitor`. Output: a tuple of :class:`Link` in which every clause appears exactly once,
in reading order of the right document, each deleted clause placed right after the link of its
nearest left predecessor that has a counterpart.

Method, each step in its own module:

1. :mod:`signatures` folds every body (per the options for the unchanged test, aggressively for
   matching) and :mod:`score` fits one IDF table over both sides;
2. :mod:`candidates` finds exact pairs by hash, then scores precisely only a few candidates per
   clause (all pairs for small documents);
3. :mod:`sequence` keeps the heaviest order-preserving chain of pairs (Needleman-Wunsch with a
   zero gap cost over the candidates), so near-duplicates pair by position;
4. :mod:`moves` pairs what is left out of order, above a stricter threshold; a pair it finds
   that fits in order is held to the chain's level test, so it never takes back a pair the
   level test dropped (a deleted and an inserted clause sharing a few rare words in one slot);
5. :mod:`splits` attaches still-unpaired clauses to the link whose text they came from;
   :mod:`regroup` then joins links that a moved sentence ties together (many-to-many links,
   only where the pairs gained outweigh the pairs wrongly implied; see :mod:`sentences`), a
   clause tied to a section that contains it whole leaves its weak one-to-one link for it, and
   an unpaired clause lying between two pieces of one split or merge joins it;
6. numbers and headings are compared apart from bodies: renumbering or retitling alone never
   makes a clause differ;
7. :mod:`reasons` says why each link was made (text, number and heading, position).

No I/O, no Qt; raises :class:`~clausediff.errors.Cancelled` when the monitor asks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rapidfuzz.distance import Indel

from clausediff.align.candidates import candidate_pairs, exact_pairs
from clausediff.align.links import Link
from clausediff.align.moves import in_order, moves
from clausediff.align.reasons import reason
from clausediff.align.regroup import fill_gaps, join, rehome, ties
from clausediff.align.score import Scorer
from clausediff.align.sentences import Sentences
from clausediff.align.sequence import chain, level_filter, level_near, plausible
from clausediff.align.signatures import Bodies, Stemmer, fold, keys
from clausediff.align.splits import ATTACH_THRESHOLD, Group, attach
from clausediff.clause import Clause
from clausediff.comparison import PairStatus
from clausediff.options import CompareOptions
from clausediff.progress import SILENT, Monitor
from clausediff.text.normalize import fold_for_matching

#: Minimum similarity for an in-order pair: low, because order vouches for it.
CHAIN_THRESHOLD = 0.12
#: An in-order pair must reach this share of the best similarity either of its clauses has.
RELATIVE = 0.5
#: In-order pairs must reach this share of the similarity level around them (see _chain).
#: Chosen on the dev sets' deletion/insertion curve (``score_alignment.py --sweep``): 0.25 ->
#: 0.35 finds 1 more of the Code civil's 18 repealed articles, pair F1 equal on the dev sets
#: (synthetic 'restructure' 0.864 -> 0.861).
LEVEL_SHARE = 0.35
#: Chained neighbours on each side that set that level.
LEVEL_WINDOW = 2
#: Highest similarity a changed body can show.
MAX_CHANGED = 0.99
#: Above this product of lengths, the link similarity compares words rather than characters.
MAX_CHAR_PRODUCT = 400_000_000
#: Settled (identical) clause pairs stemmed to estimate word rarity; the rest are not stemmed.
IDF_SAMPLE = 200


def align(
    left: Sequence[Clause],
    right: Sequence[Clause],
    options: CompareOptions = CompareOptions(),  # noqa: B008 -- frozen, shared default is safe
    monitor: Monitor = SILENT,
) -> tuple[Link, ...]:
    """Align two clause sequences; every clause ends up in exactly one link."""
    total = len(left) + len(right)
    monitor.report(0, total, "aligning clauses")
    left_keys, right_keys = keys(left, right, options)
    exact, copies = exact_pairs(left_keys, right_keys)
    stemmer = Stemmer()
    scorer = _scorer(left, right, exact, stemmer)
    sims = candidate_pairs(scorer, exact, copies, monitor)
    monitor.report(total // 2, total, "aligning clauses")
    chained, levels = _chain(sims, len(left), len(right))

    def attach_at(group: Group) -> float:
        """Attaching needs more evidence next to near-identical pairs (see _chain)."""
        return max(ATTACH_THRESHOLD, LEVEL_SHARE * levels.get(group.lefts[0], 0.0))

    groups = [Group([i], [j], "chain") for i, j in chained.items()]
    paired_right = set(chained.values())
    groups += [Group([i], [], "unpaired") for i in range(len(left)) if i not in chained]
    groups += [Group([], [j], "unpaired") for j in range(len(right)) if j not in paired_right]
    attach(groups, scorer, sims, adjacent_only=True, threshold=attach_at)
    free_left = {i for g in groups if not g.rights for i in g.lefts}
    free_right = {j for g in groups if not g.lefts for j in g.rights}
    order = sorted(chained)
    level = level_near(chained, sims, LEVEL_WINDOW)

    def move_bar(i: int, j: int) -> float:
        """A pair that fits in order is held to the chain's level test (see _chain)."""
        return LEVEL_SHARE * level(i) if in_order(chained, order, i, j) else 0.0

    moved = moves(sims, free_left, free_right, bar=move_bar)
    groups = [g for g in groups if g.lefts and g.rights]
    groups += [
        Group([i], [j], "chain" if in_order(chained, order, i, j) else "move")
        for i, j in moved.items()
    ]
    groups += [Group([i], [], "unpaired") for i in free_left if i not in moved]
    moved_right = set(moved.values())
    groups += [Group([], [j], "unpaired") for j in free_right if j not in moved_right]
    attach(groups, scorer, sims, adjacent_only=False, threshold=attach_at)
    sentences = Sentences(left, right, stemmer, scorer.idf)
    tied = ties(groups, sims, scorer, sentences, set(exact), set(exact.values()), monitor)
    join(groups, tied, in_place=lambda i, j: in_order(chained, order, i, j))
    rehome(groups, tied, scorer, sims)
    fill_gaps(groups, scorer, sims)
    bodies = (Bodies(left, left_keys, options), Bodies(right, right_keys, options))
    links = _order(
        [_link(g, left, right, bodies, options, sims) for g in groups], groups, len(left)
    )
    monitor.report(total, total, "aligning clauses")
    return links


def _chain(
    sims: dict[tuple[int, int], float], n: int, m: int
) -> tuple[dict[int, int], dict[int, float]]:
    """The order-preserving chain, with a threshold adapted to how much the text changed there.

    In a heavy rewrite true in-order pairs keep a fifth of their rare words and that is still
    evidence; among near-identical neighbours, a pair that shares only boilerplate is a deleted
    clause and an inserted one that happen to sit in the same slot. So each chained pair must
    reach :data:`LEVEL_SHARE` of the median similarity of its :data:`LEVEL_WINDOW` chained
    neighbours on each side (of the whole chain when it has too few): a rewritten section keeps
    its weak pairs, a lone weak pair in an unchanged stretch is dropped. Returns the chain and
    the level around each chained left clause.
    """
    chained = chain(plausible(sims, RELATIVE), CHAIN_THRESHOLD, n, m)
    return level_filter(chained, sims, LEVEL_SHARE, LEVEL_WINDOW)


def survival(a: str, b: str) -> float:
    """How much of the text survived: normalised Indel similarity, 1.0 only when equal.

    Characters are compared while that stays cheap (bit-parallel, about ``len(a) * len(b) / 64``
    steps); very long clauses are compared word by word, and beyond that as bags of words, so a
    100-page clause never stalls the comparison.
    """
    if len(a) * len(b) <= MAX_CHAR_PRODUCT:
        return float(Indel.normalized_similarity(a, b))
    words_a, words_b = a.split(), b.split()
    if len(words_a) * len(words_b) <= MAX_CHAR_PRODUCT:
        return float(Indel.normalized_similarity(words_a, words_b))
    common = sum((Counter(words_a) & Counter(words_b)).values())
    return 2.0 * common / (len(words_a) + len(words_b))


def _scorer(
    left: Sequence[Clause], right: Sequence[Clause], exact: dict[int, int], stemmer: Stemmer
) -> Scorer:
    """Word sets for the clauses left to match; settled ones only sampled for word rarity."""
    settled_right = set(exact.values())
    left_words = [frozenset() if i in exact else stemmer.words(c) for i, c in enumerate(left)]
    right_words = [
        frozenset() if j in settled_right else stemmer.words(c) for j, c in enumerate(right)
    ]
    settled = sorted(exact)
    step = max(1, len(settled) // IDF_SAMPLE)
    sample = [stemmer.words(left[i]) for i in settled[::step]]
    # each settled pair is two clauses (one per side) with the same words
    weight = 2.0 * len(settled) / len(sample) if sample else 0.0
    return Scorer(
        left_words,
        right_words,
        [fold_for_matching(c.heading) for c in left],
        [fold_for_matching(c.heading) for c in right],
        sample,
        weight,
    )


def _status(group: Group, same_body: bool) -> PairStatus:
    """The link's status; a many-to-many link (n:m) is SPLIT when its right side has more
    clauses than its left side, MERGED otherwise (equal sides included)."""
    if not group.rights:
        return PairStatus.DELETED
    if not group.lefts:
        return PairStatus.INSERTED
    if len(group.lefts) > 1 or len(group.rights) > 1:
        return PairStatus.SPLIT if len(group.rights) > len(group.lefts) else PairStatus.MERGED
    if group.kind == "move":
        return PairStatus.MOVED
    return PairStatus.UNCHANGED if same_body else PairStatus.MODIFIED


def _link(
    group: Group,
    left: Sequence[Clause],
    right: Sequence[Clause],
    bodies: tuple[Bodies, Bodies],
    options: CompareOptions,
    sims: Mapping[tuple[int, int], float],
) -> Link:
    group.lefts.sort()
    group.rights.sort()
    similarity = 0.0
    same = False
    if group.lefts and group.rights:
        raw_equal = (
            len(group.lefts) == len(group.rights) == 1
            and left[group.lefts[0]].text == right[group.rights[0]].text
        )
        a_text = "" if raw_equal else bodies[0].joined(group.lefts)
        b_text = "" if raw_equal else bodies[1].joined(group.rights)
        same = raw_equal or a_text == b_text
        # 1.0 is kept for equal bodies: a changed clause never reads as "100 %" once rounded
        similarity = 1.0 if same else min(survival(a_text, b_text), MAX_CHANGED)
    status = _status(group, same)
    number_changed = heading_changed = False
    if group.lefts and group.rights:
        a, b = left[group.lefts[0]], right[group.rights[0]]
        number_changed = a.number != b.number and fold(a.number, options) != fold(b.number, options)
        heading_changed = a.heading != b.heading and (
            fold(a.heading, options) != fold(b.heading, options)
        )
    return Link(
        left=tuple(left[i].id for i in group.lefts),
        right=tuple(right[j].id for j in group.rights),
        status=status,
        similarity=similarity,
        number_changed=number_changed,
        heading_changed=heading_changed,
        reason=reason(group, left, right, sims, same),
    )


def _order(links: list[Link], groups: list[Group], n_left: int) -> tuple[Link, ...]:
    """Reading order of the right side; a deleted clause follows its left predecessor's link."""
    anchor_of_left: list[int | None] = [None] * n_left
    for group in groups:
        if group.rights:
            for i in group.lefts:
                anchor_of_left[i] = group.rights[0]
    keys: list[tuple[int, int, int]] = []
    for group in groups:
        if group.rights:
            keys.append((group.rights[0], 0, 0))
            continue
        first = group.lefts[0]
        place = -1
        for i in range(first - 1, -1, -1):
            anchor = anchor_of_left[i]
            if anchor is not None:
                place = anchor
                break
        keys.append((place, 1, first))
    order = sorted(range(len(links)), key=keys.__getitem__)
    return tuple(links[k] for k in order)
