"""Turning token matches into DiffOps: cut at span boundaries, merged when adjacent.

Contract: :class:`OpBuilder` receives, in reading order, the one-to-one token matches
(:meth:`OpBuilder.match`) and the stretches between them (:meth:`OpBuilder.gap`) that
:mod:`clausediff.worddiff.diff` found, and :meth:`OpBuilder.finish` returns the
:class:`~clausediff.comparison.DiffOp` tuple whose contract :mod:`clausediff.worddiff.diff` states
(tiling of both sides, one span per op per side, text as written). Token indices refer to a
:class:`TokenSide`. Pure bookkeeping: no diffing, no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import DiffOp, Op

Span = tuple[int, int]


@dataclass(slots=True)
class TokenSide:
    """One side of the diff, as parallel lists per token: offsets, folded key, span index."""

    text: str
    spans: list[Span]
    starts: list[int]
    ends: list[int]
    keys: list[str]
    span_of: list[int]

    @property
    def origin(self) -> int:
        """Where this side starts: the first span's start (0 when there is no span)."""
        return self.spans[0][0] if self.spans else 0


#: Folded marks French typography puts a space before, and after (quotes fold to '"').
_SPACE_BEFORE = frozenset(':;!?%"')
_SPACE_AFTER = frozenset('"')


def _typographic(side: TokenSide, k: int) -> bool:
    """True when token ``k`` is a space that French typography puts next to a mark."""
    keys = side.keys
    if not keys[k].isspace():
        return False
    return (k + 1 < len(keys) and keys[k + 1] in _SPACE_BEFORE) or (
        k > 0 and keys[k - 1] in _SPACE_AFTER
    )


@dataclass(slots=True)
class _Pending:
    """An op being built; a span index of -1 means the range on that side is empty."""

    op: Op
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    left_span: int
    right_span: int


