"""The redline as one stream of marked pieces of text: what Word will show as revisions.

:func:`redline_pieces` walks a :class:`~clausediff.comparison.Comparison` and returns a tuple of
:class:`Piece` such that, by construction,

* the pieces marked ``EQUAL``, ``DELETE`` or ``MOVE_FROM``, joined in order, are the left text;
* the pieces marked ``EQUAL``, ``INSERT`` or ``MOVE_TO``, joined in order, are the new text: the
  right text, or, with a session, the text the user decided on (kept-left clauses as in the left
  document, under their right number when renumbered, custom text as written), i.e. what
  :mod:`clausediff.report.assemble` builds.

Every character of each text belongs to one clause *unit*: the clause and the gap after it, up
to the next clause (the text before the first clause is the preamble). Pairs whose clauses keep
their relative order on both sides (the longest increasing run of left positions, taken in the
right document's order) are written *together*: their body differences come from the pair's own
word diff (``Pair.diff``, with offsets), and only what the diff does not cover (numbers,
headings, gaps between clauses) is diffed here, with the same word diff. Every other clause is
written where it stood: a pair's left clauses as ``MOVE_FROM`` at their left position and its right
clauses as ``MOVE_TO`` at their right position (Word shows them as a move; kept "left", the
``MOVE_TO`` holds the old words, so accepting gives the assembled contract), a deleted clause as
``DELETE``, an inserted one as ``INSERT``.

No Qt, no I/O; the result points back into both texts by offsets (``-1`` for text the user wrote).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from clausediff.clause import Clause
from clausediff.comparison import Comparison, DiffOp, Op, Pair
from clausediff.options import CompareOptions
from clausediff.report.renumber import kept_left_parts, kept_left_text, renumbers
from clausediff.store.session import Choice, Keep, Session, pair_key
from clausediff.worddiff.diff import diff_spans

#: Word-diff options for the text the pairs' diffs do not cover: exact, nothing ignored, since
#: accepting and rejecting the revisions must give the texts character for character.
_EXACT = CompareOptions()


class Mark(StrEnum):
    """How a piece reads in the redline."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"
    MOVE_FROM = "move_from"
    MOVE_TO = "move_to"


