"""Units: the paragraphs and numbered lines segmentation works on, with their offsets.

Input is a :class:`~clausediff.document.Document`; output is a list of :class:`Unit` in text
order. A unit is a paragraph (a run of non-blank lines, or a reader's paragraph), split further
where a line opens with a clause number, a bullet or a Markdown heading right after a line that
ends a sentence, and around a short title line set directly above its text ("1.Definitions" or
"Objet du contrat" then the text on the next line, as PDF-derived text has it); a numbered line
that reads as the start of a sentence ("a) Subject to the terms of this Agreement, each
Contributor hereby grants" then "Recipient a ...") is no such title. A line that begins with a
number in the middle of a sentence ("... pursuant to Article\\n5 of ...") does not open a
unit. Blank lines, rules, setext underlines and page numbers ("Page 2 sur 9", "- 2 -")
separate units; YAML front matter is skipped; text saved by a word processor (one long line
per paragraph, no blank line) is read one paragraph per line.

Each line's start is read once (:func:`read_line`), most lines of prose by one quick test.
Offsets are into ``document.text``; ``start`` is the first non-space character. No I/O, no Qt.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from clausediff.document import Document, Paragraph
from clausediff.text import numbering
from clausediff.text.numbering import REMEMBERED_CHARS, may_open_with_number, parse_marker

TITLE_LINE_MAX_WORDS = 8
UNWRAPPED_LINE_CHARS = 100
TITLE_LINE_MAX_CHARS = 60
TITLE_WRAP_MAX_WORDS = 6
# Words a title cannot end on: a title line ending on one goes on on the next line.
_TITLE_OPEN_WORDS = frozenset(
    {"de", "des", "du", "d’", "d'", "la", "le", "les", "l’", "l'", "à", "au", "aux", "et", "ou"}
    | {"en", "par", "pour", "sur", "dans", "avec", "of", "the", "and", "or", "to", "for", "in"}
    | {"on", "by", "with", "a", "an"}
)
_MD_HEADING_RE = re.compile(r"(?P<hashes>#{1,6})[ \t]+")
_EMPHASIS_RE = re.compile(r"(\*\*|__)")
_SENTENCE_END = tuple('.:;!?»”"’)')
# YAML (---) or TOML (+++) front matter of a Markdown file: metadata, never a clause.
_YAML_FRONT_MATTER_RE = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?:.{0,300}\n){0,60}?(?P=fence)[ \t]*(?:\n|\Z)"
)
# Lines that separate paragraphs like a blank line (they never open a clause): rules and setext
# underlines ("-----", "=====", "***"), and the page furniture left in text extracted from a
# PDF ("Page 3 sur 10", "Page 3 of 10", "- 3 -", "3/10").
_SEPARATOR_LINE_RE = re.compile(
    r"([-=_*~])(?:[ \t]*\1){2,}|"
    r"(?i:(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:/|sur|of|de)[ \t]*\d{1,4})?|"
    r"[-–—][ \t]*\d{1,4}[ \t]*[-–—]|\d{1,4}[ \t]*/[ \t]*\d{1,4})"
)
# "Attribution right: the Licensee ..." — a short label run into its text by a colon. The words
# are matched possessively (*+, ++): what follows a word is a space or a colon, never part of
# it, so trying shorter words could never succeed and only made every line of prose slow to fail.
COLON_RUNIN_RE = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-Þ][^\s:;,.]*+(?:[ \t]+[^\s:;.]++){0,5}?)[ \t\u00a0]?:[ \t\u00a0]*(?=\S)"
)


class Unit(NamedTuple):
    """A paragraph or numbered line of the document (a tuple: a long code has thousands).

    ``start`` is its first non-space character, ``end`` its last character + 1 (trailing spaces
    excluded). ``indent`` counts the spaces before ``start`` on its line; ``blank_before`` tells
    that a blank line or a paragraph break precedes it. The hint fields copy the reader's
    :class:`~clausediff.document.Paragraph` when the unit starts one.
    """

    start: int
    end: int
    indent: int
    line_count: int
    blank_before: bool
    style: str = ""
    level: int = 0
    numbering: str = ""
    bold: bool = False


def content_start(text: str, pos: int) -> tuple[int, int]:
    """Skip a Markdown heading marker at ``pos``: (Markdown level or 0, offset after it)."""
    match = _MD_HEADING_RE.match(text, pos)
    if match:
        return len(match.group("hashes")), match.end()
    return 0, pos


def skip_emphasis(text: str, pos: int) -> int:
    """Offset after leading ``**``/``__`` emphasis markers (and spaces) at ``pos``."""
    while True:
        match = _EMPHASIS_RE.match(text, pos)
        if not match:
            return pos
        pos = match.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1


class LineStart(NamedTuple):
    """What the start of one line tells, read once: :func:`read_line`."""

    opens_unit: bool  # it starts like a clause, a list item or a heading
    heading: bool  # it reads as a heading whose text starts on the next line


_RUNNING_TEXT = LineStart(False, False)
_RUN_IN_LABEL = LineStart(True, False)


def read_line(line: str) -> LineStart:
    """Read how a line starts: its Markdown and emphasis markers and its number, parsed once.

    Cutting units asks both questions of every line (one as the line arrives, the other when
    the next one does), so they share one reading instead of parsing the number twice. The
    readings of short marked lines are remembered: the two sides of a comparison share most of
    their "Article N" lines, which a whole legal code has thousands of.
    """
    marked = line.lstrip().startswith(("#", "**", "__"))
    if not marked and not may_open_with_number(line):
        # running text (most lines): no Markdown or emphasis marker, no number; at most a
        # label run in by a colon
        if ":" in line and COLON_RUNIN_RE.match(line) is not None:
            return _RUN_IN_LABEL
        return _RUNNING_TEXT
    if len(line) <= REMEMBERED_CHARS:
        return _remembered_reading(line, marked)
    return _read_numbered_line(line, marked)


@functools.lru_cache(maxsize=numbering.REMEMBERED_TEXTS)
def _remembered_reading(line: str, marked: bool) -> LineStart:
    return _read_numbered_line(line, marked)


def forget_readings() -> None:
    """Forget the remembered readings of lines and numbers (a benchmark times a fresh process)."""
    _remembered_reading.cache_clear()
    numbering.forget_readings()


def _read_numbered_line(line: str, marked: bool) -> LineStart:
    """:func:`read_line` for a line that may open with a number (``marked``: or a ``#``/``**``)."""
    pos = 0
    if marked:
        level, pos = content_start(line, 0)
        if level:
            return LineStart(True, True)
        pos = skip_emphasis(line, pos)
    markers = parse_marker(line[pos:])
    opens = bool(markers) or pos > 0 or COLON_RUNIN_RE.match(line) is not None
    stripped = line.strip()
    if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) and len(stripped) > 4:
        return LineStart(opens, True)
    if not markers or markers[0].family == "bullet":
        return LineStart(opens, False)
    rest = line[pos + markers[0].length :].strip(" \t-–—:.*")
    return LineStart(
        opens,
        not rest
        or (
            has_few_words(rest, 12)
            and (rest[0].isupper() or rest[0] in "«“\"‘'")
            and not rest.endswith((",", ";", ":"))
            and not _reads_as_sentence(rest)
        ),
    )


