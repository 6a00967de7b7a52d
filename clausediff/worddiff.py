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

No Qt, no I/O, no global state.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from diff_match_patch import diff_match_patch

from clausediff.comparison import DiffOp, Op
from clausediff.normalize import fold, numbering_spans
from clausediff.options import CompareOptions
from clausediff.tokenize import Token, TokenKind, tokenize

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

    def encode(self, keys: Sequence[str], kinds: Sequence[TokenKind]) -> str:
        chars = self.chars
        out = []
        for key, kind in zip(keys, kinds, strict=True):
            char = chars.get(key)
            if char is None:
                pools = (
                    (self._word, self._other)
                    if kind in (TokenKind.WORD, TokenKind.NUMBER) and key
                    else (self._other, self._word)
                )
                char = next(pools[0], None) or next(pools[1], None)
                if char is None:
                    raise _TooManyTokens
                chars[key] = char
            out.append(char)
        return "".join(out)


@dataclass(slots=True)
class _Side:
    """One side of the diff: its tokens, their folded keys and the span each belongs to."""

    text: str
    spans: list[Span]
    tokens: list[Token]
    keys: list[str]
    span_of: list[int]

    @property
    def origin(self) -> int:
        return self.spans[0][0] if self.spans else 0


def _side(text: str, spans: Sequence[Span], options: CompareOptions) -> _Side:
    token_options = replace(options, ignore_numbering=False)
    cache: dict[str, str] = {}
    tokens: list[Token] = []
    keys: list[str] = []
    span_of: list[int] = []
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        span_tokens = tokenize(chunk, start)
        numbered = (
            [(s + start, e + start) for s, e in numbering_spans(chunk)]
            if options.ignore_numbering
            else []
        )
        for token in span_tokens:
            key = cache.get(token.text)
            if key is None:
                key = cache[token.text] = fold(token.text, token_options)
            if numbered and any(s <= token.start and token.end <= e for s, e in numbered):
                key = ""
            keys.append(key)
        tokens.extend(span_tokens)
        span_of.extend([index] * len(span_tokens))
    return _Side(text, list(spans), tokens, keys, span_of)


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
    encoder = _Encoder()
    try:
        a = encoder.encode(left.keys, [t.kind for t in left.tokens])
        b = encoder.encode(right.keys, [t.kind for t in right.tokens])
    except _TooManyTokens:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = options.diff_timeout
    diffs = dmp.diff_main(a, b, False)
    if options.diff_timeout > 0 and time.perf_counter() - started >= options.diff_timeout:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    dmp.diff_cleanupSemantic(diffs)
    ignorable = encoder.chars.get("")
    builder = _OpBuilder(left, right)
    i = j = 0
    pending_delete = pending_insert = ""
    for op, chars in [*diffs, (0, "")]:
        if op == -1:
            pending_delete += chars
            continue
        if op == 1:
            pending_insert += chars
            continue
        # An equality (or the end): flush the changed region before it.
        if pending_delete or pending_insert:
            n, m = len(pending_delete), len(pending_insert)
            if ignorable is not None and not (pending_delete + pending_insert).strip(ignorable):
                builder.equal_block(i, i + n, j, j + m)
            else:
                builder.delete(i, i + n)
                builder.insert(j, j + m)
            i, j = i + n, j + m
            pending_delete = pending_insert = ""
        if chars:
            builder.equal_run(i, j, len(chars))
            i, j = i + len(chars), j + len(chars)
    return WordDiff(builder.finish(), truncated=False)


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
        tokens, span_of = side.tokens, side.span_of
        k = first
        while k < stop:
            span = span_of[k]
            end = k
            while end + 1 < stop and span_of[end + 1] == span:
                end += 1
            groups.append((span, tokens[k].start, tokens[end].end))
            k = end + 1
        return groups

    def delete(self, first: int, stop: int) -> None:
        for span, start, end in self._groups(self.left, first, stop):
            self._emit(Op.DELETE, start, end, self.rpos, self.rpos, span, -1)

    def insert(self, first: int, stop: int) -> None:
        for span, start, end in self._groups(self.right, first, stop):
            self._emit(Op.INSERT, self.lpos, self.lpos, start, end, -1, span)

    def equal_run(self, i: int, j: int, length: int) -> None:
        """Tokens i.. of the left matched one to one with tokens j.. of the right."""
        lt, rt = self.left.tokens, self.right.tokens
        ls, rs = self.left.span_of, self.right.span_of
        start = 0
        for k in range(1, length + 1):
            if k == length or ls[i + k] != ls[i + k - 1] or rs[j + k] != rs[j + k - 1]:
                a, b = i + start, j + start
                self._emit(
                    Op.EQUAL,
                    lt[a].start,
                    lt[i + k - 1].end,
                    rt[b].start,
                    rt[j + k - 1].end,
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
