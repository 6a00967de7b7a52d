"""Word-level diff of clause bodies, in document offsets, with guardrails.

Contract: :func:`diff_spans` takes the two document texts and, on each side, the spans to compare
(one span per clause body, several for a split or merged pair). It returns a :class:`WordDiff`
whose ops, in reading order, satisfy:

* the ``equal``/``delete`` ops tile the left spans exactly and the ``equal``/``insert`` ops tile
  the right spans exactly (contiguous, in order, nothing left out); the side an op does not exist
  on has an empty range at the current position of that side;
* every op's ranges lie inside one span per side: ops are cut at span boundaries, tokens never
  straddle them;
* ``text`` is the text as written: ``left_text[left_start:left_end]`` for ``delete``,
  ``right_text[right_start:right_end]`` for ``insert`` and ``equal``;
* no op is empty, adjacent ops of one kind in the same spans are merged, and inside a changed
  region deletions come before insertions.

Method: tokens (:mod:`clausediff.tokenize`) are compared by their folded form
(:func:`clausediff.normalize.fold`); each distinct folded token becomes one character (words and
numbers get letters, punctuation and spaces get private-use symbols, so diff-match-patch's
semantic clean-up still snaps edits to word boundaries); ``diff_main`` and ``diff_cleanupSemantic``
run on those strings and the result is mapped back to tokens and offsets. A changed region made
only of tokens that fold to nothing (spaces under ``ignore_whitespace``, punctuation under
``ignore_punctuation``, clause numbers under ``ignore_numbering``, zero-width characters) counts as
equal. Guardrails: a side longer than ``options.max_diff_chars`` (sum of its spans) or a diff
that reaches ``options.diff_timeout`` seconds gives a coarse result (everything deleted and
inserted, or equal when the folded texts are equal) with ``truncated=True``.

No Qt, no I/O; the only state kept between calls is a bounded memo of folded tokens.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, repeat
from operator import add

from diff_match_patch import diff_match_patch

from clausediff.comparison import DiffOp, Op
from clausediff.normalize import fold, numbering_spans
from clausediff.options import CompareOptions
from clausediff.tokenize import scan

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The ops of a word diff, and whether a guardrail replaced it by a coarse one."""

    ops: tuple[DiffOp, ...]
    truncated: bool = False


# Code points for token keys. Words and numbers get alphanumeric characters (CJK ideographs,
# Hangul), the rest gets private-use characters, so that diff_cleanupSemanticLossless, which
# scores boundaries with str.isalnum(), prefers edits that start and end at word boundaries.
_WORD_CODES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF))
_OTHER_CODES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


class _TooManyTokens(Exception):
    """More distinct tokens than code points to stand for them: fall back to a coarse diff."""


def _codes(ranges: tuple[tuple[int, int], ...]) -> Iterator[str]:
    for first, last in ranges:
        for code in range(first, last + 1):
            yield chr(code)


class _Encoder:
    """Gives each distinct folded token one character, the same on both sides."""

    def __init__(self) -> None:
        self.chars: dict[str, str] = {}
        self._word = _codes(_WORD_CODES)
        self._other = _codes(_OTHER_CODES)

    def encode(self, keys: Sequence[str]) -> str:
        chars = self.chars
        for key in set(keys).difference(chars):
            pools = (self._word, self._other) if key[0].isalnum() else (self._other, self._word)
            char = next(pools[0], None) or next(pools[1], None)
            if char is None:
                raise _TooManyTokens
            chars[key] = char
        return "".join(map(chars.__getitem__, keys))


@dataclass(slots=True)
class _Side:
    """One side of the diff, as parallel lists: token texts, offsets, folded keys, span index."""

    text: str
    spans: list[Span]
    starts: list[int]
    ends: list[int]
    keys: list[str]
    span_of: list[int]

    @property
    def origin(self) -> int:
        return self.spans[0][0] if self.spans else 0


def _side(text: str, spans: Sequence[Span], options: CompareOptions) -> _Side:
    token_options = replace(options, ignore_numbering=False)
    texts: list[str] = []
    starts: list[int] = []
    span_of: list[int] = []
    numbered: list[Span] = []
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        pieces = scan(chunk)
        texts.extend(pieces)
        starts.extend(accumulate(map(len, pieces[:-1]), initial=start) if pieces else ())
        span_of.extend(repeat(index, len(pieces)))
        if options.ignore_numbering:
            numbered.extend((s + start, e + start) for s, e in numbering_spans(chunk))
    ends = list(map(add, starts, map(len, texts)))
    keys = _token_keys(texts, token_options)
    for first, last in numbered:
        # Tokens wholly inside a clause number fold to nothing.
        k = bisect_left(starts, first)
        while k < len(starts) and ends[k] <= last:
            keys[k] = ""
            k += 1
    return _Side(text, list(spans), starts, ends, keys, span_of)


