"""Cheap candidate generation: which clause pairs deserve a precise score.

Input: the unchanged-test keys of both documents and a :class:`~clausediff.align.score.Scorer`.
Output: a sparse map ``(left index, right index) -> similarity`` over a few candidates per
clause, never an all-pairs scoring of long texts on large documents:

1. exact pairs: bodies equal after folding, found by hash (this alone settles most clauses of a
   light revision); copies of a body repeated on a side are all offered to the chain;
2. the clauses left over, when few (at most :data:`ALL_PAIRS_LIMIT` pairs and
   :data:`ALL_PAIRS_WORDS` word comparisons), are scored all against all: cheap, and the surest
   way to catch heavy rewrites;
3. otherwise a shared rare-word inverted index: each clause looks up its :data:`RARE_WORDS` rarest
   words in the other side's postings (postings longer than :data:`MAX_POSTING` are boilerplate
   and skipped), keeps the :data:`TOP_K` clauses sharing the most rare weight, in both directions;
   plus two position priors: all pairs inside each small gap between consecutive exact anchors,
   and the :data:`BAND` right clauses on each side of each open left clause's expected place.

No I/O, no Qt; checks the monitor every few hundred clauses.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from clausediff.align.score import Scorer
from clausediff.progress import Monitor

ALL_PAIRS_LIMIT = 40_000
#: ... as long as the set intersections stay cheap (pairs x mean words per clause).
ALL_PAIRS_WORDS = 20_000_000
RARE_WORDS = 12
MAX_POSTING = 64
TOP_K = 6
CHECK_EVERY = 256
GAP_BLOCK = 64
#: Right clauses on each side of a left clause's expected place offered by the position prior.
BAND = 3


#: Largest group of identical bodies whose copies are all offered to the chain (copies x copies).
MAX_COPIES_PAIRS = 10_000


def exact_pairs(
    left: Sequence[str], right: Sequence[str]
) -> tuple[dict[int, int], set[tuple[int, int]]]:
    """Pairs of clauses whose bodies are equal after folding (non-empty).

    Returns the unique pairs (one copy on each side: settled) and, for bodies found more than
    once on a side, every pairing of copies, so the order-preserving chain decides which copy
    goes with which by position instead of a first-come rule that a moved copy would derail.
    """
    by_body: dict[str, list[int]] = defaultdict(list)
    for j, key in enumerate(right):
        if key:
            by_body[key].append(j)
    lefts: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(left):
        if key in by_body:
            lefts[key].append(i)
    unique: dict[int, int] = {}
    copies: set[tuple[int, int]] = set()
    for body, is_ in lefts.items():
        js = by_body[body]
        if len(is_) == 1 and len(js) == 1:
            unique[is_[0]] = js[0]
        elif len(is_) * len(js) <= MAX_COPIES_PAIRS:
            copies.update((i, j) for i in is_ for j in js)
        else:  # huge groups of identical boilerplate: pair copies in order
            copies.update(zip(is_, js, strict=False))
    return unique, copies


def _rare(words: frozenset[str], idf: dict[str, float]) -> list[str]:
    """A clause's rarest words: its short signature for the inverted index."""
    if len(words) <= RARE_WORDS:
        return list(words)
    return heapq.nlargest(RARE_WORDS, words, key=idf.__getitem__)


