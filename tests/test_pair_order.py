"""Reading order of pairs: right document order, deleted clauses where they stood."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from clausediff.clause import Clause
from clausediff.compare.pair_order import order_pairs


@dataclass(frozen=True)
class _Link:
    left: tuple[str, ...]
    right: tuple[str, ...]


def _clauses(prefix: str, count: int) -> list[Clause]:
    return [
        Clause(f"{prefix}{i}", str(i), "", "", 1, None, i * 10, i * 10 + 9, i * 10, i * 10 + 9)
        for i in range(1, count + 1)
    ]


def _names(pairs: tuple[_Link, ...]) -> list[str]:
    return ["+".join(p.left) + ">" + "+".join(p.right) for p in pairs]


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # in order, nothing deleted: right order
        ([(("l1",), ("r1",)), (("l2",), ("r2",))], ["l1>r1", "l2>r2"]),
        # given shuffled, sorted by right position
        ([(("l2",), ("r2",)), (("l1",), ("r1",))], ["l1>r1", "l2>r2"]),
        # a deleted clause follows what its left predecessor became
        ([(("l1",), ("r1",)), (("l2",), ()), (("l3",), ("r2",))], ["l1>r1", "l2>", "l3>r2"]),
        # two deleted in a row keep their order
        (
            [(("l1",), ("r1",)), (("l2",), ()), (("l3",), ()), (("l4",), ("r2",))],
            ["l1>r1", "l2>", "l3>", "l4>r2"],
        ),
        # the first left clause deleted goes first
        ([(("l1",), ()), (("l2",), ("r1",))], ["l1>", "l2>r1"]),
        # predecessor moved to the end: the deleted clause follows it there
        (
            [(("l1",), ("r3",)), (("l2",), ()), (("l3",), ("r1",)), ((), ("r2",))],
            ["l3>r1", ">r2", "l1>r3", "l2>"],
        ),
        # inserted clauses sit at their right position
        ([((), ("r1",)), (("l1",), ("r2",))], [">r1", "l1>r2"]),
    ],
)
def test_order(links: list[tuple[tuple[str, ...], tuple[str, ...]]], expected: list[str]) -> None:
    pairs = [_Link(left, right) for left, right in links]
    ordered = order_pairs(pairs, _clauses("l", 4), _clauses("r", 3))
    assert _names(ordered) == expected
