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
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from clausediff.variants.model import Library, ProvisionGrid, ProvisionRow, Sentence, Variant
from clausediff.variants.sentences import split_sentences
from clausediff.variants.words import BOILERPLATE, stems

#: Cosine similarity (to a row's centroid) below which a sentence opens a row of its own.
THRESHOLD = 0.15
#: Penalty per unit of relative-position difference (0 = first sentence, 1 = last).
POSITION_WEIGHT = 0.08

#: Up to this many sentences in a group, rows come from exact average-linkage clustering;
#: above, from progressive alignment (linear in the number of sentences).
EXACT_LIMIT = 400
#: Passes of re-placing every variant once all are in the grid (stops early when stable).
REFINE_PASSES = 3
#: Weight of words only one variant uses: they cannot align anything, but they still say how
#: much of a sentence a shared word accounts for (a sentence sharing one word of ten is not
#: "the same provision").
UNIQUE_WEIGHT = 0.5
#: Weight of contract boilerplate words relative to topical ones.
BOILERPLATE_WEIGHT = 0.3

Vector = dict[str, float]


def variant_sentences(library: Library, variant: Variant) -> tuple[Sentence, ...]:
    """The sentences of a variant, with offsets in its source text."""
    text = library.source_of(variant).text
    return tuple(
        Sentence(variant.id, index, start, end, text[start:end])
        for index, (start, end) in enumerate(split_sentences(text, variant.start, variant.end))
    )


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


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    if len(left) > len(right):
        left, right = right, left
    dot = sum(weight * right.get(word, 0.0) for word, weight in left.items())
    norm = math.sqrt(sum(w * w for w in left.values()) * sum(w * w for w in right.values()))
    return dot / norm if norm else 0.0


@dataclass(slots=True)
class _Row:
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


def _position(index: int, count: int) -> float:
    return (index + 0.5) / count if count else 0.0


def _place(
    rows: list[_Row],
    variant_id: str,
    own: Sequence[Sentence],
    vectors: Mapping[tuple[str, int], Vector],
    threshold: float,
) -> None:
    """Match one variant's sentences one-to-one to rows (greedy by score); others open rows."""
    candidates: list[tuple[float, int, int]] = []
    for sentence in own:
        vector = vectors[(variant_id, sentence.index)]
        position = _position(sentence.index, len(own))
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
            rows.append(_Row())
            found = len(rows) - 1
        number = found
        position = _position(sentence.index, len(own))
        rows[number].add(
            variant_id, sentence.index, position, vectors[(variant_id, sentence.index)]
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
        rows = _agglomerate(sentences, columns, vectors, threshold)
        return _grid(rows, sentences, columns, vectors)
    rows = []
    sequence = list(order or columns)
    for variant_id in sequence:
        _place(rows, variant_id, sentences.get(variant_id, ()), vectors, threshold)
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
            _place(rows, variant_id, sentences.get(variant_id, ()), vectors, threshold)
            after = {n: row.members.get(variant_id) for n, row in enumerate(rows)}
            moved = moved or before != after
        if not moved:
            break
    return _grid(rows, sentences, columns, vectors)


def _singletons(sentences: Mapping[str, Sequence[Sentence]], columns: Sequence[str]) -> list[_Row]:
    """One row per sentence, column after column, each at its relative place in its variant."""
    rows: list[_Row] = []
    for vid in columns:
        own = sentences.get(vid, ())
        for sentence in own:
            row = _Row()
            row.add(vid, sentence.index, _position(sentence.index, len(own)), {})
            rows.append(row)
    return rows


def _first_links(
    rows: Sequence[_Row], vectors: Mapping[tuple[str, int], Vector], threshold: float
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


def _agglomerate(
    sentences: Mapping[str, Sequence[Sentence]],
    columns: Sequence[str],
    vectors: Mapping[tuple[str, int], Vector],
    threshold: float,
) -> list[_Row]:
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
        merged = _Row(
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


def _grid(
    rows: list[_Row],
    sentences: Mapping[str, Sequence[Sentence]],
    columns: Sequence[str],
    vectors: Mapping[tuple[str, int], Vector],
) -> ProvisionGrid:
    """Freeze rows into a grid in reading order (see :func:`_reading_order`)."""
    by_id = {vid: {s.index: s for s in sentences.get(vid, ())} for vid in columns}
    ordered = _reading_order(rows)
    result = []
    for row in ordered:
        cells = tuple(
            by_id[vid][row.members[vid]] if vid in row.members else None for vid in columns
        )
        result.append(ProvisionRow(cells, _cohesion(row, vectors)))
    return ProvisionGrid(tuple(columns), tuple(result))


def _reading_order(rows: list[_Row]) -> list[_Row]:
    """Rows in an order that keeps every variant's own sentence order where the variants agree.

    Each variant asks for the row of its sentence i before the row of its sentence i + 1. Rows
    the variants disagree on (one puts A before B, another B before A) form a strongly connected
    component of that graph and are ordered among themselves by mean relative position; the
    components are then placed in topological order, the lowest mean position first among those
    whose predecessors are all placed.
    """
    following: list[set[int]] = [set() for _ in rows]
    by_variant: dict[str, list[tuple[int, int]]] = {}
    for number, row in enumerate(rows):
        for variant_id, index in row.members.items():
            by_variant.setdefault(variant_id, []).append((index, number))
    for placed in by_variant.values():
        placed.sort()
        for (_i, before), (_j, after) in itertools.pairwise(placed):
            if before != after:
                following[before].add(after)
    component = _components(following)
    count = max(component, default=-1) + 1
    members: list[list[int]] = [[] for _ in range(count)]
    for number, owner in enumerate(component):
        members[owner].append(number)
    successors: list[set[int]] = [set() for _ in range(count)]
    waiting = [0] * count
    for number, targets in enumerate(following):
        for target in targets:
            a, b = component[number], component[target]
            if a != b and b not in successors[a]:
                successors[a].add(b)
                waiting[b] += 1

    def key(owner: int) -> float:
        return sum(rows[n].position for n in members[owner]) / len(members[owner])

    ready = [(key(c), c) for c in range(count) if waiting[c] == 0]
    heapq.heapify(ready)
    order: list[_Row] = []
    while ready:
        _key, owner = heapq.heappop(ready)
        order.extend(sorted((rows[n] for n in members[owner]), key=lambda row: row.position))
        for target in successors[owner]:
            waiting[target] -= 1
            if waiting[target] == 0:
                heapq.heappush(ready, (key(target), target))
    return order


def _components(following: Sequence[set[int]]) -> list[int]:
    """Strongly connected component of every node (Tarjan's algorithm, iterative)."""
    size = len(following)
    index = [-1] * size
    low = [0] * size
    on_stack = [False] * size
    component = [-1] * size
    stack: list[int] = []
    counter = found = 0
    for root in range(size):
        if index[root] >= 0:
            continue
        work = [(root, iter(sorted(following[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if index[child] < 0:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack[child] = True
                    work.append((child, iter(sorted(following[child]))))
                    advanced = True
                    break
                if on_stack[child]:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = found
                    if member == node:
                        break
                found += 1
    return component


def _cohesion(row: _Row, vectors: Mapping[tuple[str, int], Vector]) -> float:
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
