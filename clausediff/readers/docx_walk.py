"""Walk Word body XML into blocks, for one state of its tracked changes.

What becomes text, per paragraph, as Word shows it: ``w:t`` of runs (inside hyperlinks, fields'
displayed results, content controls, smart tags, custom XML), ``w:tab``/``w:ptab`` as a tab,
``w:br``/``w:cr`` as a line break, ``w:noBreakHyphen`` as "-", ``w:sym`` as its character,
Office Math as its text; runs formatted all caps in capitals. Hidden runs (``w:vanish``), field
instructions, headers, footers and comments are left out. A table of contents is read as Word
shows it, its entries keeping their "toc N" style: segmentation makes it one clause.

**Tracked changes** are read in one state (:class:`~clausediff.options.Revisions`): accepted
keeps ``w:ins``/``w:moveTo`` and drops ``w:del``/``w:moveFrom``; original does the reverse,
reads deleted text (``w:delText``) and takes the paragraph properties from ``w:pPrChange``.
A paragraph whose mark is removed in that state (a deleted mark when accepted, an inserted one
when original) is joined to the next paragraph, as Word does; inserted or deleted table rows
and cells follow the same rule. Automatic numbers are counted only on the paragraphs of that
state, so they are the numbers Word shows after "Accept all" or "Reject all".

**Notes and text boxes.** A footnote or endnote call is written ``[1]`` (its mark as Word
draws it, see :mod:`~clausediff.readers.docx_notes`) and the note becomes a paragraph
``[1] note text`` placed right after the paragraph (or table row) that calls it. The text of a
text box or shape (``w:txbxContent``; of an ``mc:AlternateContent`` only the first choice, never
its fallback copy as well) becomes paragraphs after its anchor paragraph. Notes and text boxes
keep their own list counters so they never shift the body's numbers.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from clausediff.options import Revisions
from clausediff.readers.blocks import Block
from clausediff.readers.docx_notes import NoteBook
from clausediff.readers.docx_numbering import Numberer, W, wval
from clausediff.readers.docx_styles import Style, is_on

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_PLAIN_CONTAINERS = frozenset(
    W + tag
    for tag in ("hyperlink", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "dir",
                "bdo")
)  # fmt: skip
_INSERTED = frozenset((W + "ins", W + "moveTo"))
_DELETED = frozenset((W + "del", W + "moveFrom"))
_TEXT_TAGS = frozenset((W + "t", W + "delText"))
_HEADING_NAME = re.compile(r"^(?:heading|titre)\s*([1-9])$", re.IGNORECASE)
_SYMBOL_BULLETS = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF0FC: "✓", 0xF0E0: "→"}
_DRAWINGS = frozenset((W + "drawing", W + "pict", MC + "AlternateContent", W + "object"))


def _alternate(element: Any) -> Any:
    """The one branch of an ``mc:AlternateContent`` that is read: its first choice, else the
    fallback (both hold the same content for different readers)."""
    choice = element.find(f"{MC}Choice")
    return choice if choice is not None else element.find(f"{MC}Fallback")


@dataclass(slots=True)
class Tally:
    """What the walk met that the warnings report."""

    text_boxes: int = 0
    hidden_runs: int = 0
    objects: int = 0
    diagrams: int = 0


@dataclass(slots=True)
class _Read:
    """One paragraph's text in the chosen state, before it is numbered (and maybe joined)."""

    pieces: list[str]
    p_pr: Any
    style_id: str
    style: Style
    bold: bool | None
    mark_removed: bool
    extras: list[Any] = field(default_factory=list)


