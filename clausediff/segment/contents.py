"""Tables of contents: the runs of units that list the document's headings, found as a whole.

Most long contracts open with a table of contents ("SOMMAIRE", "Table des matières",
"Contents"). Read unit by unit, each entry looks like the heading it lists ("Article 1 – Objet
....... 2"), so without this module every entry became an empty clause carrying the same number
as the real article, which it then competed with in alignment. Input is the document text and
its read units (:class:`~clausediff.segment.headings.UnitInfo`, after numbers are checked and
title lines joined); output is each table found, as a :class:`Contents` range of units, which
the builder makes one clause of its own (its title as heading, every entry line in its text).

A run of units is a table of contents on general evidence only, never on a document's name:

* entries with leaders and page numbers ("Objet ........ 2", "Article 1 – Objet<TAB>2",
  several run together on one line as PDF text has them), or paragraphs styled as entries by
  the word processor ("toc 1", "TM 2", "Contents 1"): a run of them whose page numbers do not
  go back, under a title ("Sommaire", "Table des matières", "Contents", "Table of contents"),
  or whose titles mostly reappear later as headings, or of five dotted entries at least;
* a run of headings with no text between them whose titles reappear later, in the body, as
  headings ("## [2. Objet](cgu.md#_toc1)" ... then "## 2 . Objet"): the table ends where its
  first entry's title comes back. Nested divisions with no text of their own ("Titre I",
  "Chapitre 1", "Article 1 – Objet") are no table: their titles do not come back.

No I/O, no Qt.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from clausediff.segment.headings import Kind, UnitInfo

# A leader and a page number ending an entry: three or more dots (or "…", "·", "_"), or a tab,
# then the page in digits or roman numerals, then a space or the end.
_ENTRY_END_RE = re.compile(
    r"(?:[ \t\u00a0\u202f]*(?:[.…·_][ \t\u00a0\u202f]*){3,}|[ \t\u00a0\u202f]*\t[ \t\u00a0\u202f]*)"
    r"(?P<page>\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})(?=\s|$)"
)
_LEADER_RE = re.compile(r"\t|(?:\.[ \u00a0]?){3,}|…")
# The tab leader alone (a table's cells are joined by tabs too: weaker evidence than dots).
_DOTS_RE = re.compile(r"[.…·_]")
# Paragraph styles of a table's entries: Word's "toc 1" (French Word "TM 1"), LibreOffice's
# "Contents 1"; and of its title: "TOC Heading", "Contents Heading".
_ENTRY_STYLE_RE = re.compile(r"(?:toc|tm|contents|table of contents)[ _]?\d", re.IGNORECASE)
_TITLE_STYLE_RE = re.compile(r"(?:toc|contents)[ _]heading", re.IGNORECASE)
# The title of a table of contents, once normalised by :func:`title_key`.
_TITLE_WORD_RE = re.compile(r"sommaire|mati[eè]res|contents", re.IGNORECASE)
TITLE_MAX_CHARS = 60
_TITLE_KEYS = frozenset(
    {"sommaire", "table des matières", "table des matieres", "contents", "table of contents"}
)
# Link targets, HTML tags and Markdown marks, which a listed title and its heading spell apart.
_MARKUP_RE = re.compile(r"\]\([^)\s]*\)|<[^>\n]{0,300}>|[\[\]*_`#]")
_WORD_RE = re.compile(r"\w+")
_ROMANS = frozenset(
    {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv"}
    | {"xv", "xvi", "xvii", "xviii", "xix", "xx"}
)
_DIVISION_WORDS = frozenset(
    {"article", "art", "section", "chapitre", "chapter", "titre", "title", "partie", "part"}
    | {"annexe", "annex", "appendix", "clause", "livre", "book", "sous", "sub"}
)
TITLE_KEY_WORDS = 12  # a listed title is compared by its first words (a TOC may cut it)
MIN_ENTRIES = 3  # without a title, a table lists three headings at least
MIN_TITLED_ENTRIES = 2
MIN_DOTTED_ENTRIES = 5  # dotted entries with rising page numbers, on their own evidence
REAPPEAR_SHARE = 0.8  # of an untitled run of headings' titles found again after it
REAPPEAR_TITLED_SHARE = 0.5
MAX_GAP_UNITS = 1  # a group title without a page number inside a table ("TITRE I")
GAP_MAX_WORDS = 12
MAX_LISTED_HEADINGS = 400
_PAGE_CHARS = "0123456789ivxlcIVXLC"
_LEADER_CHARS = ".…·_\t"


class Contents(NamedTuple):
    """A table of contents: units ``first`` to ``end`` (exclusive).

    ``titled`` tells that unit ``first`` is its title ("Sommaire"); the entries follow it.
    """

    first: int
    end: int
    titled: bool


def title_key(title: str) -> str:
    """A title as a table of contents and its heading both spell it.

    Markup, link targets and punctuation are dropped, case is folded, and the leading number
    and division word go ("Article 1 – Objet ...", "## [2. Objet](cgu.md#_toc1)" and
    "2 . Objet <a id='toc1'></a>" all give "objet").
    """
    title = _LEADER_RE.split(title, 1)[0]  # "Objet ....... 2": the title before the leader
    words = _WORD_RE.findall(_MARKUP_RE.sub(" ", title).casefold())
    skip = 0
    while skip < min(len(words) - 1, 4) and (
        words[skip][0].isdigit()
        or words[skip] in _ROMANS
        or len(words[skip]) == 1
        or words[skip] in _DIVISION_WORDS
    ):
        skip += 1
    return " ".join(words[skip : skip + TITLE_KEY_WORDS])


def find_contents(text: str, infos: list[UnitInfo]) -> list[Contents]:
    """Every table of contents among the units, in text order (see the module docstring).

    Each unit is asked only what it may answer: a short line or a styled paragraph whether it
    titles a table, a unit ending on a page number (or styled) whether it is an entry, and
    until the body begins a heading whether it opens a run listed again later. A long code's
    thousands of units cost a few milliseconds.
    """
    found: list[Contents] = []
    headings = _HeadingIndex(infos)
    count = len(infos)
    index = 0
    body_began = False  # a heading with text under it has been read
    while index < count:
        info = infos[index]
        unit = info.unit
        table = None
        if (
            (unit.style or (unit.line_count == 1 and unit.end - unit.start <= TITLE_MAX_CHARS))
            and not (info.markers and info.markers[0].family == "keyword")  # "Article 7"
            and index + 1 < count
            and is_title(text, info)
        ):
            table = _entries_at(text, infos, index + 1, headings) or _headings_at(
                text, infos, index if info.kind is Kind.HEADING else index + 1, headings, True
            )
        if table is None and (unit.style or _ends_on_page(text, unit.start, unit.end)):
            table = _entries_at(text, infos, index, headings)
        if table is None and not body_began and info.kind is Kind.HEADING:
            table = _headings_at(text, infos, index, headings, False)
        if table is None:
            body_began = body_began or (
                info.kind is not Kind.TEXT
                and index + 1 < count
                and infos[index + 1].kind is Kind.TEXT
            )
            index += 1
            continue
        found.append(table)
        index = table.end
    return found


def _ends_on_page(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on a page number after a leader (read backwards)."""
    position = end
    while position > start and end - position <= 7 and text[position - 1] in _PAGE_CHARS:
        position -= 1
    if position == end:
        return False
    while position > start and text[position - 1] in " \u00a0\u202f":
        position -= 1
    return position > start and text[position - 1] in _LEADER_CHARS


