"""Nesting and granularity: which numbered or titled units are clauses of their own.

Input is the prepared list of :class:`~clausediff.segment.headings.UnitInfo`; output is each
unit's style and nesting level, and whether it opens a clause.

* styles nest in the order they appear ("Article" above "1." above "a)"); Markdown and
  word-processor headings nest by their level; unnumbered headings start a top-level part; an
  indented list is a style of its own even with the same kind of number as the margin's;
* headings, keyword divisions and decimal sub-numbers ("5.1") are always clauses (the deepest
  numbered level is the clause), and so are the outermost numbered list and numbers that mostly
  carry a title ("1. Objet" under "TITRE I");
* a nested single-token list ("a)" inside articles) is split into clauses only when its items
  are sentences (not fragments starting in lower case, not short enumerations), when the list
  style is sparse in the document (at most half as many items as other clauses) and never inside
  definitions, so enumerations and definitions lists do not explode into hundreds of clauses;
* an indented list under one clause whose items are all sentences of some length (lettered
  provisions: "a) Subject to the terms ...") is split even where its style is not;
* run-in titles ("Copyleft clause: If ...") are clauses when two or more long ones share a
  parent, unless their label recurs under several headings (the fields of a template:
  "**Community Impact**:", "**Consequence**:"), and so are list items titled by a bold label
  ("* **Be clear** - Communicating ..."); other bullets are not, except the entries of a
  definitions list that run a plain term in by a colon ("– Copie : toute reproduction ..."),
  which are clauses once the list holds two (:mod:`.definitions`).

No I/O, no Qt.
"""

from __future__ import annotations

import functools

from clausediff.segment.definitions import definitions_context, split_definition_entries
from clausediff.segment.headings import Kind, UnitInfo

SPARSE_LIST_RATIO = 0.5
SUB_CLAUSE_MIN_WORDS = 12
RUNIN_MIN_WORDS = 12
INDENTED = 2  # columns of indentation that make a list a nested one
DEEPLY_INDENTED = 6


RESET_STYLES = frozenset({"plain", "bold"})


def _style_of(info: UnitInfo) -> tuple[str, str, int] | None:
    """(style, family, rank) of a structural unit, None for text and bullets."""
    marker = info.marker
    numbered = marker is not None and marker.family != "bullet"
    if info.outline:
        # Markdown / style headings nest by their level; "#" marks a numbered one
        return f"outline{info.outline}{'#' if numbered else ''}", "outline", info.outline
    if marker is not None and numbered:
        if marker.family == "keyword" and marker.ordinal is None:
            # "Préambule", "Annexe", "Appendix" without a number: a top-level unnumbered part
            return f"plain:{marker.style}", "plain", 0
        if _is_single_token(marker.style) and info.unit.indent >= INDENTED:
            # an indented list ("    1." under "a.") is another style than "1." at the margin
            depth = 1 if info.unit.indent < DEEPLY_INDENTED else 2
            return f"{marker.style}@{depth}", "list", marker.rank
        return marker.style, marker.family, marker.rank
    if info.kind is Kind.HEADING:
        return ("bold", "bold", 0) if info.bold else ("plain", "plain", 0)
    if info.kind is Kind.RUNIN:
        return "runin", "runin", 0
    return None


