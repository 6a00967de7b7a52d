"""The result of comparing two documents, and the types it is made of.

A :class:`Comparison` holds both documents, their clauses, the clause :class:`Pair` list in
document order, and the terms found in every clause. Each :class:`Pair` links zero or more left
clauses to zero or more right clauses with a :class:`PairStatus`, a similarity in [0, 1], the
word-level :class:`DiffOp` list and the :class:`TermChange` list. Every offset points into the
text of the document on its side. Everything here is immutable; no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from clausediff.clause import Clause
from clausediff.document import Document
from clausediff.options import CompareOptions
from clausediff.pickling import pickled_by_fields


class Side(StrEnum):
    """Which document a piece of text comes from: the left (old) or the right (new) one."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        """The opposite side."""
        return Side.RIGHT if self is Side.LEFT else Side.LEFT

    @property
    def marked(self) -> Op:
        """The diff operation shown on this side: delete on the left, insert on the right."""
        return Op.DELETE if self is Side.LEFT else Op.INSERT


class PairStatus(StrEnum):
    """How a pair of clauses relates the two documents."""

    UNCHANGED = "unchanged"  # same body (after the options' normalisation), in order
    MODIFIED = "modified"  # same clause, body changed, in order
    MOVED = "moved"  # counterpart found out of order, possibly also modified
    SPLIT = "split"  # one left clause became several right clauses
    MERGED = "merged"  # several left clauses became one right clause
    INSERTED = "inserted"  # right clause with no counterpart
    DELETED = "deleted"  # left clause with no counterpart


class LinkReason(StrEnum):
    """Why two sides were linked: what a reader is told when the texts alone do not show it."""

    TEXT = "text"  # the texts share enough rare words (or sentences) on their own
    NUMBER = "number"  # same number and same heading (none on both sides counts), little text
    POSITION = "position"  # in order between linked neighbours, text evidence weak but present
    MANUAL = "manual"  # linked by hand


class Op(StrEnum):
    """A word-diff operation."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of the word diff, with its place in both documents.

    ``text`` is the run as written: from the left document for ``delete``, from the right one for
    ``insert`` and ``equal``. ``left_start``/``left_end`` and ``right_start``/``right_end`` are
    offsets in each document's text; the side a run does not exist on has an empty span at the
    place where it would be.
    """

    op: Op
    text: str
    left_start: int
    left_end: int
    right_start: int
    right_end: int

    def span(self, side: Side) -> tuple[int, int]:
        """``(start, end)`` of this run in the document of ``side``."""
        if side is Side.LEFT:
            return self.left_start, self.left_end
        return self.right_start, self.right_end


class TermKind(StrEnum):
    """The three kinds of legal terms ClauseDiff highlights."""

    OBLIGATION = "obligation"
    DEADLINE = "deadline"
    AMOUNT = "amount"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Term:
    """An obligation, deadline or amount found in a text.

    ``start``/``end`` are offsets in the text that was annotated (document offsets once inside a
    :class:`Comparison`); ``value`` is the normalised value as in the annotation guidelines, e.g.
    ``{"quantity": 4, "unit": "hour"}``, ``{"quantity": 110, "currency": "EUR", "tax": "HT"}``,
    ``{"polarity": "duty"}``.
    """

    kind: TermKind
    start: int
    end: int
    text: str
    value: Mapping[str, Any] = field(default_factory=dict)


class TermChangeKind(StrEnum):
    """What happened to a term between the two sides of a pair."""

    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Direction(StrEnum):
    """Which way a changed term moved, in the reader's terms."""

    LONGER = "longer"  # deadline
    SHORTER = "shorter"
    HIGHER = "higher"  # amount
    LOWER = "lower"
    WEAKENED = "weakened"  # obligation: doit -> peut, shall -> may
    STRENGTHENED = "strengthened"
    OTHER = "other"  # changed, but not comparable on one scale


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class TermChange:
    """A term added, removed or changed between the left and right side of a pair."""

    kind: TermKind
    change: TermChangeKind
    left: Term | None
    right: Term | None
    direction: Direction | None = None

    def term(self, side: Side) -> Term | None:
        """The term on ``side`` (None when the change added or removed it there)."""
        return self.left if side is Side.LEFT else self.right


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Pair:
    """Left clauses linked to right clauses, with their word diff and term changes.

    ``left``/``right`` are clause ids (empty for inserted/deleted). ``similarity`` reads as "how
    much of this clause survived" (1.0 unchanged, 0.0 inserted/deleted): the share of the text
    the word diff's ops keep equal, i.e. of what the marks leave unmarked (see
    :class:`clausediff.worddiff.diff.WordDiff`; the alignment keeps its own reading apart).
    A split or merged pair's ``diff`` holds each part's diff against the region of the other
    side it went to, part after part (:mod:`clausediff.worddiff.parts`): the side with the
    parts reads in order, the other side region after region.
    ``term_changes`` of a clause deleted or inserted whole are the terms it takes away (removed)
    or brings (added), in text order. ``number_changed`` and ``heading_changed`` tell
    renumbering and retitling apart from body changes. ``truncated`` is True when a guardrail
    replaced the word diff by a coarse one (whole body replaced). ``reason`` says why the sides
    were linked (``None`` for inserted and deleted clauses, and in files written before reasons
    existed).
    """

    left: tuple[str, ...]
    right: tuple[str, ...]
    status: PairStatus
    similarity: float
    diff: tuple[DiffOp, ...] = ()
    term_changes: tuple[TermChange, ...] = ()
    number_changed: bool = False
    heading_changed: bool = False
    truncated: bool = False
    reason: LinkReason | None = None

    @property
    def changed(self) -> bool:
        """True unless the pair is unchanged."""
        return self.status is not PairStatus.UNCHANGED

    def ids(self, side: Side) -> tuple[str, ...]:
        """The clause ids of ``side``."""
        return self.left if side is Side.LEFT else self.right


