"""Unnumbered paragraphs: which ones open a clause where no number or heading does.

The builder (:mod:`.builder`) asks these questions of the paragraphs between structural units:

* in the introduction, before any heading or number, each paragraph of a few lines that
  neither is announced by the one before nor goes on with it is a clause;
* in a text with no heading and no number at all, each paragraph of some length is a clause,
  and so is a group title in bold; a paragraph announced by a colon belongs to its lead-in, the
  entries of a dated list ("January 25, 2012: Initial version.") to the first one;
* after a list of unheaded numbered paragraphs, a paragraph back at the list's margin and not
  announced by it is a clause; after a finished sentence, a lead-in ("Est défini comme :")
  opens the list it introduces; a long paragraph in capitals (a disclaimer) or in bold (a
  notice) is a block of its own, and so is what follows it.

Pure functions of the text and the read units: no I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.segment.headings import Kind, UnitInfo
from clausediff.segment.units import COLON_RUNIN_RE, is_heading_line
from clausediff.text.numbering import parse_marker

DISCLAIMER_MIN_WORDS = 20
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
# A paragraph opening on a date and a colon or dash: an entry of a change log or a history.
_DATED_ENTRY_RE = re.compile(
    rf"[*_]*(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})[*_]*\s*[:–—-]",
    re.IGNORECASE,
)
UNSTRUCTURED_MIN_WORDS = 8
# A paragraph of a few lines (three lines of a printed page) is a provision a reader points at;
# shorter ones (what the site is, who publishes it) make one introduction together.
INTRODUCTION_PARAGRAPH_MIN_WORDS = 40
# Words that open a paragraph going on with the one before ("However, we understand ...").
_CONNECTIVES = frozenset(
    {"however", "moreover", "furthermore", "nevertheless", "also", "additionally", "besides"}
    | {"cependant", "toutefois", "néanmoins", "pourtant", "aussi", "également", "enfin"}
)
_CONNECTIVE_PHRASES = ("in addition", "en outre", "par ailleurs", "de plus", "en revanche")


def is_disclaimer(text: str, info: UnitInfo) -> bool:
    """A long paragraph in capitals or wholly in bold (warranty disclaimer, arbitration notice)."""
    if info.words < DISCLAIMER_MIN_WORDS:
        return False
    return info.caps or _emphasised(text[info.unit.start : info.unit.end])


def _emphasised(body: str) -> bool:
    """A paragraph wholly in bold: "**...**" (or "__...__") with no other bold inside."""
    body = body.strip()
    for mark in ("**", "__"):
        if body.startswith(mark) and body.endswith(mark) and len(body) > 4:
            return mark not in body[2:-2]
    return False


def opens_paragraph(info: UnitInfo, body: str, previous: str) -> bool:
    """Whether a paragraph of a text with no heading and no number is a clause of its own.

    Each paragraph of some length is, and so is a group title in bold ("**For WordPress.com
    sites only:**"); a paragraph introduced by a colon belongs to its lead-in, and the entries
    of a dated list ("January 25, 2012: Initial version.") to the first one.
    """
    if not info.unit.blank_before or previous.rstrip(" *_").endswith(":"):
        return False
    if _DATED_ENTRY_RE.match(body) and _DATED_ENTRY_RE.match(previous):
        return False
    return info.words >= UNSTRUCTURED_MIN_WORDS or info.kind is Kind.RUNIN or _emphasised(body)


def opens_introduction_paragraph(info: UnitInfo, body: str, previous: UnitInfo | None) -> bool:
    """Whether a paragraph of the introduction (before any heading or number) is a clause.

    It is when it and the unit before it are paragraphs of a few lines each (both at least
    :data:`INTRODUCTION_PARAGRAPH_MIN_WORDS` words): such an introduction sets out provisions
    one per paragraph, as the body of a section would in its numbered items. It is not when the
    one before announces it (a colon), nor when it goes on with it: opening in lower case or on
    a connective ("However, ...", "Toutefois, ...").
    """
    if previous is None or previous.kind not in (Kind.TEXT, Kind.RUNIN):
        return False
    if not info.unit.blank_before or info.words < INTRODUCTION_PARAGRAPH_MIN_WORDS:
        return False
    if previous.words < INTRODUCTION_PARAGRAPH_MIN_WORDS:
        return False
    if previous.text.endswith(":", previous.unit.start, previous.unit.end):
        return False
    opening = body.lstrip("*_ ")[:30].casefold()
    first_word = opening.split(None, 1)[0].strip(",;:") if opening else ""
    return (
        not body.lstrip("*_ ")[:1].islower()
        and first_word not in _CONNECTIVES
        and not opening.startswith(_CONNECTIVE_PHRASES)
    )


def body_of(text: str, info: UnitInfo) -> str:
    """The text of a unit without its trailing spaces."""
    return text[info.unit.start : info.unit.end].rstrip()


def text_of(text: str, infos: list[UnitInfo], index: int) -> str:
    """The text of unit ``index`` ("" outside the document)."""
    if not 0 <= index < len(infos):
        return ""
    return text[infos[index].unit.start : infos[index].unit.end]


def opens_block(
    info: UnitInfo,
    mode: str,
    state: tuple[int, bool, bool],
    texts: tuple[str, str, str, str],
) -> bool:
    """Whether an unnumbered paragraph starts a clause of its own.

    ``state`` is the indent of the current numbered paragraph, whether the current block is
    a disclaimer and whether this paragraph is one; ``texts`` the previous unit, the previous
    unnumbered paragraph, this one and the next unit.
    """
    item_indent, block_caps, disclaimer = state
    previous_unit, previous_text, body, next_text = texts
    if mode == "item":
        # after a numbered paragraph without a title, a paragraph that is not indented under it
        # and not announced by it ("... the following acknowledgment:")
        return (
            info.unit.indent <= item_indent
            and info.unit.blank_before
            and not previous_unit.rstrip().endswith(":")
        )
    if mode != "block":
        return False
    if info.words >= 8 and disclaimer != block_caps:
        return True  # a disclaimer in capitals is a block of its own, and so is what follows it
    # a lead-in ("Est défini comme :") after a finished sentence opens the list it introduces
    return (
        body.endswith(":")
        and previous_text.endswith((".", "!", "?"))
        and _starts_list_entry(next_text)
    )


def _starts_list_entry(text: str) -> bool:
    """A list item, a bullet, or a defined term ("**Term** : ...", "“Term” means ...").

    A numbered heading ("Section 1. Definitions") is not a list entry: the lead-in before it
    ("The Parties agree as follows:") closes the introduction.
    """
    stripped = text.lstrip()
    markers = parse_marker(stripped)
    if markers:
        return markers[0].family in ("bullet", "list") or (
            markers[0].family == "dec" and not is_heading_line(stripped.split("\n", 1)[0])
        )
    return bool(stripped.startswith(("**", "__", "“", "«", '"')) or COLON_RUNIN_RE.match(stripped))
