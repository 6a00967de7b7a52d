"""French-aware tokenisation of clause text into words, numbers, punctuation and spaces.

Contract: :func:`tokenize` takes any string and returns a tuple of :class:`Token` that tiles it
exactly (the token texts, in order, concatenate back to the input; no character is dropped or
changed) with document offsets (``offset`` added). It never normalises, never does I/O and never
imports Qt: comparison keys are computed elsewhere (:func:`clausediff.text.normalize.fold`), so the
text can always be shown as written.

Decisions, so that a word diff reads like a lawyer's redline:

* WORD: letters (accents precomposed or as combining marks), digits after the first letter
  ("RS232"), internal hyphens between letters ("peut-être", "vingt-quatre", "c'est-à-dire" after
  its elision) and internal apostrophes that are not elisions ("aujourd'hui", "prud’hommes",
  "quelqu’un", "Licensor's").
* French elisions are their own WORD token, apostrophe included: "l’exécution" is "l’" +
  "exécution"; likewise d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’ lorsqu’ puisqu’ quoiqu’, with ’ ' or ʼ.
* NUMBER: one token for a whole written value: "36", "12.5", "1,000.00", "3.2.1", "1 000,00"
  (groups of three digits after a plain space, NBSP, narrow NBSP or thin space), a time "9h30",
  and a number with a glued letter suffix, read as one value: ordinals and units ("1er", "2e",
  "24h", "7j", "10kg"). Signs, "%", "€" and "/" are separate PUNCT tokens: "24h/24" is
  NUMBER "24h", PUNCT "/", NUMBER "24"; "12.5%" is NUMBER "12.5", PUNCT "%".
* SPACE: one token per run of whitespace (CRLF, NBSP, narrow NBSP and zero-width characters
  included).
* PUNCT: everything else (punctuation and symbols), one character per token, except runs of
  one mark read as a whole ("...", "**", "----", "==") and the target of a Markdown link
  ("](https://example.org/cgu)"), which is markup, not words: :func:`is_markup` tells them.
* Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) and combining marks
  never split a token: they stay inside the word or space run they occur in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class TokenKind(StrEnum):
    """What a token is, for diff display and for similarity (spaces do not count)."""

    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    SPACE = "space"


@dataclass(frozen=True, slots=True)
class Token:
    """A run of text with its document offsets: ``text == document_text[start:end]``."""

    text: str
    start: int
    end: int
    kind: TokenKind


# Invisible characters that must never split a word: zero-width space/non-joiner/joiner, word
# joiner, BOM / zero-width no-break space, soft hyphen.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Combining marks (NFD accents) of the common blocks.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_GLUE = f"[{_MARKS}{ZERO_WIDTH}]"
_LETTER = r"[^\W\d_]"
# A letter followed by any glued marks; the body of a word (letters and digits).
_L = f"{_LETTER}{_GLUE}*"
_LD = rf"(?:{_LETTER}|\d|{_GLUE})"
_APOS = "['’ʼ]"
_HYPHEN = "[-\u2010\u2011]"
# Word: a letter, then letters/digits, with internal hyphens or apostrophes followed by a letter.
_WORD = rf"{_L}{_LD}*(?:(?:{_HYPHEN}|{_APOS}){_L}{_LD}*)*"
# Elision: a known French prefix + apostrophe, at a word start, followed by a letter.
_ELISION = rf"(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstcç]){_APOS}(?={_LETTER})"
# Numbers. Grouping separators are one space-like character; decimals after "," or ".".
_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
_NUMBER = (
    r"(?:"
    rf"\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:[.,]\d+)?(?!\d)"  # 1 000,00 / 1 000 000
    r"|\d{1,2}[hH]\d{2}(?!\d)"  # 9h30, 14H00
    r"|\d+(?:[.,]\d+)*"  # 36, 12.5, 1,000.00, 1.000,00, 3.2.1
    r")"
    rf"(?:{_LETTER}{{1,3}}(?![^\W_]))?"  # glued ordinal or unit: 1er, 2ème, 24h, 7j, 10kg
)
_SPACE = rf"(?:\s|[{ZERO_WIDTH}])+"
# Runs of one punctuation character that are read as one mark ("...", "**", "----").
_PUNCT_RUN = r"(?:\.{2,}|-{2,}|\*{2,}|_{2,}|={2,}|#{2,}|~{2,}|/{2,})"
# The target of a Markdown link, "](https://...)": markup a reader never sees, one mark.
_LINK_TARGET = r"\]\([^\s()]*\)"
# No capturing group: findall() then returns the token texts themselves, at C speed. The
# alternatives are tried in order; the first character of a token tells its kind (_kind_of).
_TOKEN_RE = re.compile(
    rf"{_SPACE}|{_ELISION}|{_NUMBER}|{_WORD}|{_LINK_TARGET}|(?:{_PUNCT_RUN}|.){_GLUE}*",
    re.DOTALL,
)


def scan(text: str) -> list[str]:
    """The token texts of ``text``, in order; they concatenate back to ``text``.

    The fast path for callers that need only texts (offsets follow from the lengths).
    """
    return _TOKEN_RE.findall(text)


_MARKUP_RE = re.compile(rf"{_LINK_TARGET}|[*_#]+|[\[\]]")


def is_markup(token_text: str) -> bool:
    """True for a token that is Markdown markup in a plain text: a link's brackets or target,
    a run of ``*``, ``_`` or ``#`` (emphasis, headings). It reads like punctuation: shown when
    it changes, folded away with punctuation, never a changed word."""
    return _MARKUP_RE.fullmatch(token_text) is not None


def kind_of(token_text: str) -> TokenKind:
    """The kind of a token produced by :func:`scan`, read from its first character."""
    first = token_text[0]
    if first.isspace() or first in ZERO_WIDTH:
        return TokenKind.SPACE
    if first.isdecimal():
        return TokenKind.NUMBER
    if first.isalnum():
        return TokenKind.WORD
    return TokenKind.PUNCT


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split ``text`` into tokens that tile it exactly; offsets are ``offset`` + index in text."""
    tokens = []
    start = offset
    for piece in _TOKEN_RE.findall(text):
        end = start + len(piece)
        tokens.append(Token(piece, start, end, kind_of(piece)))
        start = end
    return tuple(tokens)
