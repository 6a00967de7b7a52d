"""Walk OpenDocument body XML into paragraphs, for one state of its tracked changes.

LibreOffice stores a document with tracked changes as its *current* text, with
``text:change-start``/``text:change-end`` around inserted text and a ``text:change`` point where
text was deleted (the deleted paragraphs themselves wait in ``text:tracked-changes``). So the
walk is a stream of paragraph starts, text and paragraph ends:

* accepted state: the body as it is (deletion points give nothing);
* original state: what lies between the start and end of an insertion is dropped, paragraph
  starts and ends included (so an inserted paragraph break joins the two parts, as rejecting it
  does), and the deleted paragraphs are spliced in at their point (the first joins the text
  before the point, the last the text after it).

List and outline numbers are not counted during the walk but afterwards, on the paragraphs of
the chosen state (:mod:`clausediff.readers.odt_numbering`), so they are those LibreOffice shows
after accepting or rejecting all changes.

Inline: character data with white space collapsed across the whole paragraph (as ODF
prescribes), ``text:s`` (``text:c`` spaces, bounded), ``text:tab``, ``text:line-break``; spans,
links and fields give their text. A note (``text:note``) is written ``[citation]`` where it is
called and its body becomes a paragraph right after; text boxes and shapes with text become
paragraphs after their anchor. A table of contents (and any other generated index) is read as
LibreOffice shows it: its title and entries, not its template; segmentation makes a table of
contents one clause. Comments and hidden sections (``text:display="none"``) are left out
(counted for the warnings); a paragraph with a hidden-paragraph field is read, as LibreOffice
shows it on the page by default.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from clausediff.errors import ErrorCode, InputError
from clausediff.readers import guards
from clausediff.readers.blocks import Block
from clausediff.readers.odt_numbering import Para, Request, number_paragraphs
from clausediff.readers.odt_styles import OUTLINE, ListLevel, ParagraphStyles

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SKIPPED = frozenset(
    (TEXT + "tracked-changes", TEXT + "sequence-decls",
     TEXT + "bookmark-ref-start", TEXT + "number", OFFICE + "annotation-end",
     TEXT + "hidden-text", TEXT + "hidden-paragraph", TEXT + "soft-page-break")
)  # fmt: skip
# Generated indexes: their text is their index-body (the *-source beside it is a template).
_INDEXES = ("table-of-content", "alphabetical-index", "bibliography", "illustration-index",
            "table-index", "user-index", "object-index")  # fmt: skip
_BLOCK_CONTAINERS = frozenset(
    (TEXT + "section", TABLE + "table-rows", TABLE + "table-header-rows", OFFICE + "text",
     TEXT + "index-body", TEXT + "index-title", TABLE + "table-row-group",
     *(TEXT + index for index in _INDEXES))
)  # fmt: skip
_ROW_GROUPS = frozenset(
    (TABLE + "table-rows", TABLE + "table-header-rows", TABLE + "table-row-group")
)
_SPACES = re.compile(r"[ \t\n\r]+")


@dataclass(slots=True)
class Tally:
    """What the walk met that the warnings report."""

    changes: int = 0
    notes: int = 0
    text_boxes: int = 0
    comments: int = 0
    hidden: int = 0


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Walker:
    """Body XML -> :class:`Para` list, in one state of the tracked changes."""

    def __init__(
        self,
        styles: ParagraphStyles,
        lists: dict[str, dict[int, ListLevel]],
        regions: dict[str, Any],
        accepted: bool,
        tally: Tally,
    ) -> None:
        self.styles = styles
        self.lists = lists
        self.regions = regions
        self.accepted = accepted
        self.tally = tally
        self.paras: list[Para] = []
        self.current: Para | None = None
        self._skipping: set[str] = set()
        self._resets: list[str] = []
        self._in_splice = False
        self._splice_start = False
        self._splice_end = False

    def _story(self) -> Walker:
        """A walker for a note or a text box, in the same state."""
        return Walker(self.styles, self.lists, self.regions, self.accepted, self.tally)

    # ------------------------------------------------------------------ stream

    def _start(self, para: Para) -> None:
        if self._skipping:
            return
        if self._splice_start:  # the first deleted paragraph joins the text before the point
            self._splice_start = False
            return
        if self._splice_end:
            self._splice_end = False
        para.resets = self._resets
        self._resets = []
        self.paras.append(para)
        self.current = para

    def _end(self) -> None:
        if self._skipping:
            return
        if self.current is not None and self._splice_end is False and self._in_splice:
            self._splice_end = True  # the last deleted paragraph joins the text after
            return
        self.current = None

    def _text(self, text: str, collapsible: bool = True) -> None:
        para = self.current
        if self._skipping or para is None or not text:
            return
        if collapsible:
            text = _SPACES.sub(" ", text)
            if para.space_open and text.startswith(" "):
                text = text[1:]
            if not text:
                return
            para.space_open = text.endswith(" ")
        else:
            para.space_open = False
        para.pieces.append(text)

    # ------------------------------------------------------------------ blocks

    def blocks(self, container: Any, list_key: str = "", depth: int = 0) -> None:
        for child in container:
            tag = child.tag
            if tag == TEXT + "p" or tag == TEXT + "h":
                self.paragraph(child, None)
            elif tag == TEXT + "list":
                self.list(child, list_key, depth + 1)
            elif tag == TEXT + "numbered-paragraph":
                self.numbered_paragraph(child)
            elif tag == TABLE + "table":
                self.table(child)
            elif tag == TEXT + "section" and child.get(TEXT + "display") == "none":
                self.tally.hidden += 1
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child, list_key, depth)
            elif tag in (TEXT + "change", TEXT + "change-start", TEXT + "change-end"):
                self._change(child)

    def paragraph(self, element: Any, request: Request | None, list_depth: int = 0) -> None:
        """One ``text:p``/``text:h``: its numbering request, then its inline content."""
        name = element.get(TEXT + "style-name", "")
        style = self.styles.names.get(name, name.replace("_20_", " "))
        heading = element.tag == TEXT + "h"
        level = list_depth
        if heading:
            level = _int(element.get(TEXT + "outline-level")) or 1
            request = self._heading_request(element, name, level, request)
        shown = element.find(TEXT + "number")
        if request is not None and shown is not None and (shown.text or "").strip():
            request = Request(
                request.key, request.depth, request.start, request.header, shown.text.strip()
            )
        self._start(Para(style, heading, level, request, []))
        self.inline(element)
        self._end()

    def _heading_request(
        self, element: Any, style_name: str, level: int, request: Request | None
    ) -> Request | None:
        """A heading is numbered by its list (inside one), else by the list style its
        paragraph style sets (empty: none), else by the outline style."""
        if request is not None:
            return request
        header = element.get(TEXT + "is-list-header") == "true"
        start = (
            _int(element.get(TEXT + "start-value"))
            if element.get(TEXT + "restart-numbering") == "true"
            else None
        )
        own = self.styles.list_style.get(style_name)
        if own == "":
            return None
        return Request(own or OUTLINE, level, start, header)

    def list(self, element: Any, list_key: str, depth: int) -> None:
        key = element.get(TEXT + "style-name") or list_key
        continues = element.get(TEXT + "continue-numbering") == "true" or bool(
            element.get(TEXT + "continue-list")
        )
        if depth == 1 and not continues and not self._in_splice:
            # a list restarts its count, unless it goes on an earlier one; the pieces of a list
            # spliced back from a deletion belong to the list around them
            self._resets.append(key)
        for item in element:
            header = item.tag == TEXT + "list-header"
            if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                continue
            start = _int(item.get(TEXT + "start-value"))
            first = True
            for child in item:
                if child.tag in (TEXT + "p", TEXT + "h"):
                    request = Request(key, depth, start if first else None, header or not first)
                    self.paragraph(child, request, depth)
                    first = False
                elif child.tag == TEXT + "list":
                    self.list(child, key, depth + 1)
                    first = False

    def numbered_paragraph(self, element: Any) -> None:
        key = element.get(TEXT + "style-name") or element.get(TEXT + "list-id") or ""
        depth = _int(element.get(TEXT + "level")) or 1
        start = _int(element.get(TEXT + "start-value"))
        for child in element:
            if child.tag in (TEXT + "p", TEXT + "h"):
                self.paragraph(child, Request(key, depth, start), depth)

    def table(self, table: Any) -> None:
        """One paragraph per row: cells joined by a tab, a cell's paragraphs by a space; the
        notes and text boxes of the row follow it. A table inside a cell is flattened into the
        cell (as the .docx reader does), so only this table's own rows are walked here."""
        for row in _own_rows(table):
            cells: list[str] = []
            extras: list[Block] = []
            for cell in row:
                if cell.tag != TABLE + "table-cell":
                    continue
                story = self._story()
                story._skipping = self._skipping
                story.blocks(cell)
                parts = [" ".join("".join(p.pieces).split()) for p in story.paras]
                cells.append(" ".join(part for part in parts if part))
                extras.extend(extra for para in story.paras for extra in para.extras)
            if any(cells) and not self._skipping:
                para = Para("Table", False, 0, None, [], ["\t".join(cells)], extras)
                self._start(para)
                self.current = None

    # ------------------------------------------------------------------ inline

    def inline(self, element: Any) -> None:
        if element.text:
            self._text(element.text)
        for child in element:
            tag = child.tag
            if tag == TEXT + "s":
                count = _int(child.get(TEXT + "c")) or 1
                if count > guards.MAX_REPEAT:
                    raise InputError(
                        f"a run of {count} spaces (text:s) is beyond any page: the file looks "
                        "crafted",
                        ErrorCode.CRAFTED_SPACES,
                        count=count,
                        limit=guards.MAX_REPEAT,
                    )
                self._text(" " * count, collapsible=False)
            elif tag == TEXT + "tab":
                self._text("\t", collapsible=False)
            elif tag == TEXT + "line-break":
                self._text("\n", collapsible=False)
            elif tag in (TEXT + "change", TEXT + "change-start", TEXT + "change-end"):
                self._change(child)
            elif tag == TEXT + "note":
                self._note(child)
            elif tag == OFFICE + "annotation":
                self.tally.comments += 1
            elif tag.startswith(DRAW):
                self._drawing(child)
            elif tag not in _SKIPPED:
                self.inline(child)
            if child.tail:
                self._text(child.tail)

    def _note(self, note: Any) -> None:
        if self._skipping or self.current is None:
            return
        citation = note.find(TEXT + "note-citation")
        mark = "" if citation is None else (citation.get(TEXT + "label") or citation.text or "")
        mark = mark.strip() or "*"
        self._text(f"[{mark}]", collapsible=False)
        body = note.find(TEXT + "note-body")
        story = self._story()
        if body is not None:
            story.blocks(body)
        text = "\n".join(" ".join("".join(p.pieces).split()) for p in story.paras)
        kind = "Endnote" if note.get(TEXT + "note-class") == "endnote" else "Footnote"
        self.current.extras.append(Block(f"[{mark}] {text}".rstrip(), style=f"{kind} Text"))
        self.tally.notes += 1

    def _drawing(self, element: Any) -> None:
        """Text boxes and shapes with text: their paragraphs follow the anchor paragraph."""
        if self._skipping or self.current is None:
            return
        holds_text = any(child.tag in (TEXT + "p", TEXT + "h", TEXT + "list") for child in element)
        if holds_text:
            story = self._story()
            story.blocks(element)
            self.current.extras.extend(number_paragraphs(story.paras, self.lists, True))
            self.tally.text_boxes += 1
            return
        for child in element:
            if child.tag.startswith(DRAW):
                self._drawing(child)

    def _change(self, element: Any) -> None:
        """A tracked-change mark (see the module docstring)."""
        change_id = element.get(TEXT + "change-id", "")
        region = self.regions.get(change_id)
        if region is None or self.accepted:
            return
        if region.find(TEXT + "insertion") is not None:
            if element.tag == TEXT + "change-start":
                self._skipping.add(change_id)
            elif element.tag == TEXT + "change-end":
                self._skipping.discard(change_id)
            return
        deletion = region.find(TEXT + "deletion")
        if deletion is None or element.tag != TEXT + "change" or self._skipping:
            return
        inside = self.current is not None
        self._in_splice, self._splice_start, self._splice_end = inside, inside, False
        self.blocks(deletion)
        if self._splice_end:
            self._splice_end = False  # the paragraph around the point goes on
        elif inside and self.current is None:
            self.current = self.paras[-1] if self.paras else None
        self._in_splice = self._splice_start = False


def _own_rows(table: Any) -> Iterator[Any]:
    """The rows of ``table`` itself, also inside its row groups, never those of a table nested
    in one of its cells (walking every descendant row read each nested row once more per
    enclosing table: 2^depth times)."""
    for child in table:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _own_rows(child)
