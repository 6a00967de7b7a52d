"""Reading one unit: is it a heading, a numbered item, a bullet, a run-in heading or plain text?

Input is the document text and a :class:`~clausediff.segment.units.Unit`; output is a
:class:`UnitInfo` giving the unit's kind, the readings of its clause number, its heading text
and where its body starts. Nothing here looks at neighbouring units except the word count of the
next one (a short line is a heading only when text follows it); nesting and granularity are the
builder's job.

Headings recognised: Markdown ``#`` headings (the clause starts after the ``#`` markers, at the
``**`` if any), word-processor styles ("Heading 2", "Titre 2", "h3"), bold paragraphs and
``**bold**`` lines, keyword divisions ("Article 1er –", "Chapitre II", "Annexe"), numbers
followed by a short title ("1. Definitions", "4.2.1 Inscription"), run-in titles ("2. Grant of
Copyright License. Subject to ..."), colon run-ins ("Attribution right: the Licensee ..."),
list items titled by a bold label ("* **Be clear** - Communicating ...": the clause starts at
the label) and short unnumbered lines, in capitals or not, followed by text (a line ending with
a colon only in capitals or when it names a definitions part: "Définitions :"); a numbered
title wrapped over two lines (PDF text). Never headings: Markdown link definitions ("[home]: https://..."),
fields of an address block ("Email: ...", URLs), a bold line announced by a colon, the words
linking the parties ("ET", "AND"). No I/O, no Qt.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple

from clausediff.segment.units import (
    COLON_RUNIN_RE,
    Unit,
    content_start,
    has_few_words,
    skip_emphasis,
    wrapped_title,
)
from clausediff.segment.wording import (
    HEADING_MAX_WORDS,
    RUNIN_TITLE_MAX_WORDS,
    SENTENCE_BREAK_RE,
    introduces,
    is_caps,
    long_sentence,
    opens_sentences,
    runin_title,
    short_title,
    starts_like_title,
)
from clausediff.text.numbering import Marker, marker_readings, may_open_with_number

_STYLE_LEVEL_RE = re.compile(r"\b(?:heading|titre|title|h)\s*(\d)\b", re.IGNORECASE)
_RUNIN_TITLE_RE = re.compile(r"[^.!?\n]{2,90}?[.:](?=[ \t\u00a0]+[\"“«‘(]?[A-ZÀ-ÖØ-Þ0-9])")
_COPYRIGHT_RE = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
# A list-item label opening a heading's title: "Article 1 – b. Licence", "Section 2 – (a) Fees"
_TITLE_ITEM_LABEL_RE = re.compile(
    r"(?:(?:[a-z]|[ivx]{1,4})[.)]|\([a-z]\))[ \t\u00a0]+(?=[A-ZÀ-ÖØ-Þ])"
)
# A list item's bold label and the dash, colon or period after it: "**Be clear** - ",
# "**Moderate Comments**\u200a - ", "**Scope.** " (the label at most eight words).
_BOLD_LABEL_RE = re.compile(
    r"[ \t]*(?P<bold>\*\*)(?P<label>[^*\n]{1,80}?)(?:\*\*\s*[-–—:.]|[.:]\*\*)"
    r"[ \t\u00a0\u200a]+(?=\S)"
)
# A Markdown link reference definition: "[label]: https://..." or "[1]: <url> "title"".
_LINK_DEFINITION_RE = re.compile(
    r"[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]*<?(?:[a-z][\w+.-]*:|/|#|www\.)"
)
_SEPARATORS = " \t\u00a0-–—:.*_"
# A field of an address block ("Email: x@y.org", "Tél. : 01 ...", a URL): never a heading.
_FIELD_LINE_RE = re.compile(r"\S[ \t\u00a0]?:[ \t\u00a0]*\S|@\w|https?://|www\.")
# Lines that link the parties of a contract's opening ("ENTRE ... ET ..."): never headings.
_PARTY_LINKS = frozenset(
    {
        "et",
        "and",
        "entre",
        "between",
        "d'une part",
        "d’une part",
        "d'autre part",
        "d’autre part",
        "of the one part",
        "of the other part",
        "by and between",
    }
)
# The one word that titles a definitions part, even followed by a colon ("Définitions :").
_DEFINITIONS_TITLE_RE = re.compile(
    r"d[ée]finitions?|glossaires?|glossary|lexique|terminologie|terminology", re.IGNORECASE
)


class Kind(StrEnum):
    """What a unit is, as far as clause boundaries go."""

    HEADING = "heading"  # a title line: number and/or heading, body on the following units
    ITEM = "item"  # a numbered paragraph, possibly with a run-in title
    BULLET = "bullet"  # a bulleted line
    RUNIN = "runin"  # an unnumbered short title run into its text ("Title: text", **Title**)
    TEXT = "text"  # anything else


class UnitInfo(NamedTuple):
    """One unit, read (a tuple: a long code has thousands, built and copied in every pass).

    ``clause_start`` is where a clause opened by this unit starts (after Markdown ``#`` markers);
    ``markers`` are the readings of its number (most likely first); ``heading`` is the title
    text; ``body_start`` is where the unit's own body text begins (``unit.end`` for a heading
    line). ``outline`` is the explicit heading level from Markdown or a paragraph style (0 when
    none). ``text`` is the document's text (the same string, not a copy): the unit's word count
    and case are read from it only when a rule asks (most paragraphs of a long code are never
    asked, and counting their words cost more than reading them); ``counted_words`` replaces
    the count where the unit's words do not count (a title line taken by its number: 0).
    """

    unit: Unit
    kind: Kind
    clause_start: int
    markers: tuple[Marker, ...]
    heading: str
    body_start: int
    outline: int
    bold: bool
    text: str
    counted_words: int | None = None

    @property
    def marker(self) -> Marker | None:
        """The most likely reading of the unit's number."""
        return self.markers[0] if self.markers else None

    @property
    def words(self) -> int:
        """How many words the unit has (counted when asked)."""
        if self.counted_words is not None:
            return self.counted_words
        return len(self.text[self.unit.start : self.unit.end].split())

    @property
    def caps(self) -> bool:
        """Whether the unit is written in capitals (:func:`is_caps`, read when asked)."""
        return is_caps(self.text[self.unit.start : self.unit.end])


