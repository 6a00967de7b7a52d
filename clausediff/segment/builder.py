"""From read units to clauses: numbering checks, front matter, nesting, granularity, merging.

Input is a :class:`~clausediff.document.Document`; output is the flat, ordered, non-overlapping
tuple of :class:`~clausediff.clause.Clause` that :func:`clausediff.segment.segment` returns.

The rules, each general rather than fitted to one document:

* a number is a clause number only when it continues its sequence or starts one (1, a, i), so a
  stray "3." in running text does not cut a clause; roman/letter ambiguity ("i.") is settled the
  same way;
* leading title lines, version and copyright lines are front matter and belong to no clause;
* styles nest in the order they appear ("Article" above "1." above "a)"); headings, keyword
  divisions and decimal sub-numbers ("5.1") are always clauses, the outermost numbered list is
  always a clause; a nested list ("a)" inside articles) is split into clauses only when it is
  sparse in the document (at most half as many items as other clauses) and never inside
  definitions, so enumerations do not explode into hundreds of clauses;
* run-in titles ("Copyleft clause: If ...") are clauses when two or more long ones share a
  parent; bullets never are;
* unnumbered text before the first heading, after a list of unheaded numbered paragraphs, or
  after the last list of the document forms its own clause; a paragraph in capitals (a
  disclaimer) is a block of its own there;
* a heading with no text before its first sub-clause is merged into that sub-clause.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from clausediff.clause import Clause
from clausediff.document import Document
from clausediff.segment.headings import Kind, UnitInfo, classify
from clausediff.segment.numbering import Marker
from clausediff.segment.units import build_units

_DEFINITIONS_RE = re.compile(
    r"d[ée]finition|interpr[ée]tation|glossaire|lexique|terminolog|d[ée]fini|signifi|d[ée]sign|"
    r"entend par|meaning|means|defined",
    re.IGNORECASE,
)
# Copyright notices and version lines ("Copyright (c) 2000", "Version 2.0", "V. 1.1").
_FRONT_MATTER_RE = re.compile(
    r"©|\(c\)\s*\d|\(c\) the|copyright\s+(?:\(c\)|©|\d{4})|\bversion\s+(?:\d|en vigueur|du)|"
    r"\bv\.?\s*\d+\.\d|all rights reserved|tous droits réservés",
    re.IGNORECASE,
)
# Words that name a whole document, so a first line holding one is its title.
_TITLE_WORDS_RE = re.compile(
    r"contrat|convention|accord|conditions|licen[cs]e|agreement|terms|policy|politique|statuts|"
    r"charte|avenant|protocole|cgu|cgv|contract",
    re.IGNORECASE,
)
SPARSE_LIST_RATIO = 0.5
DISCLAIMER_MIN_WORDS = 20
SUB_CLAUSE_MIN_WORDS = 12
RUNIN_MIN_WORDS = 12
FRONT_MATTER_MAX_UNITS = 8


@dataclass(slots=True)
class _Start:
    """A clause opening at one unit (mutable while merging)."""

    index: int
    start: int
    number: str
    heading: str
    body_start: int
    level: int
    heading_only: bool
    headings: list[str] = field(default_factory=list)
    outer_level: int = 0
    unnumbered_heading: bool = False

    def __post_init__(self) -> None:
        self.outer_level = self.outer_level or self.level


def build_clauses(document: Document) -> tuple[Clause, ...]:
    """Segment a document into clauses (see the module docstring for the rules)."""
    text = document.text
    units = build_units(document)
    infos = [
        classify(
            text,
            unit,
            text[units[i + 1].start : units[i + 1].end] if i + 1 < len(units) else "",
            i > 0 and text[units[i - 1].end - 1] == ":",
        )
        for i, unit in enumerate(units)
    ]
    infos = _check_numbers(infos)
    infos, tails = _join_title_lines(text, infos)
    first = _front_matter_end(text, infos)
    styles, levels, parents = _outline(infos, first)
    split = _granularity(text, infos, first, styles, levels, parents)
    starts = _starts(text, infos, first, styles, levels, split, tails)
    starts = _merge_headings(starts)
    return _make_clauses(text, starts)


def _check_numbers(infos: list[UnitInfo]) -> list[UnitInfo]:
    """Keep the reading of each number that continues or starts a sequence; drop the others."""
    last: dict[str, int] = {}
    checked: list[UnitInfo] = []
    for info in infos:
        readings = [marker for marker in info.markers if marker.family != "bullet"]
        if not readings:
            checked.append(info)
            continue
        chosen: Marker | None = None
        for marker in readings:
            previous = last.get(_sequence_key(marker))
            if marker.family == "keyword" or (
                marker.ordinal is not None
                and previous is not None
                and (previous < marker.ordinal <= previous + 3)
            ):
                chosen = marker
                break
        if chosen is None:
            # a sequence starts at 1 (or 0, as the GPL numbers its sections)
            chosen = next((m for m in readings if m.ordinal in (0, 1)), None)
        if (
            chosen is None
            and (info.kind is Kind.HEADING or info.heading)
            and (readings[0].family == "dec")
        ):
            # a titled number may open a document excerpt at any value ("2. Grant of ...")
            chosen = readings[0]
        if chosen is None:
            kind = Kind.HEADING if info.outline else Kind.TEXT
            checked.append(
                replace(info, kind=kind, markers=(), heading=info.heading if info.outline else "")
            )
            continue
        if chosen.ordinal is not None:
            last[_sequence_key(chosen)] = chosen.ordinal
        checked.append(replace(info, markers=(chosen,)))
    return checked


def _title_line(text: str, info: UnitInfo) -> bool:
    """A single short line without closing punctuation: a title when it follows a number."""
    line = text[info.unit.start : info.unit.end]
    return (
        info.unit.line_count == 1
        and 0 < len(line.split()) <= 12
        and line[:1].isupper()
        and not line.rstrip("*_ ").endswith((".", ",", ";", ":"))
    )


def _join_title_lines(text: str, infos: list[UnitInfo]) -> tuple[list[UnitInfo], dict[int, int]]:
    """A number alone on its line ("ARTICLE 1") takes the title line that follows ("OBJET").

    Returns the infos, the number line now carrying the title, and a map from each number line
    to the title line it absorbed (the title line becomes body-less text).
    """
    joined = list(infos)
    tails: dict[int, int] = {}
    for index in range(len(joined) - 1):
        info, following = joined[index], joined[index + 1]
        if (
            info.kind is Kind.HEADING
            and info.marker is not None
            and info.marker.family != "bullet"
            and not info.heading
            and following.marker is None
            and not following.outline
            and (following.kind is Kind.HEADING or _title_line(text, following))
        ):
            title = following.heading or text[following.unit.start : following.unit.end]
            joined[index] = replace(info, heading=title.strip(), body_start=following.unit.end)
            joined[index + 1] = replace(following, kind=Kind.TEXT, heading="", words=0)
            tails[index] = index + 1
    return joined, tails


def _sequence_key(marker: Marker) -> str:
    """Numbers continue each other within a style, and for decimals within a parent number."""
    if marker.family == "dec" and "." in marker.number.strip("."):
        return f"{marker.style}:{marker.number.strip('.').rsplit('.', 1)[0]}"
    return marker.style


def _front_matter_end(text: str, infos: list[UnitInfo]) -> int:
    """Index of the first unit after the title lines, version and copyright lines."""
    top_markdown = sum(
        1 for info in infos if info.outline == 1 and text.startswith("#", info.unit.start)
    )

    def title_like(info: UnitInfo) -> bool:
        if info.marker is not None:
            return False
        if info.unit.style.lower() in {"title", "titre", "subtitle", "sous-titre"}:
            return True
        if info.outline:
            return info.outline == 1 and top_markdown == 1
        body = text[info.unit.start : info.unit.end]
        if _FRONT_MATTER_RE.search(body) and info.words <= 25:
            return True
        lines = [line.strip() for line in body.splitlines()]
        return all(
            len(line.split()) <= 12 and not line.endswith((".", ",", ";", ":")) for line in lines
        )

    index = 0
    while index < min(len(infos), FRONT_MATTER_MAX_UNITS):
        info = infos[index]
        if not title_like(info):
            break
        body = text[info.unit.start : info.unit.end]
        if info.outline or _FRONT_MATTER_RE.search(body) or info.unit.style:
            index += 1
            continue
        if (
            index == 0
            and (info.caps or len(body.split()) >= 3 or _TITLE_WORDS_RE.search(body))
            and not _has_sibling_heading(infos, info)
        ):
            index += 1  # the document's title
            continue
        following = infos[index + 1] if index + 1 < len(infos) else None
        if following is None or not (
            title_like(following)
            or following.marker is not None
            or following.outline
            or following.kind is Kind.HEADING
        ):
            break
        index += 1
    return index


def _has_sibling_heading(infos: list[UnitInfo], first: UnitInfo) -> bool:
    """Whether a leading short line is a heading like later ones rather than the title."""
    return first.kind is Kind.HEADING and any(
        info.kind is Kind.HEADING
        and info.marker is None
        and not info.outline
        and info.caps == first.caps
        and info.bold == first.bold
        for info in infos[1:]
    )


_RESET_STYLES = frozenset({"plain", "bold"})


def _style_of(info: UnitInfo) -> tuple[str, str, int] | None:
    """(style, family, rank) of a structural unit, None for text and bullets."""
    marker = info.marker
    numbered = marker is not None and marker.family != "bullet"
    if info.outline:
        # Markdown / style headings nest by their level; "#" marks a numbered one
        return f"outline{info.outline}{'#' if numbered else ''}", "outline", info.outline
    if marker is not None and numbered:
        return marker.style, marker.family, marker.rank
    if info.kind is Kind.HEADING:
        return ("bold", "bold", 0) if info.bold else ("plain", "plain", 0)
    if info.kind is Kind.RUNIN:
        return "runin", "runin", 0
    return None


def _outline(
    infos: list[UnitInfo], first: int
) -> tuple[list[str | None], list[int], dict[str, str | None]]:
    """Style and nesting level of every unit, and the parent style of each style."""
    stack: list[tuple[str, str, int]] = []
    styles: list[str | None] = [None] * len(infos)
    levels: list[int] = [0] * len(infos)
    parents: dict[str, str | None] = {}
    for index in range(first, len(infos)):
        described = _style_of(infos[index])
        if described is None:
            levels[index] = len(stack)
            continue
        style, family, rank = described
        if family == "runin":
            # a run-in title is a child of the current clause, never a parent
            parents.setdefault(style, stack[-1][0] if stack else None)
            styles[index] = style
            levels[index] = len(stack) + 1
            continue
        names = [entry[0] for entry in stack]
        if style in names:
            del stack[names.index(style) + 1 :]
        else:
            cut = next(
                (
                    position
                    for position, (_, other_family, other_rank) in enumerate(stack)
                    if other_family == family
                    and family in {"dec", "keyword", "outline"}
                    and other_rank >= rank
                ),
                None,
            )
            if cut is None and (family in _RESET_STYLES or (family == "keyword" and rank == 0)):
                cut = 0
            if (
                cut is None
                and family in {"keyword", "dec", "list"}
                and stack
                and (stack[-1][1] in _RESET_STYLES)
            ):
                cut = len(stack) - 1  # numbers are not nested under unnumbered headings
            if cut is not None:
                del stack[cut:]
            parents.setdefault(style, stack[-1][0] if stack else None)
            stack.append(described)
        styles[index] = style
        levels[index] = len(stack)
    return styles, levels, parents


def _is_single_token(style: str) -> bool:
    """Numbering by one number or letter ("1.", "a)", "(iv)"), as lists also use."""
    return style == "dec1" or not style.startswith(
        ("dec", "outline", "kw:", "section-sign", "plain", "bold", "runin")
    )


def _starts_lowercase(text: str, info: UnitInfo) -> bool:
    """Whether a numbered item goes on with a sentence fragment ("a) désigner ...")."""
    first = info.heading[:1] if info.heading else text[info.body_start : info.body_start + 1]
    return first.islower()


def _is_listlike(style: str, parents: dict[str, str | None]) -> bool:
    """Single-token numbering nested under another number: an enumeration or sub-clauses."""
    if style.startswith(("outline", "kw:", "section-sign", "plain", "bold", "runin")):
        return False
    if style.startswith("dec") and style != "dec1":
        return False
    parent = parents.get(style)
    while parent is not None:
        if parent.endswith("#") or not parent.startswith(("outline", "plain", "bold", "runin")):
            return True
        parent = parents.get(parent)
    return False


def _granularity(
    text: str,
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    parents: dict[str, str | None],
) -> list[bool]:
    """Which units open a clause of their own."""
    in_definitions = _definitions_context(text, infos, first, styles, levels)
    counts: dict[str, int] = {}
    fragments: dict[str, int] = {}
    items: dict[str, int] = {}
    lengths: dict[str, list[int]] = {}
    always = 0
    for index in range(first, len(infos)):
        style = styles[index]
        if style is None or style == "runin":
            continue
        if _is_single_token(style):
            items[style] = items.get(style, 0) + 1
            lengths.setdefault(style, []).append(infos[index].words)
            if _starts_lowercase(text, infos[index]):
                fragments[style] = fragments.get(style, 0) + 1
        if _is_listlike(style, parents):
            if not in_definitions[index]:
                counts[style] = counts.get(style, 0) + 1
        else:
            always += 1
    splitting: dict[str, bool] = {}

    def style_splits(style: str) -> bool:
        if style in splitting:
            return splitting[style]
        if 2 * fragments.get(style, 0) > items.get(style, 0):
            # "a) désigner ... ; b) déclarer ..." enumerates parts of one sentence
            splitting[style] = False
            return False
        if not _is_listlike(style, parents):
            splitting[style] = True
            return True
        splitting[style] = False  # guards against cycles while recursing
        parent = parents.get(style)
        parent_ok = parent is None or style_splits(parent)
        sizes = sorted(lengths.get(style, [0]))
        result = (
            parent_ok
            and 0 < counts.get(style, 0) <= SPARSE_LIST_RATIO * max(always, 1)
            # short items ("1. Modifier les documents.") enumerate; sub-clauses are sentences
            and sizes[len(sizes) // 2] >= SUB_CLAUSE_MIN_WORDS
        )
        splitting[style] = result
        return result

    split = [False] * len(infos)
    for index in range(first, len(infos)):
        style = styles[index]
        if (
            style is None
            or style == "runin"
            or (in_definitions[index] and _is_listlike(style, parents))
        ):
            continue
        split[index] = style_splits(style)
    _split_runins(infos, first, styles, levels, in_definitions, split)
    return split


def _definitions_context(
    text: str, infos: list[UnitInfo], first: int, styles: list[str | None], levels: list[int]
) -> list[bool]:
    """Units that sit in a definitions list (under a "Definitions" heading or lead-in)."""
    flags = [False] * len(infos)
    headings: list[tuple[int, bool]] = []  # (level, is a definitions heading)
    lead_in = False
    for index in range(first, len(infos)):
        info = infos[index]
        if styles[index] not in (None, "runin") and (info.kind is Kind.HEADING or info.heading):
            while headings and headings[-1][0] >= levels[index]:
                headings.pop()
            flags[index] = any(flag for _, flag in headings)
            headings.append((levels[index], bool(_DEFINITIONS_RE.search(info.heading))))
            lead_in = False
            continue
        flags[index] = lead_in or any(flag for _, flag in headings)
        if info.kind is Kind.TEXT and not lead_in:
            body = text[info.unit.start : info.unit.end].rstrip()
            lead_in = body.endswith(":") and bool(_DEFINITIONS_RE.search(body[-200:]))
    return flags


def _split_runins(
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    in_definitions: list[bool],
    split: list[bool],
) -> None:
    """Run-in titles are clauses when at least two long ones share the same parent."""
    group: list[int] = []

    def close() -> None:
        long_ones = [
            i for i in group if infos[i].words - len(infos[i].heading.split()) >= RUNIN_MIN_WORDS
        ]
        if len(long_ones) >= 2:
            for i in long_ones:
                split[i] = True
        group.clear()

    for index in range(first, len(infos)):
        style = styles[index]
        if style == "runin" and not in_definitions[index]:
            group.append(index)
        elif style is not None and split[index]:
            close()
    close()


def _starts(
    text: str,
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    split: list[bool],
    tails: dict[int, int],
) -> list[_Start]:
    """The clause openings: split structural units plus unnumbered blocks."""
    starts: list[_Start] = []
    mode = ""  # "", "headed", "item" (unheaded numbered paragraph) or "block"
    item_indent = 0
    block_caps = False
    previous_text = ""

    def open_block(index: int) -> None:
        nonlocal mode, block_caps
        info = infos[index]
        level = max(1, starts[-1].level if starts else levels[index] or 1)
        starts.append(_Start(index, info.unit.start, "", "", info.unit.start, level, False))
        mode = "block"
        block_caps = _is_disclaimer(info)

    for index in range(first, len(infos)):
        info = infos[index]
        if split[index]:
            marker = info.marker
            number = marker.number if marker is not None and marker.family != "bullet" else ""
            heading_only = info.kind is Kind.HEADING
            starts.append(
                _Start(
                    tails.get(index, index),
                    info.clause_start,
                    number,
                    info.heading,
                    info.body_start,
                    max(levels[index], 1),
                    heading_only,
                    [info.heading] if info.heading else [],
                    unnumbered_heading=styles[index] in _RESET_STYLES,
                )
            )
            if (
                info.kind is Kind.ITEM
                and not info.heading
                and marker
                and marker.family
                in (
                    "dec",
                    "list",
                )
            ):
                mode, item_indent = "item", info.unit.indent
            else:
                mode = "headed"
            previous_text = ""
            continue
        body = text[info.unit.start : info.unit.end].rstrip()
        if mode == "" or (
            info.kind is Kind.TEXT
            and _opens_block(
                info, mode, item_indent, block_caps, body, previous_text, infos[index + 1 :]
            )
        ):
            open_block(index)
        if info.kind is Kind.TEXT:
            previous_text = body
    _epilogue(infos, styles, split, starts)
    return starts


def _is_disclaimer(info: UnitInfo) -> bool:
    """A long paragraph in capitals (warranty disclaimer, licence notice)."""
    return info.caps and info.words >= DISCLAIMER_MIN_WORDS


def _opens_block(
    info: UnitInfo,
    mode: str,
    item_indent: int,
    block_caps: bool,
    body: str,
    previous_text: str,
    following: list[UnitInfo],
) -> bool:
    """Whether an unnumbered paragraph starts a clause of its own."""
    if mode == "item":
        # after a numbered paragraph without a title, a paragraph that is not indented under it
        return info.unit.indent <= item_indent and info.unit.blank_before
    if mode != "block":
        return False
    if info.words >= 8 and _is_disclaimer(info) != block_caps:
        return True  # a disclaimer in capitals is a block of its own, and so is what follows it
    # a lead-in ("Est défini comme :") after a finished sentence opens the list it introduces
    return (
        body.endswith(":")
        and previous_text.endswith((".", "!", "?"))
        and bool(following)
        and following[0].kind in (Kind.ITEM, Kind.BULLET, Kind.RUNIN)
    )


def _epilogue(
    infos: list[UnitInfo], styles: list[str | None], split: list[bool], starts: list[_Start]
) -> None:
    """Unheaded text after the document's last numbered list item is a clause of its own."""
    last_item = next(
        (
            index
            for index in range(len(infos) - 1, -1, -1)
            if infos[index].marker is not None
            and styles[index] is not None
            and infos[index].kind is Kind.ITEM
        ),
        None,
    )
    if last_item is None or infos[last_item].heading:
        return
    if starts and starts[-1].index > last_item:
        return
    indent = infos[last_item].unit.indent
    for index in range(last_item + 1, len(infos)):
        info = infos[index]
        if info.kind is Kind.TEXT and info.unit.indent <= indent and info.unit.blank_before:
            level = starts[-1].level if starts else 1
            starts.append(_Start(index, info.unit.start, "", "", info.unit.start, level, False))
            return
        if split[index]:
            return


