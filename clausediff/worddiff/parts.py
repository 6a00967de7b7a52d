"""Word diff of a split or merged pair, part by part: each part against the region it went to.

Contract: :func:`diff_parts` takes the two document texts and the clause-body spans of a pair
with several clauses on at least one side (the *parts*: the side with more spans, the left one
when both have as many). It returns a :class:`PartsDiff`: one :class:`PartDiff` per part, in
order, each the :func:`~clausediff.worddiff.diff.diff_spans` of that part against its
*region*, the spans of the other side it went to; and their ops joined, part after part, as one
:class:`~clausediff.worddiff.diff.WordDiff`. Those ops tile both sides' spans exactly (every
character of each side in one op); on the parts' side they read in order, on the other side they
read region after region, so not in order when the parts were reordered. Similarity is counted
on those ops (what the marks show).

Why: diffed against the whole other side in reading order, a part that went elsewhere in it
(five definitions merged into one article in another order, a clause split into sub-clauses
that were reordered) can only be matched where the order allows, and shows struck through and
underlined although its words are all there. Diffed against its own region, a definition that
barely changed shows its few changed words.

Method: the other side is cut into units at line breaks and sentence ends (``.``, ``;``, ``!``,
``?`` before a space), and each unit goes to the part whose words it shares most, a word
weighing less the more parts hold it ("le", "licence" held by every part tell nothing). A unit
sharing little with every part (a new sentence, an introduction) goes with the unit before it
(the first ones with the unit after). The region of a part is its units, joined where they
touch. A part that got no unit was rewritten or dropped: it reads as deleted. When the units
cannot follow the parts (a sentence made of two parts' words), diffing part by part marks more
than diffing everything in reading order; the in-order diff is then kept (``by_part`` False).

No Qt, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from clausediff.clause import Clause
from clausediff.comparison import Comparison, DiffOp, Op, Pair, Side
from clausediff.options import CompareOptions
from clausediff.worddiff.diff import Span, WordDiff, diff_spans, similarity

#: Share of a unit's word weight that its best part must hold for the unit to go to it on its
#: own words (below it, the unit goes with its neighbour).
UNIT_SHARE = 0.3
#: A unit stays with the part of the unit before it when that part holds this share of what its
#: best part holds (parts keep their text together).
STICKY = 0.75
#: The part-by-part diff is kept unless it marks this share more than the in-order diff.
MARKED_SLACK = 0.02

_UNIT_END = re.compile(r"\n+\s*|[.;!?](?=\s)\s*")
_WORD = re.compile(r"\w\w+")


@dataclass(frozen=True, slots=True)
class PartDiff:
    """One part of the pair (``index`` among the spans of ``side``) and what it became.

    ``region`` are the spans of the other side it was diffed against (empty: it went nowhere),
    ``diff`` that diff (its ``similarity`` is the part's share kept).
    """

    side: Side
    index: int
    region: tuple[Span, ...]
    diff: WordDiff


@dataclass(frozen=True, slots=True)
class PartsDiff:
    """The whole pair's diff and its parts; ``by_part`` False when the in-order diff was kept."""

    word_diff: WordDiff
    parts: tuple[PartDiff, ...]
    by_part: bool


def diff_parts(
    left_text: str,
    left_spans: Sequence[Span],
    right_text: str,
    right_spans: Sequence[Span],
    options: CompareOptions,
    left_names: Sequence[str] = (),
    right_names: Sequence[str] = (),
) -> PartsDiff:
    """Diff each part against its region (see the module docstring for the contract).

    ``left_names``/``right_names`` are optional words naming each span (a clause's heading:
    "Information" for a definition whose body does not repeat it); they help find where a part
    went and are never diffed.
    """
    in_order = diff_spans(left_text, left_spans, right_text, right_spans, options)
    side = Side.LEFT if len(left_spans) >= len(right_spans) else Side.RIGHT
    parts_text, part_spans = (
        (left_text, left_spans) if side is Side.LEFT else (right_text, right_spans)
    )
    other_text, other_spans = (
        (right_text, right_spans) if side is Side.LEFT else (left_text, left_spans)
    )
    if len(part_spans) < 2 or in_order.truncated:
        return PartsDiff(in_order, (), False)
    names = left_names if side is Side.LEFT else right_names
    regions = _regions(parts_text, part_spans, other_text, other_spans, names)
    if regions is None:  # no unit of the other side shares enough with any part
        return PartsDiff(in_order, (), False)
    parts: list[PartDiff] = []
    ops: list[DiffOp] = []
    position = other_spans[0][0] if other_spans else 0
    for index, (part, region) in enumerate(zip(part_spans, regions, strict=True)):
        words, blanks = _trim(other_text, region)
        against = words or [(position, position)]
        if side is Side.LEFT:
            result = diff_spans(left_text, [part], right_text, against, options)
        else:
            result = diff_spans(left_text, against, right_text, [part], options)
        if result.truncated:
            return PartsDiff(in_order, (), False)
        if region:
            position = region[-1][1]
        parts.append(PartDiff(side, index, region, result))
        ops.extend(result.ops)
        # The blanks between two regions are no change of this part: equal, with nothing
        # in front of them on the parts' side (as a typographic space is).
        end = part[1]
        for lo, hi in blanks:
            if side is Side.LEFT:
                ops.append(DiffOp(Op.EQUAL, right_text[lo:hi], end, end, lo, hi))
            else:
                ops.append(DiffOp(Op.EQUAL, "", lo, hi, end, end))
    if _marked(ops) > _marked(in_order.ops) * (1 + MARKED_SLACK):
        return PartsDiff(in_order, tuple(parts), False)
    whole = WordDiff(
        tuple(ops),
        truncated=False,
        similarity=similarity(ops),
        link_similarity=in_order.link_similarity,
    )
    return PartsDiff(whole, tuple(parts), True)


def _regions(
    parts_text: str,
    part_spans: Sequence[Span],
    other_text: str,
    other_spans: Sequence[Span],
    names: Sequence[str],
) -> list[tuple[Span, ...]] | None:
    """The spans of the other side each part went to (see the module docstring); None when no
    unit of the other side shares enough words with any part."""
    bags = [Counter(_words(parts_text[start:end])) for start, end in part_spans]
    titles = [frozenset(_words(name)) for name in names] + [frozenset()] * len(part_spans)
    holders = Counter(word for bag in bags for word in bag)
    units = [unit for start, end in other_spans for unit in _units(other_text, start, end)]
    introduces = [other_text[start:end].rstrip().endswith(":") for start, end in units]
    owners: list[int | None] = []
    for (start, end), introduction in zip(units, introduces, strict=True):
        words = Counter(_words(other_text[start:end]))
        mass = sum(count / holders.get(word, 1) for word, count in words.items())
        if not mass:
            owners.append(None)
            continue
        shares = [
            (
                sum(
                    min(count, bag[word]) / holders[word]
                    for word, count in words.items()
                    if word in bag
                )
                + len(title.intersection(words))
            )
            / mass
            for bag, title in zip(bags, titles, strict=False)
        ]
        best = max(range(len(shares)), key=shares.__getitem__)
        previous = owners[-1] if owners else None
        if previous is not None and shares[previous] >= STICKY * shares[best]:
            best = previous
        # An introduction ("… comme :") goes with what it introduces unless it plainly belongs.
        floor = 2 * UNIT_SHARE if introduction else UNIT_SHARE
        owners.append(best if shares[best] >= floor else None)
    _fill(owners, introduces)
    if None in owners:
        return None
    regions: list[list[Span]] = [[] for _ in part_spans]
    for (start, end), owner in zip(units, owners, strict=True):
        assert owner is not None
        spans = regions[owner]
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [tuple(spans) for spans in regions]


def _trim(text: str, region: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """The region's spans without the blanks at their ends, and those blanks."""
    words: list[Span] = []
    blanks: list[Span] = []
    for start, end in region:
        chunk = text[start:end]
        lo = start + len(chunk) - len(chunk.lstrip())
        hi = max(lo, start + len(chunk.rstrip()))
        if lo < hi:
            words.append((lo, hi))
        blanks.extend(span for span in ((start, lo), (hi, end)) if span[1] > span[0])
    return words, blanks


def _fill(owners: list[int | None], introduces: Sequence[bool]) -> None:
    """Give each unit without an owner a neighbour's: a unit that introduces what follows (it
    ends with a colon) the next owner, any other the previous one (the first ones, the next)."""
    following: int | None = None
    for k in range(len(owners) - 1, -1, -1):
        if owners[k] is None and introduces[k]:
            owners[k] = following
        following = owners[k] if owners[k] is not None else following
    last: int | None = None
    for k, owner in enumerate(owners):
        if owner is None:
            owners[k] = last
        else:
            last = owner
    following = None
    for k in range(len(owners) - 1, -1, -1):
        if owners[k] is None:
            owners[k] = following
        else:
            following = owners[k]


def _units(text: str, start: int, end: int) -> list[Span]:
    """``[start, end)`` cut after each line break run and each sentence end (tiles the span)."""
    units: list[Span] = []
    at = start
    for match in _UNIT_END.finditer(text, start, end):
        if match.end() > at:
            units.append((at, match.end()))
            at = match.end()
    if at < end or not units:
        units.append((at, end))
    return units


def _words(text: str) -> list[str]:
    """The words of ``text`` compared for belonging: case-folded, numbers included, no elided
    article or one-letter word ("l’", "d’", "a")."""
    return _WORD.findall(text.casefold())


def _marked(ops: Sequence[DiffOp]) -> int:
    """Characters the ops mark (spaces do not count)."""
    return sum(len("".join(op.text.split())) for op in ops if op.op is not Op.EQUAL)


@dataclass(frozen=True, slots=True)
class PartLink:
    """Where one part of a split or merged pair went, and how much of it survived there.

    ``clause`` is a clause of ``side`` (a side with several clauses); ``other_start``/
    ``other_end`` are the document offsets, on the other side, from the first to the last of
    its words found there (empty when none was: the part was rewritten or dropped; a view jumps
    there), ``other_ids`` the clauses of the other side that text lies in, and
    ``similarity`` the share of the part and its region that the marks leave unmarked
    (:func:`clausediff.worddiff.diff.similarity` of the part's ops).
    """

    side: Side
    clause: Clause
    similarity: float
    other_start: int
    other_end: int
    other_ids: tuple[str, ...]


def part_links(comparison: Comparison, pair: Pair) -> tuple[PartLink, ...]:
    """The parts of a pair with several clauses on a side, each with where it went.

    Read from the pair's own word diff, so the screen, the report and the JSON agree: a split
    or merged pair's diff holds each part's ops together, part after part
    (:mod:`clausediff.worddiff.parts`), so an op belongs to the part its text (or, for text of
    the other side only, its place) lies in on the parts' side; the region is what those ops
    cover on the other side. Empty for a pair with one clause a side.
    """
    if len(pair.left) < 2 and len(pair.right) < 2:  # nearly every pair: nothing to look up
        return ()
    links: list[PartLink] = []
    for side in Side:
        clauses = comparison.side(side).of(pair)
        if len(clauses) < 2:
            continue
        others = comparison.side(side.other).of(pair)
        groups = _part_ops(pair.diff, clauses, side)
        for clause, ops in zip(clauses, groups, strict=True):
            kept = [op.span(side.other) for op in ops if _kept_words(op, side)]
            if not kept:
                links.append(PartLink(side, clause, 0.0, 0, 0, ()))
                continue
            lo, hi = min(lo for lo, _ in kept), max(hi for _, hi in kept)
            text = comparison.side(side.other).document.text
            found = text[lo:hi]
            lo, hi = lo + len(found) - len(found.lstrip()), lo + len(found.rstrip())
            links.append(
                PartLink(
                    side,
                    clause,
                    similarity(ops),
                    lo,
                    hi,
                    tuple(c.id for c in others if c.body_start < hi and c.body_end > lo),
                )
            )
    return tuple(links)


def _part_ops(ops: Sequence[DiffOp], clauses: Sequence[Clause], side: Side) -> list[list[DiffOp]]:
    """The ops of each clause of ``side``, walking the diff: an op goes to the clause its span
    on ``side`` starts in (an empty span at a clause's end stays with the clause before)."""
    groups: list[list[DiffOp]] = [[] for _ in clauses]
    current = 0
    for op in ops:
        start, _ = op.span(side)
        clause = clauses[current]
        if not clause.body_start <= start <= clause.body_end:
            found = [k for k, c in enumerate(clauses) if c.body_start <= start <= c.body_end]
            if found:
                current = found[0]
        groups[current].append(op)
    return groups


def _kept_words(op: DiffOp, side: Side) -> bool:
    """True for an equal op holding words of ``side`` (not a blank between two regions)."""
    start, end = op.span(side)
    return op.op is Op.EQUAL and end > start and not op.text.isspace()
