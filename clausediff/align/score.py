"""Precise clause similarity: IDF-weighted cosine of stemmed word sets, and containment.

Input: the :class:`~clausediff.align.signatures.Signature` of both documents. A
:class:`Scorer` fits one IDF table over all clauses of both sides, then answers, for a left clause
``i`` and a right clause ``j``:

* :meth:`Scorer.sim` — weighted cosine of their word sets, in [0, 1]. Measured on the corpus with
  gold segmentation it separates true pairs from others better than ``token_set_ratio``,
  ``ratio``, ``partial_ratio`` or plain Jaccard (AUC 0.94 vs 0.89, 0.73, 0.83, 0.87): boilerplate
  words weigh ~0 and a clause's rare words decide;
* :meth:`Scorer.left_in` / :meth:`Scorer.right_in` — the weighted share of one clause's words
  found in a set of clauses on the other side (is this clause covered by those?), which is what
  split and merge detection asks.

Words are cut to their first 7 letters, a crude language-neutral stemmer that lets
``contributeur``/``contributeurs`` or ``licence``/``licensed`` meet (measured: +0.007 AUC). A
heading equal on both sides adds a small bonus: a strong hint, not proof. No I/O, no Qt.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from clausediff.align.signatures import Signature

STEM = 7
HEADING_BONUS = 0.1


def stems(sig: Signature) -> frozenset[str]:
    """The stemmed word set of a clause; a body-less clause is matched by its heading."""
    words = sig.words or frozenset(sig.heading.split())
    return frozenset(word[:STEM] for word in words)


class Scorer:
    """Similarities between the clauses of two documents under one shared IDF table."""

    __slots__ = ("idf", "left", "left_norm", "left_sigs", "right", "right_norm", "right_sigs")

    def __init__(self, left: Sequence[Signature], right: Sequence[Signature]) -> None:
        self.left_sigs = left
        self.right_sigs = right
        self.left = [stems(s) for s in left]
        self.right = [stems(s) for s in right]
        counts: Counter[str] = Counter()
        for words in self.left:
            counts.update(words)
        for words in self.right:
            counts.update(words)
        total = len(self.left) + len(self.right) + 1.0
        self.idf = {word: math.log(total / df) for word, df in counts.items()}
        self.left_norm = [self.weight(words) for words in self.left]
        self.right_norm = [self.weight(words) for words in self.right]

    def weight(self, words: Iterable[str]) -> float:
        """Total IDF weight of a set of words."""
        idf = self.idf
        return sum(idf[word] for word in words)

    def sim(self, i: int, j: int) -> float:
        """Weighted cosine of left clause ``i`` and right clause ``j``, heading hint included."""
        norm = self.left_norm[i] * self.right_norm[j]
        value = self.weight(self.left[i] & self.right[j]) / math.sqrt(norm) if norm > 0 else 0.0
        heading = self.left_sigs[i].heading
        if heading and heading == self.right_sigs[j].heading:
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
