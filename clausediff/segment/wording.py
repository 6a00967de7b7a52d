"""How a piece of text reads: in capitals, how many words, a title or the start of a sentence.

The small judgements :func:`~clausediff.segment.headings.classify` makes of a line or of the
text after a number: a title is short, starts like one and has no verb among its words ("Grant
of Copyright License."); a sentence is long or ends like one; a paragraph in capitals is a
heading or a disclaimer. Pure functions of strings: no I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.text.numbering import parse_marker

SENTENCE_BREAK_RE = re.compile(r"[.!?][ \t\u00a0]+[\"“«‘(]?[A-ZÀ-ÖØ-Þ]")
_SENTENCE_END = tuple('.:;!?»”")')
_WORD_RE = re.compile(r"\S+")
_TWO_LETTERS_RE = re.compile(r"[^\W\d_]\S*?[^\W\d_]")
SENTENCE_MIN_WORDS = 12
RUNIN_TITLE_MAX_WORDS = 8
HEADING_MAX_WORDS = 12
# Verbs that make a first sentence rather than a run-in title.
_VERB_WORDS = """
shall must will may is are be has have can does doit doivent peut peuvent est sont sera seront
ont devra devront pourra pourront s’engage s'engage s’engagent s'engagent
"""
_VERBS = frozenset(_VERB_WORDS.split())
CAPS_SAMPLE_CHARS = 400
_NOT_ASCII_LOWER = bytes(byte for byte in range(256) if not ord("a") <= byte <= ord("z"))


def is_caps(text: str) -> bool:
    """Whether a paragraph is written in capitals (a disclaimer block, a caps heading).

    At least 85 % of its letters are capitals, so at most 15 % of its characters are lower
    case: a sample where more than a sixth are ASCII lower-case letters (counted at C speed
    by deleting every other byte) is running text, without counting every letter's case.
    """
    sample = text[:CAPS_SAMPLE_CHARS]  # a paragraph in capitals is so from its first words
    ascii_lower = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LOWER))
    if 6 * ascii_lower > len(sample):
        return False
    upper = sum(map(str.isupper, sample))
    lower = sum(map(str.islower, sample))
    return upper + lower >= 4 and upper >= 0.85 * (upper + lower)


def starts_like_title(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "«“\"‘'[(")


def word_count(text: str, limit: int | None = None) -> int:
    """Words with at least two letters (numbers, dashes and codes do not count).

    With ``limit``, counting stops there: callers asking "at least N words?" of a long
    paragraph then pay for N words, not for the paragraph (a document of many short heading
    lines followed by long paragraphs would otherwise count every paragraph in full).
    """
    count = 0
    for match in _WORD_RE.finditer(text):
        if _TWO_LETTERS_RE.search(match.group(0)):
            count += 1
            if limit is not None and count >= limit:
                break
    return count


def is_sentence(text: str) -> bool:
    """A paragraph of running text (what follows a heading), not another short line."""
    if not text or text.startswith("#") or parse_marker(text):
        return False
    count = word_count(text, SENTENCE_MIN_WORDS)
    return count >= SENTENCE_MIN_WORDS or (count >= 5 and text.rstrip().endswith(_SENTENCE_END))


def opens_sentences(text: str, start: int, end: int) -> bool:
    """Whether the text after a run-in label is prose (a capital, or several sentences)."""
    return start < end and (
        text[start].isupper() or bool(SENTENCE_BREAK_RE.search(text, start, end))
    )


def introduces(line: str, next_text: str) -> bool:
    """Whether what follows a short line makes it a heading: a sentence, or a list it titles."""
    return is_sentence(next_text) or _titles_a_list(line, next_text)


def _titles_a_list(line: str, next_text: str) -> bool:
    """A short verbless line followed by bullets ("Vos droits" then "- droit d'accès")."""
    markers = parse_marker(next_text)
    return bool(markers) and markers[0].family == "bullet" and runin_title(line.rstrip(" :"))


def runin_title(title: str) -> bool:
    """A title run into its clause ("Grant of Copyright License."), not a first sentence."""
    words = title.rstrip(".:").split()
    return (
        0 < len(words) <= RUNIN_TITLE_MAX_WORDS
        and starts_like_title(title)
        and not any(word.casefold() in _VERBS for word in words)
    )


def short_title(rest: str) -> bool:
    return (
        len(rest.split()) <= HEADING_MAX_WORDS
        and starts_like_title(rest)
        and not rest.endswith((",", ";", ":"))
    )


def long_sentence(rest: str) -> bool:
    """A full sentence rather than a title: ends with a period after several words."""
    return rest.endswith(".") and len(rest.split()) > 8
