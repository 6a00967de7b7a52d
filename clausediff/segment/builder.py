"""From a document to clauses: read, prepare, nest, then open, merge and cut clauses.

Input is a :class:`~clausediff.document.Document`; output is the flat, ordered, non-overlapping
tuple of :class:`~clausediff.clause.Clause` that :func:`clausediff.segment.segment` returns.
The steps live in their own modules (:mod:`.units`, :mod:`.headings`, :mod:`.prepare`,
:mod:`.granularity`, :mod:`.paragraphs`); this one decides where unnumbered text opens a clause
and builds them:

* unnumbered text before the first heading, after a list of unheaded numbered paragraphs or
  of items titled by a bold label (back at the list's margin), or after the last list of the
  document forms its own clause; a text with no heading and no number at all is cut into its
  paragraphs (and its bold group titles, its run-in titles); disclaimers, notices and lead-ins
  open blocks of their own there (:mod:`.paragraphs` says which paragraphs do);
* a heading with no text before its first sub-clause is merged into that sub-clause (the
  clause starts at the heading; headings are joined with " / "), except a keyword division
  over an untitled keyword division ("Chapitre II : ..." over a bare "Article 16", as codes
  of law have them): that heading is a clause of its own with an empty body;
* each clause runs to the next one; its body excludes its number and heading.

No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clausediff.clause import Clause
from clausediff.document import Document
from clausediff.segment.contents import Contents, as_text, find_contents
from clausediff.segment.granularity import RESET_STYLES, granularity, outline
from clausediff.segment.headings import Kind, UnitInfo, classify
from clausediff.segment.paragraphs import (
    body_of,
    is_disclaimer,
    opens_block,
    opens_introduction_paragraph,
    opens_paragraph,
    text_of,
)
from clausediff.segment.prepare import check_numbers, front_matter_end, join_title_lines
from clausediff.segment.units import Unit, build_units

_RESET_PREFIXES = tuple(sorted(RESET_STYLES))  # styles of unnumbered headings, for startswith


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
    division: bool = False  # numbered by a keyword ("Chapitre II", "Article 16")
    contents: bool = False  # a table of contents: nothing merges with it

    def __post_init__(self) -> None:
        self.outer_level = self.outer_level or self.level


def build_clauses(document: Document) -> tuple[Clause, ...]:
    """Segment a document into clauses (see the module docstring for the rules)."""
    text = document.text
    units = build_units(document)
    # each unit is read with the next one, and with whether the one before ends with a colon
    # (the lists of neighbours are padded with None; zip stops with the units)
    previous_units: list[Unit | None] = [None, *units]
    next_units: list[Unit | None] = [*units[1:], None]
    infos = [
        classify(text, unit, following, previous is not None and text[previous.end - 1] == ":")
        for previous, unit, following in zip(previous_units, units, next_units, strict=False)
    ]
    infos = check_numbers(infos)
    infos, tails = join_title_lines(text, infos)
    tables = find_contents(text, infos)
    titles = [infos[table.first] for table in tables]  # read before the tables become text
    infos = as_text(infos, tables) if tables else infos
    first = front_matter_end(text, infos)
    if tables:
        first = min(first, tables[0].first)
    styles, levels, parents = outline(infos, first)
    split = granularity(text, infos, first, styles, levels, parents)
    starts = _starts(
        text, infos, first, styles, levels, split, tails, dict(zip(tables, titles, strict=True))
    )
    starts = _merge_headings(starts)
    return _make_clauses(text, starts)


def _starts(
    text: str,
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    split: list[bool],
    tails: dict[int, int],
    tables: dict[Contents, UnitInfo],
) -> list[_Start]:
    """The clause openings: split structural units plus unnumbered blocks.

    ``tables`` are the tables of contents with their first unit as read before they became
    text: each is one clause, its title as heading.
    """
    starts: list[_Start] = []
    table_at = {table.first: table for table in tables}
    mode = ""  # "", "headed", "item" (unheaded numbered paragraph) or "block"
    item_indent = 0
    block_caps = False
    previous_text = -1  # the last unnumbered paragraph since the last clause opened (-1: none)

    def open_block(index: int) -> None:
        nonlocal mode, block_caps
        info = infos[index]
        level = max(1, starts[-1].level if starts else levels[index] or 1)
        runin = info.kind is Kind.RUNIN  # "**Objet.** Le ..." in a text with no other structure
        heading = info.heading if runin else ""
        body_start = info.body_start if runin else info.unit.start
        starts.append(
            _Start(
                index,
                info.unit.start,
                "",
                heading,
                body_start,
                level,
                False,
                [heading] if heading else [],
            )
        )
        mode = "block"
        block_caps = is_disclaimer(text, info)

    # a text with no heading and no number at all (a short licence, a notice) is cut into its
    # paragraphs: they are the only units a reader can point at
    unstructured = not any(split[first:])
    introduction = not unstructured  # no heading or number yet
    table_end = first
    for index in range(first, len(infos)):
        if index < table_end:
            continue  # inside a table of contents
        info = infos[index]
        if index in table_at:
            table = table_at[index]
            starts.append(_contents_start(text, table, tables[table]))
            table_end = table.end
            mode = ""  # text after the table opens a clause of its own
            previous_text = -1
            continue
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
                    unnumbered_heading=(styles[index] or "").startswith(_RESET_PREFIXES),
                    division=marker is not None
                    and marker.family == "keyword"
                    and marker.ordinal is not None
                    and "." not in marker.style,  # "Section 1.01" is a part of "ARTICLE I"
                )
            )
            unheaded_item = info.kind is Kind.ITEM and not info.heading
            if marker is not None and (
                (unheaded_item and marker.family in ("dec", "list"))
                # "* **Be clear** - ...": a paragraph back at the list's margin closes the list
                or (info.kind is Kind.RUNIN and marker.family == "bullet")
            ):
                mode, item_indent = "item", info.unit.indent
            else:
                mode = "headed"
            previous_text = -1
            introduction = False
            continue
        # (the texts of paragraphs are copied only where a rule reads them: a long code's
        # paragraphs under headed clauses never are)
        if (
            mode == ""
            or (
                unstructured
                and info.kind in (Kind.TEXT, Kind.RUNIN)
                and opens_paragraph(info, body_of(text, info), text_of(text, infos, index - 1))
            )
            or (
                introduction
                and info.kind in (Kind.TEXT, Kind.RUNIN)
                and opens_introduction_paragraph(
                    info, body_of(text, info), infos[index - 1] if index > first else None
                )
            )
            or (
                info.kind is Kind.TEXT
                and mode in ("item", "block")  # only there can a paragraph open a block
                and opens_block(
                    info,
                    mode,
                    (item_indent, block_caps, is_disclaimer(text, info)),
                    (
                        text_of(text, infos, index - 1),
                        body_of(text, infos[previous_text]) if previous_text >= 0 else "",
                        body_of(text, info),
                        text_of(text, infos, index + 1),
                    ),
                )
            )
        ):
            open_block(index)
        if info.kind is Kind.TEXT:
            previous_text = index
    _epilogue(infos, styles, split, starts)
    return starts


def _contents_start(text: str, table: Contents, title: UnitInfo) -> _Start:
    """The opening of a table of contents: at its title ("1. Sommaire"), or its first entry."""
    if not table.titled:
        return _Start(table.first, title.clause_start, "", "", title.clause_start, 1, False)
    marker = title.marker
    number = marker.number if marker is not None and marker.family != "bullet" else ""
    heading = title.heading or text[title.unit.start : title.unit.end].strip(" \t*_:#\u00a0")
    return _Start(
        table.first, title.clause_start, number, heading, title.unit.end, 1, False, contents=True
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
                # a division's title over an untitled article ("Chapitre II : Du respect du
                # corps humain" over "Article 16") would read as that article's own: it stands
                # alone ("Chapitre 1 – Généralités" over "Article 1 – Objet" joins it)
                and not (previous.division and start.division and not start.heading)
                and not start.contents
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
    enclosing: list[tuple[int, str]] = []  # (outermost level, id), levels increasing
    for position, start in enumerate(ordered):
        end = ordered[position + 1].start if position + 1 < len(ordered) else len(text)
        body_end = end
        while body_end > start.start and text[body_end - 1].isspace():
            body_end -= 1  # the spaces before the next clause (a step or two, not a copy)
        body_start = min(max(start.body_start, start.start), body_end)
        while body_start < body_end and text[body_start].isspace():
            body_start += 1
        # the parent is the nearest earlier clause whose outermost heading is shallower; a
        # monotonic stack finds it in constant amortised time
        while enclosing and enclosing[-1][0] >= start.outer_level:
            enclosing.pop()
        parent = enclosing[-1][1] if enclosing else None
        enclosing.append((start.outer_level, f"c{position + 1}"))
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