def _lookup(
    queries: dict[int, list[str]],
    targets: Mapping[int, Iterable[str]],
    idf: dict[str, float],
    monitor: Monitor,
) -> dict[int, list[int]]:
    """For each query clause, the target clauses sharing the most rare-word weight.

    Queries bring their rarest words; targets are indexed by all their words, so a reworded
    counterpart is found as long as it kept some of the query's rare words, even when new rare
    words of its own push them out of its own signature.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, words in targets.items():
        for word in words:
            postings[word].append(index)
    found: dict[int, list[int]] = {}
    for n, (index, rare) in enumerate(queries.items()):
        if n % CHECK_EVERY == 0:
            monitor.check()
        acc: dict[int, float] = defaultdict(float)
        for word in rare:
            hits = postings.get(word)
            if hits and len(hits) <= MAX_POSTING:
                weight = idf[word]
                for hit in hits:
                    acc[hit] += weight
        found[index] = heapq.nlargest(TOP_K, acc, key=acc.__getitem__)
    return found


def _between_anchors(exact: dict[int, int], n: int, m: int) -> set[tuple[int, int]]:
    """Position prior: every pair inside a small gap between two consecutive exact anchors.

    Clauses sitting between two unchanged clauses most likely pair with the clauses between
    their counterparts, whatever words they share; the gaps are scored in full when small.
    """
    pairs: set[tuple[int, int]] = set()
    anchors = [(-1, -1), *sorted(exact.items()), (n, m)]
    for (i0, j0), (i1, j1) in pairwise(anchors):
        if j1 <= j0:
            continue  # anchors out of order: a move, no gap to fill
        lefts, rights = range(i0 + 1, i1), range(j0 + 1, j1)
        if 0 < len(lefts) * len(rights) <= GAP_BLOCK:
            pairs.update((i, j) for i in lefts for j in rights)
    return pairs


def _band(exact: dict[int, int], open_left: Sequence[int], n: int, m: int) -> set[tuple[int, int]]:
    """Position prior: each open left clause with the right clauses around its expected place.

    The expected place interpolates between the nearest exact anchors before and after it (the
    document ends when there are none), so a heavy rewrite that keeps the order of its clauses
    still offers the in-order pairs to the chain, whatever words they share.
    """
    anchors = sorted(exact.items())
    lefts = [i for i, _ in anchors]
    pairs: set[tuple[int, int]] = set()
    for i in open_left:
        k = bisect.bisect_left(lefts, i)
        i0, j0 = anchors[k - 1] if k > 0 else (-1, -1)
        i1, j1 = anchors[k] if k < len(anchors) else (n, m)
        if j1 <= j0:
            continue  # anchors out of order around a move: no place to expect
        expected = j0 + (i - i0) * (j1 - j0) / (i1 - i0)
        low = max(j0 + 1, round(expected) - BAND)
        high = min(j1 - 1, round(expected) + BAND)
        pairs.update((i, j) for j in range(low, high + 1))
    return pairs


def _paired_by_copies(copies: set[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Clauses whose body has as many copies on the other side as on their own.

    Each such clause is offered its copies at 1.0 already: like an exact pair, it needs no
    fuzzy candidates, and looking them up for every copy of a document pasted several times
    would cost (copies x copies) lookups. A clause with fewer copies on the other side stays
    open: one of its copies may have been reworded.
    """
    rights_of: dict[int, set[int]] = defaultdict(set)
    lefts_of: dict[int, set[int]] = defaultdict(set)
    for i, j in copies:
        rights_of[i].add(j)
        lefts_of[j].add(i)
    left = {i for i, js in rights_of.items() if all(len(lefts_of[j]) == len(js) for j in js)}
    right = {j for i in left for j in rights_of[i]}
    return left, right


def candidate_pairs(
    scorer: Scorer,
    exact: dict[int, int],
    copies: set[tuple[int, int]],
    monitor: Monitor,
) -> dict[tuple[int, int], float]:
    """Sparse similarity map over exact pairs and the candidates worth a precise score."""
    n, m = len(scorer.left), len(scorer.right)
    sims: dict[tuple[int, int], float] = {(i, j): 1.0 for i, j in exact.items()}
    sims.update(dict.fromkeys(copies, 1.0))
    copied_left, copied_right = _paired_by_copies(copies)
    matched_left = set(exact) | copied_left
    matched_right = set(exact.values()) | copied_right
    open_left = [i for i in range(n) if i not in matched_left]
    open_right = [j for j in range(m) if j not in matched_right]
    pairs = len(open_left) * len(open_right)
    words = sum(len(scorer.left[i]) for i in open_left) + sum(
        len(scorer.right[j]) for j in open_right
    )
    mean_words = words / max(len(open_left) + len(open_right), 1)
    if pairs <= ALL_PAIRS_LIMIT and pairs * mean_words <= ALL_PAIRS_WORDS:
        for k, i in enumerate(open_left):
            if k % CHECK_EVERY == 0:
                monitor.check()
            for j in open_right:
                if (i, j) not in sims:
                    sims[(i, j)] = scorer.sim(i, j)
        return sims
    idf = scorer.idf
    rare_left = {i: _rare(scorer.left[i], idf) for i in open_left}
    rare_right = {j: _rare(scorer.right[j], idf) for j in open_right}
    all_left = {i: scorer.left[i] for i in open_left}
    all_right = {j: scorer.right[j] for j in open_right}
    wanted: set[tuple[int, int]] = set()
    for i, js in _lookup(rare_left, all_right, idf, monitor).items():
        wanted.update((i, j) for j in js)
    for j, is_ in _lookup(rare_right, all_left, idf, monitor).items():
        wanted.update((i, j) for i in is_)
    wanted.update(_between_anchors(exact, n, m))
    wanted.update(_band(exact, open_left, n, m))
    for k, (i, j) in enumerate(wanted):
        if k % (CHECK_EVERY * 8) == 0:
            monitor.check()
        sims[(i, j)] = scorer.sim(i, j)
    return sims
