"""Normalised forms of text, for matching only, never for display.

Contract: pure functions from ``str`` to ``str``; no I/O, no Qt, no offsets kept (the word diff
folds token by token and maps results back to the original offsets itself).

* :func:`fold` is the form two texts are compared in under a :class:`CompareOptions`. It always
  applies the typographic normalisation a reader does not see (:func:`typographic`): NFC,
  ’ ‘ ʼ to ', « » “ ” „ to ", every space-like character (NBSP, narrow NBSP, thin space...) to
  a plain space, CRLF and CR to LF, dashes and the minus sign to "-", PDF ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ)
  expanded, "…" to "...", zero-width characters and soft hyphens removed. œ and æ are kept: they
  are French letters, not ligatures of convenience. Then, per option: ``ignore_numbering``
  strips clause numbers at the start of the text and of every line, as segmentation reads them
  ("Article 3 –", "3.2.", "a)", "(iv)", "1°", list bullets); ``ignore_case`` casefolds;
  ``ignore_punctuation`` drops punctuation except separators inside numbers ("12.5",
  "1 000,00") and meaning-bearing signs (% ‰ § & @ # € $ £ + = < >); ``ignore_whitespace``
  drops all whitespace (as ``diff -w``: "art. 3" equals "art.3"); without it, every run of
  whitespace still reads as one space, since line wrapping never changes what a clause says.
* :func:`fold_for_matching` is an aggressive form for fuzzy clause alignment: casefolded, accents
  stripped, œ/æ spelled oe/ae, every character that is not a letter or digit turned into a space,
  whitespace collapsed.
* :func:`numbering_spans` gives the offsets of the clause numbers :func:`fold` strips, so the word
  diff can ignore exactly those tokens.
"""

from __future__ import annotations

import re
import unicodedata

from clausediff.options import CompareOptions
from clausediff.text.numbering import parse_marker

#: Typographic ligatures spelled out (the font's choice, not the author's). Also used by the PDF
#: reader, which spells them out in the text it extracts.
LIGATURES: dict[int, str] = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
}

# Characters replaced in every folded form. Keys are code points, as str.translate wants.
_TYPO: dict[int, str | None] = dict(LIGATURES)
for _ch in "’‘ʼ‛′`´":
    _TYPO[ord(_ch)] = "'"
for _ch in "«»“”„‟″‹›":
    _TYPO[ord(_ch)] = '"'
# NBSP, narrow NBSP, figure space, the en/em/thin/hair spaces, math space, ideographic, ogham.
_SPACES = "\u00a0\u202f\u2007" + "".join(map(chr, range(0x2000, 0x200B))) + "\u205f\u3000\u1680"
for _ch in _SPACES:
    _TYPO[ord(_ch)] = " "
for _ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _TYPO[ord(_ch)] = "-"
for _ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
    _TYPO[ord(_ch)] = None
_TYPO.update(
    {
        ord("…"): "...",
        ord("\r"): "\n",  # lone CR; CRLF is replaced before translation
        0x2028: "\n",  # line separator
        0x2029: "\n",  # paragraph separator
    }
)

_TYPO_TEXT = {chr(code): value or "" for code, value in _TYPO.items()}
#: Every character the comparison form replaces, and what it reads as ("" when it is dropped).
#: :func:`clausediff.text.fold.fold_key` reads the one-character replacements the same way.
TYPOGRAPHIC: dict[str, str] = dict(_TYPO_TEXT)
_TYPO_RE = re.compile("[" + re.escape("".join(_TYPO_TEXT)) + "]")

#: Signs that carry meaning in a contract and survive ``ignore_punctuation``.
KEPT_SIGNS = frozenset("%‰§&@#€$£¥+=<>")

