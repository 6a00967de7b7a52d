"""The few WordprocessingML elements a redline needs, built with python-docx's XML layer.

python-docx has no revision API, so the tracked changes are written here, and only here, as
elements of ECMA-376 Part 1, section 17.13 (annotations):

* ``w:ins`` / ``w:del`` around runs, deleted text in ``w:delText``;
* ``w:moveFrom`` / ``w:moveTo`` around runs of moved text, inside a pair of named ranges
  (``w:moveFromRangeStart``/``End``, ``w:moveToRangeStart``/``End``, same ``w:name``) that tie
  the two places together;
* the paragraph mark's own revision, ``w:pPr/w:rPr/w:ins`` (or ``w:del``, ``w:moveFrom``,
  ``w:moveTo``), for a paragraph break that exists on one side only;
* text runs: ``w:t`` (``xml:space="preserve"``), ``w:br`` for a line break inside a paragraph.

Every revision carries a document-unique ``w:id``, the author and the date. :class:`Stamp` hands
them out. No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

__all__ = [
    "WRAPPER",
    "Stamp",
    "add_text",
    "close_move_range",
    "iso_date",
    "mark_paragraph_end",
    "open_move_range",
    "paragraph",
    "qn",
]

from clausediff.report.redline.pieces import Mark

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: The wrapping element of each revision mark (EQUAL has none).
WRAPPER = {
    Mark.INSERT: qn("w:ins"),
    Mark.DELETE: qn("w:del"),
    Mark.MOVE_FROM: qn("w:moveFrom"),
    Mark.MOVE_TO: qn("w:moveTo"),
}
_RANGE = {Mark.MOVE_FROM: "w:moveFrom", Mark.MOVE_TO: "w:moveTo"}
_P, _PPR, _RPR, _PSTYLE = qn("w:p"), qn("w:pPr"), qn("w:rPr"), qn("w:pStyle")
_R, _T, _DEL_TEXT, _BR, _VAL = qn("w:r"), qn("w:t"), qn("w:delText"), qn("w:br"), qn("w:val")
_ID, _AUTHOR, _DATE, _NAME = qn("w:id"), qn("w:author"), qn("w:date"), qn("w:name")


@dataclass(slots=True)
class Stamp:
    """Author and date of every revision, and the counter of their ids (unique in a document)."""

    author: str = "ClauseDiff"
    date: str = field(default_factory=lambda: iso_date(datetime.now(UTC)))
    last_id: int = 0

    def next_id(self) -> str:
        """A new revision id."""
        self.last_id += 1
        return str(self.last_id)

    def attributes(self, element: Any) -> Any:
        """Set ``w:id``, ``w:author`` and ``w:date`` on ``element``; return it."""
        element.set(_ID, self.next_id())
        element.set(_AUTHOR, self.author)
        element.set(_DATE, self.date)
        return element


def iso_date(moment: datetime) -> str:
    """The ``w:date`` form: ISO 8601 in UTC to the second ("2026-12-07T19:30:00Z")."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def paragraph(style_id: str = "") -> Any:
    """A new ``w:p``, with its style when given."""
    p = etree.Element(_P)
    if style_id:
        p_pr = etree.SubElement(p, _PPR)
        etree.SubElement(p_pr, _PSTYLE).set(_VAL, style_id)
    return p


def mark_paragraph_end(p: Any, mark: Mark, stamp: Stamp) -> None:
    """Mark the paragraph's end as inserted, deleted or moved (``w:pPr/w:rPr/w:ins`` ...)."""
    if mark is Mark.EQUAL:
        return
    p_pr = p.find(_PPR)
    if p_pr is None:
        p_pr = etree.Element(_PPR)
        p.insert(0, p_pr)
    r_pr = etree.SubElement(p_pr, _RPR)  # last child of pPr, as the schema orders it
    stamp.attributes(etree.SubElement(r_pr, WRAPPER[mark]))


def add_text(parent: Any, mark: Mark, text: str, stamp: Stamp) -> None:
    """Append ``text`` to ``parent`` (a ``w:p``) as a run, wrapped in its revision if any."""
    if mark is Mark.EQUAL:
        _run(parent, text, deleted=False)
        return
    wrapper = stamp.attributes(etree.SubElement(parent, WRAPPER[mark]))
    _run(wrapper, text, deleted=mark is Mark.DELETE)


def open_move_range(parent: Any, mark: Mark, name: str, stamp: Stamp) -> str:
    """Append ``w:moveFromRangeStart`` (or ``moveTo``) named ``name``; return its id."""
    start = stamp.attributes(etree.SubElement(parent, qn(_RANGE[mark] + "RangeStart")))
    start.set(_NAME, name)
    return str(start.get(_ID))


def close_move_range(parent: Any, mark: Mark, range_id: str) -> None:
    """Append the ``w:moveFromRangeEnd`` (or ``moveTo``) that closes range ``range_id``."""
    etree.SubElement(parent, qn(_RANGE[mark] + "RangeEnd")).set(_ID, range_id)


def _run(parent: Any, text: str, *, deleted: bool) -> None:
    """A ``w:r`` holding ``text``: ``w:t`` (``w:delText`` if deleted), ``w:br`` per newline."""
    run = etree.SubElement(parent, _R)
    tag = _DEL_TEXT if deleted else _T
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(run, _BR)
        if line:
            node = etree.SubElement(run, tag)
            node.text = _xml_safe(line)
            if line[0].isspace() or line[-1].isspace():
                node.set(_XML_SPACE, "preserve")


def _xml_safe(text: str) -> str:
    """Text without the control characters XML 1.0 forbids (a tab is kept)."""
    if all(ch >= " " or ch == "\t" for ch in text):
        return text
    return "".join(ch for ch in text if ch >= " " or ch == "\t")
