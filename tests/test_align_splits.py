"""Attaching split pieces and merged clauses (``align.splits.attach``) on hand-made word sets.

Each case builds the links found so far and the stemmed word sets of every clause, so the
evidence is exact and each rule of ``attach`` is seen deciding: ``SHARE`` (a clause joining a
link with several clauses on the other side must be backed by enough of them) and ``ROUNDS``
(a piece that sits next to its link only once a neighbouring piece joined is attached in a later
pass). Both rules changed nothing on the corpora when mutated (issue 17): these cases do.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from clausediff.align.score import Scorer
from clausediff.align.splits import Group, attach


def _words(*groups: tuple[str, int]) -> frozenset[str]:
    """Word set made of ``count`` distinct words per ``prefix`` (``("loyer", 3)`` -> loyer0..2)."""
    return frozenset(f"{prefix}{k}" for prefix, count in groups for k in range(count))


def _attach(
    left: Sequence[frozenset[str]], right: Sequence[frozenset[str]], groups: list[Group]
) -> list[tuple[list[int], list[int]]]:
    scorer = Scorer(left, right, [""] * len(left), [""] * len(right))
    sims = {(i, j): scorer.sim(i, j) for i in range(len(left)) for j in range(len(right))}
    attach(groups, scorer, sims, adjacent_only=False)
    return sorted((sorted(g.lefts), sorted(g.rights)) for g in groups)


# Three left clauses merged into one right clause B; a new right clause C takes the rest of
# the first one (its "garantie" words) and adds words of its own.
MERGED = [
    _words(("depot", 6), ("garantie", 6)),
    _words(("loyer", 10)),
    _words(("charges", 10)),
]
B = _words(("depot", 6), ("loyer", 10), ("charges", 10))


@pytest.mark.parametrize(
    ("c", "joins"),
    [
        # backed by one of the three merged clauses: joining would pair C with two clauses it
        # has nothing to do with (1 true pair, 2 false), so it stays apart
        (_words(("garantie", 6), ("nouveau", 4)), False),
        # backed by two of the three (the garantie and the loyer words): the join is worth it
        (_words(("garantie", 6), ("loyer", 4), ("nouveau", 2)), True),
    ],
)
def test_a_clause_joins_a_merge_only_when_most_of_it_backs_the_clause(
    c: frozenset[str], joins: bool
) -> None:
    groups = [Group([0, 1, 2], [0], "chain"), Group([], [1], "unpaired")]
    found = _attach(MERGED, [B, c], groups)
    if joins:
        assert found == [([0, 1, 2], [0, 1])]
    else:
        assert found == [([], [1]), ([0, 1, 2], [0])]


def test_a_piece_next_to_its_link_only_after_a_neighbour_joined_waits_for_it() -> None:
    # Left A was split into R3 (most of it), R2 and R1 (two pieces); left L1 -> R0 is another
    # link that sits before R1 on the right while its left clause comes after A: R1 is not in
    # order with A's link (R0's link lies between them) until R2 joins that link, and R1's
    # evidence is stronger than R2's, so R1 is looked at first, has to wait, and joins in the
    # next pass.
    a = _words(("bail", 10), ("piece", 6), ("reste", 3))
    l1 = _words(("autre", 8))
    r0 = _words(("autre", 8))
    r1 = _words(("piece", 6), ("propre", 9))
    r2 = _words(("reste", 3), ("ajout", 5))
    r3 = _words(("bail", 10))
    groups = [
        Group([0], [3], "chain"),
        Group([1], [0], "chain"),
        Group([], [1], "unpaired"),
        Group([], [2], "unpaired"),
    ]
    assert _attach([a, l1], [r0, r1, r2, r3], groups) == [([0], [1, 2, 3]), ([1], [0])]
