"""Units: the paragraphs and numbered lines segmentation works on, with their offsets.

Input is a :class:`~clausediff.document.Document`; output is a list of :class:`Unit` in text
order. A unit is a paragraph (a run of non-blank lines, or a reader's paragraph), split further
where a line opens with a clause number, a bullet or a Markdown heading right after a line that
ends a sentence, and around a short title line set directly above its text ("1.Definitions" or
"Objet du contrat" then the text on the next line, as PDF-derived text has it). A line that
begins with a number in the middle of a sentence ("... pursuant to Article\\n5 of ...") does
not open a unit. Blank lines, rules, setext underlines and page numbers ("Page 2 sur 9",
"- 2 -") separate units; YAML front matter is
skipped; text saved by a word processor (one long line per paragraph, no blank line) is read
one paragraph per line.

Offsets are into ``document.text``; ``start`` is the first non-space character. No I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausediff.document import Document, Paragraph
from clausediff.text.numbering import parse_marker

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
_RULE_RE = re.compile(r"([-=_*~])(?:[ \t]*\1){2,}")
# Page furniture left in text extracted from a PDF: "Page 3 sur 10", "Page 3 of 10", "- 3 -",
# "3/10". Such a line separates paragraphs like a blank line (it never opens a clause).
_PAGE_FURNITURE_RE = re.compile(
    r"(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:/|sur|of|de)[ \t]*\d{1,4})?|"
    r"[-–—][ \t]*\d{1,4}[ \t]*[-–—]|\d{1,4}[ \t]*/[ \t]*\d{1,4}",
    re.IGNORECASE,
)
# "Attribution right: the Licensee ..." — a short label run into its text by a colon.
COLON_RUNIN_RE = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-Þ][^\s:;,.]*(?:[ \t]+[^\s:;.]+){0,5}?)[ \t\u00a0]?:[ \t\u00a0]*(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph or numbered line of the document.

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


def opens_unit(line: str) -> bool:
    """Whether a line starts like a clause, a list item or a heading."""
    level, pos = content_start(line, 0)
    if level:
        return True
    pos = skip_emphasis(line, pos)
    if parse_marker(line[pos:]):
        return True
    return pos > 0 or COLON_RUNIN_RE.match(line) is not None


def is_heading_line(line: str) -> bool:
    """Whether a single line reads as a heading whose text starts on the next line."""
    level, pos = content_start(line, 0)
    if level:
        return True
    stripped = line.strip()
    if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) and len(stripped) > 4:
        return True
    pos = skip_emphasis(line, pos)
    markers = parse_marker(line[pos:])
    if not markers or markers[0].family == "bullet":
        return False
    rest = line[pos + markers[0].length :].strip(" \t-–—:.*")
    if not rest:
        return True
    words = rest.split()
    return (
        len(words) <= 12
        and (rest[0].isupper() or rest[0] in "«“\"‘'")
        and not rest.endswith((",", ";", ":"))
    )


def title_goes_on(title: str, following: str) -> bool:
    """Whether ``following`` continues a numbered title line wrapped in two (PDF text).

    "ARTICLE 5 – CONFIDENTIALITÉ ET PROTECTION DES" then "DONNÉES PERSONNELLES": a short title
    ends on a word that cannot end one ("des", "of"), or both lines are in capitals; the second
    line is short, unnumbered and does not end a sentence.
    """
    words = following.split()
    if not words or len(words) > TITLE_WRAP_MAX_WORDS or following.endswith(_SENTENCE_END):
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
    title = line.strip()
    return (
        len(title.split()) <= TITLE_LINE_MAX_WORDS
        and len(title) <= TITLE_LINE_MAX_CHARS
        and title[:1].isupper()
        and not title.endswith((".", ",", ";", ":", "-"))
        and following[:1].isupper()
        and len(following.split()) >= 6
    )


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip("*_")
    return stripped.endswith(_SENTENCE_END) or is_heading_line(line)


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


def _units_in(
    text: str, begin: int, stop: int, hints: Paragraph | None, line_paragraphs: bool = False
) -> list[Unit]:
    units: list[Unit] = []
    current: list[tuple[int, int, int]] = []  # (content start, content end, indent) per line
    blank = True

    def flush() -> None:
        nonlocal current
        if current:
            first = not units
            hinted = hints is not None and first
            units.append(
                Unit(
                    start=current[0][0],
                    end=current[-1][1],
                    indent=current[0][2],
                    line_count=len(current),
                    blank_before=current_blank,
                    style=hints.style if hinted and hints else "",
                    level=hints.level if hinted and hints else 0,
                    numbering=hints.numbering if hinted and hints else "",
                    bold=hints.bold if hinted and hints else False,
                )
            )
        current = []

    current_blank = True
    title_wrapped = False  # the unit's first two lines are one wrapped numbered title
    pos = begin
    while pos < stop:
        newline = text.find("\n", pos, stop)
        line_end = stop if newline < 0 else newline
        line = text[pos:line_end]
        stripped = line.strip()
        if not stripped or _RULE_RE.fullmatch(stripped) or _PAGE_FURNITURE_RE.fullmatch(stripped):
            # blank lines, rules or setext underlines ("-----", "=====", "***"), page numbers
            flush()
            blank = True
        else:
            if line_paragraphs and current:
                flush()  # every line is a paragraph of its own
                blank = True
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            end = pos + len(line.rstrip())
            if current:
                previous = text[current[-1][0] : current[-1][1]]
                if len(current) == 1 and title_goes_on(previous, stripped):
                    title_wrapped = is_heading_line(previous)
                title_lines = 2 if title_wrapped else 1
                breaks = (
                    (opens_unit(stripped) and _ends_sentence(previous) and not title_wrapped)
                    or (
                        len(current) == title_lines
                        and not title_goes_on(previous, stripped)
                        # a long line going on in lower case is a hard-wrapped sentence (a
                        # short one is a term: '1.1. "Contributor"' then "means ...")
                        and not (
                            stripped[:1].islower() and len(previous.split()) > TITLE_LINE_MAX_WORDS
                        )
                        and (
                            is_heading_line(text[current[0][0] : current[0][1]])
                            or _title_over_text(previous, stripped)
                        )
                    )
                    or (
                        _ends_sentence(previous)
                        and not title_wrapped
                        and _title_over_text(stripped, _next_line(text, line_end, stop))
                    )
                )
                if breaks:
                    flush()
                    current_blank = False
                    title_wrapped = False
            else:
                current_blank = blank
                title_wrapped = False
            current.append((start, end, len(line[:lead].expandtabs(4))))
            blank = False
        pos = line_end + 1
    flush()
    return units
