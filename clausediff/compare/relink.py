"""Manual corrections of the alignment: link clauses the engine left apart, unlink a wrong pair.

Both functions take a finished :class:`Comparison` and return a new one; the original is never
changed, so the GUI can keep it on its undo stack. Only the pairs touched are rebuilt (re-diffed,
terms re-matched); every other pair is kept as it was. No Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from clausediff.align import Link
from clausediff.compare.pair_order import order_pairs
from clausediff.compare.pairs import PairBuilder
from clausediff.comparison import Comparison, LinkReason, Pair, PairStatus
from clausediff.errors import ErrorCode, InputError
from clausediff.text.normalize import fold


def relink(comparison: Comparison, left_ids: Sequence[str], right_ids: Sequence[str]) -> Comparison:
    """Pair ``left_ids`` with ``right_ids``, taking them out of whatever pairs held them.

    Pairs that lose clauses are rebuilt from what they have left (a side left empty turns the
    remaining clauses into deleted or inserted ones). Raises InputError for unknown ids or an
    empty side.
    """
    left_ids, right_ids = tuple(left_ids), tuple(right_ids)
    _check_ids(left_ids, {c.id for c in comparison.left_clauses}, "left")
    _check_ids(right_ids, {c.id for c in comparison.right_clauses}, "right")
    if not left_ids or not right_ids:
        raise InputError(
            "a link needs at least one clause on each side", ErrorCode.LINK_NEEDS_BOTH_SIDES
        )
    builder = PairBuilder.for_comparison(comparison)
    taken_left, taken_right = set(left_ids), set(right_ids)
    kept: list[Pair] = []
    for pair in comparison.pairs:
        if taken_left.isdisjoint(pair.left) and taken_right.isdisjoint(pair.right):
            kept.append(pair)
            continue
        rest_left = tuple(i for i in pair.left if i not in taken_left)
        rest_right = tuple(i for i in pair.right if i not in taken_right)
        rest = _links_for(builder, rest_left, rest_right, pair.reason)
        kept.extend(builder.build(link) for link in rest)
    kept.append(builder.build(_link(builder, left_ids, right_ids)))
    return _with_pairs(comparison, kept)


def unlink(comparison: Comparison, pair_index: int) -> Comparison:
    """Break pair ``pair_index`` apart: its left clauses become deleted, its right ones inserted."""
    if not 0 <= pair_index < len(comparison.pairs):
        raise InputError(f"no pair number {pair_index}")
    target = comparison.pairs[pair_index]
    builder = PairBuilder.for_comparison(comparison)
    kept = [pair for index, pair in enumerate(comparison.pairs) if index != pair_index]
    kept.extend(builder.build(Link((i,), (), PairStatus.DELETED, 0.0)) for i in target.left)
    kept.extend(builder.build(Link((), (i,), PairStatus.INSERTED, 0.0)) for i in target.right)
    return _with_pairs(comparison, kept)


def _check_ids(ids: Iterable[str], known: set[str], side: str) -> None:
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise InputError(f"unknown {side} clause id: {', '.join(unknown)}")


def _links_for(
    builder: PairBuilder,
    left: tuple[str, ...],
    right: tuple[str, ...],
    reason: LinkReason | None,
) -> list[Link]:
    """Links for what is left of a pair after some of its clauses were taken away.

    What stays linked keeps the reason the pair had: the user linked other clauses, not these.
    """
    if left and right:
        return [_link(builder, left, right, reason or LinkReason.MANUAL)]
    return [Link((i,), (), PairStatus.DELETED, 0.0) for i in left] + [
        Link((), (i,), PairStatus.INSERTED, 0.0) for i in right
    ]


def _link(
    builder: PairBuilder,
    left: tuple[str, ...],
    right: tuple[str, ...],
    reason: LinkReason = LinkReason.MANUAL,
) -> Link:
    """A link chosen by hand: its status follows from its shape and its bodies.

    As in :mod:`clausediff.align`, a link with several clauses on a side is SPLIT when its right
    side has more clauses than its left, MERGED otherwise (n:m with equal sides included).
    """
    if len(left) > 1 or len(right) > 1:
        status = PairStatus.SPLIT if len(right) > len(left) else PairStatus.MERGED
    else:
        status = _one_to_one_status(builder, left[0], right[0])
    return Link(left, right, status, 0.0, reason=reason)


def _one_to_one_status(builder: PairBuilder, left_id: str, right_id: str) -> PairStatus:
    """Unchanged when the folded bodies agree, else modified."""
    left, right = builder.left_by_id[left_id], builder.right_by_id[right_id]
    if fold(left.text, builder.options) == fold(right.text, builder.options):
        return PairStatus.UNCHANGED
    return PairStatus.MODIFIED


def _with_pairs(comparison: Comparison, pairs: Sequence[Pair]) -> Comparison:
    """The comparison with these pairs, in reading order."""
    ordered = order_pairs(pairs, comparison.left_clauses, comparison.right_clauses)
    return dataclasses.replace(comparison, pairs=ordered)
