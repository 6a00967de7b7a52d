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
  region deletions come before insertions. An ``equal`` op may cover texts of different lengths
  (they are equal once folded: "art. 3" and "art.3" under ``ignore_whitespace``; or they differ
  only by a space French typography puts next to a mark: "Prix : 100" and "Prix: 100"), and
  one of its two ranges may then be empty.

Method: tokens (:mod:`clausediff.text.tokenize`) are compared by their folded form
(:func:`clausediff.text.normalize.fold`). Each distinct folded token becomes one character
(words and numbers get letters, punctuation gets private-use symbols). Spaces and tokens that
fold to nothing (spaces under ``ignore_whitespace``, punctuation under ``ignore_punctuation``,
clause numbers under ``ignore_numbering``, zero-width characters) are left out of those
strings, and so are tokens absent from the other side (they can never be equal).
``diff_main`` finds a shortest edit script on the strings (punctuation is a token of its own,
so "jours," -> "jours ;" changes the mark only), and :mod:`clausediff.worddiff.cleanup` keeps
every unchanged word equal unless dissolving it is clearly more readable (a "de" or "," inside
a long rewrite). The result is mapped back to tokens, and what lies between two matched tokens
is compared on its own: equal ends are trimmed, typographic spaces at its edges stay equal, the
rest is a change, or equal when all of it folds to nothing. So "4 heures" -> "5 jours ouvrés"
reads as one deletion and one insertion, and "Licensee may terminate" -> "Licensor may suspend"
leaves "may" unmarked. Long texts are first cut at the tokens found once on each side, then
diffed token by token between them (:mod:`clausediff.worddiff.chars`).

Guardrails: a side longer than ``options.max_diff_chars`` (sum of its spans) or a diff that
reaches ``options.diff_timeout`` seconds (0 or less: no limit) gives a coarse result (each span
deleted and inserted whole, or equal when the folded texts are equal) with ``truncated=True``.

No Qt, no I/O; the only state kept between calls is a bounded memo of folded tokens.
"""

from __future__ import annotations

import sys
import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, repeat
from operator import add

from diff_match_patch import diff_match_patch

from clausediff.comparison import DiffOp, Op
from clausediff.options import CompareOptions
from clausediff.text.normalize import fold, numbering_spans
from clausediff.text.tokenize import is_markup, scan
from clausediff.worddiff.chars import LONG, code_points, diff_by_anchors, diff_codes
from clausediff.worddiff.cleanup import cleanup, is_minor
from clausediff.worddiff.ops import OpBuilder, TokenSide

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The ops of a word diff, how much of the text survived, and whether a guardrail tripped.

    ``similarity`` is the share of the text the ops keep equal (:func:`similarity` of ``ops``):
    the figure a reader is shown, counted on the very marks the screen, the report and the JSON
    show, so "96 % similar" and the struck and underlined words tell the same story.

    ``link_similarity`` is the alignment's own reading of the same diff, kept apart on purpose:
    it is measured after diff-match-patch's semantic clean-up, which absorbs the short
    equalities left between the edits of a rewrite ("in", "manner that", "the", "of" shared by
    two different sentences). A rewritten clause must not look kept to the test that unlinks a
    "moved" pair sharing almost nothing (:data:`clausediff.compare.pairs.LOW_SIMILARITY`,
    whose 15 % was measured on this reading: counting the marks instead lowered the held-out
    alignment scores). It is never shown. ``truncated`` is True when a guardrail gave a coarse
    result.
    """

    ops: tuple[DiffOp, ...]
    truncated: bool = False
    similarity: float = 1.0
    link_similarity: float = 1.0


# Code points for token keys. Words and numbers get alphanumeric characters (CJK ideographs,
# Hangul), the rest gets private-use characters, so that diff_cleanupSemanticLossless, which
# scores boundaries with str.isalnum(), prefers edits that start and end at word boundaries.
_WORD_CODES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF))
_OTHER_CODES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


class _TooManyTokens(Exception):
    """More distinct tokens than code points to stand for them: fall back to a coarse diff."""


class _Encoder:
    """Gives each distinct folded token one character, the same on both sides."""

    def __init__(self) -> None:
        self.chars: dict[str, str] = {}
        self._word = code_points(_WORD_CODES)
        self._other = code_points(_OTHER_CODES)

    def encode(self, keys: Sequence[str]) -> str:
        chars = self.chars
        for key in set(keys).difference(chars):
            pools = (self._word, self._other) if key[0].isalnum() else (self._other, self._word)
            char = next(pools[0], None) or next(pools[1], None)
            if char is None:
                raise _TooManyTokens
            chars[key] = char
        return "".join(map(chars.__getitem__, keys))


def _side(text: str, spans: Sequence[Span], options: CompareOptions) -> TokenSide:
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
    return TokenSide(text, list(spans), starts, ends, keys, span_of)


# Folded form of each token already seen, per options (legal text repeats its words a lot).
_MEMO: dict[CompareOptions, dict[str, str]] = {}
_MEMO_LIMIT = 1 << 17


