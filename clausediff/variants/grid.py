"""The provisions grid: the sentences of N variants aligned into rows of equivalent provisions.

Contract: :func:`build_grid` takes each variant's sentences (:func:`variant_sentences`) and an
order to add the variants in (the reference first, then the others by decreasing similarity to
it) and returns a :class:`~clausediff.variants.model.ProvisionGrid` in which

* every sentence of every variant sits in exactly one row, and a row holds at most one sentence
  per variant (an empty cell where the variant is silent);
* sentences in one row say the same thing in the reader's terms: they share the weighted
  content words (:func:`clausediff.variants.words.stems`) of the row;
* rows keep each variant's own sentence order wherever the variants agree, and otherwise follow
  the mean relative position of their sentences, so the grid reads like the clauses themselves.

Method: progressive alignment, as in multiple sequence alignment. Each sentence becomes a unit
vector of content-word stems weighted by inverse document frequency over the group's sentences
(words every variant uses, such as the clause's own name, weigh little). The first variant opens
one row per sentence; each next variant's sentences are matched one-to-one to existing rows,
greedily by cosine similarity to the row's centroid (so a row keeps the meaning of all its
members, not just its first one) with a small penalty for a different relative position; matches
below ``threshold`` open new rows. Cost is O(sentences x rows); no Qt, no I/O.

Modules: sentence vectors in :mod:`clausediff.variants.sentence_vectors`, rows and progressive
placement in :mod:`clausediff.variants.grid_rows`, clustering in
:mod:`clausediff.variants.grid_clusters`, the reading order in
:mod:`clausediff.variants.reading_order`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clausediff.variants.grid_clusters import agglomerate
from clausediff.variants.grid_rows import GridRow, place
from clausediff.variants.model import Library, ProvisionGrid, ProvisionRow, Sentence, Variant
from clausediff.variants.reading_order import reading_order
from clausediff.variants.sentence_vectors import Vector, sentence_vectors
from clausediff.variants.sentences import split_sentences

#: Cosine similarity (to a row's centroid) below which a sentence opens a row of its own.
THRESHOLD = 0.15

#: Up to this many sentences in a group, rows come from exact average-linkage clustering;
#: above, from progressive alignment (linear in the number of sentences).
EXACT_LIMIT = 400
#: Passes of re-placing every variant once all are in the grid (stops early when stable).
REFINE_PASSES = 3


def variant_sentences(library: Library, variant: Variant) -> tuple[Sentence, ...]:
    """The sentences of a variant, with offsets in its source text."""
    text = library.source_of(variant).text
    return tuple(
        Sentence(variant.id, index, start, end, text[start:end])
        for index, (start, end) in enumerate(split_sentences(text, variant.start, variant.end))
    )


def build_grid(
    sentences: Mapping[str, Sequence[Sentence]],
    columns: Sequence[str],
    order: Sequence[str] | None = None,
    threshold: float = THRESHOLD,
    passes: int = REFINE_PASSES,
) -> ProvisionGrid:
    """Align the sentences of the variants named in ``columns`` (see the module docstring).

    ``sentences`` maps a variant id to its sentences; ``order`` is the order variants are added
    in (default: ``columns``), the reference first.
    """
    vectors = sentence_vectors(s for vid in columns for s in sentences.get(vid, ()))
    if sum(len(sentences.get(vid, ())) for vid in columns) <= EXACT_LIMIT:
        rows = agglomerate(sentences, columns, vectors, threshold)
        return _grid(rows, sentences, columns, vectors)
    rows = []
    sequence = list(order or columns)
    for variant_id in sequence:
        place(rows, variant_id, sentences.get(variant_id, ()), vectors, threshold)
    for _ in range(passes):
        # Refinement: take each variant out of the grid and place it again, now that every row
        # knows all its members (the first variants were placed against few rows).
        moved = False
        for variant_id in sequence:
            before = {n: row.members.get(variant_id) for n, row in enumerate(rows)}
            for row in rows:
                if variant_id in row.members:
                    own = sentences[variant_id][row.members[variant_id]]
                    row.remove(variant_id, vectors[(variant_id, own.index)])
            rows = [row for row in rows if row.members]
            place(rows, variant_id, sentences.get(variant_id, ()), vectors, threshold)
            after = {n: row.members.get(variant_id) for n, row in enumerate(rows)}
            moved = moved or before != after
        if not moved:
            break
    return _grid(rows, sentences, columns, vectors)


def _grid(
    rows: list[GridRow],
    sentences: Mapping[str, Sequence[Sentence]],
    columns: Sequence[str],
    vectors: Mapping[tuple[str, int], Vector],
) -> ProvisionGrid:
    """Freeze rows into a grid in reading order (see :func:`reading_order`)."""
    by_id = {vid: {s.index: s for s in sentences.get(vid, ())} for vid in columns}
    ordered = reading_order(rows)
    result = []
    for row in ordered:
        cells = tuple(
            by_id[vid][row.members[vid]] if vid in row.members else None for vid in columns
        )
        result.append(ProvisionRow(cells, _cohesion(row, vectors)))
    return ProvisionGrid(tuple(columns), tuple(result))


def _cohesion(row: GridRow, vectors: Mapping[tuple[str, int], Vector]) -> float:
    """Mean pairwise cosine of the row's sentences (1.0 for a single sentence).

    With unit vectors u_i and their sum S, the sum over all ordered pairs i != j of u_i . u_j is
    |S|^2 - (number of non-zero vectors): linear in the row size.
    """
    count = len(row.members)
    if count < 2:
        return 1.0
    total: dict[str, float] = {}
    nonzero = 0
    for key in row.members.items():
        vector = vectors[key]
        nonzero += bool(vector)
        for word, weight in vector.items():
            total[word] = total.get(word, 0.0) + weight
    square = sum(weight * weight for weight in total.values())
    return max(0.0, (square - nonzero) / (count * (count - 1)))
