"""Precise clause similarity: IDF-weighted cosine of stemmed word sets, and containment.

Input: the stemmed word sets and folded headings of both documents' clauses. A :class:`Scorer`
fits one IDF table over all clauses of both sides, then answers, for a left clause ``i`` and a
right clause ``j``:

* :meth:`Scorer.sim` — weighted cosine of their word sets, in [0, 1]. Measured on the corpus with
  gold segmentation it separates true pairs from others better than ``token_set_ratio``,
  ``ratio``, ``partial_ratio`` or plain Jaccard (AUC 0.94 vs 0.89, 0.73, 0.83, 0.87): boilerplate
  words weigh ~0 and a clause's rare words decide;
* :meth:`Scorer.left_in` / :meth:`Scorer.right_in` — the weighted share of one clause's words
  found in a set of clauses on the other side (is this clause covered by those?), which is what
  split and merge detection asks.

Words are stemmed (see :mod:`clausediff.align.signatures`; measured: +0.007 AUC). A heading
equal on both sides adds a small bonus: a strong hint, not proof. No I/O, no Qt.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

HEADING_BONUS = 0.1


class Scorer:
    """Similarities between the clauses of two documents under one shared IDF table.

    ``left`` / ``right`` are the stemmed word sets (empty for clauses already settled by an
    exact match, which need no fuzzy scoring); ``sample`` are word sets standing for the settled
    clauses in the document frequencies, each counting ``sample_weight`` clauses, so rarity is
    still judged over the whole documents without stemming every settled clause.
    """

    __slots__ = ("idf", "left", "left_heading", "left_norm", "right", "right_heading", "right_norm")

    def __init__(
        self,
        left: Sequence[frozenset[str]],
        right: Sequence[frozenset[str]],
        left_heading: Sequence[str],
        right_heading: Sequence[str],
        sample: Sequence[frozenset[str]] = (),
        sample_weight: float = 1.0,
    ) -> None:
        self.left = left
        self.right = right
        self.left_heading = left_heading
        self.right_heading = right_heading
        counts: Counter[str] = Counter()
        for words in left:
            counts.update(words)
        for words in right:
            counts.update(words)
        df: dict[str, float] = dict(counts)
        for words in sample:
            for word in words:
                df[word] = df.get(word, 0.0) + sample_weight
        total = len(left) + len(right) + 1.0
        self.idf = {word: math.log(max(total / n, 1.0)) for word, n in df.items()}
        self.left_norm = [self.weight(words) for words in left]
        self.right_norm = [self.weight(words) for words in right]

    def weight(self, words: Iterable[str]) -> float:
        """Total IDF weight of a set of words."""
        return sum(map(self.idf.__getitem__, words))

    def sim(self, i: int, j: int) -> float:
        """Weighted cosine of left clause ``i`` and right clause ``j``, heading hint included."""
        norm = self.left_norm[i] * self.right_norm[j]
        value = self.weight(self.left[i] & self.right[j]) / math.sqrt(norm) if norm > 0 else 0.0
        heading = self.left_heading[i]
        if heading and heading == self.right_heading[j]:
            value += HEADING_BONUS
        return min(value, 1.0)

    def left_in(self, i: int, rights: Iterable[int]) -> float:
        """Weighted share of left clause ``i``'s words found in the given right clauses."""
        total = self.left_norm[i]
        if total <= 0:
            return 0.0
        union: set[str] = set()
        for j in rights:
            union |= self.right[j]
        return self.weight(self.left[i] & union) / total

    def right_in(self, j: int, lefts: Iterable[int]) -> float:
        """Weighted share of right clause ``j``'s words found in the given left clauses."""
        total = self.right_norm[j]
        if total <= 0:
            return 0.0
        union: set[str] = set()
        for i in lefts:
            union |= self.left[i]
        return self.weight(self.right[j] & union) / total