def as_text(infos: list[UnitInfo], tables: list[Contents]) -> list[UnitInfo]:
    """The units with those of each table read as plain text (no heading, no number)."""
    plain = list(infos)
    for table in tables:
        for index in range(table.first, table.end):
            info = plain[index]
            plain[index] = info._replace(
                kind=Kind.TEXT, markers=(), heading="", outline=0, body_start=info.unit.start
            )
    return plain


def is_title(text: str, info: UnitInfo) -> bool:
    """A line titling a table of contents ("SOMMAIRE", "## 1. Table des matières")."""
    if info.unit.style and _TITLE_STYLE_RE.fullmatch(info.unit.style):
        return True
    if info.unit.line_count != 1 or info.unit.end - info.unit.start > TITLE_MAX_CHARS:
        return False
    line = text[info.unit.start : info.unit.end]
    # (asked of most units: the words are looked for before the line is read as a title)
    return _TITLE_WORD_RE.search(line) is not None and title_key(line) in _TITLE_KEYS


class _HeadingIndex:
    """Where each heading title occurs (by :func:`title_key`), built once and only if asked."""

    def __init__(self, infos: list[UnitInfo]) -> None:
        self._infos = infos
        self._last: dict[str, int] | None = None  # the last unit titled by each key

    def occurs_after(self, key: str, position: int) -> bool:
        """Whether a heading titled ``key`` opens a unit at index ``position`` or later."""
        if self._last is None:
            self._last = {
                title_key(info.heading): index
                for index, info in enumerate(self._infos)
                if info.heading
            }
        return self._last.get(key, -1) >= position


def _entry_titles(text: str, info: UnitInfo) -> list[tuple[str, str]] | None:
    """(title, page) of each leader entry the unit is made of, None when it is not made of them.

    A unit of several entries ("Objet.....2 Durée.....2", as PDF text runs them together) gives
    them all; a title wrapped over two lines is one entry.
    """
    if not _ends_on_page(text, info.unit.start, info.unit.end):
        return None  # at a glance (most units)
    body = text[info.unit.start : info.unit.end]
    entries: list[tuple[str, str]] = []
    begin = 0
    for match in _ENTRY_END_RE.finditer(body):
        title = body[begin : match.start()].strip()
        if not title or len(title.split()) > 40:
            return None
        entries.append((title, match.group("page")))
        begin = match.end()
    if not entries or body[begin:].strip():
        return None
    return entries


def _styled_entry(info: UnitInfo) -> bool:
    return bool(info.unit.style) and _ENTRY_STYLE_RE.fullmatch(info.unit.style) is not None


