"""Rows of the provisions grid by exact average-linkage clustering (groups of few sentences).

Order-independent where progressive placement (:mod:`clausediff.variants.grid_rows`) depends on
the order variants are added in: every sentence starts as its own row and the closest two rows
merge first, never two sentences of one variant in a row. Quadratic in the number of sentences,
so :func:`clausediff.variants.grid.build_grid` uses it only up to ``EXACT_LIMIT`` of them.
No Qt, no I/O.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from clausediff.variants.grid_rows import POSITION_WEIGHT, GridRow, relative_position
from clausediff.variants.model import Sentence
from clausediff.variants.sentence_vectors import Vector, dot


def _singletons(
    sentences: Mapping[str, Sequence[Sentence]], columns: Sequence[str]
) -> list[GridRow]:
    """One row per sentence, column after column, each at its relative place in its variant."""
    rows: list[GridRow] = []
    for vid in columns:
        own = sentences.get(vid, ())
        for sentence in own:
            row = GridRow()
            row.add(vid, sentence.index, relative_position(sentence.index, len(own)), {})
            rows.append(row)
    return rows


def _first_links(
    rows: Sequence[GridRow], vectors: Mapping[tuple[str, int], Vector], threshold: float
) -> tuple[dict[tuple[int, int], float], list[tuple[float, int, int]]]:
    """The sentence-to-sentence cosines (positive ones, other variants only), and the heap of
    the pairs whose score, the cosine less the distance in place, reaches ``threshold``."""
    keys = [next(iter(row.members.items())) for row in rows]
    link: dict[tuple[int, int], float] = {}
    heap: list[tuple[float, int, int]] = []
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            if keys[a][0] == keys[b][0]:
                continue
            value = dot(vectors[keys[a]], vectors[keys[b]])
            if value <= 0.0:
                continue
            link[(a, b)] = value
            score = value - POSITION_WEIGHT * abs(rows[a].position - rows[b].position)
            if score >= threshold:
                heap.append((-score, a, b))
    heapq.heapify(heap)
    return link, heap


def agglomerate(
    sentences: Mapping[str, Sequence[Sentence]],
    columns: Sequence[str],
    vectors: Mapping[tuple[str, int], Vector],
    threshold: float,
) -> list[GridRow]:
    """Average-linkage clustering of all sentences, never two of one variant in a cluster.

    Order-independent: the closest pair of clusters merges first. Linkage of a merged cluster
    follows Lance-Williams (size-weighted mean of its parts' linkages), so only the initial
    sentence-to-sentence cosines are computed.
    """
    rows = _singletons(sentences, columns)
    link, heap = _first_links(rows, vectors, threshold)
    alive = set(range(len(rows)))
    while heap:
        _negative, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        left, right = rows[a], rows[b]
        if left.members.keys() & right.members.keys():
            continue
        merged = GridRow(
            {**left.members, **right.members},
            {**left.positions, **right.positions},
            {},
            left.position_sum + right.position_sum,
        )
        rows.append(merged)
        new = len(rows) - 1
        alive -= {a, b}
        size_a, size_b = len(left.members), len(right.members)
        for other in alive:
            value = (
                size_a * link.get((min(a, other), max(a, other)), 0.0)
                + size_b * link.get((min(b, other), max(b, other)), 0.0)
            ) / (size_a + size_b)
            if value <= 0.0:
                continue
            link[(other, new)] = value
            score = value - POSITION_WEIGHT * abs(merged.position - rows[other].position)
            if score >= threshold:
                heapq.heappush(heap, (-score, other, new))
        alive.add(new)
    return [rows[n] for n in sorted(alive)]
