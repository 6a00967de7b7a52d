"""Sentence evidence: does a substantive sentence of one clause survive in another?

A clause pair is a true pair when "a substantive provision survives" (corpus annotation rule),
and a provision is usually a sentence. Whole-clause similarity dilutes one surviving sentence
among everything that was rewritten around it; comparing sentences finds it. Input: the clauses
of both sides, a :class:`~clausediff.align.signatures.Stemmer` and the IDF table of the
:class:`~clausediff.align.score.Scorer`. Output, for a left clause ``i`` and a right clause
``j``: the best IDF-weighted cosine between a sentence of ``i`` and a sentence of ``j``, and
which sentences those are (:meth:`Sentences.best`), and the best match of one sentence among a
set of clauses on the other side (:meth:`Sentences.best_in`).

Sentences are cut after ``. ; : ! ?`` followed by a space and at line breaks; numbers and
one-letter words are left out (a shared citation such as "l'article L. 411-1 du code monétaire
et financier" is a reference, not a surviving provision: on the Code civil it merged a repealed
article into an unrelated one); a sentence with fewer than :data:`MIN_WORDS` distinct stems (a
list marker, "Definitions:") is no evidence and is ignored, and two sentences sharing fewer than
:data:`MIN_SHARED` stems do not match.
Sentences are stemmed lazily, only for the clauses asked about. No I/O, no Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from clausediff.align.signatures import Stemmer, provisions
from clausediff.clause import Clause

#: Fewest distinct stems for a sentence to count as a provision.
MIN_WORDS = 6
#: Fewest distinct stems two sentences must share to be the same provision: two short lines
#: made of rare words ("Licensed under the EUPL v1.1", "European Union Public Licence (EUPL)
#: v.") reach a high cosine on three words, which says nothing.
MIN_SHARED = 6
_CUT = re.compile(r"(?<=[.;:!?])\s+|\n")


class Sentences:
    """Stemmed sentences of both sides' clauses and their IDF-weighted cosines."""

    __slots__ = ("_cache", "_clauses", "_idf", "_stemmer")

    def __init__(
        self,
        left: Sequence[Clause],
        right: Sequence[Clause],
        stemmer: Stemmer,
        idf: dict[str, float],
    ) -> None:
        self._clauses = (left, right)
        self._stemmer = stemmer
        self._idf = idf
        self._cache: dict[tuple[int, int], list[tuple[frozenset[str], float]]] = {}

    def of(self, side: int, index: int) -> list[tuple[frozenset[str], float]]:
        """The sentences (stem set, total weight) of clause ``index`` on ``side`` (0 left)."""
        found = self._cache.get((side, index))
        if found is None:
            found = []
            idf = self._idf
            for piece in _CUT.split(provisions(self._clauses[side][index].text)):
                words = self._stemmer.text_words(piece)
                words = frozenset(w for w in words if len(w) > 1 and not w.isdigit())
                if len(words) >= MIN_WORDS:
                    # words without a weight (only in settled clauses) weigh 0 anyway
                    words = frozenset(w for w in words if w in idf)
                    found.append((words, sum(map(idf.__getitem__, words))))
            self._cache[(side, index)] = found
        return found

    def _cosine(self, a: tuple[frozenset[str], float], b: tuple[frozenset[str], float]) -> float:
        """IDF-weighted cosine; 0 unless the two share :data:`MIN_SHARED` stems."""
        norm = a[1] * b[1]
        shared = a[0] & b[0]
        if norm <= 0 or len(shared) < MIN_SHARED:
            return 0.0
        return sum(map(self._idf.__getitem__, shared)) / math.sqrt(norm)

    def best(self, i: int, j: int) -> tuple[float, int, int]:
        """Best sentence cosine of left ``i`` and right ``j``, and the two sentence indices."""
        found = (0.0, -1, -1)
        for s, a in enumerate(self.of(0, i)):
            for t, b in enumerate(self.of(1, j)):
                value = self._cosine(a, b)
                if value > found[0]:
                    found = (value, s, t)
        return found

    def cosine(self, i: int, s: int, j: int, t: int) -> float:
        """Cosine of sentence ``s`` of left clause ``i`` and sentence ``t`` of right ``j``."""
        return self._cosine(self.of(0, i)[s], self.of(1, j)[t])

    def best_in(
        self,
        side: int,
        index: int,
        sentence: int,
        others: Iterable[int],
        enough: float = 2.0,
    ) -> float:
        """Best cosine of one sentence of a clause with any sentence of the ``others``.

        Stops at the first cosine above ``enough`` (the caller only needs to know that much).
        """
        own = self.of(side, index)[sentence]
        best = 0.0
        for other in others:
            for b in self.of(1 - side, other):
                value = self._cosine(own, b)
                if value > best:
                    best = value
                    if best > enough:
                        return best
        return best