def outline(
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
            if cut is None and (family in RESET_STYLES or (family == "keyword" and rank == 0)):
                cut = 0
            if (
                cut is None
                and family in {"keyword", "dec", "list"}
                and stack
                and (stack[-1][1] in RESET_STYLES)
            ):
                cut = len(stack) - 1  # numbers are not nested under unnumbered headings
            if cut is not None:
                del stack[cut:]
            parents.setdefault(style, stack[-1][0] if stack else None)
            stack.append(described)
        styles[index] = style
        levels[index] = len(stack)
    return styles, levels, parents


@functools.cache  # a document has a handful of styles, asked about for every unit
def _is_single_token(style: str) -> bool:
    """Numbering by one number or letter ("1.", "a)", "(iv)"), as lists also use."""
    style = style.split("@", 1)[0]
    return style == "dec1" or not style.startswith(
        ("dec", "outline", "kw:", "section-sign", "plain", "bold", "runin")
    )


def _starts_lowercase(text: str, info: UnitInfo) -> bool:
    """Whether a numbered item is a sentence fragment: it goes on in lower case ("a) désigner
    ...") or ends like a member of an enumeration ("1° Par l'envoi en possession ... ;")."""
    first = info.heading[:1] if info.heading else text[info.body_start : info.body_start + 1]
    return first.islower() or text.endswith((";", ","), info.unit.start, info.unit.end)


def _clearly_titled(text: str, info: UnitInfo) -> bool:
    """A title run into a sentence ("2. Grant. Subject to ...") or a title line without a period.

    A short line ending with a period ("1. Modifier les documents.") may be a sentence, so it
    does not count.
    """
    if not info.heading:
        return False
    if info.kind is Kind.ITEM:
        return True
    return text[info.unit.end - 1] != "."


def _is_listlike(style: str, parents: dict[str, str | None]) -> bool:
    """Single-token numbering nested under another number: an enumeration or sub-clauses."""
    if not _is_single_token(style):
        return False
    parent = parents.get(style)
    while parent is not None:
        if parent.endswith("#") or not parent.startswith(("outline", "plain", "bold", "runin")):
            return True
        parent = parents.get(parent)
    return False


def granularity(
    text: str,
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    parents: dict[str, str | None],
) -> list[bool]:
    """Which units open a clause of their own."""
    in_definitions = definitions_context(text, infos, first, styles, levels)
    counts: dict[str, int] = {}
    fragments: dict[str, int] = {}
    items: dict[str, int] = {}
    lengths: dict[str, list[int]] = {}
    titled: dict[str, int] = {}
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
            if _clearly_titled(text, infos[index]) and not in_definitions[index]:
                titled[style] = titled.get(style, 0) + 1
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
        if not _is_listlike(style, parents) or 2 * titled.get(style, 0) >= items.get(style, 1):
            # headings, and numbers that mostly carry a title ("1. Objet" under "TITRE I")
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
    _split_provision_lists(text, infos, first, (styles, levels, parents), in_definitions, split)
    _split_runins(infos, first, styles, levels, in_definitions, split)
    split_definition_entries(text, infos, first, in_definitions, split)
    return split


def _split_provision_lists(
    text: str,
    infos: list[UnitInfo],
    first: int,
    outline: tuple[list[str | None], list[int], dict[str, str | None]],
    in_definitions: list[bool],
    split: list[bool],
) -> None:
    """A list whose items are all provisions is split, even where its style is not.

    The style-wide rule above keeps "a) it complies ... ; and" enumerations whole, and with
    them every list of that style; an indented list under one clause whose items are each a
    sentence of some length ("     a) Subject to the terms of this Agreement, each Contributor
    hereby grants ...") sets out provisions a reader points at. Lists at the margin ("1° Les
    copies ...", "a. Toute violation ...") are the articles' own paragraphs and stay in them,
    and where provisions outnumber the document's other clauses, lists are the texture of the
    text, which is cut at the level above.
    """
    styles, levels, parents = outline
    lists: dict[tuple[str, int], list[int]] = {}  # (style, enclosing unit): items
    enclosing: list[int] = []  # the open structural units, levels increasing
    others = 0
    for index in range(first, len(infos)):
        style = styles[index]
        if style is None or style == "runin":
            continue
        while enclosing and levels[enclosing[-1]] >= levels[index]:
            enclosing.pop()
        if not _is_listlike(style, parents):
            others += 1
        elif "@" in style and not split[index] and not in_definitions[index] and enclosing:
            lists.setdefault((style, enclosing[-1]), []).append(index)
        enclosing.append(index)
    provisions = [
        items
        for (_, parent), items in lists.items()
        if split[parent]
        and len(items) >= 2
        and all(_is_provision(text, infos[index]) for index in items)
    ]
    if sum(len(items) for items in provisions) <= others:
        for items in provisions:
            for index in items:
                split[index] = True


def _is_provision(text: str, info: UnitInfo) -> bool:
    """An item that is a whole sentence of some length: capitalised, ended by a full stop."""
    return (
        info.words >= SUB_CLAUSE_MIN_WORDS
        and not _starts_lowercase(text, info)
        and text[info.unit.end - 1] in ".!?"
    )


def _split_runins(
    infos: list[UnitInfo],
    first: int,
    styles: list[str | None],
    levels: list[int],
    in_definitions: list[bool],
    split: list[bool],
) -> None:
    """Run-in titles are clauses when at least two long ones share the same parent.

    A label that recurs under several headings ("**Community Impact**:" then
    "**Consequence**:" under every level of an enforcement ladder) names a field of a
    template, not a clause: those run-ins stay inside their section.
    """
    group: list[int] = []
    label_counts: dict[str, int] = {}
    for index in range(first, len(infos)):
        if styles[index] == "runin":
            label = infos[index].heading.casefold()
            label_counts[label] = label_counts.get(label, 0) + 1

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
        if (
            style == "runin"
            and not in_definitions[index]
            and label_counts.get(infos[index].heading.casefold(), 0) < 2
        ):
            group.append(index)
        elif style is not None and split[index]:
            close()
    close()
