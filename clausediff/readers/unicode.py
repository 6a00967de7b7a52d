"""Valid Unicode at the reader boundary: every Document leaves the readers encodable.

A character outside the Basic Multilingual Plane (an emoji, a mathematical letter) sometimes
reaches Python as two UTF-16 halves, "surrogates" (a PDF text layer read character by
character, an RTF ``\\u`` pair, a page decoded as UTF-7): such a string cannot be written as
UTF-8, so the JSON, the HTML report and the session file failed on it. :func:`valid_text`
combines each high + low surrogate pair into the character it encodes and replaces a lone
surrogate with U+FFFD (the visible replacement mark, which a word diff shows and a reader
notices); :func:`valid_document` does it to a whole Document and moves the paragraph
offsets with the text. Text that holds no surrogate is returned as is (one regex scan).
``Document.path`` is left alone: a file name undecodable in UTF-8 is held with surrogate escapes
so that the file can be opened again.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clausediff.document import Document, Paragraph

_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR_OR_LONE = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def _fix(match: re.Match[str]) -> str:
    found = match.group()
    if len(found) == 2:
        high, low = ord(found[0]) - 0xD800, ord(found[1]) - 0xDC00
        return chr(0x10000 + (high << 10) + low)
    return REPLACEMENT


def valid_text(text: str) -> str:
    """``text`` with surrogate pairs combined and lone surrogates replaced by U+FFFD."""
    if _SURROGATE.search(text) is None:
        return text
    return _PAIR_OR_LONE.sub(_fix, text)


def _offset_map(text: str) -> list[int]:
    """For each offset of ``text`` (and its end), the offset in :func:`valid_text` of it."""
    mapping = [0] * (len(text) + 1)
    shift = 0
    index = 0
    for match in _PAIR_OR_LONE.finditer(text):
        for position in range(index, match.start() + 1):
            mapping[position] = position - shift
        if match.end() - match.start() == 2:
            mapping[match.start() + 1] = match.start() - shift  # inside the pair
            shift += 1
        index = match.end()
    for position in range(index, len(text) + 1):
        mapping[position] = position - shift
    return mapping


def valid_document(document: Document) -> Document:
    """The document with valid Unicode text, paragraphs moved accordingly (see module doc)."""
    if _SURROGATE.search(document.text) is None:
        return document
    mapping = _offset_map(document.text)
    paragraphs = tuple(
        Paragraph(
            start=mapping[paragraph.start],
            end=mapping[paragraph.end],
            style=valid_text(paragraph.style),
            level=paragraph.level,
            numbering=valid_text(paragraph.numbering),
            bold=paragraph.bold,
        )
        for paragraph in document.paragraphs
    )
    return replace(
        document,
        text=valid_text(document.text),
        paragraphs=paragraphs,
    )
