"""Preparing read units for nesting: numbers checked, title lines joined, front matter found.

Input is the list of :class:`~clausediff.segment.headings.UnitInfo` of a document, output the
same list corrected:

* a number is a clause number only when it continues its sequence (within its style, and for
  decimals within their parent number) or starts one (0, 1, a, i), or opens a titled heading, so a
  stray "3." or "1.5 fois" in running text does not cut a clause; roman/letter ambiguity ("i."
  after "h.") is settled the same way;
* a number alone on its line ("ARTICLE 1") takes the title line that follows ("OBJET");
* leading title lines, version lines (numbered or dated: "_Version de Octobre 2011_", "Last
  updated: March 3, 2020") and copyright lines are front matter and belong to no clause; a
  first heading is the document's title unless unnumbered headings share its level.

No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.segment.headings import Kind, UnitInfo
from clausediff.text.numbering import Marker

# Copyright notices and version lines ("Copyright (c) 2000", "Version 2.0", "V. 1.1").
_FRONT_MATTER_RE = re.compile(
    r"©|\(c\)\s*\d|\(c\) the|copyright\s+(?:\(c\)|©|\d{4})|\bversion\s+(?:\d|en vigueur|du)|"
    r"\bv\.?\s*\d+\.\d|all rights reserved|tous droits réservés",
    re.IGNORECASE,
)
# A dated version line ("Version de Octobre 2011", "Last updated: March 3, 2020",
# "Dernière mise à jour le 12 mars 2024", "Effective date: 2020-01-01"): a keyword among the
# first words and a year ("Le contrat entre en vigueur le 1er mars 2024." is a sentence).
_DATED_LINE_RE = re.compile(
    r"^(?=.{0,80}$)(?=.*\b(?:1[89]|20)\d\d\b)\W*(?:[\w’']+\W+){0,2}?(?:version|mise à jour|"
    r"mis à jour|updated|revised|révisée?|modifiée?s?|effective|en vigueur|applicables? )",
    re.IGNORECASE,
)
DATED_LINE_MAX_WORDS = 10
# Words that name a whole document, so a first line holding one is its title.
_TITLE_WORDS_RE = re.compile(
    r"contrat|convention|accord|conditions|licen[cs]e|agreement|terms|policy|politique|statuts|"
    r"charte|avenant|protocole|cgu|cgv|contract|policies",
    re.IGNORECASE,
)
FRONT_MATTER_MAX_UNITS = 8
_TITLE_STYLES = frozenset({"title", "titre", "subtitle", "sous-titre"})
COPYRIGHT_MAX_WORDS = 40  # a copyright notice with its permission line


def check_numbers(infos: list[UnitInfo]) -> list[UnitInfo]:
    """Keep the reading of each number that continues or starts a sequence; drop the others."""
    last: dict[str, int] = {}
    checked: list[UnitInfo] = []
    for info in infos:
        if not info.markers:  # most paragraphs
            checked.append(info)
            continue
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
                info._replace(kind=kind, markers=(), heading=info.heading if info.outline else "")
            )
            continue
        if chosen.ordinal is not None:
            last[_sequence_key(chosen)] = chosen.ordinal
        # most numbers have one reading: the info is kept as it is (no copy)
        checked.append(info if info.markers == (chosen,) else info._replace(markers=(chosen,)))
    return checked


def is_front_matter_line(body: str, words: int) -> bool:
    """A copyright notice, a version number or a dated version line (emphasis ignored)."""
    plain = body.replace("*", "").replace("_", " ").strip()
    if _FRONT_MATTER_RE.search(plain) and words <= COPYRIGHT_MAX_WORDS:
        return True
    return words <= DATED_LINE_MAX_WORDS and bool(_DATED_LINE_RE.search(plain))


def _title_line(text: str, info: UnitInfo) -> bool:
    """A single short line without closing punctuation: a title when it follows a number."""
    if info.unit.line_count != 1:
        return False
    line = text[info.unit.start : info.unit.end]
    return (
        0 < len(line.split(None, 12)) <= 12  # a word, at most 12
        and line[:1].isupper()
        and not line.rstrip("*_ ").endswith((".", ",", ";", ":"))
    )


def join_title_lines(text: str, infos: list[UnitInfo]) -> tuple[list[UnitInfo], dict[int, int]]:
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
            joined[index] = info._replace(heading=title.strip(), body_start=following.unit.end)
            joined[index + 1] = following._replace(kind=Kind.TEXT, heading="", counted_words=0)
            tails[index] = index + 1
    return joined, tails


def _sequence_key(marker: Marker) -> str:
    """Numbers continue each other within a style, and for decimals within a parent number."""
    if marker.family == "dec" and "." in marker.number.strip("."):
        return f"{marker.style}:{marker.number.strip('.').rsplit('.', 1)[0]}"
    return marker.style


def front_matter_end(text: str, infos: list[UnitInfo]) -> int:
    """Index of the first unit after the title lines, version and copyright lines."""
    top_markdown = sum(
        1 for info in infos if info.outline == 1 and text.startswith("#", info.unit.start)
    )

    def title_like(info: UnitInfo) -> bool:
        if info.marker is not None:
            return False
        if info.unit.style.lower() in _TITLE_STYLES:
            return True
        if info.outline:
            return info.outline == 1 and top_markdown == 1
        body = text[info.unit.start : info.unit.end]
        if is_front_matter_line(body, info.words):
            return True
        lines = [line.strip() for line in body.splitlines()]
        return all(
            len(line.split()) <= 12 and not line.endswith((".", ",", ";", ":")) for line in lines
        )

    index = 0
    while index < min(len(infos), FRONT_MATTER_MAX_UNITS):
        info = infos[index]
        body = text[info.unit.start : info.unit.end]
        if (
            index == 0
            and info.outline
            and info.marker is None
            and (info.caps or _TITLE_WORDS_RE.search(body))
            and not any(
                other.outline == info.outline and other.marker is None for other in infos[1:]
            )
        ):
            # a first heading naming the document ("Contrat de services"), unless later
            # unnumbered headings share its level ("## Binding Contract", "## Duration")
            index += 1
            continue
        if not title_like(info):
            break
        if (
            info.outline
            or is_front_matter_line(body, info.words)
            or info.unit.style.lower() in (_TITLE_STYLES)
        ):
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