# Folded form of each token already seen, per options (legal text repeats its words a lot).
_MEMO: dict[CompareOptions, dict[str, str]] = {}
_MEMO_LIMIT = 1 << 17


def _token_keys(texts: list[str], options: CompareOptions) -> list[str]:
    """The folded form of every token text, memoised (the memo is bounded, never stale)."""
    memo = _MEMO.get(options)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = _MEMO[options] = {}
    for piece in set(texts).difference(memo):
        memo[piece] = fold(piece, options)
    return list(map(memo.__getitem__, texts))


def _significant(side: _Side) -> list[int]:
    """Indices of the tokens diff-match-patch sees: not spaces, not folded to nothing."""
    return [k for k, key in enumerate(side.keys) if key and not key.isspace()]


def diff_spans(
    left_text: str,
    left_spans: Sequence[Span],
    right_text: str,
    right_spans: Sequence[Span],
    options: CompareOptions,
) -> WordDiff:
    """Word diff of the given spans of two texts (see the module docstring for the contract)."""
    left_size = sum(end - start for start, end in left_spans)
    right_size = sum(end - start for start, end in right_spans)
    if max(left_size, right_size) > options.max_diff_chars:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    started = time.perf_counter()
    left = _side(left_text, left_spans, options)
    right = _side(right_text, right_spans, options)
    # Spaces, and tokens that fold to nothing under the options, are left out of the diff:
    # _OpBuilder.gap() compares what lies between two matched tokens on its own. This halves the
    # sequences diff-match-patch works on (its bisection is O(N*D)) and keeps ignored tokens
    # from counting as edits in the semantic clean-up.
    left_sig = _significant(left)
    right_sig = _significant(right)
    encoder = _Encoder()
    try:
        a = encoder.encode([left.keys[k] for k in left_sig])
        b = encoder.encode([right.keys[k] for k in right_sig])
    except _TooManyTokens:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = options.diff_timeout
    diffs = _diff_chars(dmp, a, b)
    if options.diff_timeout > 0 and time.perf_counter() - started >= options.diff_timeout:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    dmp.diff_cleanupSemantic(diffs)
    builder = _OpBuilder(left, right)
    p = q = 0  # position in left_sig / right_sig
    i = j = 0  # first full token of each side not yet turned into ops
    for op, chars in diffs:
        if op == dmp.DIFF_DELETE:
            p += len(chars)
        elif op == dmp.DIFF_INSERT:
            q += len(chars)
        else:
            n = len(chars)
            first_left, first_right = left_sig[p], right_sig[q]
            last_left, last_right = left_sig[p + n - 1] + 1, right_sig[q + n - 1] + 1
            builder.gap(i, first_left, j, first_right)
            i, j = first_left, first_right
            if left.keys[first_left:last_left] == right.keys[first_right:last_right]:
                # The usual case: spaces and ignored tokens inside the run agree too.
                builder.match(first_left, first_right, last_left - first_left)
                i, j, p, q = last_left, last_right, p + n, q + n
                continue
            for _ in range(n):
                matched_left, matched_right = left_sig[p], right_sig[q]
                builder.gap(i, matched_left, j, matched_right)
                builder.match(matched_left, matched_right)
                i, j, p, q = matched_left + 1, matched_right + 1, p + 1, q + 1
    builder.gap(i, len(left.keys), j, len(right.keys))
    return WordDiff(builder.finish(), truncated=False)


# Fewer discardable tokens than this: diff the strings as they are (not worth the bookkeeping).
_DISCARD_MIN = 10