class OpBuilder:
    """Turns token-index runs into DiffOps cut at span boundaries and merged when adjacent."""

    def __init__(self, left: TokenSide, right: TokenSide) -> None:
        self.left, self.right = left, right
        self.lpos, self.rpos = left.origin, right.origin
        self.ops: list[_Pending] = []
        self._run = [0, 0, 0]  # pending one-to-one equal run: left index, right index, length

    def _emit(self, op: Op, ls: int, le: int, rs: int, re: int, lspan: int, rspan: int) -> None:
        if ls == le and rs == re:
            return
        lspan = lspan if ls != le else -1
        rspan = rspan if rs != re else -1
        last = self.ops[-1] if self.ops else None
        if (
            last is not None
            and last.op is op
            and last.left_end == ls
            and last.right_end == rs
            and (last.left_span == -1 or lspan == -1 or last.left_span == lspan)
            and (last.right_span == -1 or rspan == -1 or last.right_span == rspan)
        ):
            last.left_end, last.right_end = le, re
            last.left_span = max(last.left_span, lspan)
            last.right_span = max(last.right_span, rspan)
        else:
            self.ops.append(_Pending(op, ls, le, rs, re, lspan, rspan))
        self.lpos, self.rpos = le, re

    def _groups(self, side: TokenSide, first: int, stop: int) -> list[tuple[int, int, int]]:
        """(span index, start offset, end offset) of the tokens first..stop, cut at spans."""
        groups: list[tuple[int, int, int]] = []
        span_of = side.span_of
        k = first
        while k < stop:
            span = span_of[k]
            end = k
            while end + 1 < stop and span_of[end + 1] == span:
                end += 1
            groups.append((span, side.starts[k], side.ends[end]))
            k = end + 1
        return groups

    def match(self, i: int, j: int, length: int = 1) -> None:
        """Left tokens i.. equal right tokens j.. one to one (same folded keys)."""
        run = self._run
        if run[2] and run[0] + run[2] == i and run[1] + run[2] == j:
            run[2] += length
        else:
            self._flush()
            self._run = [i, j, length]

    def _flush(self) -> None:
        i, j, length = self._run
        if length:
            self.equal_run(i, j, length)
            self._run = [0, 0, 0]

    def gap(self, i0: int, i1: int, j0: int, j1: int) -> None:
        """Left tokens i0..i1 against right tokens j0..j1, between two matched tokens.

        Tokens equal at both ends of the gap (usually the spaces around a changed phrase) are
        matched, and so are typographic spaces at its edges (:func:`_typographic`); what is
        left is a change, or equal when all of it folds to nothing.
        """
        keys_left, keys_right = self.left.keys, self.right.keys
        while i0 < i1 and j0 < j1 and keys_left[i0] == keys_right[j0]:
            self.match(i0, j0)
            i0, j0 = i0 + 1, j0 + 1
        tail = 0
        while (
            i0 < i1 - tail
            and j0 < j1 - tail
            and keys_left[i1 - tail - 1] == keys_right[j1 - tail - 1]
        ):
            tail += 1
        if i0 < i1 - tail or j0 < j1 - tail:
            self._flush()
            a0, b0 = self._leading_spaces(i0, i1 - tail, j0, j1 - tail)
            a1, b1, trailing = self._trailing_spaces(a0, i1 - tail, b0, j1 - tail)
            if not any(keys_left[a0:a1]) and not any(keys_right[b0:b1]):
                self.equal_block(a0, a1, b0, b1)
            else:
                self.delete(a0, a1)
                self.insert(b0, b1)
            for (left_first, left_stop), (right_first, right_stop) in trailing:
                self.equal_block(left_first, left_stop, right_first, right_stop)
        for k in range(tail, 0, -1):
            self.match(i1 - k, j1 - k)

    def _leading_spaces(self, i0: int, i1: int, j0: int, j1: int) -> Span:
        """Emit, as equal, the ignorable blanks that open a changed region; the new starts.

        A blank on one side only is no change of wording when French typography puts it there
        (before ``: ; ! ? %`` or a closing quote, after an opening one: ``Prix : 100`` /
        ``Prix: 100``), or when the other side passes from one span to the next at that place
        (the blank line between two paragraphs of a clause that became two clauses).
        """
        left, right = self.left, self.right
        while True:
            if i0 < i1 and self._lone_blank(left, i0, right, j0, j0 < j1 and right.keys[j0]):
                self.equal_block(i0, i0 + 1, j0, j0)
                i0 += 1
            elif j0 < j1 and self._lone_blank(right, j0, left, i0, i0 < i1 and left.keys[i0]):
                self.equal_block(i0, i0, j0, j0 + 1)
                j0 += 1
            else:
                return i0, j0

    def _trailing_spaces(
        self, i0: int, i1: int, j0: int, j1: int
    ) -> tuple[int, int, list[tuple[Span, Span]]]:
        """The ignorable blanks that close a changed region (see above), to emit after it."""
        left, right = self.left, self.right
        found: list[tuple[Span, Span]] = []
        while True:
            if i0 < i1 and self._lone_blank(
                left, i1 - 1, right, j1, j0 < j1 and right.keys[j1 - 1]
            ):
                found.append(((i1 - 1, i1), (j1, j1)))
                i1 -= 1
            elif j0 < j1 and self._lone_blank(
                right, j1 - 1, left, i1, i0 < i1 and left.keys[i1 - 1]
            ):
                found.append(((i1, i1), (j1 - 1, j1)))
                j1 -= 1
            else:
                return i1, j1, found[::-1]

    @staticmethod
    def _lone_blank(
        side: TokenSide, k: int, other: TokenSide, position: int, facing: str | bool
    ) -> bool:
        """Token ``k`` of ``side`` is an ignorable blank (see :meth:`_leading_spaces`).

        ``position`` is where the other side stands and ``facing`` the key of the token it has
        there inside the changed region (False when none): a blank facing a blank is no lone one.
        """
        if not side.keys[k].isspace() or (isinstance(facing, str) and facing.isspace()):
            return False
        span_of = other.span_of
        at_boundary = 0 < position < len(span_of) and span_of[position - 1] != span_of[position]
        keys = side.keys
        # Beside a token that folds to nothing (punctuation or markup the options ignore), a
        # blank only separated it: "## Article" and "Article" under ignore_punctuation.
        beside_ignored = (k > 0 and not keys[k - 1]) or (k + 1 < len(keys) and not keys[k + 1])
        return at_boundary or beside_ignored or _typographic(side, k)

    def delete(self, first: int, stop: int) -> None:
        """Left tokens ``first..stop`` deleted: one op per span they fall in."""
        for span, start, end in self._groups(self.left, first, stop):
            self._emit(Op.DELETE, start, end, self.rpos, self.rpos, span, -1)

    def insert(self, first: int, stop: int) -> None:
        """Right tokens ``first..stop`` inserted: one op per span they fall in."""
        for span, start, end in self._groups(self.right, first, stop):
            self._emit(Op.INSERT, self.lpos, self.lpos, start, end, -1, span)

    def equal_run(self, i: int, j: int, length: int) -> None:
        """Tokens i.. of the left matched one to one with tokens j.. of the right."""
        left, right = self.left, self.right
        ls, rs = left.span_of, right.span_of
        start = 0
        for k in range(1, length + 1):
            if k == length or ls[i + k] != ls[i + k - 1] or rs[j + k] != rs[j + k - 1]:
                a, b = i + start, j + start
                self._emit(
                    Op.EQUAL,
                    left.starts[a],
                    left.ends[i + k - 1],
                    right.starts[b],
                    right.ends[j + k - 1],
                    ls[a],
                    rs[b],
                )
                start = k

    def equal_block(self, i0: int, i1: int, j0: int, j1: int) -> None:
        """A changed region that folds to nothing: equal, span pieces paired in order."""
        left_groups = self._groups(self.left, i0, i1)
        right_groups = self._groups(self.right, j0, j1)
        for k in range(max(len(left_groups), len(right_groups))):
            if k < len(left_groups):
                lspan, ls, le = left_groups[k]
            else:
                lspan, ls, le = -1, self.lpos, self.lpos
            if k < len(right_groups):
                rspan, rs, re = right_groups[k]
            else:
                rspan, rs, re = -1, self.rpos, self.rpos
            self._emit(Op.EQUAL, ls, le, rs, re, lspan, rspan)

    def finish(self) -> tuple[DiffOp, ...]:
        """The ops, with their text as written (left text for deletions, right text otherwise)."""
        self._flush()
        ltext, rtext = self.left.text, self.right.text
        return tuple(
            DiffOp(
                p.op,
                ltext[p.left_start : p.left_end]
                if p.op is Op.DELETE
                else rtext[p.right_start : p.right_end],
                p.left_start,
                p.left_end,
                p.right_start,
                p.right_end,
            )
            for p in self.ops
        )