def _token_keys(texts: list[str], options: CompareOptions) -> list[str]:
    """The folded form of every token text, memoised (the memo is bounded, never stale)."""
    memo = _MEMO.get(options)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = _MEMO[options] = {}
    for piece in set(texts).difference(memo):
        # Markdown markup in a plain text reads like punctuation (see text.tokenize.is_markup).
        ignored = options.ignore_punctuation and is_markup(piece)
        memo[piece] = "" if ignored else fold(piece, options)
    return list(map(memo.__getitem__, texts))


def _significant(side: TokenSide) -> list[int]:
    """Indices of the tokens diff-match-patch sees: not spaces, not folded to nothing, not
    Markdown markup (``**doit**`` aligns on "doit"; the marks are compared between the words,
    so a change of markup alone is shown and never cuts a word out of an equal run)."""
    return [
        k
        for k, key in enumerate(side.keys)
        if key and not key.isspace() and not (key[0] in _MARKUP_FIRST and is_markup(key))
    ]


_MARKUP_FIRST = frozenset("*_#[]")


def diff_spans(
    left_text: str,
    left_spans: Sequence[Span],
    right_text: str,
    right_spans: Sequence[Span],
    options: CompareOptions,
) -> WordDiff:
    """Word diff of the given spans of two texts (see the module docstring for the contract).

    Spans are ``(start, end)`` offsets into their text, in reading order, not overlapping; they
    are compared as one text made of their concatenation. Empty spans are allowed.
    """
    left_size = sum(end - start for start, end in left_spans)
    right_size = sum(end - start for start, end in right_spans)
    if max(left_size, right_size) > options.max_diff_chars:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    if len(left_spans) == len(right_spans) and all(
        left_text[ls:le] == right_text[rs:re]
        for (ls, le), (rs, re) in zip(left_spans, right_spans, strict=True)
    ):
        # Identical bodies (most pairs of a revised contract): nothing to diff.
        return WordDiff(
            tuple(
                DiffOp(Op.EQUAL, right_text[rs:re], ls, le, rs, re)
                for (ls, le), (rs, re) in zip(left_spans, right_spans, strict=True)
                if le > ls
            )
        )
    started = time.perf_counter()
    left = _side(left_text, left_spans, options)
    right = _side(right_text, right_spans, options)
    # Spaces, and tokens that fold to nothing under the options, are left out of the diff:
    # OpBuilder.gap() compares what lies between two matched tokens on its own. This halves the
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
    # One deadline for every diff_main call of this pair (diff-match-patch's own clock).
    deadline = (
        time.time() + options.diff_timeout if options.diff_timeout > 0 else sys.float_info.max
    )
    if len(a) + len(b) > LONG:
        diffs = diff_by_anchors(dmp, a, b, deadline)
    else:
        diffs = diff_codes(dmp, a, b, deadline)
    if options.diff_timeout > 0 and time.perf_counter() - started >= options.diff_timeout:
        return _coarse(left_text, left_spans, right_text, right_spans, options)
    coarse = list(diffs)
    dmp.diff_cleanupSemantic(coarse)
    minor = frozenset(char for key, char in encoder.chars.items() if is_minor(key))
    diffs = cleanup(dmp, diffs, minor)
    ops = _ops(diffs, left, right, left_sig, right_sig)
    shown = similarity(ops)
    linked = (
        shown if coarse == diffs else similarity(_ops(coarse, left, right, left_sig, right_sig))
    )
    return WordDiff(ops, truncated=False, similarity=shown, link_similarity=linked)


def _ops(
    diffs: Sequence[tuple[int, str]],
    left: TokenSide,
    right: TokenSide,
    left_sig: Sequence[int],
    right_sig: Sequence[int],
) -> tuple[DiffOp, ...]:
    """Map diff-match-patch's result on the significant tokens back to ops on every token.

    Matched runs become equal ops; what lies between two matched tokens (spaces, ignored
    tokens, changed words) is left to :meth:`OpBuilder.gap`.
    """
    builder = OpBuilder(left, right)
    p = q = 0  # position in left_sig / right_sig
    i = j = 0  # first full token of each side not yet turned into ops
    for op, chars in diffs:
        if op == diff_match_patch.DIFF_DELETE:
            p += len(chars)
        elif op == diff_match_patch.DIFF_INSERT:
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
    return builder.finish()


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
    share = similarity(ops)
    return WordDiff(tuple(ops), truncated=True, similarity=share, link_similarity=share)


def similarity(ops: Sequence[DiffOp]) -> float:
    """Share of the text kept equal: 2 * equal / (left + right) characters; 1.0 when empty.

    Spaces and Markdown markup (``**``, ``##``, a link's target: see
    :func:`clausediff.text.tokenize.is_markup`) do not count: they are no words of the clause.
    """
    equal = left = right = 0
    for op in ops:
        size = _weight(op.text)
        if op.op is Op.EQUAL:
            equal += size
        elif op.op is Op.DELETE:
            left += size
        else:
            right += size
    total = 2 * equal + left + right
    return 1.0 if total == 0 else 2 * equal / total


def _weight(text: str) -> int:
    """Characters of ``text`` that count for similarity: not spaces, not markup."""
    size = len("".join(text.split()))
    if size and ("*" in text or "#" in text or "](" in text or "_" in text or "[" in text):
        size -= sum(len(piece) for piece in scan(text) if is_markup(piece))
    return size
