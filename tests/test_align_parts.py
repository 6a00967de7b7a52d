"""Exact, tiny tests of the alignment building blocks (chain, plausibility, order, exact pairs)."""

from __future__ import annotations

import pytest

from clausediff.align.candidates import exact_pairs
from clausediff.align.core import survival
from clausediff.align.moves import in_order, moves
from clausediff.align.sequence import chain, level_filter, plausible


@pytest.mark.parametrize(
    ("sims", "expected"),
    [
        # the diagonal is kept whole
        ({(0, 0): 0.9, (1, 1): 0.8, (2, 2): 0.7}, {0: 0, 1: 1, 2: 2}),
        # two crossing pairs: only the heavier survives
        ({(0, 1): 0.9, (1, 0): 0.5}, {0: 1}),
        # two light pairs in order outweigh one heavier pair crossing both
        ({(0, 0): 0.6, (1, 1): 0.6, (1, 0): 0.9}, {0: 0, 1: 1}),
        # below the threshold nothing is kept
        ({(0, 0): 0.1, (1, 1): 0.05}, {}),
        # one clause never takes two partners, even when both are in order
        ({(0, 0): 0.9, (0, 1): 0.8}, {0: 0}),
        # equal copies: the position prior pairs them in place
        ({(0, 0): 1.0, (0, 1): 1.0, (1, 0): 1.0, (1, 1): 1.0}, {0: 0, 1: 1}),
    ],
)
def test_chain(sims: dict[tuple[int, int], float], expected: dict[int, int]) -> None:
    assert chain(sims, 0.12, 2, 2) == expected


def test_plausible_drops_pairs_far_below_either_clause_best() -> None:
    sims = {(0, 0): 0.3, (1, 0): 0.9, (0, 1): 0.35}
    # (0, 0) is 0.3 against 0.9 for right clause 0 elsewhere: dropped; (0, 1) is left 0's best
    assert plausible(sims, 0.5) == {(1, 0): 0.9, (0, 1): 0.35}


@pytest.mark.parametrize(
    ("i", "j", "expected"),
    [
        (1, 1, True),  # between (0, 0) and (2, 5)
        (1, 6, False),  # beyond the right clause of the next chained pair
        (3, 9, True),  # after the last chained pair
        (3, 2, False),  # before the right clause of the previous chained pair
    ],
)
def test_in_order(i: int, j: int, expected: bool) -> None:
    chained = {0: 0, 2: 5}
    assert in_order(chained, sorted(chained), i, j) is expected


def test_moves_pair_best_first_among_free_clauses() -> None:
    sims = {(0, 0): 0.9, (0, 1): 0.95, (1, 1): 0.8, (2, 2): 0.2}
    # left 0 takes right 1 (its best); left 1 is then left without a partner above threshold
    assert moves(sims, {0, 1, 2}, {0, 1, 2}, 0.25) == {0: 1}


def test_exact_pairs_unique_and_copies() -> None:
    left = ["=a", "=b", "=b", "", "=c"]
    right = ["=b", "=a", "", "=b", "=d"]
    unique, copies = exact_pairs(left, right)
    assert unique == {0: 1}  # "a" once on each side; empty bodies never match
    assert copies == {(1, 0), (1, 3), (2, 0), (2, 3)}  # "b" twice: the chain decides


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("abcd", "abcd", 1.0),
        ("abcd", "", 0.0),
        ("abcd", "abxy", 0.5),  # Indel: 4 of 8 characters kept
    ],
)
def test_survival(a: str, b: str, expected: float) -> None:
    assert survival(a, b) == pytest.approx(expected)


def test_level_filter_keeps_rewritten_sections_and_drops_lone_weak_pairs() -> None:
    values = [1.0, 1.0, 0.18, 1.0, 1.0, 0.18, 0.2, 0.16, 0.22, 1.0, 1.0]
    chained = {k: k for k in range(len(values))}
    sims = {(k, k): v for k, v in enumerate(values)}
    kept, levels = level_filter(chained, sims, 0.25, 2)
    # pair 2 sits alone among identical neighbours: a deleted and an inserted clause in one slot
    assert 2 not in kept
    # pairs 5-8 are a rewritten section: their neighbours are weak too, so they stay
    assert {5, 6, 7, 8} <= set(kept)
    # the level is the median of two neighbours on each side
    assert levels[2] == 1.0 and levels[7] == pytest.approx((0.2 + 0.22) / 2)
