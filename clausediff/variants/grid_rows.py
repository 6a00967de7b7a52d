"""Rows of the provisions grid while they are built, and progressive placement into them.

A :class:`GridRow` holds at most one sentence per variant, the sum of their vectors (so its
centroid keeps the meaning of all its members, not just its first one) and their mean relative
position. :func:`place` matches one variant's sentences one-to-one to the rows, greedily by
score, and opens rows for the rest: the step of progressive alignment that
:func:`clausediff.variants.grid.build_grid` repeats for large groups. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from clausediff.variants.model import Sentence
from clausediff.variants.sentence_vectors import Vector

#: Penalty per unit of relative-position difference (0 = first sentence, 1 = last).
POSITION_WEIGHT = 0.08


@dataclass(slots=True)
class GridRow:
    """A row being built: members, their relative positions, the sum of their vectors."""

    members: dict[str, int] = field(default_factory=dict)  # variant id -> sentence index
    positions: dict[str, float] = field(default_factory=dict)
    total: Vector = field(default_factory=dict)
    position_sum: float = 0.0

    def add(self, variant_id: str, index: int, position: float, vector: Vector) -> None:
        self.members[variant_id] = index
        self.positions[variant_id] = position
        self.position_sum += position
        for word, weight in vector.items():
            self.total[word] = self.total.get(word, 0.0) + weight

    def remove(self, variant_id: str, vector: Vector) -> None:
        del self.members[variant_id]
        self.position_sum -= self.positions.pop(variant_id)
        for word, weight in vector.items():
            self.total[word] -= weight

    @property
    def position(self) -> float:
        return self.position_sum / len(self.positions) if self.positions else 0.0

    def score(self, vector: Vector, position: float) -> float:
        """Mean cosine to the members (average linkage), less the position penalty."""
        if not self.members:
            return 0.0
        total = self.total
        dot = sum(weight * total.get(word, 0.0) for word, weight in vector.items())
        return dot / len(self.members) - POSITION_WEIGHT * abs(position - self.position)


def relative_position(index: int, count: int) -> float:
    return (index + 0.5) / count if count else 0.0


def place(
    rows: list[GridRow],
    variant_id: str,
    own: Sequence[Sentence],
    vectors: Mapping[tuple[str, int], Vector],
    threshold: float,
) -> None:
    """Match one variant's sentences one-to-one to rows (greedy by score); others open rows."""
    candidates: list[tuple[float, int, int]] = []
    for sentence in own:
        vector = vectors[(variant_id, sentence.index)]
        position = relative_position(sentence.index, len(own))
        for number, row in enumerate(rows):
            if variant_id in row.members:
                continue
            score = row.score(vector, position)
            if score >= threshold:
                candidates.append((score, sentence.index, number))
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    placed: dict[int, int] = {}
    taken: set[int] = set()
    for _score, index, number in candidates:
        if index not in placed and number not in taken:
            placed[index] = number
            taken.add(number)
    for sentence in own:
        found = placed.get(sentence.index)
        if found is None:
            rows.append(GridRow())
            found = len(rows) - 1
        number = found
        position = relative_position(sentence.index, len(own))
        rows[number].add(
            variant_id, sentence.index, position, vectors[(variant_id, sentence.index)]
        )
