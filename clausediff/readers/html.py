"""HTML -> Document with the standard library's ``html.parser``.

Block elements (p, div, h1-h6, li, tr, blockquote, pre, section, ...) end a paragraph; ``br`` is
a line break inside one. Headings carry style "h1".."h6" and level 1..6; list items start with
their marker as a browser shows it ("1. " in ``ol``, honouring ``start``, ``type`` and
``value``, "- " in ``ul``) and carry the list depth as level; a table row is one paragraph with
cells joined by a tab. Runs of white space collapse to one space as a browser does (not inside
``pre``); entities are decoded. html.parser never
fetches anything and knows no external entities.

Charset: a BOM, else ``<meta charset>`` / ``http-equiv`` in the first 4 KB when browsers know
that encoding (not UTF-7), else UTF-8 when the bytes are UTF-8 but for a few bad ones, else
Windows-1252 (:mod:`clausediff.readers.decoding`). Bytes the charset cannot decode become U+FFFD,
as a browser shows them, and a warning counts them.

Only the page's content is read: navigation, page headers and footers, side panels, cookie
banners, forms and hidden text are left out (rules in :mod:`clausediff.readers.html_content`),
and a warning says what kinds of things were.

No Qt. Reads the file only.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from clausediff.document import Document, Format, ReaderWarning, WarningCode
from clausediff.errors import ErrorCode, InputError
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble
from clausediff.readers.decoding import decode_counting, undecodable_warning, utf8_or_cp1252
from clausediff.readers.html_content import (
    hidden_names,
    html_integer,
    list_marker,
    reason_to_drop,
)

_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "ul",
))  # fmt: skip
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
))  # fmt: skip
_SECTIONS = frozenset(("article", "main", "section"))
_SPACES = re.compile(r"[ \t\n\r\f]+")
_WEB_ENCODINGS = re.compile(
    r"^(?:utf_8|utf_16(?:_[lb]e)?|cp\d+|iso8859_\d+|koi8_[ru]|mac_cyrillic|shift_jis|euc_jp"
    r"|euc_kr|iso2022_jp|gbk|gb2312|gb18030|big5|big5hkscs|tis_620)$"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


#: Lists open at once: Markdown's own limit (about 50 levels). Real pages nest a few; each level
#: is a clause level that segmentation walks for every item (100,000 levels: 28 s).
MAX_LIST_DEPTH = 50


class ListsTooDeep(Exception):
    """Lists nested beyond :data:`MAX_LIST_DEPTH` (the caller names the file)."""


class _Parser(HTMLParser):
    """Collects blocks; a small state machine over start/end tags.

    An element that is not page content (:func:`reason_to_drop`) is skipped with everything
    inside it, up to its own end tag (counting nested elements of the same name). ``keep``
    holds the ordinals (among start tags) of elements to read even so: a skipped element whose
    end tag never comes would swallow the rest of the page, so :func:`parse_blocks` parses
    again with it kept.
    """

    def __init__(self, keep: frozenset[int] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.dropped: Counter[str] = Counter()
        self.unclosed_skip = -1
        self._keep = keep
        self._ordinal = -1
        self._open: list[str] = []  # the open article/main/section elements
        self._hidden_names: frozenset[str] = frozenset()  # ".class"/"#id" a <style> hides
        self._in_style = False
        self._skip: tuple[str, int, int, str] | None = None  # tag, depth, ordinal, reason
        self._pieces: list[str] = []
        self._style = ""
        self._level = 0
        self._marker = ""
        self._pre = 0
        self._lists: list[list[int | str]] = []  # per open list: [next number, type] or [-1]
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

    def _skipping(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether this start tag lies inside (or starts) content left out of the page."""
        if tag in _VOID:
            return self._skip is not None
        self._ordinal += 1
        if self._skip is not None:
            skipped, depth, ordinal, reason = self._skip
            if tag == skipped:
                self._skip = (skipped, depth + 1, ordinal, reason)
            return True
        reason = reason_to_drop(tag, dict(attrs), self._open, self._hidden_names)
        if reason and self._ordinal not in self._keep:
            self._skip = (tag, 1, self._ordinal, reason)
            return True
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = self._in_style or tag == "style"
        if self._skipping(tag, attrs):
            return
        if tag in _SECTIONS:
            self._open.append(tag)
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
            if len(self._lists) >= MAX_LIST_DEPTH:
                raise ListsTooDeep
            values = dict(attrs)
            if tag == "ol":
                kind = (values.get("type") or "1").strip()
                self._lists.append([html_integer(values.get("start"), 1), kind])
            else:
                self._lists.append([-1, ""])
        elif tag == "li":
            self._li(dict(attrs).get("value"))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._style, self._level = tag, int(tag[1])
        elif tag == "pre":
            self._pre += 1

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![...`` other than CDATA is a bogus comment to a browser, not an error."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_starttag(tag, attrs)  # <br/>, <hr/>: XHTML spellings of void tags

    def _marker_only(self) -> bool:
        """Whether the open paragraph holds just a list marker (``<li><p>`` must not split)."""
        return bool(self._marker) and "".join(self._pieces).strip() == self._marker

    def _li(self, value: str | None) -> None:
        self._level = len(self._lists) or 1
        self._style = "li"
        current = self._lists[-1] if self._lists else None
        if current is not None and isinstance(current[0], int) and current[0] >= 0:
            number = html_integer(value, current[0])
            self._marker = list_marker(number, str(current[1]))
            current[0] = number + 1
        else:
            self._marker = "-"
        self._pieces.append(self._marker + " ")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = self._in_style and tag != "style"
        if self._skip is not None:
            skipped, depth, ordinal, reason = self._skip
            if tag == skipped:
                self._skip = (skipped, depth - 1, ordinal, reason) if depth > 1 else None
                if depth == 1:
                    self.dropped[reason] += 1
            return
        if tag in _SECTIONS and tag in self._open:
            while self._open.pop() != tag:
                pass
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
        if self._in_style:
            self._hidden_names |= hidden_names(data)
        if self._skip is not None:
            return
        self._pieces.append(data if self._pre else _SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        self.flush()
        if self._skip is not None:
            self.unclosed_skip = self._skip[2]


def parse_blocks(text: str) -> tuple[list[Block], Counter[str]]:
    """The content blocks of a page, and how many elements of each kind were left out."""
    keep: frozenset[int] = frozenset()
    for _attempt in range(20):
        parser = _Parser(keep)
        parser.feed(text)
        parser.close()
        if parser.unclosed_skip < 0:
            break
        keep = keep | {parser.unclosed_skip}
    return parser.blocks, parser.dropped


_DROPPED_NAMES = {
    "nav": "navigation",
    "header": "page header",
    "footer": "page footer",
    "aside": "side panels",
    "form": "forms",
    "cookie": "cookie banner",
    "hidden": "hidden text",
    "role": "navigation",
    "dialog": "dialogs",
}


def dropped_warning(dropped: Counter[str]) -> ReaderWarning | None:
    """One warning naming what the page showed around its content that was left out."""
    names = sorted({_DROPPED_NAMES[reason] for reason in dropped if reason in _DROPPED_NAMES})
    if not names:
        return None
    return ReaderWarning.of(WarningCode.PAGE_PARTS_LEFT_OUT, parts=", ".join(names))


def _declared_charset(data: bytes) -> str:
    """The codec of the charset a page declares, if browsers know it ("" otherwise).

    Only the encodings of the WHATWG Encoding standard count; browsers ignore the others
    (UTF-7 above all, whose decoder can produce lone surrogates) and so does this reader.
    """
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return ""
    declared = match.group(1).decode("ascii", errors="replace").lower()
    if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"  # what browsers do, and what such pages really contain
    try:
        name = codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        return ""
    return name if _WEB_ENCODINGS.match(name) else ""


def decode_html(data: bytes) -> tuple[str, int]:
    """Decode HTML bytes: BOM, then declared charset, then UTF-8, then Windows-1252; also
    returns how many undecodable byte sequences became U+FFFD (as a browser shows them)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return decode_counting(data[len(bom) :], encoding)
    declared = _declared_charset(data)
    if declared:
        return decode_counting(data, declared)
    return utf8_or_cp1252(data)


def read_html(path: Path, monitor: Monitor) -> Document:
    """Read an .html file (see the module docstring)."""
    text, bad = decode_html(guards.read_bytes(path))
    try:
        blocks, dropped = parse_blocks(text)
    except ListsTooDeep as error:
        raise InputError(
            f"{path.name} is refused: it nests lists more than {MAX_LIST_DEPTH} deep, deeper than "
            "any real page does, which looks crafted",
            ErrorCode.CRAFTED_NESTING,
            name=path.name,
        ) from error
    monitor.check()
    document = assemble(blocks, Format.HTML, str(path))
    warnings = (undecodable_warning(bad, document.text), dropped_warning(dropped))
    return replace(document, warnings=tuple(w for w in warnings if w is not None))