# Blanks and Markdown emphasis/heading markers that may precede a clause number on its line.
_LINE_LEAD = re.compile(r"[ \t\u00a0\u202f]*(?:#{1,6}[ \t]+|\*\*|__)?[ \t]*")
_BLANKS = re.compile(r"[ \t\u00a0\u202f]*")
_PUNCT_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"})
_WS_RE = re.compile(r"\s+")


def typographic(text: str) -> str:
    """Apply the invisible-to-the-reader normalisation every folded form starts from."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    # A regular expression finds the few characters to replace far faster than str.translate
    # looks up every character of the text.
    return _TYPO_RE.sub(_typo_replacement, text)


def _typo_replacement(match: re.Match[str]) -> str:
    return _TYPO_TEXT[match.group()]


def numbering_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the clause numbers at the start of ``text`` and of each of its lines.

    A number is what segmentation reads as one (:func:`clausediff.text.numbering.parse_marker`:
    "Article 3 –", "3.2.", "1°", "a)", "(iv)", bullets), so both agree on what numbering is.
    Each span runs from the number to the first character after it and the blanks that follow.
    Used by ``ignore_numbering``.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start <= size:
        stop = text.find("\n", start)
        if stop < 0:
            stop = size
        lead = _LINE_LEAD.match(text, start, stop)
        begin = lead.end() if lead else start
        markers = parse_marker(text[begin:stop]) if begin < stop else []
        if markers:
            end = begin + markers[0].length
            blanks = _BLANKS.match(text, end, stop)
            spans.append((begin, blanks.end() if blanks else end))
        start = stop + 1
    return spans


def strip_numbering(text: str) -> str:
    """Remove the clause numbers :func:`numbering_spans` finds."""
    spans = numbering_spans(text)
    if not spans:
        return text
    pieces = []
    last = 0
    for begin, end in spans:
        pieces.append(text[last:begin])
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


class _PunctDropper(dict[int, str | None]):
    """Lazy translation table: punctuation characters map to None (dropped)."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = (
            None
            if unicodedata.category(char) in _PUNCT_CATEGORIES and char not in KEPT_SIGNS
            else char
        )
        self[code] = value
        return value


_DROP_PUNCT = _PunctDropper()
# A punctuation character between two digits is a number separator ("12.5", "1,000").
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)([.,'’])(?=\d)")


def _drop_punctuation(text: str) -> str:
    if _NUMBER_SEPARATOR.search(text) is None:
        return text.translate(_DROP_PUNCT)
    # Keep separators inside numbers: translate the pieces between them.
    pieces = _NUMBER_SEPARATOR.split(text)
    return "".join(p if i % 2 else p.translate(_DROP_PUNCT) for i, p in enumerate(pieces))


def fold(text: str, options: CompareOptions) -> str:
    """The normalised form of ``text`` under ``options`` (see the module docstring)."""
    text = typographic(text)
    if options.ignore_numbering:
        text = strip_numbering(text)
    if options.ignore_case:
        text = text.casefold()
    if options.ignore_punctuation:
        text = _drop_punctuation(text)
    if options.ignore_whitespace:
        return _WS_RE.sub("", text)
    # Line wrapping and indentation never change what a clause says: a run of blanks reads as
    # one space, whatever the options.
    return _WS_RE.sub(" ", text)


class _MatchingTable(dict[int, str]):
    """Lazy translation table for :func:`fold_for_matching`, one decision per code point."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isalnum():
            base = "".join(
                c
                for c in unicodedata.normalize("NFKD", char.casefold())
                if not unicodedata.combining(c)
            )
            value = base.replace("œ", "oe").replace("æ", "ae")
        elif unicodedata.combining(char) or char in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
            value = ""  # an NFD accent or an invisible character: part of its word
        else:
            value = " "
        self[code] = value
        return value


_MATCHING = _MatchingTable()


def fold_for_matching(text: str) -> str:
    """Aggressive form for fuzzy alignment: "L’Œuvre, art. 3" -> "l oeuvre art 3"."""
    return " ".join(text.translate(_MATCHING).split())