def _style_level(unit: Unit) -> int:
    if not unit.style:
        return 0
    match = _STYLE_LEVEL_RE.search(unit.style)
    if match:
        return max(1, int(match.group(1)))
    if unit.style.lower() in {"title", "titre", "subtitle", "sous-titre"}:
        return 0
    return 0


def _skip(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in _SEPARATORS:
        pos += 1
    while pos < stop and text[pos].isspace():
        pos += 1
    return pos


def classify(text: str, unit: Unit, next_unit: Unit | None, after_colon: bool = False) -> UnitInfo:
    """Read one unit.

    ``next_unit`` is the following unit (None at the end): a short unnumbered line is a heading
    only when a sentence follows it (its text is read only then);
    ``after_colon`` tells that the previous unit ends with a colon (what follows is quoted or
    listed matter, not a heading).
    """
    newline = text.find("\n", unit.start, unit.end)
    line_end = unit.end if newline < 0 else newline
    first_line = text[unit.start : line_end]
    if _plain_paragraph(unit, first_line):
        return UnitInfo(unit, Kind.TEXT, unit.start, (), "", unit.start, 0, False, text)
    body_text = text[unit.start : unit.end]
    words = len(body_text.split())

    md_level, pos = content_start(text, unit.start)
    while pos < unit.end and text[pos].isspace():
        pos += 1
    if pos >= unit.end:  # "##" with nothing after it is not a heading
        md_level, pos = 0, unit.start
    outline = md_level or _style_level(unit)
    inner = skip_emphasis(text, pos)
    bold_open = inner > pos
    markers = marker_readings(text[inner:line_end])
    from_text = bool(markers)
    if unit.numbering and not markers:
        markers = marker_readings(unit.numbering)
    marker = markers[0] if markers else None
    after = min(inner + marker.length, line_end) if marker and from_text else inner
    rest_start = _skip(text, after, line_end) if marker else inner

    def info(kind: Kind, heading: str, body_start: int) -> UnitInfo:
        return UnitInfo(
            unit,
            kind,
            pos,
            markers,
            heading.strip(" \t*_:–—-"),
            body_start,
            outline,
            bold_open or unit.bold,
            text,
        )

    closing = text.find("**", inner, line_end) if bold_open else -1
    if marker and from_text and not bold_open and text.startswith("**", rest_start - 2):
        # "1.  **Title.** Text": the title in bold after the number
        closing = text.find("**", rest_start, line_end)
    if _LINK_DEFINITION_RE.match(text, unit.start, line_end):
        # "[homepage]: https://..." defines a Markdown link target; nothing of it is displayed
        return info(Kind.TEXT, "", unit.start)
    if outline:
        return info(Kind.HEADING, text[rest_start:line_end], _skip(text, line_end, unit.end))
    if marker and marker.family == "bullet":
        label = _BOLD_LABEL_RE.match(text, after, line_end)
        if (
            label
            and has_few_words(label.group("label"), RUNIN_TITLE_MAX_WORDS)
            and opens_sentences(text, label.end(), unit.end)
        ):
            # "* **Be clear** - Communicating with ...": an item titled by its bold label
            titled = info(Kind.RUNIN, label.group("label"), label.end())
            return titled._replace(clause_start=label.start("bold"))
        return info(Kind.BULLET, "", rest_start)
    if closing >= 0:
        # **Title** alone on its line, or run into the text: "**Title** : text", "**Title.** Text"
        heading = text[rest_start:closing]
        body = _skip(text, closing + 2, unit.end)
        if text[closing + 2 : line_end].strip(" \t:.–—-") == "":
            lead_in = text[inner:line_end].rstrip(" *_").endswith(":")
            if marker or (
                not lead_in and not after_colon and len(heading.split()) <= HEADING_MAX_WORDS
            ):
                return info(Kind.HEADING, heading, _skip(text, line_end, unit.end))
            # "**Sous réserve de :**" introduces a list, and "**Acme Abuse Desk**" after
            # "Notices must be addressed to:" is the matter announced: text, not headings
            return info(Kind.TEXT, "", unit.start)
        if marker:
            after_bold = text[body:line_end].strip()
            if not heading.strip(" \t:.–—-") and unit.line_count == 1 and short_title(after_bold):
                # "**Article 1** – Objet": the number in bold, the title after it
                return info(Kind.HEADING, after_bold, _skip(text, line_end, unit.end))
            return info(Kind.ITEM, heading, body)
        if text[closing + 2 : body].strip() == ":" and not opens_sentences(text, body, unit.end):
            # "**Term** : definition" defines a word; it does not title a clause
            return info(Kind.TEXT, "", unit.start)
        return info(Kind.RUNIN, heading, body)
    if marker and from_text and wrapped_title(text, unit):
        # "ARTICLE 5 – CONFIDENTIALITÉ ET PROTECTION DES" + "DONNÉES PERSONNELLES"
        return info(Kind.HEADING, " ".join(text[rest_start : unit.end].split()), unit.end)
    if marker:
        title = rest = text[rest_start:line_end].strip()
        label = _TITLE_ITEM_LABEL_RE.match(rest) if marker.family == "keyword" else None
        if label:  # the title's own label is no sentence break: judge the title after it
            rest = rest[label.end() :]
        if not rest or (
            unit.line_count == 1
            and short_title(rest)
            and not SENTENCE_BREAK_RE.search(rest)  # "Interpretation. The Supplier ..."
            and (marker.family == "keyword" or not long_sentence(rest))
            and (marker.family == "keyword" or not rest.endswith(".") or runin_title(rest))
        ):
            return info(Kind.HEADING, title, _skip(text, line_end, unit.end))
        match = _RUNIN_TITLE_RE.match(text, rest_start, line_end)
        if match and runin_title(match.group(0)):
            return info(Kind.ITEM, match.group(0).rstrip("."), _skip(text, match.end(), unit.end))
        return info(Kind.ITEM, "", rest_start)
    if (
        unit.bold
        and words <= HEADING_MAX_WORDS
        and unit.line_count == 1
        and not SENTENCE_BREAK_RE.search(first_line)
    ):
        return info(Kind.HEADING, first_line, unit.end)
    match = COLON_RUNIN_RE.match(text, inner, line_end)
    if (
        match
        and not any(char.isdigit() for char in match.group("label"))
        and opens_sentences(text, match.end(), unit.end)
    ):
        # "Title: If the Licensee ..." (a sentence follows), not "Term : definition"
        return info(Kind.RUNIN, match.group("label"), match.end())
    if unit.bold:
        match = _RUNIN_TITLE_RE.match(text, inner, line_end)
        if match and runin_title(match.group(0)):
            return info(Kind.RUNIN, match.group(0).rstrip(".:"), _skip(text, match.end(), unit.end))
    if (
        unit.line_count == 1
        and words <= HEADING_MAX_WORDS
        and len(first_line) <= 110
        and starts_like_title(first_line)
        and not first_line.rstrip("*_ ").endswith((".", ",", ";"))
        and introduces(first_line, text[next_unit.start : next_unit.end] if next_unit else "")
        and not after_colon
        and not _COPYRIGHT_RE.search(first_line)
        # a line ending with a colon announces what follows ("Sous réserve de :"), unless it is
        # in capitals or names a definitions part ("Définitions :")
        and (
            not first_line.rstrip().endswith(":")
            or is_caps(body_text)
            or _DEFINITIONS_TITLE_RE.fullmatch(first_line.strip(" \t:*_\u00a0")) is not None
        )
        and first_line.strip(" \t:,*_").casefold() not in _PARTY_LINKS
        and not _FIELD_LINE_RE.search(first_line)
    ):
        return info(Kind.HEADING, first_line.rstrip(" :\u00a0"), unit.end)
    return info(Kind.TEXT, "", unit.start)


def _plain_paragraph(unit: Unit, first_line: str) -> bool:
    """A paragraph that none of the rules below can make more than text, told at a glance.

    Most units of a long contract or code are such paragraphs: no reader hint (style, number,
    bold), a first line with no Markdown, emphasis or link mark, no number and no colon (no
    run-in label), and too long to be a short title line.
    """
    return (
        not (unit.style or unit.numbering or unit.bold)
        and first_line[:1] not in "#*_["
        and not may_open_with_number(first_line)
        and ":" not in first_line
        # (a unit of one line is its first line)
        and (unit.line_count > 1 or not has_few_words(first_line, HEADING_MAX_WORDS))
    )
