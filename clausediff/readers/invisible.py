"""Invisible control characters made visible at the reader boundary.

A right-to-left override (U+202E) around "0051" displays as "1500": put next to a struck "1500"
the redline would show the reader a number that did not change while the bytes did. Bidi
controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) and C0/C1 control characters
other than tab, line feed, form feed and carriage return have no visible form in a contract, so
:func:`reveal_controls` writes each one as ``⟨U+202E⟩`` in the document text, where the window,
the reports and the redline all show it, and the document gets a warning. Paragraph offsets move
with the text. A text without such characters is returned as is (one regex scan). No I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clausediff.document import Document, ReaderWarning, WarningCode

_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
)


def shown(character: str) -> str:
    """The visible stand-in of one invisible character: ``⟨U+202E⟩``."""
    return f"⟨U+{ord(character):04X}⟩"


def reveal_text(text: str) -> str:
    """``text`` with every invisible control character written as ``⟨U+XXXX⟩``."""
    return _INVISIBLE.sub(lambda match: shown(match.group()), text)


def reveal_controls(document: Document) -> Document:
    """The document with its invisible controls shown and a warning that counts them."""
    found = _INVISIBLE.findall(document.text)
    if not found:
        return document
    mapping = _offset_map(document.text)
    paragraphs = tuple(
        replace(paragraph, start=mapping[paragraph.start], end=mapping[paragraph.end])
        for paragraph in document.paragraphs
    )
    kinds = " ".join(sorted({shown(c) for c in found}))
    warning = ReaderWarning.of(WarningCode.INVISIBLE_CONTROLS, count=len(found), kinds=kinds)
    return replace(
        document,
        text=reveal_text(document.text),
        paragraphs=paragraphs,
        warnings=(*document.warnings, warning),
    )


def _offset_map(text: str) -> list[int]:
    """For each offset of ``text`` (and its end), the offset of the same place once revealed."""
    mapping: list[int] = []
    shift = 0
    for character in text:
        mapping.append(len(mapping) + shift)
        if _INVISIBLE.match(character):
            shift += len(shown(character)) - 1
    mapping.append(len(text) + shift)
    return mapping
