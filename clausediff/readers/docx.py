"""Word .docx -> Document: paragraphs and table rows in order, automatic numbers drawn in.

The archive is checked first (zip sanity and bomb limits, no DOCTYPE in any XML part: see
:mod:`clausediff.readers.guards`), then python-docx opens it and this module walks the body XML
itself, because python-docx hides what matters here (numbering, tracked changes, fields).

What becomes text, per paragraph: ``w:t`` of runs (inside hyperlinks, fields, content controls
and tracked insertions too), ``w:tab`` as a tab, ``w:br``/``w:cr`` as a line break,
``w:noBreakHyphen`` as "-"; runs formatted all caps (``w:caps``, directly or by style) in
capitals, as Word shows them. Left out: deleted and moved-from text, field instructions, hidden
runs, drawings and text boxes, footnotes, headers and footers, and tables of contents (they
repeat the headings with page numbers).

* A paragraph's automatic number (see :mod:`~clausediff.readers.docx_numbering`) is written at
  its start followed by one space (Word's tab or space suffix) and kept in
  ``Paragraph.numbering``.
* ``Paragraph.style`` is the style's display name ("Heading 2", "List Number");
  ``level`` is the outline level of the paragraph or its style (1-9), else the list level
  (``ilvl`` + 1), else 0; ``bold`` is true when the first visible run is bold.
* A table row is one paragraph (style "Table"): cells joined by a tab, the paragraphs of one
  cell joined by a space.
* Tracked changes are read as if accepted, and ``Document.warnings`` says so.

No Qt. Reads the file only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clausediff.document import Document, Format
from clausediff.errors import InputError
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble
from clausediff.readers.docx_numbering import Numberer, W, wval

_CONTAINERS = frozenset(
    W + tag
    for tag in ("hyperlink", "smartTag", "fldSimple", "ins", "moveTo", "sdt", "sdtContent",
                "customXml", "dir", "bdo")
)  # fmt: skip
_OFF = ("0", "false", "off")
_TOGGLES = {"b": "bold", "caps": "caps"}
_HEADING_NAME = re.compile(r"^(?:heading|titre)\s*([1-9])$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|tm)\s*[1-9]$", re.IGNORECASE)


def _is_toc(element: Any) -> bool:
    """A content control holding a table of contents."""
    gallery = element.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{W}val") or "").lower()


@dataclass(frozen=True, slots=True)
class _Style:
    """What a paragraph or character style tells, with its ``basedOn`` chain resolved."""

    name: str
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None
    caps: bool | None = None


def _on(element: Any) -> bool | None:
    """A toggle property (``w:b``): None when absent, else its value."""
    if element is None:
        return None
    return element.get(f"{W}val") not in _OFF


def _parse_styles(styles: Any) -> tuple[dict[str, _Style], str]:
    """Styles by id (inheritance resolved) and the default paragraph style id."""
    raw: dict[str, tuple[Any, str | None]] = {}
    default = ""
    for style in styles.iterfind(f"{W}style") if styles is not None else ():
        style_id = style.get(f"{W}styleId") or ""
        raw[style_id] = (style, wval(style, "w:basedOn"))
        if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
            default = style_id
    resolved: dict[str, _Style] = {}

    def resolve(style_id: str, depth: int = 0) -> _Style:
        if style_id in resolved:
            return resolved[style_id]
        element, based_on = raw[style_id]
        parent = (
            resolve(based_on, depth + 1)
            if based_on in raw and based_on != style_id and depth < 20
            else _Style("", None, None, None, None)
        )
        name = wval(element, "w:name") or style_id
        num_pr = element.find(f"{W}pPr/{W}numPr")
        ilvl = wval(num_pr, "w:ilvl") if num_pr is not None else None
        outline = wval(element, "w:pPr/w:outlineLvl")
        bold = _on(element.find(f"{W}rPr/{W}b"))
        caps = _on(element.find(f"{W}rPr/{W}caps"))
        result = _Style(
            name=name.title() if name.islower() else name,
            num_id=(wval(num_pr, "w:numId") if num_pr is not None else None) or parent.num_id,
            ilvl=int(ilvl) if ilvl and ilvl.isdigit() else parent.ilvl,
            outline=int(outline) if outline and outline.isdigit() else parent.outline,
            bold=parent.bold if bold is None else bold,
            caps=parent.caps if caps is None else caps,
        )
        resolved[style_id] = result
        return result

    for style_id in raw:
        resolve(style_id)
    return resolved, default


class _Walker:
    """Turns body XML into blocks, keeping numbering state across the whole document."""

    def __init__(self, styles: dict[str, _Style], default_style: str, numberer: Numberer):
        self.styles = styles
        self.default_style = default_style
        self.numberer = numberer

    def blocks(self, container: Any, monitor: Monitor, total: int) -> Iterator[Block]:
        """Paragraph and table-row blocks of a body (or any block container), in order."""
        for count, element in enumerate(self._block_elements(container)):
            if count % 500 == 0:
                monitor.report(count, total, "reading paragraphs")
            if element.tag == f"{W}p":
                yield self.paragraph(element)
            else:
                yield from self.table(element)

    def _block_elements(self, container: Any) -> Iterator[Any]:
        """Paragraphs and tables in order, through content controls; tables of contents
        (a content control of the "Table of Contents" gallery, or paragraphs in the "toc N"
        styles) are skipped: they repeat the headings with page numbers."""
        for child in container:
            if child.tag == f"{W}p":
                style = self.styles.get(wval(child.find(f"{W}pPr"), "w:pStyle") or "")
                if style is None or not _TOC_STYLE.match(style.name):
                    yield child
            elif child.tag == f"{W}tbl":
                yield child
            elif child.tag in _CONTAINERS and not _is_toc(child):
                yield from self._block_elements(child)

    def table(self, table: Any) -> Iterator[Block]:
        """One block per row: cells joined by a tab (nested tables flattened into the cell)."""
        for row in table.iterfind(f"{W}tr"):
            cells = []
            for cell in row.iterfind(f"{W}tc"):
                parts = []
                for element in self._block_elements(cell):
                    if element.tag == f"{W}p":
                        parts.append(self.paragraph(element).text.strip())
                    else:
                        parts.extend(block.text for block in self.table(element))
                cells.append(" ".join(part for part in parts if part).replace("\n", " "))
            if any(cells):
                yield Block("\t".join(cells), style="Table")

    def paragraph(self, paragraph: Any) -> Block:
        """One paragraph: numbering drawn in, style, level and bold hints."""
        p_pr = paragraph.find(f"{W}pPr")
        style_id = wval(p_pr, "w:pStyle") or self.default_style
        style = self.styles.get(style_id, _Style(style_id, None, None, None, None))
        pieces: list[str] = []
        first_bold: list[bool] = []
        self._collect(paragraph, style, pieces, first_bold)
        text = "".join(pieces)
        number, level = self._number(p_pr, style, style_id, visible=bool(text.strip()))
        outline = wval(p_pr, "w:outlineLvl")
        outline_level = int(outline) if outline and outline.isdigit() else style.outline
        if outline_level is None:
            match = _HEADING_NAME.match(style.name)
            outline_level = int(match.group(1)) - 1 if match else None
        if outline_level is not None and outline_level < 9:
            level = outline_level + 1
        if number:
            text = f"{number} {text.lstrip()}"
        return Block(
            text,
            style=style.name,
            level=level,
            numbering=number,
            bold=bool(first_bold and first_bold[0]),
        )

    def _number(self, p_pr: Any, style: _Style, style_id: str, visible: bool) -> tuple[str, int]:
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

    def _collect(self, element: Any, style: _Style, out: list[str], bold: list[bool]) -> None:
        """Append the visible text under ``element``; note whether the first text run is bold."""
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, style, out, bold)
            elif tag in _CONTAINERS:
                self._collect(child, style, out, bold)

    def _run(self, run: Any, style: _Style, out: list[str], bold: list[bool]) -> None:
        r_pr = run.find(f"{W}rPr")
        if r_pr is not None and _on(r_pr.find(f"{W}vanish")):
            return
        caps = self._run_toggle(r_pr, style, "caps")
        start = len(out)
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                out.append((child.text or "").upper() if caps else child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
        if not bold and "".join(out[start:]).strip():
            bold.append(self._run_toggle(r_pr, style, "b"))

    def _run_toggle(self, r_pr: Any, style: _Style, name: str) -> bool:
        """A run's bold (``b``) or all-caps (``caps``): direct formatting, else its character
        style, else its paragraph style."""
        direct = _on(r_pr.find(f"{W}{name}")) if r_pr is not None else None
        if direct is not None:
            return direct
        char_style = self.styles.get(wval(r_pr, "w:rStyle") or "") if r_pr is not None else None
        from_style = None if char_style is None else getattr(char_style, _TOGGLES[name])
        if from_style is not None:
            return bool(from_style)
        return bool(getattr(style, _TOGGLES[name]))


def _check_parts(path: Path) -> None:
    """Zip sanity, bomb limits and no DOCTYPE in any XML part, before python-docx parses."""
    with guards.open_zip(path, ".docx") as archive:
        names = archive.namelist()
        if "word/document.xml" not in names and "[Content_Types].xml" not in names:
            raise InputError(f"{path.name} is a zip archive but not a Word document")
        for name in names:
            if name.endswith((".xml", ".rels")):
                guards.read_member(archive, name, path.name)


def read_docx(path: Path, monitor: Monitor) -> Document:
    """Read a .docx file (see the module docstring)."""
    import docx  # python-docx: imported here so plain-text reading never pays for it

    _check_parts(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for a broken package
        if guards.debugging():
            raise
        raise InputError(
            f"{path.name} is not a valid Word document ({guards.one_line(error)})"
        ) from error
    part = document.part
    styles, default_style = _parse_styles(part.styles.element)
    style_num_ids = {sid: s.num_id for sid, s in styles.items() if s.num_id is not None}
    numbering = _numbering_element(part)
    walker = _Walker(styles, default_style, Numberer(numbering, style_num_ids))
    body = document.element.body
    warnings: tuple[str, ...] = ()
    if next(body.iterdescendants(f"{W}del", f"{W}ins", f"{W}moveFrom"), None) is not None:
        warnings = ("tracked changes: the text read is the one with every change accepted",)
    return assemble(walker.blocks(body, monitor, len(body)), Format.DOCX, str(path), warnings)


def _numbering_element(part: Any) -> Any:
    """The ``w:numbering`` element, or None when the document has no numbering part."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None
