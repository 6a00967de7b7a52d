"""French and English sentence splitting for contract text, with offsets.

:func:`split_sentences` ``(text, start, end) -> tuple[(start, end), ...]`` cuts ``text[start:end]``
into the units the provisions grid aligns: sentences, list items ("- ", "▪", "•"), numbered
sub-clauses ("5.1. ...", "5.2. ..."). Spans are trimmed of spaces and of a leading bullet, never
overlap, and stay in order. It does not cut after abbreviations ("art. 5.1", "etc. et", "M. Dupont",
"B.V." before a name), inside numbers ("5.1.", "+(00) 0 00"), or before a lower-case word
("i. une description"). A fragment of fewer than three words ("Ou", "Et") joins the unit before
it. Pure function: no I/O, no Qt.
"""

from __future__ import annotations

import itertools
import re

from clausediff.segment.library import SENTENCE_STARTERS

Span = tuple[int, int]

_ABBREVIATIONS_TEXT = """
    art arts al alin chap cf env etc ex max min mme mlle mm m me mes n no nos p pp para paras par
    s ss sect seq suiv tél tel vol op cit ibid av bd
    approx co corp dept e.g eg est fig i.e ie inc jr ltd mr mrs ms sr st vs sec secs
    """
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_BULLETS = "▪•●◦■□➢►✓"
_END_RE = re.compile(r"[.!?…]+[»”\"’')\]]*(?=\s)")
_SOFT_RE = re.compile(r"[;:](?=\s)")
_BULLET_RE = re.compile(rf"(?<=\s)[{_BULLETS}](?=\s)|(?<=[.;:!?])\s+[-–—](?=\s)")
_NEWLINE_RE = re.compile(rf"\n[ \t\r]*\n|\n(?=[ \t]*(?:[{_BULLETS}\-–—*]\s|\d+(?:\.\d+)*[.)]\s))")
_NUMBERING_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxlcdm]{1,6}\.|[a-z]\)|\(?[a-z0-9]\))$", re.I)
_NEXT_WORD_RE = re.compile(r"\s*([^\s]+)")
_LEAD_RE = re.compile(rf"[\s{_BULLETS}\-–—*]+(?=\S)")
_INITIALS_RE = re.compile(r"(?:\w{1,2}\.){2,}")
_WORD_RE = re.compile(r"\w+")
_MIN_WORDS = 3


def _previous_token(text: str, position: int, floor: int) -> tuple[str, int]:
    """The non-space token ending at ``position`` and where it starts."""
    begin = position
    while begin > floor and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:position], begin


def _next_word(text: str, position: int, ceiling: int) -> str:
    match = _NEXT_WORD_RE.match(text, position, ceiling)
    return match.group(1) if match else ""


def _opens_unit(word: str) -> bool:
    """Whether a word can start a new sentence: a capital, a quote, a bullet, a clause number."""
    if not word:
        return False
    first = word[0]
    if first.isupper() or first in "«“\"'(" or first in _BULLETS or first in "-–—":
        return True
    return first.isdigit() and bool(_NUMBERING_RE.match(word.rstrip(":")))


def _is_abbreviation(token: str) -> bool:
    bare = token.rstrip(".!?…»”\"’')]").lstrip("(«“\"'").casefold()
    if not bare:
        return False
    if bare in _ABBREVIATIONS or _INITIALS_RE.fullmatch(bare + "."):
        return True
    return len(bare) == 1 and bare.isalpha()


def _hard_cut(text: str, match: re.Match[str], unit_start: int, ceiling: int) -> bool:
    """Whether the sentence-ending punctuation of ``match`` ends a unit."""
    word = _next_word(text, match.end(), ceiling)
    if not _opens_unit(word):
        return False
    token, token_start = _previous_token(text, match.end(), unit_start)
    if _NUMBERING_RE.match(token) and not text[unit_start:token_start].strip(_BULLETS + " \t\n"):
        return False  # "5.1. Toute demande": the number of the unit, not its end
    if _is_abbreviation(token):
        bare = word.strip("«“\"'(").split("’")[0].split("'")[0].casefold()
        return bare in SENTENCE_STARTERS or word[:1] in _BULLETS
    return True


def _soft_cut(text: str, match: re.Match[str], ceiling: int) -> bool:
    """A semicolon or colon ends a unit before a list item or a capitalised clause."""
    word = _next_word(text, match.end(), ceiling)
    if not word:
        return False
    if word[0] in _BULLETS or word[0] in "-–—" or "\n" in text[match.end() : match.end() + 2]:
        return True
    return match.group(0) == ";" and word[0].isupper()


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Positions where a unit ends (sorted, inside ``(start, end)``)."""
    cuts: set[int] = set()
    for match in _NEWLINE_RE.finditer(text, start, end):
        cuts.add(match.start())
    for match in _BULLET_RE.finditer(text, start, end):
        cuts.add(match.start())
    for match in _SOFT_RE.finditer(text, start, end):
        if _soft_cut(text, match, end):
            cuts.add(match.end())
    unit_start = start
    for match in _END_RE.finditer(text, start, end):
        floor = max([unit_start, *(c for c in cuts if c <= match.start())])
        if _hard_cut(text, match, floor, end):
            cuts.add(match.end())
            unit_start = match.end()
    return sorted(c for c in cuts if start < c < end)


def _trim(text: str, start: int, end: int) -> Span | None:
    lead = _LEAD_RE.match(text, start, end)
    if lead:
        start = lead.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """The sentences of ``text[start:end]`` as spans of ``text`` (see the module docstring)."""
    stop = len(text) if end is None else end
    bounds = [start, *_cuts(text, start, stop), stop]
    spans: list[Span] = []
    for first, last in itertools.pairwise(bounds):
        span = _trim(text, first, last)
        if span is None:
            continue
        short = len(_WORD_RE.findall(text, span[0], span[1])) < _MIN_WORDS
        if spans and short:
            spans[-1] = (spans[-1][0], span[1])
        elif spans and len(_WORD_RE.findall(text, *spans[-1])) < _MIN_WORDS:
            spans[-1] = (spans[-1][0], span[1])  # a leading fragment joins what follows
        else:
            spans.append(span)
    return tuple(spans)
