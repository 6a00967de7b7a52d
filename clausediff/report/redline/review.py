"""Read a Word document's tracked changes back: its text with every revision accepted or rejected.

What a reviewer clicking "Accept all" or "Reject all" would get, computed from the XML of
``word/document.xml`` (tables and text boxes aside): accepting keeps inserted and moved-to text
and drops deleted and moved-from text; rejecting does the opposite; a paragraph whose mark is
dropped joins the next one. Used to check ClauseDiff's redlines (tests, ``bench/``) and any Word
file's revisions. Returns paragraphs as strings, ``w:br`` as ``\\n``, ``w:tab`` as a tab. No Qt.
"""

from __future__ import annotations

import os
import zipfile
from typing import Any

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_INSERTED = {_W + "ins", _W + "moveTo"}
_DELETED = {_W + "del", _W + "moveFrom"}


def accepted_paragraphs(path: str | os.PathLike[str]) -> list[str]:
    """The body paragraphs with every revision accepted."""
    return _paragraphs(_body(path), keep=_INSERTED, drop=_DELETED)


def rejected_paragraphs(path: str | os.PathLike[str]) -> list[str]:
    """The body paragraphs with every revision rejected."""
    return _paragraphs(_body(path), keep=_DELETED, drop=_INSERTED)


def _body(path: str | os.PathLike[str]) -> Any:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return root.find(_W + "body")


def _paragraphs(body: Any, keep: set[str], drop: set[str]) -> list[str]:
    result: list[str] = []
    pending = ""  # text of paragraphs whose mark was dropped, joined to the next one
    for p in body.iter(_W + "p"):
        text = pending + "".join(_texts(p, drop))
        mark = p.find(f"{_W}pPr/{_W}rPr")
        marks = {child.tag for child in mark} if mark is not None else set()
        if marks & drop:
            pending = text
            continue
        pending = ""
        result.append(text)
    if pending:
        result.append(pending)
    return result


def _texts(p: Any, drop: set[str]) -> list[str]:
    out: list[str] = []
    for node in p.iter(_W + "t", _W + "delText", _W + "br", _W + "tab"):
        if any(ancestor.tag in drop for ancestor in node.iterancestors()):
            continue
        if node.tag == _W + "br":
            out.append("\n")
        elif node.tag == _W + "tab":
            out.append("\t")
        else:
            out.append(node.text or "")
    return out
