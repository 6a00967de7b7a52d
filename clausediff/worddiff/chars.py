"""diff-match-patch on strings of token codes, made fast for heavy rewrites and long texts.

Contract: every function takes two strings where each character stands for one token (see
:mod:`clausediff.worddiff.diff`) and returns a diff-match-patch diff list ``[(op, chars), ...]`` of
those strings, merged (``diff_cleanupMerge``), before the caller's token-level semantic clean-up.
Equal always means same token code; these functions only find a good diff fast: tokens absent
from the other side are discarded before bisection (:func:`diff_codes`, as Meld's matcher does
with lines), and long strings are diffed sentence by sentence first (:func:`diff_by_sentences`,
as diff-match-patch's own line mode does with lines). All calls share one absolute
``deadline`` (``time.time()``). No Qt, no I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise

from diff_match_patch import diff_match_patch

from clausediff.worddiff.ops import TokenSide

Diffs = list[tuple[int, str]]


def code_points(ranges: tuple[tuple[int, int], ...]) -> Iterator[str]:
    """The characters of the given code point ranges, in order."""
    for first, last in ranges:
        for code in range(first, last + 1):
            yield chr(code)


# Fewer discardable tokens than this: diff the strings as they are (not worth the bookkeeping).
_DISCARD_MIN = 10


def diff_codes(dmp: diff_match_patch, a: str, b: str, deadline: float) -> Diffs:
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
        return list(dmp.diff_main(a, b, False, deadline))
    reduced = dmp.diff_main(
        "".join(a[k] for k in index_a), "".join(b[k] for k in index_b), False, deadline
    )
    out: Diffs = []
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


# Significant tokens on both sides together above which sentences are diffed first.
LONG = 6_000
# What ends a sentence-like unit: these marks, or a blank line.
_ENDERS = frozenset(".;:!?")


def sentence_breaks(side: TokenSide, sig: list[int]) -> list[int]:
    """Positions in the significant-token string after which a sentence or paragraph ends."""
    text, starts, ends = side.text, side.starts, side.ends
    breaks = set()
    for k in range(len(starts)):
        piece = text[starts[k] : ends[k]]
        if piece in _ENDERS or (piece.isspace() and piece.count("\n") >= 2):
            breaks.add(bisect_right(sig, k))
    return sorted(breaks)


def diff_by_sentences(
    dmp: diff_match_patch,
    a: str,
    b: str,
    breaks_a: list[int],
    breaks_b: list[int],
    deadline: float,
) -> Diffs:
    """Diff long token strings sentence by sentence first, then token by token where changed.

    The token-level analogue of diff-match-patch's own line mode (``diff_lineMode``): each
    distinct sentence becomes one character, those strings are diffed and cleaned up, and only
    the replaced blocks are diffed again token by token. Slightly less minimal than one
    token-level diff, far faster on long texts whose edits are spread out.
    """
    codes: dict[str, str] = {}
    pool = code_points(((0x100, 0xD7FF), (0xE000, 0x10FFFF)))

    def encode(text: str, breaks: list[int]) -> str:
        cuts = [0, *breaks, len(text)]
        out = []
        for start, end in pairwise(cuts):
            if end > start:
                sentence = text[start:end]
                code = codes.get(sentence)
                if code is None:
                    code = codes[sentence] = next(pool)
                out.append(code)
        return "".join(out)

    coarse = dmp.diff_main(encode(a, breaks_a), encode(b, breaks_b), False, deadline)
    dmp.diff_cleanupSemantic(coarse)
    sentences = {code: sentence for sentence, code in codes.items()}
    out: Diffs = []
    deleted: list[str] = []
    inserted: list[str] = []
    for op, chars in [*coarse, (dmp.DIFF_EQUAL, "")]:
        text = "".join(map(sentences.__getitem__, chars))
        if op == dmp.DIFF_DELETE:
            deleted.append(text)
        elif op == dmp.DIFF_INSERT:
            inserted.append(text)
        else:
            if deleted and inserted:
                out.extend(diff_codes(dmp, "".join(deleted), "".join(inserted), deadline))
            elif deleted or inserted:
                out.append(
                    (dmp.DIFF_DELETE if deleted else dmp.DIFF_INSERT, "".join(deleted or inserted))
                )
            deleted, inserted = [], []
            if text:
                out.append((dmp.DIFF_EQUAL, text))
    dmp.diff_cleanupMerge(out)
    return out
