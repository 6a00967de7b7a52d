"""HTML -> Document with the standard library's ``html.parser``.

Block elements (p, div, h1-h6, li, tr, blockquote, pre, section, ...) end a paragraph; ``br`` is
a line break inside one. Headings carry style "h1".."h6" and level 1..6; list items start with
their marker as a browser shows it ("1. " in ``ol``, honouring ``start``, "- " in ``ul``) and
carry the list depth as level; a table row is one paragraph with cells joined by a tab. Runs of
white space collapse to one space as a browser does (not inside ``pre``); ``script``, ``style``,
``head``, ``template`` and ``noscript`` are dropped; entities are decoded. html.parser never
fetches anything and knows no external entities.

Charset: a BOM, else ``<meta charset>`` / ``http-equiv`` in the first 4 KB, else UTF-8 if the
bytes are valid UTF-8, else Windows-1252.

No Qt. Reads the file only.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from clausediff.document import Document, Format
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble

_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "ul",
))  # fmt: skip
_DROPPED = frozenset(["script", "style", "head", "template", "noscript", "title"])
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
))  # fmt: skip
_SPACES = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


class _Parser(HTMLParser):
    """Collects blocks; a small state machine over start/end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._pieces: list[str] = []
        self._style = ""
        self._level = 0
        self._marker = ""
        self._dropped = 0
        self._pre = 0
        self._lists: list[list[int]] = []  # per open list: [next number or -1 for bullets]
        self._cells: list[str] | None = None

    def flush(self) -> None:
        """End the current paragraph (or table cell)."""
        text = "".join(self._pieces)
        self._pieces = []
        if self._cells is not None:
            self._cells.append(_SPACES.sub(" ", text).strip())
            return
        if text.strip():
            marker = self._marker if text.startswith(self._marker) else ""
            self.blocks.append(Block(text, self._style, self._level, marker))
        self._style, self._level, self._marker = "", 0, ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropped += tag not in _VOID
            return
        if tag == "br":
            self._pieces.append("\n")
            return
        if tag in ("td", "th"):
            if self._cells is not None:
                self._pieces = []
            return
        if tag in _BLOCKS and not self._marker_only():
            self.flush()
        if tag == "tr":
            self._cells = []
        elif tag in ("ol", "ul"):
            start = dict(attrs).get("start") or "1"
            self._lists.append([int(start) if tag == "ol" and start.isdigit() else -1])
        elif tag == "li":
            self._li()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._style, self._level = tag, int(tag[1])
        elif tag == "pre":
            self._pre += 1

    def _marker_only(self) -> bool:
        """Whether the open paragraph holds just a list marker (``<li><p>`` must not split)."""
        return bool(self._marker) and "".join(self._pieces).strip() == self._marker

    def _li(self) -> None:
        self._level = len(self._lists) or 1
        self._style = "li"
        if self._lists and self._lists[-1][0] >= 0:
            self._marker = f"{self._lists[-1][0]}."
            self._lists[-1][0] += 1
        else:
            self._marker = "-"
        self._pieces.append(self._marker + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
            return
        if tag in ("td", "th"):
            if self._cells is not None:
                self.flush()
            return
        if tag == "tr" and self._cells is not None:
            cells, self._cells = self._cells, None
            if any(cells):
                self.blocks.append(Block("\t".join(cells), style="tr"))
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        self._pieces.append(data if self._pre else _SPACES.sub(" ", data))


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: BOM, then declared charset, then UTF-8, then Windows-1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii", errors="replace").lower()
        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            declared = "cp1252"  # what browsers do, and what such pages really contain
        try:
            return data.decode(declared, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_html(path: Path, monitor: Monitor) -> Document:
    """Read an .html file (see the module docstring)."""
    text = decode_html(guards.read_bytes(path))
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.flush()
    monitor.check()
    return assemble(parser.blocks, Format.HTML, str(path))
