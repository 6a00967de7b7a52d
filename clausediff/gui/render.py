"""Turn a :class:`~clausediff.gui.spans.SideText` into a laid-out :class:`QTextDocument`.

The comparison view paints these documents; the navigator never needs them. Span offsets are
Python string indices; Qt counts UTF-16 code units, so offsets are converted when the text holds
characters outside the Basic Multilingual Plane. Nothing here knows about pairs or the core.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextOption

from clausediff.gui.formats import MERGE_ORDER, Palette, char_format
from clausediff.gui.spans import SideText, SpanKind


def _utf16_offsets(text: str) -> list[int] | None:
    """Map from Python index to UTF-16 index, or None when they coincide (the usual case)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    table = [0]
    for ch in text:
        table.append(table[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return table


def build_document(
    side: SideText,
    palette: Palette,
    font: QFont,
    width: float,
    hidden: Collection[SpanKind] = (),
) -> QTextDocument:
    """A QTextDocument showing ``side`` with its spans, laid out at ``width`` pixels.

    ``hidden`` lists span kinds switched off by the user (term highlight toggles).
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
        rank = {kind: i for i, kind in enumerate(MERGE_ORDER)}
        formats = {kind: char_format(kind, palette) for kind in MERGE_ORDER}
        for span in sorted(side.spans, key=lambda s: rank[s.kind]):
            if span.kind in hidden or span.end <= span.start:
                continue
            start, end = span.start, span.end
            if table is not None:
                start, end = table[start], table[end]
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats[span.kind])
    return document
