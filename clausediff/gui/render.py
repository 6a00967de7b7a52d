"""Turn a :class:`~clausediff.gui.spans.SideText` into a laid-out :class:`QTextDocument`.

The comparison view paints these documents, with the search's finds (:func:`search_ranges`)
drawn over them; the navigator never needs them. Span offsets are
Python string indices; Qt counts UTF-16 code units, so offsets are converted when the text holds
characters outside the Basic Multilingual Plane. Nothing here knows about pairs or the core.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from clausediff.gui.formats import MERGE_ORDER, Palette, char_format
from clausediff.gui.spans import SideText, SpanKind
from clausediff.text.fold import fold_key as fold


def _utf16_offsets(text: str) -> list[int] | None:
    """Map from Python index to UTF-16 index, or None when they coincide (the usual case)."""
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    table = [0]
    for ch in text:
        table.append(table[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return table


def char_formats(palette: Palette) -> dict[SpanKind, QTextCharFormat]:
    """Every span kind's format for ``palette`` (build once, reuse for every document)."""
    return {kind: char_format(kind, palette) for kind in MERGE_ORDER}


_RANK = {kind: i for i, kind in enumerate(MERGE_ORDER)}
Selection = QAbstractTextDocumentLayout.Selection


def build_document(
    side: SideText,
    palette: Palette,
    font: QFont,
    width: float,
    hidden: Collection[SpanKind] = (),
    formats: dict[SpanKind, QTextCharFormat] | None = None,
) -> QTextDocument:
    """A QTextDocument showing ``side`` with its spans, laid out at ``width`` pixels.

    ``hidden`` lists span kinds switched off by the user (term highlight toggles); ``formats``
    are the formats of :func:`char_formats`, passed in so thousands of documents share them.
    The search is not part of the document (:func:`search_ranges`): a key typed in the search
    box repaints, it does not rebuild what is on screen.
    """
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet("")
    document.setPlainText(side.text)
    document.setTextWidth(max(40.0, width))
    if side.spans:
        table = _utf16_offsets(side.text)
        cursor = QTextCursor(document)
        formats = formats or char_formats(palette)
        for span in sorted(side.spans, key=lambda s: _RANK[s.kind]):
            if span.kind in hidden or span.end <= span.start:
                continue
            start, end = span.start, span.end
            if table is not None:
                start, end = table[start], table[end]
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats[span.kind])
    return document


def search_ranges(text: str, search: str) -> list[tuple[int, int]]:
    """Where ``search`` occurs in ``text``, ignoring case and accents
    (:func:`~clausediff.text.fold.fold_key`), as ``(start, end)`` positions of a document
    holding ``text`` (UTF-16 code units)."""
    needle = fold(search.strip())
    if not needle:
        return []
    table = _utf16_offsets(text)
    found = []
    # Folded text has the original's length: offsets found there mark the original words.
    for match in re.finditer(re.escape(needle), fold(text)):
        start, end = match.start(), match.end()
        if table is not None:
            start, end = table[start], table[end]
        found.append((start, end))
    return found


def search_selections(document: QTextDocument, search: str, palette: Palette) -> list[Selection]:
    """The finds of :func:`search_ranges` in ``document``, as selections its layout draws over
    the text (the document itself is not changed)."""
    look = QTextCharFormat()
    look.setBackground(palette.color("search"))
    look.setForeground(palette.color("search_text"))
    marks = []
    for start, end in search_ranges(document.toPlainText(), search):
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = Selection()
        mark.cursor, mark.format = cursor, look
        marks.append(mark)
    return marks