def _reads_as_sentence(rest: str) -> bool:
    """A line of some length with a comma before a lower-case word: a wrapped sentence.

    "a) Subject to the terms of this Agreement, each Contributor hereby grants" goes on
    "Recipient a non-exclusive ..." on the next line, "e) Notwithstanding the terms of any
    Secondary License, no" on "Contributor makes ..."; a title is shorter, or not so punctuated.
    """
    if has_few_words(rest, TITLE_WRAP_MAX_WORDS):
        return False
    comma = rest.find(", ")
    while comma >= 0:
        if rest[comma + 2 : comma + 3].islower():
            return True
        comma = rest.find(", ", comma + 2)
    return False


def is_heading_line(line: str) -> bool:
    """Whether a single line reads as a heading whose text starts on the next line."""
    return read_line(line).heading


def has_few_words(text: str, limit: int) -> bool:
    """Whether ``text`` has at most ``limit`` words (split no further than needed to tell)."""
    return len(text.split(None, limit)) <= limit


def title_goes_on(title: str, following: str) -> bool:
    """Whether ``following`` continues a numbered title line wrapped in two (PDF text).

    "ARTICLE 5 – CONFIDENTIALITÉ ET PROTECTION DES" then "DONNÉES PERSONNELLES": a short title
    ends on a word that cannot end one ("des", "of"), or both lines are in capitals; the second
    line is short, unnumbered and does not end a sentence.
    """
    if following.endswith(_SENTENCE_END):
        return False
    words = following.split(None, TITLE_WRAP_MAX_WORDS)
    if not words or len(words) > TITLE_WRAP_MAX_WORDS:
        return False
    if content_start(following, 0)[0] or parse_marker(following):
        return False
    title_words = title.rstrip(" \t*_").split()
    if following[:1].islower() and len(words) <= 3 and len(title_words) <= TITLE_LINE_MAX_WORDS:
        return True  # "Force majeure et cas" + "fortuits"
    if title_words and title_words[-1].casefold() in _TITLE_OPEN_WORDS:
        # a short title only: a long line ending on "et" is a wrapped sentence
        return len(title_words) <= TITLE_LINE_MAX_WORDS + 2
    letters = [char for char in title + following if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def wrapped_title(text: str, unit: Unit) -> bool:
    """A unit of two lines that are one numbered title wrapped in two."""
    if unit.line_count != 2:
        return False
    first, second = text[unit.start : unit.end].split("\n", 1)
    return is_heading_line(first) and title_goes_on(first, second.strip())


def _next_line(text: str, line_end: int, stop: int) -> str:
    """The stripped line after the one ending at ``line_end`` ("" at the end)."""
    if line_end >= stop:
        return ""
    newline = text.find("\n", line_end + 1, stop)
    return text[line_end + 1 : stop if newline < 0 else newline].strip()


def _title_over_text(line: str, following: str) -> bool:
    """A short title line set directly above its text, with no blank line (PDF layout)."""
    return _title_line(line) and _text_line(following)


def _title_line(line: str) -> bool:
    """A line short enough, and so begun and ended, to be a title set above its text."""
    title = line.strip()
    return (
        len(title) <= TITLE_LINE_MAX_CHARS
        and has_few_words(title, TITLE_LINE_MAX_WORDS)
        and title[:1].isupper()
        and not title.endswith((".", ",", ";", ":", "-"))
    )


def _text_line(line: str) -> bool:
    """A line that starts a sentence of some length (what a title line is set above)."""
    return line[:1].isupper() and not has_few_words(line, 5)


def _ends_sentence(line: str, heading: bool) -> bool:
    """Whether a line ends a sentence (``heading``: it is a heading line, which ends one too)."""
    return line.rstrip().rstrip("*_").endswith(_SENTENCE_END) or heading


def build_units(document: Document) -> list[Unit]:
    """Split the document text into units (paragraphs, numbered lines)."""
    text = document.text
    if document.paragraphs:
        units: list[Unit] = []
        for paragraph in document.paragraphs:
            units.extend(_units_in(text, paragraph.start, paragraph.end, paragraph))
        return units
    front = _YAML_FRONT_MATTER_RE.match(text)
    begin = front.end() if front else 0
    return _units_in(text, begin, len(text), None, _one_paragraph_per_line(text[begin:]))


def _one_paragraph_per_line(text: str) -> bool:
    """Text saved from a word processor: long lines, one per paragraph, no blank line at all."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or len(lines) != len(text.strip().split("\n")):
        return False
    lengths = sorted(len(line) for line in lines)
    return lengths[len(lengths) // 2] >= UNWRAPPED_LINE_CHARS


_NO_HINTS = ("", 0, "", False)  # Unit's style, level, numbering and bold without a hint


def _units_in(
    text: str, begin: int, stop: int, hints: Paragraph | None, line_paragraphs: bool = False
) -> list[Unit]:
    """Units of ``text[begin:stop]``, reading the start of each line once (:func:`read_line`)."""
    units: list[Unit] = []
    # the unit being gathered: its number of lines (0: none), the start and indent of its first
    # line, the end of its last one
    line_count = unit_start = unit_indent = unit_end = 0
    blank = True

    # the reader's hints go to the paragraph's first unit only
    hinted = (hints.style, hints.level, hints.numbering, hints.bold) if hints else _NO_HINTS

    def flush() -> None:
        nonlocal line_count
        if line_count:
            units.append(
                Unit(
                    unit_start,
                    unit_end,
                    unit_indent,
                    line_count,
                    current_blank,
                    *(_NO_HINTS if units else hinted),
                )
            )
        line_count = 0

    current_blank = True
    title_wrapped = False  # the unit's first two lines are one wrapped numbered title
    first_read = previous_read = _RUNNING_TEXT  # the unit's first line, the last one
    previous = ""  # the last line read, stripped
    pos = begin
    for line in text[begin:stop].split("\n"):
        line_end = pos + len(line)
        stripped = line.strip()
        if not stripped or _SEPARATOR_LINE_RE.fullmatch(stripped):
            flush()
            blank = True
        else:
            if line_paragraphs and line_count:
                flush()  # every line is a paragraph of its own
                blank = True
            lead = line.find(stripped)  # the spaces before the line's first character
            start = pos + lead
            end = start + len(stripped)
            reading = read_line(stripped)
            if line_count:
                goes_on = line_count <= 2 and title_goes_on(previous, stripped)
                if line_count == 1 and goes_on:
                    title_wrapped = previous_read.heading
                title_lines = 2 if title_wrapped else 1
                ends_sentence = _ends_sentence(previous, previous_read.heading)
                breaks = (
                    (reading.opens_unit and ends_sentence and not title_wrapped)
                    or (
                        line_count == title_lines
                        and not goes_on
                        # a long line going on in lower case is a hard-wrapped sentence (a
                        # short one is a term: '1.1. "Contributor"' then "means ...")
                        and not (
                            stripped[:1].islower()
                            and not has_few_words(previous, TITLE_LINE_MAX_WORDS)
                        )
                        and (first_read.heading or _title_over_text(previous, stripped))
                    )
                    or (
                        ends_sentence
                        and not title_wrapped
                        and _title_line(stripped)
                        and _text_line(_next_line(text, line_end, stop))
                    )
                )
                if breaks:
                    flush()
                    current_blank = False
                    title_wrapped = False
            else:
                current_blank = blank
                title_wrapped = False
            if not line_count:
                first_read = reading
                unit_start = start
                unit_indent = len(line[:lead].expandtabs(4)) if lead else 0
            line_count += 1
            unit_end = end
            previous, previous_read = stripped, reading
            blank = False
        pos = line_end + 1
    flush()
    return units
