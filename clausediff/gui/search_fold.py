"""Fold text for the clause search: case, accents and typographic variants ignored.

Lawyers type "penalites" or "l'article" for "Pénalités" and "l’article". :func:`fold` maps each
character to one character (so offsets in the folded text are offsets in the original, and the
view can mark what was found): lower case, accents removed, curly apostrophes straightened,
no-break spaces made plain. Nothing else; no Qt.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_SAME = {"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "}


@cache
def _fold_char(char: str) -> str:
    if char in _SAME:
        return _SAME[char]
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    lowered = (base or char).casefold()
    if len(lowered) != 1:  # "ß" -> "ss" would shift offsets: keep one character
        lowered = (base or char).lower()
    return lowered if len(lowered) == 1 else char


def fold(text: str) -> str:
    """``text`` folded character by character; same length as ``text``."""
    return "".join(_fold_char(char) for char in text)
