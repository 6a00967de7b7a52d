"""Markdown -> paragraph blocks: the text a Markdown viewer shows, not the markup.

Parsed by markdown-it-py (CommonMark, plus GitHub tables and strikethrough). What comes out:

* ``#``/``##``... and underlined (setext) headings are paragraphs with style "h1".."h6" and
  their level, so that segmentation takes them as clause headings, as it does in .docx and .html;
* a paragraph's inline markup is rendered (``**bold**`` -> bold, ``[text](url)`` -> text,
  ``![alt](src)`` -> alt, ``code`` -> code, entities decoded); a soft line break is a space, as a
  viewer shows it, and a hard break (two spaces, backslash, ``<br>``) a line break; other
  inline HTML tags are left out, their text kept;
* list items start with their marker as written ("3)", "1.", "-", "*") and carry their depth;
* a table row is one paragraph, cells joined by a tab (as the HTML reader does);
* code blocks keep their lines; HTML blocks are read by the HTML reader's rules;
* lists and quotes nested deeper than any document (:data:`MAX_NESTING`) raise
  :class:`NestedTooDeep` (markdown-it would drop the rest of the file without a word);
* YAML front matter (``---`` lines at the very top) is shown as written, one paragraph per line,
  as a code host shows it: nothing in the file is silently left out.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from clausediff.readers.blocks import Block

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class _TextParser(MarkdownIt):
    """CommonMark for its text: link targets are never shown, so they are not normalised
    (percent-encoding and punycode took a fifth of the parsing time on a page of links)."""

    def normalizeLink(self, url: str) -> str:
        return url

    def normalizeLinkText(self, link: str) -> str:
        return link


MAX_NESTING = 100
"""markdown-it's limit on tokens open at once (a nested list level opens two, a quote one; inline
markup counts too): far beyond any document, well within Python's recursion limit (its
CommonMark preset's 20 cut real lists ten levels deep)."""


class NestedTooDeep(Exception):
    """Markdown nested beyond :data:`MAX_NESTING` (the caller names the file)."""


def _nesting_guard(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """First block rule: refuse the file before :data:`MAX_NESTING` is reached. At its limit
    markdown-it stops and silently drops the rest of the file; inline it keeps the text, so the
    limit stays. One container opens at most two tokens, hence the margin of two."""
    if state.level >= MAX_NESTING - 2:
        raise NestedTooDeep(
            "nests lists or quotes deeper than any real document does "
            f"(about {MAX_NESTING // 2} lists or {MAX_NESTING} quotes)"
        )
    return False


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARSER = _TextParser("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
_PARSER.block.ruler.before("table", "nesting_guard", _nesting_guard)


def _inline_text(token: Token) -> str:
    """The text a viewer shows for one inline token (its children rendered as plain text)."""
    pieces: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append(" ")
        elif child.type == "hardbreak":
            pieces.append("\n")
        elif child.type == "image":
            pieces.append(child.content)
        elif child.type == "html_inline" and _BR.match(child.content):
            pieces.append("\n")
    return "".join(pieces)


class _Renderer:
    """Walks the block tokens once, keeping the list and table state."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._lists: list[str] = []  # the open lists' kinds: "ol" or "ul"
        self._marker = ""  # the marker of a list item whose first paragraph is still to come
        self._heading = ""
        self._cells: list[str] | None = None

    def _add(self, text: str, style: str = "", level: int = 0) -> None:
        marker = ""
        if self._marker:
            marker, self._marker = self._marker, ""
            text = f"{marker} {text}"
            style, level = "li", len(self._lists)
        if text.strip():
            self.blocks.append(Block(text, style, level, marker))

    def token(self, token: Token) -> None:
        kind = token.type
        if kind == "heading_open":
            self._heading = token.tag
        elif kind == "heading_close":
            self._heading = ""
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self._flush_marker()
            self._lists.append(token.tag)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self._flush_marker()
            if self._lists:
                self._lists.pop()
        elif kind == "list_item_open":
            self._flush_marker()
            self._marker = f"{token.info}{token.markup}" if token.info else token.markup
        elif kind == "list_item_close":
            self._flush_marker()
        elif kind == "tr_open":
            self._cells = []
        elif kind == "tr_close":
            cells, self._cells = self._cells or [], None
            if any(cells):
                self._add("\t".join(cells), "tr")
        elif kind == "inline":
            self._inline(token)
        elif kind in ("fence", "code_block"):
            self._add(token.content.rstrip("\n"), "pre")
        elif kind == "html_block":
            self._html(token.content)

    def _inline(self, token: Token) -> None:
        text = _inline_text(token)
        if self._cells is not None:
            self._cells.append(" ".join(text.split()))
        elif self._heading:
            self._add(text, self._heading, int(self._heading[1]))
        else:
            self._add(text)

    def _html(self, content: str) -> None:
        from clausediff.readers.html import MAX_LIST_DEPTH, ListsTooDeep, parse_blocks

        try:
            blocks, _dropped = parse_blocks(content)
        except ListsTooDeep as error:
            raise NestedTooDeep(
                f"nests lists in its HTML more than {MAX_LIST_DEPTH} deep, deeper than any real "
                "document does"
            ) from error
        for block in blocks:
            self._add(block.text, block.style, block.level)

    def _flush_marker(self) -> None:
        """A list item with no text of its own still shows its marker."""
        if self._marker:
            self._add("")


def markdown_blocks(text: str) -> list[Block]:
    """The paragraphs a Markdown viewer shows for ``text`` (see the module docstring)."""
    renderer = _Renderer()
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).split("\n"):
            renderer.blocks.append(Block(line, "front matter"))
        text = text[front.end() :]
    tokens: Sequence[Token] = _PARSER.parse(text)
    for token in tokens:
        renderer.token(token)
    return renderer.blocks
