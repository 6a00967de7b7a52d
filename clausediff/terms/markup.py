"""Markdown emphasis in a plain text, seen through: ``le Client *doit* payer`` reads "doit".

A ``.txt`` that is really Markdown puts ``*``, ``**`` or ``_`` around the words it stresses
(the ``.md`` reader already shows the text a viewer shows). The marks change how a term looks,
never what it says: the rules read the text without them, and a term's offsets and text stay
those of the text as written (marks inside a term are kept in its text: ``30** jours``).

:func:`without_emphasis` gives the text without its emphasis marks and, for each of its
characters, the offset of that character in the text as written; :func:`plain` the text
without them alone (what :mod:`.changes` compares). No I/O, no Qt.
"""

from __future__ import annotations

import re

# A run of one to three * or _ that opens (nothing of a word before it, something after it) or
# closes (something before it, nothing of a word after it) an emphasis. "snake_case" and
# "2 * 3" are left alone.
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?!\w)")


def has_emphasis(text: str) -> bool:
    """Whether ``text`` may hold emphasis marks (a quick test before the real work)."""
    return ("*" in text or "_" in text) and _EMPHASIS.search(text) is not None


def without_emphasis(text: str) -> tuple[str, list[int]]:
    """``text`` without its emphasis marks, and the offset in ``text`` of each character kept
    (one more entry at the end: ``len(text)``)."""
    pieces: list[str] = []
    positions: list[int] = []
    at = 0
    for match in _EMPHASIS.finditer(text):
        pieces.append(text[at : match.start()])
        positions.extend(range(at, match.start()))
        at = match.end()
    pieces.append(text[at:])
    positions.extend(range(at, len(text)))
    positions.append(len(text))
    return "".join(pieces), positions


def plain(text: str) -> str:
    """``text`` without its emphasis marks."""
    return _EMPHASIS.sub("", text) if "*" in text or "_" in text else text
