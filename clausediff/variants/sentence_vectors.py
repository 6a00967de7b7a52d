"""Sentences as unit vectors of weighted content-word stems, the measure the provisions grid uses.

Each sentence becomes a unit vector of its content-word stems
(:func:`clausediff.variants.words.stems`) weighted by inverse document frequency over the group's
sentences, so words every variant uses (the clause's own name) weigh little, contract boilerplate
less than topical words, and words only one variant uses, which cannot align anything, half. The
dot product of two such vectors is their cosine. No Qt, no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from clausediff.variants.model import Sentence
from clausediff.variants.words import BOILERPLATE, stems

#: Weight of words only one variant uses: they cannot align anything, but they still say how
#: much of a sentence a shared word accounts for (a sentence sharing one word of ten is not
#: "the same provision").
UNIQUE_WEIGHT = 0.5
#: Weight of contract boilerplate words relative to topical ones.
BOILERPLATE_WEIGHT = 0.3

Vector = dict[str, float]


def sentence_vectors(sentences: Iterable[Sentence]) -> dict[tuple[str, int], Vector]:
    """Unit IDF-weighted stem vectors, keyed by (variant id, sentence index)."""
    bags = {(s.variant_id, s.index): Counter(stems(s.text)) for s in sentences}
    frequency: Counter[str] = Counter()
    users: dict[str, set[str]] = {}
    for (variant_id, _index), bag in bags.items():
        frequency.update(bag.keys())
        for word in bag:
            users.setdefault(word, set()).add(variant_id)
    total = max(len(bags), 1)
    idf = {
        word: math.log(total / count)
        * (BOILERPLATE_WEIGHT if word in BOILERPLATE else 1.0)
        * (1.0 if len(users[word]) > 1 else UNIQUE_WEIGHT)
        for word, count in frequency.items()
    }
    vectors: dict[tuple[str, int], Vector] = {}
    for key, bag in bags.items():
        vector = {word: idf[word] for word in bag if word in idf and idf[word] > 0}
        norm = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
        vectors[key] = {word: weight / norm for word, weight in vector.items()}
    return vectors


def dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (their cosine when both are unit vectors)."""
    return sum(left[word] * right[word] for word in left.keys() & right.keys())
