"""Term changes between the two sides of a pair, aligned through the word diff.

Contract: :func:`term_changes` takes the terms of the left and right side (document offsets) and
the pair's :class:`~clausediff.comparison.DiffOp` list, and returns the changed, added and removed
terms (unchanged ones are not reported), in reading order. A left term is mapped to the right
document through the diff: equal runs map offsets one to one, a changed block (consecutive
delete/insert runs) maps to the whole replacement. Terms of the same kind whose mapped spans meet
are matched one to one, preferring identical values, then the largest overlap, then the same rank
among the terms of that kind; a term that moved with its sentence, same value and wording, is not
a change. Without a diff (a coarse pair), terms are matched by kind, value and order. An
obligation that disappears where a permission appears ("doit" -> "peut", "shall" -> "may") is
reported as changed and weakened rather than removed (and the reverse as strengthened); one
restated in the other voice ("garantit" -> "Il est garanti au Réutilisateur"), or the same
trigger with another party before it ("Le Client doit" -> "Le Prestataire doit"), is reported as
changed, its subject changed (:mod:`.voice`). Markdown emphasis in a term's text (``*doit*``)
is no change. No I/O, no Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from clausediff.comparison import (
    DiffOp,
    Direction,
    Op,
    Term,
    TermChange,
    TermChangeKind,
    TermKind,
)
from clausediff.terms.markup import plain
from clausediff.terms.obligations import PERMISSIONS
from clausediff.terms.rules import Scan
from clausediff.terms.values import duration_seconds, fold
from clausediff.terms.voice import Voices


@dataclass(frozen=True, slots=True)
class _Segment:
    """A stretch of the diff: an equal run (offsets map one to one) or a changed block."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int
    equal: bool


class _Mapper:
    """Maps offsets of one side to the other through the diff's runs."""

    def __init__(self, diff: Sequence[DiffOp]) -> None:
        segments: list[_Segment] = []
        block: list[DiffOp] = []

        def flush() -> None:
            if block:
                segments.append(
                    _Segment(
                        min(op.left_start for op in block),
                        max(op.left_end for op in block),
                        min(op.right_start for op in block),
                        max(op.right_end for op in block),
                        equal=False,
                    )
                )
                block.clear()

        for op in diff:
            if op.op is Op.EQUAL:
                flush()
                segments.append(
                    _Segment(op.left_start, op.left_end, op.right_start, op.right_end, equal=True)
                )
            else:
                block.append(op)
        flush()
        self.segments = sorted(segments, key=lambda s: (s.left_start, s.left_end))
        self._starts = [s.left_start for s in self.segments]

    def _segment(self, position: int) -> _Segment | None:
        """The segment whose left span holds the character at ``position`` (or the nearest)."""
        if not self.segments:
            return None
        index = bisect.bisect_right(self._starts, position) - 1
        index = max(0, index)
        # Prefer a non-empty segment containing the position; skip empty (pure insert) ones.
        for candidate in self.segments[index : index + 2]:
            if candidate.left_start <= position < candidate.left_end:
                return candidate
        return self.segments[index]

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """The right-side interval a left span ``[start, end)`` corresponds to."""
        first = self._segment(start)
        last = self._segment(max(start, end - 1))
        if first is None or last is None:
            return start, end
        if first.equal:
            offset = min(max(start - first.left_start, 0), first.right_end - first.right_start)
            mapped_start = first.right_start + offset
        else:
            mapped_start = first.right_start
        if last.equal:
            offset = min(max(end - last.left_start, 0), last.right_end - last.right_start)
            mapped_end = last.right_start + offset
        else:
            mapped_end = last.right_end
        return mapped_start, max(mapped_start, mapped_end)


def _key(term: Term) -> str:
    """Text compared for "did it change": folded case, accents kept apart, spaces collapsed."""
    return re.sub(r"\s+", " ", fold(plain(term.text))).strip()


def _same(left: Term, right: Term) -> bool:
    return dict(left.value) == dict(right.value) and _key(left) == _key(right)


def _overlap(span: tuple[int, int], term: Term) -> int:
    """Characters shared by a mapped span and a term; -1 when they do not even touch."""
    start, end = span
    shared = min(end, term.end) - max(start, term.start)
    if shared > 0:
        return shared
    if start == end and term.start <= start <= term.end:
        return 0
    return -1


def _signature(term: Term) -> tuple[str, str, str]:
    """Kind, wording and value: equal signatures mean "the same term"."""
    return (term.kind.value, _key(term), repr(sorted(dict(term.value).items())))