#: Marks whose text belongs to the left (old) text, and to the new text.
OLD_MARKS = frozenset({Mark.EQUAL, Mark.DELETE, Mark.MOVE_FROM})
NEW_MARKS = frozenset({Mark.EQUAL, Mark.INSERT, Mark.MOVE_TO})


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text with its mark.

    ``left``/``right`` are the offsets where the text starts in the left/right document (``-1``
    when it does not come from that document). ``move`` numbers a move (1, 2, ...): the
    ``MOVE_FROM`` and ``MOVE_TO`` pieces of one moved pair share it; 0 for everything else.
    """

    mark: Mark
    text: str
    left: int = -1
    right: int = -1
    move: int = 0


def old_text(pieces: Iterable[Piece]) -> str:
    """The text rejecting every revision gives."""
    return "".join(p.text for p in pieces if p.mark in OLD_MARKS)


def new_text(pieces: Iterable[Piece]) -> str:
    """The text accepting every revision gives."""
    return "".join(p.text for p in pieces if p.mark in NEW_MARKS)


def redline_pieces(comparison: Comparison, session: Session | None = None) -> tuple[Piece, ...]:
    """The marked pieces from the left text to the right (or decided) text, in reading order."""
    return tuple(_Walk(comparison, session.choices if session else {}).pieces())


class _Walk:
    """One walk over a comparison; holds the unit spans and the per-pair decisions."""

    def __init__(self, comparison: Comparison, choices: Mapping[str, Choice]) -> None:
        self.comparison = comparison
        self.left_text = comparison.left.text
        self.right_text = comparison.right.text
        self.left_units = _units(comparison.left_clauses, len(self.left_text))
        self.right_units = _units(comparison.right_clauses, len(self.right_text))
        self.left_index = {c.id: i for i, c in enumerate(comparison.left_clauses)}
        self.right_index = {c.id: i for i, c in enumerate(comparison.right_clauses)}
        self.left_by_id = {c.id: c for c in comparison.left_clauses}
        self.right_by_id = {c.id: c for c in comparison.right_clauses}
        self.choices = choices
        self.moves = 0

    def side(self, pair: Pair) -> Keep:
        choice = self.choices.get(pair_key(pair))
        return choice.side if choice is not None and choice.side is not None else Keep.RIGHT

    def pieces(self) -> Iterator[Piece]:
        comparison = self.comparison
        pair_of_left = {i: p for p in comparison.pairs for i in p.left}
        pair_of_right = {i: p for p in comparison.pairs for i in p.right}
        anchored = self._anchored(pair_of_right)
        move_ids: dict[str, int] = {}
        # Left clauses written on their own, in left order, each flushed just after the anchor
        # that precedes it on the left.
        loose = [c.id for c in comparison.left_clauses if id(pair_of_left[c.id]) not in anchored]
        loose.sort(key=lambda clause_id: self.left_units[clause_id][0])
        cursor = 0

        def flush(until: int) -> Iterator[Piece]:
            nonlocal cursor
            while cursor < len(loose) and self.left_units[loose[cursor]][0] < until:
                clause_id = loose[cursor]
                cursor += 1
                yield from self._loose_left(pair_of_left[clause_id], clause_id, move_ids)

        # Left start of each anchor, in writing order (increasing), and one past the end.
        anchor_starts = [
            self.left_units[pair_of_right[c.id].left[0]][0]
            for c in comparison.right_clauses
            if id(pair_of_right[c.id]) in anchored and pair_of_right[c.id].right[0] == c.id
        ] + [len(self.left_text) + 1]
        yield from self._preamble()
        yield from flush(anchor_starts[0])
        written = 0
        for clause in comparison.right_clauses:
            pair = pair_of_right[clause.id]
            if id(pair) not in anchored:
                yield from self._loose_right(pair, clause, move_ids)
            elif pair.right[0] == clause.id:
                written += 1
                yield from self._together(pair)
                yield from flush(anchor_starts[written])
        yield from flush(len(self.left_text) + 1)

    # --- which pairs are written together ------------------------------------------------------

    def _anchored(self, pair_of_right: Mapping[str, Pair]) -> set[int]:
        """``id()`` of the pairs written together: in order on both sides.

        A pair kept left counts too: its left text stands, unrevised, where the right document
        has the pair, as the assembled contract has it.
        """
        candidates: list[tuple[int, Pair]] = []
        seen: set[int] = set()
        for clause in self.comparison.right_clauses:
            pair = pair_of_right[clause.id]
            if id(pair) in seen or not pair.left:
                continue
            seen.add(id(pair))
            if not self._contiguous(pair):
                continue
            candidates.append((self.left_index[pair.left[0]], pair))
        return {id(candidates[i][1]) for i in _increasing_run([k for k, _ in candidates])}

    def _contiguous(self, pair: Pair) -> bool:
        left = [self.left_index[i] for i in pair.left]
        right = [self.right_index[i] for i in pair.right]
        return left == list(range(left[0], left[0] + len(left))) and right == list(
            range(right[0], right[0] + len(right))
        )

    # --- writing ---------------------------------------------------------------------------------

    def _preamble(self) -> Iterator[Piece]:
        left_end = self.comparison.left_clauses[0].start if self.comparison.left_clauses else None
        right_end = (
            self.comparison.right_clauses[0].start if self.comparison.right_clauses else None
        )
        left_end = len(self.left_text) if left_end is None else left_end
        right_end = len(self.right_text) if right_end is None else right_end
        yield from self._diff(0, left_end, self.right_text, 0, right_end, right_offsets=True)

    def _loose_left(self, pair: Pair, clause_id: str, move_ids: dict[str, int]) -> Iterator[Piece]:
        start, end = self.left_units[clause_id]
        side = self.side(pair)
        text = self.left_text[start:end]
        if side is Keep.LEFT and not pair.right:
            yield Piece(Mark.EQUAL, text, start, -1)
        elif pair.right and side in (Keep.LEFT, Keep.RIGHT):
            # Moved: kept left too, it goes where the new version puts it (see _loose_right).
            yield Piece(Mark.MOVE_FROM, text, start, -1, self._move(pair, move_ids))
        else:
            yield Piece(Mark.DELETE, text, start, -1)
            if side is Keep.CUSTOM and not pair.right and clause_id == pair.left[-1]:
                yield Piece(Mark.INSERT, self._custom_text(pair), -1, -1)

    def _loose_right(self, pair: Pair, clause: Clause, move_ids: dict[str, int]) -> Iterator[Piece]:
        side = self.side(pair)
        start, end = self.right_units[clause.id]
        if side is Keep.LEFT:  # an inserted clause goes; a moved one comes in the old words
            if pair.left and clause.id == pair.right[0]:
                move = self._move(pair, move_ids)
                lefts = [self.left_by_id[i] for i in pair.left]
                rights = [self.right_by_id[i] for i in pair.right]
                end = self.right_units[rights[-1].id][1]
                renumber = renumbers(pair)
                parts = kept_left_parts(
                    self.left_text, lefts, self.right_text, rights, end, renumber
                )
                for text, left, right in parts:
                    yield Piece(Mark.MOVE_TO, text, left, right, move)
            return
        if side is Keep.CUSTOM:
            if clause.id == pair.right[0]:
                yield Piece(Mark.INSERT, self._custom_text(pair), -1, -1)
            return
        mark = Mark.MOVE_TO if pair.left else Mark.INSERT
        move = self._move(pair, move_ids) if pair.left else 0
        yield Piece(mark, self.right_text[start:end], -1, start, move)

    def _move(self, pair: Pair, move_ids: dict[str, int]) -> int:
        key = pair_key(pair)
        if key not in move_ids:
            self.moves += 1
            move_ids[key] = self.moves
        return move_ids[key]

    def _custom_text(self, pair: Pair) -> str:
        """The right clauses' number and heading, the user's text, the gap after the clauses."""
        choice = self.choices[pair_key(pair)]
        if pair.right:
            text, by_id, units, ids = (
                self.right_text,
                self.right_by_id,
                self.right_units,
                pair.right,
            )
        else:
            text, by_id, units, ids = self.left_text, self.left_by_id, self.left_units, pair.left
        first, last = by_id[ids[0]], by_id[ids[-1]]
        header = text[first.start : first.body_start]
        tail = text[last.body_end : units[last.id][1]]
        return header + choice.custom_text + tail

    def _together(self, pair: Pair) -> Iterator[Piece]:
        left_start = self.left_units[pair.left[0]][0]
        left_end = self.left_units[pair.left[-1]][1]
        right_start = self.right_units[pair.right[0]][0]
        right_end = self.right_units[pair.right[-1]][1]
        if self.side(pair) is Keep.LEFT:
            if renumbers(pair):
                left, right = self.left_by_id[pair.left[0]], self.right_by_id[pair.right[0]]
                kept = kept_left_text(self.left_text, left, self.right_text, right)
                kept += self.left_text[left.end : left_end]
                yield from self._diff(left_start, left_end, kept, 0, len(kept), right_offsets=False)
                return
            yield Piece(Mark.EQUAL, self.left_text[left_start:left_end], left_start, -1)
            return
        if self.side(pair) is Keep.CUSTOM:
            custom = self._custom_text(pair)
            yield from self._diff(left_start, left_end, custom, 0, len(custom), right_offsets=False)
            return
        ops = pair.diff
        if not _fits(ops, left_start, left_end, right_start, right_end):
            yield from self._diff(left_start, left_end, self.right_text, right_start, right_end)
            return
        left_at, right_at = left_start, right_start
        for op in ops:
            to_left = op.left_start if op.op is not Op.INSERT else left_at
            to_right = op.right_start if op.op is not Op.DELETE else right_at
            if to_left > left_at or to_right > right_at:
                yield from self._diff(left_at, to_left, self.right_text, right_at, to_right)
            yield from self._op(op)
            if op.op is not Op.INSERT:
                left_at = op.left_end
            if op.op is not Op.DELETE:
                right_at = op.right_end
        yield from self._diff(left_at, left_end, self.right_text, right_at, right_end)

    def _op(self, op: DiffOp) -> Iterator[Piece]:
        left = self.left_text[op.left_start : op.left_end]
        right = self.right_text[op.right_start : op.right_end]
        if op.op is Op.DELETE:
            yield Piece(Mark.DELETE, left, op.left_start, -1)
        elif op.op is Op.INSERT:
            yield Piece(Mark.INSERT, right, -1, op.right_start)
        elif left == right:
            yield Piece(Mark.EQUAL, right, op.left_start, op.right_start)
        else:  # equal only under an ignore option: the redline shows the exact change
            yield Piece(Mark.DELETE, left, op.left_start, -1)
            yield Piece(Mark.INSERT, right, -1, op.right_start)

    def _diff(
        self,
        left_start: int,
        left_end: int,
        new: str,
        new_start: int,
        new_end: int,
        right_offsets: bool = True,
    ) -> Iterator[Piece]:
        """Exact word diff of a left span against a span of ``new`` (the right text or custom)."""
        left = self.left_text[left_start:left_end]
        right = new[new_start:new_end]
        at = (lambda offset: offset) if right_offsets else (lambda offset: -1)
        if left == right:
            if left:
                yield Piece(Mark.EQUAL, right, left_start, at(new_start))
            return
        if not left or not right:
            if left:
                yield Piece(Mark.DELETE, left, left_start, -1)
            if right:
                yield Piece(Mark.INSERT, right, -1, at(new_start))
            return
        ops = diff_spans(
            self.left_text, [(left_start, left_end)], new, [(new_start, new_end)], _EXACT
        ).ops
        left_at, right_at = left_start, new_start
        for op in ops:
            if op.op is not Op.INSERT and op.left_start > left_at:
                yield Piece(Mark.DELETE, self.left_text[left_at : op.left_start], left_at, -1)
            if op.op is not Op.DELETE and op.right_start > right_at:
                yield Piece(Mark.INSERT, new[right_at : op.right_start], -1, at(right_at))
            lo, hi = (op.left_start, op.left_end) if op.op is not Op.INSERT else (left_at, left_at)
            ro, rh = (
                (op.right_start, op.right_end) if op.op is not Op.DELETE else (right_at, right_at)
            )
            old_words, new_words = self.left_text[lo:hi], new[ro:rh]
            if op.op is Op.EQUAL and old_words == new_words:
                yield Piece(Mark.EQUAL, new_words, lo, at(ro))
            else:
                if old_words:
                    yield Piece(Mark.DELETE, old_words, lo, -1)
                if new_words:
                    yield Piece(Mark.INSERT, new_words, -1, at(ro))
            left_at, right_at = max(left_at, hi), max(right_at, rh)
        if left_end > left_at:
            yield Piece(Mark.DELETE, self.left_text[left_at:left_end], left_at, -1)
        if new_end > right_at:
            yield Piece(Mark.INSERT, new[right_at:new_end], -1, at(right_at))


def _units(clauses: Sequence[Clause], length: int) -> dict[str, tuple[int, int]]:
    """Each clause's unit: from its start to the next clause's start (the end for the last)."""
    ordered = sorted(clauses, key=lambda c: c.start)
    units: dict[str, tuple[int, int]] = {}
    for clause, following in zip(ordered, [*ordered[1:], None], strict=True):
        units[clause.id] = (clause.start, following.start if following else length)
    return units


def _fits(
    ops: Sequence[DiffOp], left_start: int, left_end: int, right_start: int, right_end: int
) -> bool:
    """True when the ops walk both spans forward without overlap (their offsets can be trusted)."""
    left_at, right_at = left_start, right_start
    for op in ops:
        if op.op is not Op.INSERT:
            if op.left_start < left_at or op.left_end > left_end or op.left_end < op.left_start:
                return False
            left_at = op.left_end
        if op.op is not Op.DELETE:
            if (
                op.right_start < right_at
                or op.right_end > right_end
                or op.right_end < op.right_start
            ):
                return False
            right_at = op.right_end
    return True


def _increasing_run(keys: Sequence[int]) -> list[int]:
    """Indices of a longest strictly increasing subsequence of ``keys`` (patience sorting)."""
    tails: list[int] = []  # tails[k]: index of the smallest tail of a run of length k + 1
    tail_keys: list[int] = []
    previous: list[int] = [-1] * len(keys)
    for index, key in enumerate(keys):
        position = bisect_left(tail_keys, key)
        if position > 0:
            previous[index] = tails[position - 1]
        if position == len(tails):
            tails.append(index)
            tail_keys.append(key)
        else:
            tails[position] = index
            tail_keys[position] = key
    run: list[int] = []
    at = tails[-1] if tails else -1
    while at >= 0:
        run.append(at)
        at = previous[at]
    return run[::-1]