@dataclass(frozen=True, slots=True)
class ComparisonSide:
    """One document of a comparison with what was found in it: clauses (also by id) and terms.

    ``terms`` maps clause ids to the terms of that clause, in document offsets.
    """

    side: Side
    document: Document
    clauses: tuple[Clause, ...]
    by_id: Mapping[str, Clause]
    terms: Mapping[str, tuple[Term, ...]]

    def of(self, pair: Pair) -> tuple[Clause, ...]:
        """The clauses of ``pair`` on this side, in the pair's order (unknown ids skipped)."""
        by_id = self.by_id
        return tuple(by_id[i] for i in pair.ids(self.side) if i in by_id)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two documents, their clauses, and how the clauses pair up.

    ``pairs`` are in reading order of the right document, with deleted clauses placed where they
    stood relative to their left neighbours. ``left_terms``/``right_terms`` map clause ids to the
    terms of that clause (document offsets).
    """

    left: Document
    right: Document
    left_clauses: tuple[Clause, ...]
    right_clauses: tuple[Clause, ...]
    pairs: tuple[Pair, ...]
    options: CompareOptions = field(default_factory=CompareOptions)
    left_terms: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)
    right_terms: Mapping[str, tuple[Term, ...]] = field(default_factory=dict)
    # The two ComparisonSide views, built on first use (a cache, not part of the value).
    _sides: dict[Side, ComparisonSide] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def side(self, side: Side | Literal["left", "right"]) -> ComparisonSide:
        """Document, clauses, clauses by id and terms of one side (built once, then shared)."""
        side = Side(side)
        found = self._sides.get(side)
        if found is None:
            left = side is Side.LEFT
            clauses = self.left_clauses if left else self.right_clauses
            found = self._sides[side] = ComparisonSide(
                side,
                self.left if left else self.right,
                clauses,
                {clause.id: clause for clause in clauses},
                self.left_terms if left else self.right_terms,
            )
        return found

    def summary(self) -> dict[str, int]:
        """Number of pairs per status (every status present, zeros included)."""
        counts = {status.value: 0 for status in PairStatus}
        for pair in self.pairs:
            counts[pair.status.value] += 1
        return counts

    def term_change_counts(self) -> dict[str, int]:
        """Number of term changes per term kind (every kind present)."""
        counts = {kind.value: 0 for kind in TermKind}
        for pair in self.pairs:
            for change in pair.term_changes:
                counts[change.kind.value] += 1
        return counts