def _merge_headings(starts: list[_Start]) -> list[_Start]:
    """A heading with no text before its first sub-clause becomes part of that sub-clause."""
    merged: list[_Start] = []
    for start in starts:
        if merged:
            previous = merged[-1]
            if (
                previous.heading_only
                and start.index == previous.index + 1
                and (start.level > previous.level or previous.unnumbered_heading)
            ):
                previous.number = start.number or previous.number
                previous.headings.extend(start.headings)
                previous.heading = " / ".join(previous.headings)
                previous.body_start = start.body_start
                previous.index = start.index
                previous.level = start.level
                previous.heading_only = start.heading_only
                continue
        merged.append(start)
    return merged


def _make_clauses(text: str, starts: list[_Start]) -> tuple[Clause, ...]:
    """Turn openings into clauses: each runs to the next opening (or the end of the text)."""
    ordered = sorted(starts, key=lambda start: start.start)
    clauses: list[Clause] = []
    outer: list[int] = []
    for position, start in enumerate(ordered):
        end = ordered[position + 1].start if position + 1 < len(ordered) else len(text)
        body_end = start.start + len(text[start.start : end].rstrip())
        body_start = min(max(start.body_start, start.start), body_end)
        while body_start < body_end and text[body_start].isspace():
            body_start += 1
        parent = next(
            (
                clause.id
                for clause, level in zip(reversed(clauses), reversed(outer), strict=True)
                if level < start.outer_level
            ),
            None,
        )
        outer.append(start.outer_level)
        clauses.append(
            Clause(
                id=f"c{position + 1}",
                number=start.number,
                heading=start.heading,
                text=text[body_start:body_end],
                level=start.level,
                parent=parent,
                start=start.start,
                end=end,
                body_start=body_start,
                body_end=body_end,
            )
        )
    return tuple(clauses)