class Walker:
    """Turns body XML into blocks, keeping numbering state across the whole story."""

    def __init__(
        self,
        styles: dict[str, Style],
        default_style: str,
        numberer_factory: Any,
        notes: NoteBook,
        revisions: Revisions,
        tally: Tally,
    ) -> None:
        self.styles = styles
        self.default_style = default_style
        self.numberer_factory = numberer_factory
        self.numberer: Numberer = numberer_factory()
        self.notes = notes
        self.accepted = revisions is Revisions.ACCEPTED
        self.tally = tally
        self._skipped = _DELETED if self.accepted else _INSERTED
        self._kept = _INSERTED if self.accepted else _DELETED

    def _story(self) -> Walker:
        """A walker for a note or a text box: same state and notes, its own list counters."""
        return Walker(
            self.styles,
            self.default_style,
            self.numberer_factory,
            self.notes,
            Revisions.ACCEPTED if self.accepted else Revisions.ORIGINAL,
            self.tally,
        )

    # ------------------------------------------------------------------ blocks

    def blocks(self, container: Any, sink: list[Block] | None = None) -> Iterator[Block]:
        """Paragraph and table-row blocks of a body (or any block container), in order,
        each followed by the notes it calls and the text boxes it anchors (or, with ``sink``,
        those go to the sink: a table cell's are placed after its row)."""
        pending: list[_Read] = []
        for element in self._block_elements(container):
            if element.tag == f"{W}p":
                read = self._read(element)
                pending.append(read)
                if read.mark_removed:
                    continue
                yield from self._finish(pending, sink)
                pending = []
            else:
                if pending:
                    yield from self._finish(pending, sink)
                    pending = []
                yield from self.table(element, sink)
        if pending:
            yield from self._finish(pending, sink)

    def _block_elements(self, container: Any) -> Iterator[Any]:
        """Paragraphs and tables in order, through content controls and custom XML."""
        for child in container:
            tag = child.tag
            if tag in (f"{W}p", f"{W}tbl"):
                yield child
            elif tag in _PLAIN_CONTAINERS:
                yield from self._block_elements(child)
            elif tag == f"{MC}AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    yield from self._block_elements(branch)
            elif tag in self._kept:
                yield from self._block_elements(child)

    def _finish(self, group: list[_Read], sink: list[Block] | None) -> Iterator[Block]:
        """One block from paragraphs joined by removed marks, then its notes and text boxes.

        The joined paragraph keeps the properties of its first part that shows text (a
        paragraph wholly removed with its mark leaves the next one's number and style)."""
        text = "".join(piece for read in group for piece in read.pieces)
        chosen = next((read for read in group if "".join(read.pieces).strip()), group[-1])
        yield self._block(chosen, text)
        extras = [*self._placed_notes()]
        for read in group:
            for box in read.extras:
                extras.extend(self._story().blocks(box))
        if sink is None:
            yield from extras
        else:
            sink.extend(extras)

    def _placed_notes(self) -> Iterator[Block]:
        for note in self.notes.take():
            parts = [block.text.strip() for block in self._story().blocks(note.element)]
            body = "\n".join(part for part in parts if part)
            yield Block(f"[{note.mark}] {body}".rstrip(), style=f"{note.kind.title()} Text")

    def _block(self, read: _Read, text: str) -> Block:
        """A paragraph block: its automatic number drawn in, style, level and bold hints."""
        style = read.style
        number, level = self._number(read.p_pr, style, read.style_id, bool(text.strip()))
        outline = wval(read.p_pr, "w:outlineLvl")
        outline_level = int(outline) if outline and outline.isdigit() else style.outline
        if outline_level is None:
            match = _HEADING_NAME.match(style.name)
            outline_level = int(match.group(1)) - 1 if match else None
        if outline_level is not None and outline_level < 9:
            level = outline_level + 1
        if number:
            text = f"{number} {text.lstrip()}"
        return Block(text, style=style.name, level=level, numbering=number, bold=bool(read.bold))

    def _number(self, p_pr: Any, style: Style, style_id: str, visible: bool) -> tuple[str, int]:
        """The drawn number and list level (ilvl + 1) of a paragraph, or ("", 0)."""
        num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
        num_id = wval(num_pr, "w:numId") if num_pr is not None else None
        ilvl_text = wval(num_pr, "w:ilvl") if num_pr is not None else None
        if num_id is None:
            num_id = style.num_id
        if num_id is None or num_id == "0":
            return "", 0
        if ilvl_text is not None and ilvl_text.isdigit():
            ilvl = int(ilvl_text)
        elif style.ilvl is not None:
            ilvl = style.ilvl
        else:
            ilvl = self.numberer.level_for_style(num_id, style_id)
        number, _suffix = self.numberer.next(num_id, ilvl)
        return (number if visible else ""), ilvl + 1

    # ------------------------------------------------------------------ tables

    def table(self, table: Any, sink: list[Block] | None = None) -> Iterator[Block]:
        """One block per row: cells joined by a tab (nested tables flattened into the cell),
        followed by the notes and text boxes of the row (or those go to ``sink``)."""
        for row in self._children(table, f"{W}tr"):
            if self._revised_away(row.find(f"{W}trPr")):
                continue
            cells = []
            extras: list[Block] = []
            for cell in self._children(row, f"{W}tc"):
                tc_pr = cell.find(f"{W}tcPr")
                removed = f"{W}cellDel" if self.accepted else f"{W}cellIns"
                if tc_pr is not None and tc_pr.find(removed) is not None:
                    continue
                parts = [block.text.strip() for block in self.blocks(cell, extras)]
                cells.append(" ".join(part for part in parts if part).replace("\n", " "))
            if any(cells):
                yield Block("\t".join(cells), style="Table")
            if sink is None:
                yield from extras
            else:
                sink.extend(extras)

    def _children(self, parent: Any, tag: str) -> Iterator[Any]:
        """Children with ``tag``, also inside content controls and custom XML."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in _PLAIN_CONTAINERS:
                yield from self._children(child, tag)

    def _revised_away(self, properties: Any) -> bool:
        """A row or paragraph mark marked inserted (original state) or deleted (accepted)."""
        if properties is None:
            return False
        return any(properties.find(tag) is not None for tag in self._skipped)

    # ------------------------------------------------------------------ paragraphs

    def _read(self, paragraph: Any) -> _Read:
        p_pr = paragraph.find(f"{W}pPr")
        mark = p_pr.find(f"{W}rPr") if p_pr is not None else None
        if not self.accepted and p_pr is not None:
            change = p_pr.find(f"{W}pPrChange/{W}pPr")
            if change is not None:
                p_pr = change
        style_id = wval(p_pr, "w:pStyle") or self.default_style
        style = self.styles.get(style_id, Style(style_id, None, None, None, None))
        read = _Read([], p_pr, style_id, style, None, self._revised_away(mark))
        self._collect(paragraph, read)
        return read

    def _collect(self, element: Any, read: _Read) -> None:
        """Append the visible text under ``element``; note whether the first text run is bold."""
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, read)
            elif tag in _PLAIN_CONTAINERS or tag in self._kept:
                self._collect(child, read)
            elif tag == f"{MC}AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    self._collect(branch, read)
            elif tag == f"{MATH}oMath" or tag == f"{MATH}oMathPara":
                read.pieces.append("".join(t.text or "" for t in child.iter(f"{MATH}t")))

    def _run(self, run: Any, read: _Read) -> None:
        r_pr = run.find(f"{W}rPr")
        if r_pr is not None and (
            is_on(r_pr.find(f"{W}vanish")) or is_on(r_pr.find(f"{W}specVanish"))
        ):
            self.tally.hidden_runs += 1
            return
        caps = self._run_toggle(r_pr, read.style, "caps")
        out = read.pieces
        start = len(out)
        children = list(run)
        skip_next_text = False
        for index, child in enumerate(children):
            tag = child.tag
            if tag in _TEXT_TAGS:
                if skip_next_text:
                    skip_next_text = False
                    continue
                out.append((child.text or "").upper() if caps else child.text or "")
            elif tag == f"{W}tab" or tag == f"{W}ptab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}sym":
                out.append(_symbol(child))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                custom = None
                if is_on(child.find(f"{W}customMarkFollows")) or child.get(
                    f"{W}customMarkFollows"
                ) in ("1", "true", "on"):
                    following = [c for c in children[index + 1 :] if c.tag in _TEXT_TAGS]
                    custom = (following[0].text or "") if following else ""
                    skip_next_text = bool(following)
                out.append(self.notes.call(child, custom))
            elif tag in _DRAWINGS:
                self._drawing(child, read)
        if read.bold is None and "".join(out[start:]).strip():
            read.bold = self._run_toggle(r_pr, read.style, "b")

    def _drawing(self, element: Any, read: _Read) -> None:
        """Text boxes inside a drawing, a VML picture or an alternate content, read once."""
        if element.tag == f"{W}object":
            self.tally.objects += 1
        if element.tag == f"{A}graphicData" and "diagram" in (element.get("uri") or ""):
            self.tally.diagrams += 1  # SmartArt: its text lives in a part of its own
            return
        for child in element:
            tag = child.tag
            if tag == f"{W}txbxContent":
                self.tally.text_boxes += 1
                read.extras.append(child)
            elif tag == f"{MC}AlternateContent":
                branch = _alternate(child)
                if branch is not None:
                    self._drawing(branch, read)
            elif tag != f"{MC}Fallback":
                self._drawing(child, read)

    def _run_toggle(self, r_pr: Any, style: Style, name: str) -> bool:
        """A run's bold (``b``) or all-caps (``caps``): direct formatting, else its character
        style, else its paragraph style."""
        direct = is_on(r_pr.find(f"{W}{name}")) if r_pr is not None else None
        if direct is not None:
            return direct
        char_style = self.styles.get(wval(r_pr, "w:rStyle") or "") if r_pr is not None else None
        attribute = "bold" if name == "b" else "caps"
        from_style = None if char_style is None else getattr(char_style, attribute)
        if from_style is not None:
            return bool(from_style)
        return bool(getattr(style, attribute))


def _symbol(element: Any) -> str:
    """The character of a ``w:sym``: symbol-font private-use codes as their visible look."""
    try:
        code = int(element.get(f"{W}char") or "", 16)
    except ValueError:
        return ""
    if code in _SYMBOL_BULLETS:
        return _SYMBOL_BULLETS[code]
    if 0xF020 <= code <= 0xF0FF:
        return chr(code - 0xF000)
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""


def count_revisions(*roots: Any) -> int:
    """Tracked changes of text in the parts: insertions, deletions and moves (a paragraph
    mark's own change goes with the text change around it and is not counted apart)."""
    tags = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
    mark = f"{W}rPr"
    return sum(
        1
        for root in roots
        if root is not None
        for element in root.iter(*tags)
        if element.getparent().tag != mark
    )
