"""Find the variants of a library closest to a clause ("find similar clauses in a library").

:func:`find_similar` scores every variant of a library against a clause text and returns the best
ones, most similar first. The score blends word-order similarity (Indel on folded words, as in
the similarity matrix) with the overlap of content-word stems (Dice), so a clause that says the
same things in another order still scores well; a title match (same folded title) adds a bonus.
No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from clausediff.variants.grouping import title_key
from clausediff.variants.model import Library, VariantGroup
from clausediff.variants.reference import encode
from clausediff.variants.words import stems

#: Added to the score (then capped at 1) when the clause's title is the variant's title.
TITLE_BONUS = 0.15


@dataclass(frozen=True, slots=True)
class SimilarVariant:
    """A variant of the library, its group, and how close it is to the clause (0..1)."""

    variant_id: str
    group_id: str
    similarity: float


def _dice(left: set[str], right: set[str]) -> float:
    if not left and not right:
        return 1.0
    return 2 * len(left & right) / (len(left) + len(right))


def find_similar(
    text: str,
    library: Library,
    groups: Sequence[VariantGroup],
    title: str = "",
    limit: int = 5,
    minimum: float = 0.1,
) -> tuple[SimilarVariant, ...]:
    """The ``limit`` variants closest to ``text`` scoring at least ``minimum``, best first."""
    group_of = {v: g.id for g in groups for v in g.variant_ids}
    candidates = [v for v in library.variants if v.id in group_of]
    if not candidates or not text.strip():
        return ()
    encoded = encode([text, *(v.text for v in candidates)])
    own_stems = set(stems(text))
    own_title = title_key(title)
    found = []
    for variant, code in zip(candidates, encoded[1:], strict=True):
        order = float(Indel.normalized_similarity(encoded[0], code))
        overlap = _dice(own_stems, set(stems(variant.text)))
        score = 0.5 * order + 0.5 * overlap
        if own_title and title_key(variant.title) == own_title:
            score = min(1.0, score + TITLE_BONUS)
        if score >= minimum:
            found.append(SimilarVariant(variant.id, group_of[variant.id], score))
    found.sort(key=lambda s: (-s.similarity, s.variant_id))
    return tuple(found[:limit])