def _entries_at(
    text: str, infos: list[UnitInfo], first: int, headings: _HeadingIndex
) -> Contents | None:
    """A run of leader entries (or of entry-styled paragraphs) starting at unit ``first``."""
    if not (_styled_entry(infos[first]) or _entry_titles(text, infos[first])):
        return None
    titled = first > 0 and is_title(text, infos[first - 1])
    titles: list[tuple[str, str]] = []
    styled = dotted = 0
    index = end = first
    gap = 0
    while index < len(infos):
        info = infos[index]
        entries = _entry_titles(text, info)
        if entries or _styled_entry(info):
            if entries:
                titles.extend(entries)
                dotted += sum(1 for _ in _dotted(text, info))
            else:
                titles.append((text[info.unit.start : info.unit.end], ""))
                styled += 1
            end = index + 1
            gap = 0
        elif gap < MAX_GAP_UNITS and info.unit.line_count == 1 and info.words <= GAP_MAX_WORDS:
            gap += 1  # a group title without a page number, if entries follow it
        else:
            break
        index += 1
    if not styled and _pages_go_back([page for _, page in titles]):
        return None
    keys = [title_key(title) for title, _ in titles]
    found = sum(1 for key in keys if key and headings.occurs_after(key, end))
    if not (
        styled
        or (titled and len(titles) >= MIN_TITLED_ENTRIES)
        or (len(titles) >= MIN_ENTRIES and found >= len(titles) * REAPPEAR_TITLED_SHARE)
        or dotted >= MIN_DOTTED_ENTRIES
    ):
        return None
    return Contents(first - 1 if titled else first, end, titled)


def _dotted(text: str, info: UnitInfo) -> Iterator[None]:
    """One item per entry of the unit whose leader is made of dots (not a tab)."""
    for match in _ENTRY_END_RE.finditer(text, info.unit.start, info.unit.end):
        if _DOTS_RE.search(match.group(0)):
            yield None


def _pages_go_back(pages: list[str]) -> bool:
    """Whether the page numbers (in digits) go back more than once in five entries."""
    numbers = [int(page) for page in pages if page.isdigit()]
    backs = sum(1 for before, after in itertools.pairwise(numbers) if after < before)
    return backs > len(numbers) // 5


def _listed_key(heading: str) -> str:
    """:func:`title_key` of a heading that may be an entry whose leader is lost.

    A PDF's text keeps a tab leader as one space: "Article 1 – Objet 2" lists "Objet" on page 2
    (a page number after a title: the title's own numbers come before it).
    """
    key = title_key(heading)
    head, _, last = key.rpartition(" ")
    if head and (last.isdigit() or last in _ROMANS) and heading.rstrip()[-1:].isalnum():
        return head
    return key


def _sentence(heading: str) -> bool:
    """A heading that reads as a sentence: some words, then a full stop."""
    plain = _MARKUP_RE.sub(" ", heading).rstrip()
    return plain.endswith((".", "!", "?")) and len(plain.split(None, 4)) > 4


def _headings_at(
    text: str, infos: list[UnitInfo], first: int, headings: _HeadingIndex, body_began: bool
) -> Contents | None:
    """A run of headings with no text between them, listed again later (Markdown tables).

    Untitled, such a run is a table only before the body (a legal code's divisions emptied by
    a repeal, listed again further on with their new articles, are no table).
    """
    if infos[first].kind is not Kind.HEADING:
        return None
    titled_here = is_title(text, infos[first])
    titled = titled_here or (first > 0 and is_title(text, infos[first - 1]))
    if body_began and not titled:
        return None
    start = first + 1 if titled_here else first
    run_end = start
    while (
        run_end < min(len(infos), start + MAX_LISTED_HEADINGS)
        and infos[run_end].kind is Kind.HEADING
    ):
        run_end += 1
    if run_end - start < 2:
        return None
    keys = [_listed_key(infos[index].heading) for index in range(start, run_end)]
    if not keys[0]:
        return None
    # the table ends where its first entry comes back as the real heading; without that, its
    # last heading (followed by text) is the body's first
    again = next((offset for offset in range(1, len(keys)) if keys[offset] == keys[0]), None)
    count = again if again is not None else len(keys) - 1
    end = start + count
    keys = keys[:count]
    if len(keys) < (MIN_TITLED_ENTRIES if titled else MIN_ENTRIES):
        return None
    sentences = sum(1 for index in range(start, end) if _sentence(infos[index].heading))
    if sentences * 2 > len(keys):
        return None  # "a. La Partie A exécute ses obligations.": provisions, not titles listed
    if not headings.occurs_after(keys[0], end):
        return None  # a table lists the body's headings from its first one
    if len(set(keys)) < len(keys) * REAPPEAR_SHARE:
        return None  # "Dispositions générales" under every chapter: not a list of headings
    share = REAPPEAR_TITLED_SHARE if titled else REAPPEAR_SHARE
    found = sum(1 for key in keys if key and headings.occurs_after(key, end))
    if found < max(MIN_TITLED_ENTRIES, math.ceil(len(keys) * share)):
        return None
    return Contents(first if titled_here else (first - 1 if titled else first), end, titled)
