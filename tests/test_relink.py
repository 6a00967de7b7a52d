"""Manual corrections of the alignment: relink and unlink return a new, consistent comparison."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.compare.relink import relink, unlink
from clausediff.comparison import Comparison, PairStatus
from clausediff.errors import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_files(SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt")


def _every_clause_once(result: Comparison) -> None:
    """Each clause of each side sits in exactly one pair."""
    left = Counter(i for pair in result.pairs for i in pair.left)
    right = Counter(i for pair in result.pairs for i in pair.right)
    assert left == Counter(c.id for c in result.left_clauses)
    assert right == Counter(c.id for c in result.right_clauses)


def _pair_of(result: Comparison, left: tuple[str, ...], right: tuple[str, ...]) -> PairStatus:
    return next(p.status for p in result.pairs if p.left == left and p.right == right)


def test_unlink_turns_a_pair_into_a_deletion_and_an_insertion(comparison: Comparison) -> None:
    index = next(i for i, p in enumerate(comparison.pairs) if p.left and p.right)
    target = comparison.pairs[index]
    result = unlink(comparison, index)
    _every_clause_once(result)
    assert _pair_of(result, target.left, ()) is PairStatus.DELETED
    assert _pair_of(result, (), target.right) is PairStatus.INSERTED
    assert comparison.pairs[index] == target  # the original is left as it was


def test_relink_after_unlink_restores_the_link(comparison: Comparison) -> None:
    index = next(
        i for i, p in enumerate(comparison.pairs) if p.status is PairStatus.UNCHANGED and p.left
    )
    target = comparison.pairs[index]
    result = relink(unlink(comparison, index), target.left, target.right)
    _every_clause_once(result)
    # Same bodies once folded: the hand-made link is unchanged, as the engine had it.
    assert _pair_of(result, target.left, target.right) is PairStatus.UNCHANGED


@pytest.mark.parametrize(
    ("left_count", "right_count", "status"),
    [
        (1, 2, PairStatus.SPLIT),  # one left clause to two right ones
        (2, 1, PairStatus.MERGED),  # two left clauses to one right one
        (2, 2, PairStatus.MERGED),  # many to many with equal sides reads as merged, as in align
        (2, 3, PairStatus.SPLIT),  # many to many with more on the right reads as split
    ],
)
def test_relink_status_follows_the_shape(
    comparison: Comparison, left_count: int, right_count: int, status: PairStatus
) -> None:
    left = tuple(c.id for c in comparison.left_clauses[2 : 2 + left_count])
    right = tuple(c.id for c in comparison.right_clauses[2 : 2 + right_count])
    result = relink(comparison, left, right)
    _every_clause_once(result)
    assert _pair_of(result, left, right) is status


@pytest.mark.parametrize(
    ("left", "right", "message"),
    [
        (("nope",), ("c1",), "unknown left clause id: nope"),
        (("c1",), ("nope",), "unknown right clause id: nope"),
        ((), ("c1",), "at least one clause on each side"),
    ],
)
def test_relink_refuses_bad_ids(
    comparison: Comparison, left: tuple[str, ...], right: tuple[str, ...], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        relink(comparison, left, right)


def test_unlink_refuses_a_pair_number_out_of_range(comparison: Comparison) -> None:
    with pytest.raises(InputError, match="no pair number"):
        unlink(comparison, len(comparison.pairs))
