"""User-controlled text (file names, paths, clause headings, notes) shown as text, never as HTML.

Qt reads a label's or a tooltip's text as HTML when it merely *looks* like HTML
(``Qt::mightBeRichText``): a contract named ``<img src=x width=30000 height=30000>.txt`` made the
window allocate a 30000×30000 image, and ``<img src=&#47;dev&#47;zero>`` made it read /dev/zero.
Labels showing such text are :func:`plain_label`\\ s; tooltips, which have no text-format switch,
go through :func:`plain_tooltip`, which leaves a text Qt would show as text alone and escapes one
it would read as HTML, inside ``<qt>`` so the escapes are decoded (an escaped text that did not
look like HTML would show "&amp;" literally).
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip shows it exactly: escaped inside ``<qt>`` when Qt would read it as
    HTML, else unchanged ("" stays "": no tip)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt style='white-space:pre'>{escaped}</qt>"