def _match(
    left: Sequence[Term], right: Sequence[Term], mapper: _Mapper | None
) -> list[tuple[int, int]]:
    """One-to-one (left index, right index) matches of same-kind terms (both sides sorted)."""
    left_signatures = [_signature(t) for t in left]
    right_signatures = [_signature(t) for t in right]
    if mapper is None or _crowded(mapper, right):
        matches = _match_by_order(left, right, left_signatures, right_signatures)
    else:
        matches = _match_through_diff(left, right, mapper)
    # A term that moved with its sentence (same kind, value and wording) is not a change.
    used_left = {li for li, _ in matches}
    used_right = {ri for _, ri in matches}
    waiting: dict[tuple[str, str, str], list[int]] = {}
    for ri, signature in enumerate(right_signatures):
        if ri not in used_right:
            waiting.setdefault(signature, []).append(ri)
    for li, signature in enumerate(left_signatures):
        candidates = waiting.get(signature) if li not in used_left else None
        if candidates:
            matches.append((li, candidates.pop(0)))
    return matches


_CROWD = 40  # a changed block replacing more terms than this is a coarse diff, not an edit


def _crowded(mapper: _Mapper, right: Sequence[Term]) -> bool:
    """True when one changed block holds many right terms (a whole body replaced by a coarse
    diff): matching by position would then compare every term with every other one."""
    starts = [t.start for t in right]
    for segment in mapper.segments:
        if not segment.equal:
            inside = bisect.bisect_left(starts, segment.right_end) - bisect.bisect_left(
                starts, segment.right_start
            )
            if inside > _CROWD:
                return True
    return False


def _match_through_diff(
    left: Sequence[Term], right: Sequence[Term], mapper: _Mapper
) -> list[tuple[int, int]]:
    """Greedy matching of terms whose mapped spans meet: identical first, then same value, then
    the largest overlap, then the closest rank. Only nearby right terms are examined."""
    starts = [t.start for t in right]
    longest = max((t.end - t.start for t in right), default=0)
    options: list[tuple[tuple[int, int, int], int, int]] = []
    for li, lt in enumerate(left):
        span = mapper.map_span(lt.start, lt.end)
        low = bisect.bisect_left(starts, span[0] - longest)
        high = bisect.bisect_right(starts, span[1])
        for ri in range(low, high):
            rt = right[ri]
            shared = _overlap(span, rt) if rt.kind is lt.kind else -1
            if shared < 0:
                continue
            identity = 0 if _same(lt, rt) else 1 if dict(lt.value) == dict(rt.value) else 2
            options.append(((identity, -shared, abs(li - ri)), li, ri))
    used_left: set[int] = set()
    used_right: set[int] = set()
    matches = []
    for _, li, ri in sorted(options):
        if li not in used_left and ri not in used_right:
            used_left.add(li)
            used_right.add(ri)
            matches.append((li, ri))
    return matches


def _match_by_order(
    left: Sequence[Term],
    right: Sequence[Term],
    left_signatures: list[tuple[str, str, str]],
    right_signatures: list[tuple[str, str, str]],
) -> list[tuple[int, int]]:
    """Without a diff: align the two term sequences, then pair same-kind terms in order inside
    each replaced stretch ("30 jours" then "45 jours" in the same place)."""
    # autojunk: very frequent terms ("doit" x 1500) do not anchor the alignment, which keeps it
    # near linear; identical leftovers are paired afterwards by signature.
    matcher = SequenceMatcher(None, left_signatures, right_signatures)
    matches: list[tuple[int, int]] = []
    for tag, l1, l2, r1, r2 in matcher.get_opcodes():
        if tag == "equal":
            matches.extend(zip(range(l1, l2), range(r1, r2), strict=True))
        elif tag == "replace":
            for kind in TermKind:
                lefts = [i for i in range(l1, l2) if left[i].kind is kind]
                rights = [i for i in range(r1, r2) if right[i].kind is kind]
                matches.extend(zip(lefts, rights, strict=False))
    return matches


_LOCAL = 60  # a substitution this short on both sides is a local rewording ("doit" -> "peut")


def _blocks(diff: Sequence[DiffOp]) -> list[list[DiffOp]]:
    """Maximal runs of consecutive non-equal ops."""
    blocks: list[list[DiffOp]] = [[]]
    for op in diff:
        if op.op is Op.EQUAL:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(op)
    return [b for b in blocks if b]


def _permission(diff: Sequence[DiffOp], term: Term, on_left: bool, used: set[int]) -> Term | None:
    """Permission wording ("peut", "may") that replaced (or was replaced by) an obligation.

    Only a local substitution counts: the obligation lies in a changed block that is short on
    both sides, and the permission is in the other side of that same block. ``on_left`` tells
    which side ``term`` is on; each permission serves one obligation (``used`` holds their
    starts).
    """
    for block in _blocks(diff):
        left_start = min(op.left_start for op in block)
        left_end = max(op.left_end for op in block)
        right_start = min(op.right_start for op in block)
        right_end = max(op.right_end for op in block)
        if max(left_end - left_start, right_end - right_start) > _LOCAL:
            continue
        start, end = (left_start, left_end) if on_left else (right_start, right_end)
        if not (start <= term.start and term.end <= end + 1 and term.start < end):
            continue
        other = Op.INSERT if on_left else Op.DELETE
        for op in block:
            if op.op is not other:
                continue
            base = op.right_start if on_left else op.left_start
            for found in PERMISSIONS.scan(Scan(op.text)):
                if base + found.start in used:
                    continue
                used.add(base + found.start)
                return Term(
                    TermKind.OBLIGATION,
                    base + found.start,
                    base + found.end,
                    op.text[found.start : found.end],
                    dict(found.value),
                )
    return None