def _diff_chars(dmp: diff_match_patch, a: str, b: str) -> list[tuple[int, str]]:
    """``dmp.diff_main(a, b)``, after discarding characters the other side does not contain.

    A token found on one side only can never be equal, so leaving it out does not change the
    longest common subsequence; it only spares diff-match-patch's bisection (O(N*D)) from
    walking through it, which matters for heavy rewrites (as in Meld's matcher). The result is
    expanded back to the full strings and merged, so the semantic clean-up sees every edit.
    """
    common = set(a).intersection(b)
    index_a = [k for k, char in enumerate(a) if char in common]
    index_b = [k for k, char in enumerate(b) if char in common]
    if len(a) - len(index_a) + len(b) - len(index_b) <= _DISCARD_MIN:
        return list(dmp.diff_main(a, b, False))
    reduced = dmp.diff_main("".join(a[k] for k in index_a), "".join(b[k] for k in index_b), False)
    out: list[tuple[int, str]] = []
    pa = pb = qa = qb = 0  # positions in a, b and in the reduced strings

    def changes_until(ta: int, tb: int) -> None:
        nonlocal pa, pb
        if ta > pa:
            out.append((dmp.DIFF_DELETE, a[pa:ta]))
        if tb > pb:
            out.append((dmp.DIFF_INSERT, b[pb:tb]))
        pa, pb = ta, tb

    for op, chars in reduced:
        n = len(chars)
        if op == dmp.DIFF_DELETE:
            changes_until(index_a[qa + n - 1] + 1, pb)
            qa += n
        elif op == dmp.DIFF_INSERT:
            changes_until(pa, index_b[qb + n - 1] + 1)
            qb += n
        else:
            t = 0
            while t < n:
                ta, tb = index_a[qa + t], index_b[qb + t]
                changes_until(ta, tb)
                # Extend the equal chunk while both sides stay contiguous.
                size = 1
                while (
                    t + size < n
                    and index_a[qa + t + size] == ta + size
                    and index_b[qb + t + size] == tb + size
                ):
                    size += 1
                out.append((dmp.DIFF_EQUAL, a[ta : ta + size]))
                pa, pb = ta + size, tb + size
                t += size
            qa, qb = qa + n, qb + n
    changes_until(len(a), len(b))
    dmp.diff_cleanupMerge(out)
    return out


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


class _OpBuilder:
    """Turns token-index runs into DiffOps cut at span boundaries and merged when adjacent."""

    def __init__(self, left: _Side, right: _Side) -> None:
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

    def _groups(self, side: _Side, first: int, stop: int) -> list[tuple[int, int, int]]:
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
        matched; what is left is a change, or equal when all of it folds to nothing.
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
            if not any(keys_left[i0 : i1 - tail]) and not any(keys_right[j0 : j1 - tail]):
                self.equal_block(i0, i1 - tail, j0, j1 - tail)
            else:
                self.delete(i0, i1 - tail)
                self.insert(j0, j1 - tail)
        for k in range(tail, 0, -1):
            self.match(i1 - k, j1 - k)

    def delete(self, first: int, stop: int) -> None:
        for span, start, end in self._groups(self.left, first, stop):
            self._emit(Op.DELETE, start, end, self.rpos, self.rpos, span, -1)

    def insert(self, first: int, stop: int) -> None:
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


def _coarse(
    left_text: str,
    left_spans: Sequence[Span],
    right_text: str,
    right_spans: Sequence[Span],
    options: CompareOptions,
) -> WordDiff:
    """The visible fallback when a guardrail trips: whole spans deleted and inserted, or equal."""
    lspans = [s for s in left_spans if s[1] > s[0]]
    rspans = [s for s in right_spans if s[1] > s[0]]
    lpos = left_spans[0][0] if left_spans else 0
    rpos = right_spans[0][0] if right_spans else 0
    same = fold("\n".join(left_text[s:e] for s, e in lspans), options) == fold(
        "\n".join(right_text[s:e] for s, e in rspans), options
    )
    ops: list[DiffOp] = []
    if same:
        for k in range(max(len(lspans), len(rspans))):
            ls, le = lspans[k] if k < len(lspans) else (lpos, lpos)
            rs, re = rspans[k] if k < len(rspans) else (rpos, rpos)
            ops.append(DiffOp(Op.EQUAL, right_text[rs:re], ls, le, rs, re))
            lpos, rpos = le, re
    else:
        for ls, le in lspans:
            ops.append(DiffOp(Op.DELETE, left_text[ls:le], ls, le, rpos, rpos))
            lpos = le
        for rs, re in rspans:
            ops.append(DiffOp(Op.INSERT, right_text[rs:re], lpos, lpos, rs, re))
    return WordDiff(tuple(ops), truncated=True)


def similarity(ops: Sequence[DiffOp]) -> float:
    """Share of non-space characters kept equal: 2 * equal / (left + right); 1.0 when empty."""
    equal = left = right = 0
    for op in ops:
        size = len("".join(op.text.split()))
        if op.op is Op.EQUAL:
            equal += size
        elif op.op is Op.DELETE:
            left += size
        else:
            right += size
    total = 2 * equal + left + right
    return 1.0 if total == 0 else 2 * equal / total
