"""The order the provisions grid's rows are read in: each variant's own order where they agree.

A grid that reads like the clauses themselves keeps every variant's sentence order; where the
variants disagree (one puts A before B, another B before A) no order can, and those rows follow
their mean relative position. Graph work only (strongly connected components, then a
topological order); no Qt, no I/O.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence

from clausediff.variants.grid_rows import GridRow


def reading_order(rows: list[GridRow]) -> list[GridRow]:
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
    order: list[GridRow] = []
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