_STRENGTH = {"permission": 0, "duty": 1, "prohibition": 1}


def direction(left: Term, right: Term) -> Direction | None:
    """Which way a term moved; None when only the wording changed, OTHER when incomparable."""
    lv, rv = dict(left.value), dict(right.value)
    if lv == rv:
        return None
    if left.kind is TermKind.OBLIGATION:
        lp, rp = str(lv.get("polarity")), str(rv.get("polarity"))
        if lp in _STRENGTH and rp in _STRENGTH and _STRENGTH[lp] != _STRENGTH[rp]:
            return Direction.WEAKENED if _STRENGTH[rp] < _STRENGTH[lp] else Direction.STRENGTHENED
        return Direction.OTHER
    if left.kind is TermKind.DEADLINE:
        before, after = duration_seconds(lv), duration_seconds(rv)
        if before is None or after is None or before == after:
            return Direction.OTHER
        return Direction.LONGER if after > before else Direction.SHORTER
    return _amount_direction(lv, rv)


def _amount_direction(lv: dict[str, object], rv: dict[str, object]) -> Direction:
    """Higher/lower when both amounts are on the same scale (currency, tax, unit, period)."""
    scale = ("currency", "tax", "unit", "per", "of")
    if any(lv.get(k) != rv.get(k) for k in scale):
        return Direction.OTHER
    for key in ("quantity", "multiplier"):
        before, after = lv.get(key), rv.get(key)
        if isinstance(before, int | float) and isinstance(after, int | float) and before != after:
            return Direction.HIGHER if after > before else Direction.LOWER
    return Direction.OTHER


def _lone_change(
    term: Term, diff: Sequence[DiffOp], on_left: bool, used: set[int], voices: Voices
) -> TermChange:
    """An unmatched term: removed (left) or added (right), unless it is an obligation that a
    permission replaced locally, which is a change (see :func:`_permission`)."""
    permission = None
    if term.kind is TermKind.OBLIGATION and diff:
        permission = _permission(diff, term, on_left=on_left, used=used)
        if permission is None:
            permission = voices.restated(term, on_left=on_left)
    if permission is None:
        if on_left:
            return TermChange(term.kind, TermChangeKind.REMOVED, term, None)
        return TermChange(term.kind, TermChangeKind.ADDED, None, term)
    left, right = (term, permission) if on_left else (permission, term)
    return TermChange(term.kind, TermChangeKind.CHANGED, left, right, direction(left, right))


def _subject_change(left: Term, right: Term) -> TermChange:
    """The same duty, its subject changed (one side in the passive voice, or another party)."""
    return TermChange(TermKind.OBLIGATION, TermChangeKind.CHANGED, left, right, Direction.OTHER)


def term_changes(
    left_terms: Sequence[Term],
    right_terms: Sequence[Term],
    diff: Sequence[DiffOp],
    texts: tuple[str, str] | None = None,
) -> tuple[TermChange, ...]:
    """Changed, added and removed terms between the sides of a pair (unchanged ones omitted).

    ``texts`` are the left and right document texts the offsets point into, when the caller
    has them: the words around a term (its verb, its subject) are then read exactly.
    """
    left = sorted(left_terms, key=lambda t: (t.start, t.end))
    right = sorted(right_terms, key=lambda t: (t.start, t.end))
    mapper = _Mapper(diff) if diff else None
    voices = Voices(diff, texts)
    changes: list[tuple[int, TermChange]] = []
    matched_left: set[int] = set()
    matched_right: set[int] = set()
    for li, ri in _match(left, right, mapper):
        matched_left.add(li)
        matched_right.add(ri)
        lt, rt = left[li], right[ri]
        passive = voices.turned_passive(lt, rt) if lt.kind is TermKind.OBLIGATION else None
        borne = voices.subject_changed(lt, rt) if passive is None and _same(lt, rt) else None
        if passive is not None:
            changes.append((rt.start, _subject_change(lt, passive)))
        elif borne is not None:
            changes.append((rt.start, _subject_change(lt, borne)))
        elif not _same(lt, rt):
            change = TermChange(lt.kind, TermChangeKind.CHANGED, lt, rt, direction(lt, rt))
            changes.append((rt.start, change))
    used_left: set[int] = set()
    used_right: set[int] = set()
    for li, lt in enumerate(left):
        if li not in matched_left:
            span = mapper.map_span(lt.start, lt.end) if mapper else (0, 0)
            changes.append((span[0], _lone_change(lt, diff, True, used_right, voices)))
    for ri, rt in enumerate(right):
        if ri not in matched_right:
            changes.append((rt.start, _lone_change(rt, diff, False, used_left, voices)))
    changes.sort(key=lambda item: item[0])
    return tuple(change for _, change in changes)
