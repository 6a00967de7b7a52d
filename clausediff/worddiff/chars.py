"""diff-match-patch on strings of token codes, made fast for heavy rewrites and long texts.

Contract: every function takes two strings where each character stands for one token (see
:mod:`clausediff.worddiff.diff`) and returns a diff-match-patch diff list ``[(op, chars), ...]`` of
those strings, merged (``diff_cleanupMerge``), before the caller's token-level semantic clean-up.
Equal always means same token code; these functions only find a good diff fast: tokens absent
from the other side are discarded before bisection (:func:`diff_codes`, as Meld's matcher does
with lines), long strings are cut at their unique common tokens first (:func:`diff_by_anchors`,
as patience diff does with lines), and the bisection itself runs in C++ (:func:`diff_main`).
All calls share one absolute ``deadline`` (``time.time()``). No Qt, no I/O.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

import fast_diff_match_patch
from diff_match_patch import diff_match_patch

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
        return diff_main(dmp, a, b, deadline)
    reduced = diff_main(
        dmp, "".join(a[k] for k in index_a), "".join(b[k] for k in index_b), deadline
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


#: The time limit given to the C++ diff once the deadline has passed (0 would mean no limit).
_NO_TIME_LEFT = 1e-6


def diff_main(dmp: diff_match_patch, a: str, b: str, deadline: float) -> Diffs:
    """``dmp.diff_main(a, b, False, deadline)``, computed by fast_diff_match_patch.

    That is the C++ port of the same library: the same bisection, half-match and merge, so the
    same diff (checked on every pair of the corpora, the held-out pairs and the samples), about
    five times faster on the rewritten clauses of the Code civil pair. It takes a time limit
    rather than a deadline (none when ``dmp.Diff_Timeout`` is 0, which also turns the
    half-match off in both) and gives the length of each run, cut here from the strings.
    """
    limit = 0.0 if dmp.Diff_Timeout <= 0 else max(deadline - time.time(), _NO_TIME_LEFT)
    runs = fast_diff_match_patch.diff(
        a, b, timelimit=limit, checklines=False, cleanup="No", counts_only=True
    )
    diffs: Diffs = []
    pa = pb = 0  # positions in a and b
    for op, length in runs:
        if op == "=":
            diffs.append((dmp.DIFF_EQUAL, a[pa : pa + length]))
            pa, pb = pa + length, pb + length
        elif op == "-":
            diffs.append((dmp.DIFF_DELETE, a[pa : pa + length]))
            pa += length
        else:
            diffs.append((dmp.DIFF_INSERT, b[pb : pb + length]))
            pb += length
    return diffs


# Significant tokens on both sides together above which the strings are cut at anchors first
# (below it, one bisection is fast enough and finds fewer marks: anchoring every clause pair
# marked 2.0 % more tokens than the fewest possible on bench/score_worddiff.py, against 0.2 %).
LONG = 6_000


def diff_by_anchors(dmp: diff_match_patch, a: str, b: str, deadline: float) -> Diffs:
    """Diff long token strings between anchors: tokens found exactly once on each side.

    Patience diff's idea (Bram Cohen's, in git and Bazaar): a word that occurs once in each
    text, in the same order as the other such words (the longest increasing run of their
    positions), is the same word in both; the texts are cut at those anchors and only the
    windows between two anchors are diffed (:func:`diff_codes`). A contract is full of such
    words (names, numbers, rare terms), so the windows are a few tokens long and the cost is
    near linear, where one bisection of the whole strings is O(N*D): the 100,000-character
    pair of ``bench/speed_worddiff.py`` takes 0.03 s instead of 0.15 s (sentence by sentence)
    or 0.30 s (whole), with the same tokens marked.
    """
    count_a, count_b = Counter(a), Counter(b)
    place_b = {char: j for j, char in enumerate(b) if count_b[char] == 1}
    pairs = [
        (i, place_b[char]) for i, char in enumerate(a) if count_a[char] == 1 and char in place_b
    ]
    out: Diffs = []
    done_a = done_b = 0
    for i, j in _increasing(pairs):
        if i > done_a or j > done_b:
            out.extend(diff_codes(dmp, a[done_a:i], b[done_b:j], deadline))
        out.append((dmp.DIFF_EQUAL, a[i]))
        done_a, done_b = i + 1, j + 1
    out.extend(diff_codes(dmp, a[done_a:], b[done_b:], deadline))
    dmp.diff_cleanupMerge(out)
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by their first item) increasing in the second."""
    tails: list[int] = []  # smallest last second item of a run of each length
    ends: list[int] = []  # index in pairs of that last item
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[length] = j
            ends[length] = k
        before[k] = ends[length - 1] if length else -1
    run: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(pairs[k])
        k = before[k]
    return run[::-1]
