"""Definitions parts: which units sit in a definitions list, and which entries are clauses.

Input is the prepared list of :class:`~clausediff.segment.headings.UnitInfo` with each unit's
style and level (:func:`~clausediff.segment.granularity.outline`); output is, per unit, whether
it sits under a definitions heading ("1. Definitions", "Définitions :") or after a lead-in whose
last sentence names definitions ("... have the following meaning:"; a last sentence of a few
words is read with the one before: "... the meanings given below. In these Terms:"), and the
entries of such a list that are clauses of their own. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.segment.headings import Kind, UnitInfo
from clausediff.segment.units import COLON_RUNIN_RE
from clausediff.segment.wording import SENTENCE_BREAK_RE

_DEFINITIONS_RE = re.compile(
    r"d[ée]finition|interpr[ée]tation|glossaire|lexique|terminolog|d[ée]fini|signifi|d[ée]sign|"
    r"entend par|meaning|means|defined",
    re.IGNORECASE,
)
SHORT_SENTENCE_WORDS = 6  # "In these Terms:", "Au sens de la présente licence :"
_SET_OFF = '"“”«»‘*_'  # quotes and emphasis marks that set a defined term off


def split_definition_entries(
    text: str, infos: list[UnitInfo], first: int, in_definitions: list[bool], split: list[bool]
) -> None:
    """Entries of a definitions list that run a plain term in by a colon are clauses.

    "– Copie : toute reproduction ..." (a bullet) or "Copie : Toute reproduction ..." (a
    paragraph): each defines one term a reader points at, so each is a clause once a list holds
    two of them. Terms set off by quotes or emphasis ('"Program" means ...', "**Term** : ...",
    "Le « **Concédant** » : ...") mark definitions written as the sentences of one section,
    which stay in it.
    """
    entries = [
        index
        for index in range(first, len(infos))
        if in_definitions[index] and not split[index] and _runs_a_term_in(text, infos[index])
    ]
    if len(entries) >= 2:
        for index in entries:
            split[index] = True


def _runs_a_term_in(text: str, info: UnitInfo) -> bool:
    """A bullet or a paragraph opening with a short plain capitalised term and a colon."""
    if info.kind is Kind.BULLET:
        start = info.body_start
    elif info.kind in (Kind.RUNIN, Kind.TEXT):
        start = info.unit.start
    else:
        return False
    match = COLON_RUNIN_RE.match(text, start, info.unit.end)
    return match is not None and not any(
        char.isdigit() or char in _SET_OFF for char in match.group("label")
    )


def definitions_context(
    text: str, infos: list[UnitInfo], first: int, styles: list[str | None], levels: list[int]
) -> list[bool]:
    """Units that sit in a definitions list (under a "Definitions" heading or lead-in)."""
    flags = [False] * len(infos)
    # the enclosing headings: (level, whether it or one above it is a definitions heading)
    headings: list[tuple[int, bool]] = []
    lead_in = False
    under_definitions = False  # a definitions heading is among ``headings``
    for index in range(first, len(infos)):
        info = infos[index]
        if styles[index] not in (None, "runin") and (info.kind is Kind.HEADING or info.heading):
            while headings and headings[-1][0] >= levels[index]:
                headings.pop()
            flags[index] = bool(headings) and headings[-1][1]
            under_definitions = flags[index] or bool(_DEFINITIONS_RE.search(info.heading))
            headings.append((levels[index], under_definitions))
            lead_in = False
            continue
        flags[index] = lead_in or under_definitions
        if info.kind is Kind.TEXT and not lead_in:
            start, end = info.unit.start, info.unit.end  # a unit ends on a non-space
            lead_in = text.endswith(":", start, end) and _names_definitions(text, start, end)
    return flags


def _names_definitions(text: str, start: int, end: int) -> bool:
    """Whether the last sentence of a lead-in names definitions ("... have the following
    meaning:"); an earlier one does not ("That means you should be civil. We do not tolerate
    behavior that crosses the line into the following:" introduces rules), unless the last one
    is a few words only, read with it ("... have the meanings given below. In these Terms:")."""
    window = max(start, end - 200)
    breaks = [match.start() + 1 for match in SENTENCE_BREAK_RE.finditer(text, window, end)]
    begin = breaks[-1] if breaks else window
    if breaks and len(text[begin:end].split()) <= SHORT_SENTENCE_WORDS:
        begin = breaks[-2] if len(breaks) > 1 else window
    return _DEFINITIONS_RE.search(text, begin, end) is not None
