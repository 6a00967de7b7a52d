"""The result type of clause alignment.

A :class:`Link` ties zero or more left clauses to zero or more right clauses with a status. It
carries clause ids only, so it is cheap to build, compare and test; the comparison stage turns
links into :class:`~clausediff.comparison.Pair` objects with word diffs and term changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import LinkReason, PairStatus


@dataclass(frozen=True, slots=True)
class Link:
    """Left clause ids linked to right clause ids.

    ``similarity`` in [0, 1] reads as "how much of this clause survived" (1.0 for unchanged,
    0.0 for inserted and deleted). A link may hold several clauses on both sides (n:m, when a
    rewrite redistributed provisions): its status is SPLIT when the right side has more
    clauses, MERGED otherwise. ``number_changed`` / ``heading_changed`` report renumbering and
    retitling, which never by themselves make a clause differ. ``reason`` says why the sides
    were linked (``None`` for a one-sided link).
    """

    left: tuple[str, ...]
    right: tuple[str, ...]
    status: PairStatus
    similarity: float
    number_changed: bool = False
    heading_changed: bool = False
    reason: LinkReason | None = None
