"""Folding text into a lookup key: case, accents and typographic variants ignored.

Contract: :func:`fold_key` maps every character to exactly one character, so an offset in the
folded text is the same offset in the original (the search can mark what it found, a term table
can be looked up with a slice of the text). It lower-cases, removes accents (NFD combining
marks), and reads every typographic variant the comparison form reads as the same character
(:data:`clausediff.text.normalize.TYPOGRAPHIC`: ’ ‘ ʼ as ', « » “ ” as ", NBSP, narrow NBSP
and the other spaces as a space, dashes and the minus sign as -). Characters whose folded form
would be longer ("ß" -> "ss", "…" -> "...") or empty are kept, lower-cased where that keeps one
character. No I/O, no Qt.

The one folding of the project for search and lookups: the clause search
(:mod:`clausediff.gui.navigator_filter`, :mod:`clausediff.gui.render`) and the terms' tables
(:mod:`clausediff.terms.values`). :func:`clausediff.text.normalize.fold` is the comparison
form under the user's options, built on the same typographic table.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from clausediff.text.normalize import TYPOGRAPHIC


@cache
def _fold_char(char: str) -> str:
    same = TYPOGRAPHIC.get(char, char)
    if len(same) == 1:
        char = same
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    lowered = (base or char).casefold()
    if len(lowered) != 1:  # "ß" -> "ss" would shift offsets: keep one character
        lowered = (base or char).lower()
    return lowered if len(lowered) == 1 else char


def fold_key(text: str, same_length: bool = True) -> str:
    """``text`` folded character by character; same length as ``text``.

    With ``same_length=False`` (a key for a table lookup, where no offset is kept), decomposed
    accents are folded too: the text is composed first (NFC) and any combining mark left over
    is dropped, so "de\u0301lai" and "délai" give the same key.
    """
    if same_length:
        return "".join(map(_fold_char, text))
    folded = "".join(map(_fold_char, unicodedata.normalize("NFC", text)))
    return "".join(c for c in folded if not unicodedata.combining(c))
