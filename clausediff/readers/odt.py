"""OpenDocument text (.odt) -> Document, with zipfile and defusedxml.

``content.xml`` is parsed by defusedxml with DTDs forbidden (no entity expansion, no external
entities), after the archive guards of :mod:`clausediff.readers.guards`. Reading order is the
body's: ``text:h`` (style = its style's name, level = ``text:outline-level``, numbered by the
document's ``text:outline-style`` when that draws a number), ``text:p``,
lists (level = nesting depth; the number or bullet the list style draws is written in front,
following ``style:num-format``, ``num-prefix``/``num-suffix``, ``text:display-levels`` and
``text:start-value``; lists with ``text:continue-numbering`` go on counting), sections, and
tables (one paragraph per row, cells joined by a tab). Inline: ``text:s`` (``text:c`` spaces),
``text:tab``, ``text:line-break``; spans, links and fields give their text; notes,
annotations, drawings, tracked-change records and tables of contents are left out. White space
in character data collapses to one space, as the format prescribes.

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
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble
from clausediff.readers.docx_numbering import format_number

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SKIPPED = frozenset(
    (TEXT + "note", OFFICE + "annotation", OFFICE + "annotation-end", TEXT + "tracked-changes",
     TEXT + "table-of-content", TEXT + "alphabetical-index", TEXT + "bookmark-ref-start")
)  # fmt: skip
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SPACES = re.compile(r"[ \t\n\r]+")
_OUTLINE = "\0outline"
"""Key of the heading outline numbering among the list styles."""
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _ListLevel:
    """How one level of a list style draws its label."""

    bullet: str | None = None
    num_format: str = "1"
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1


def _list_styles(*roots: Any) -> dict[str, dict[int, _ListLevel]]:
    """List styles by name, from content.xml and styles.xml."""
    styles: dict[str, dict[int, _ListLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for list_style in [*root.iter(TEXT + "list-style"), *root.iter(TEXT + "outline-style")]:
            levels: dict[int, _ListLevel] = {}
            for element in list_style:
                level = int(element.get(TEXT + "level", "1") or 1)
                if element.tag == TEXT + "list-level-style-bullet":
                    levels[level] = _ListLevel(bullet=element.get(TEXT + "bullet-char", "•"))
                elif element.tag in (
                    TEXT + "list-level-style-number",
                    TEXT + "outline-level-style",
                ):
                    default_format = "1" if element.tag.endswith("list-level-style-number") else ""
                    levels[level] = _ListLevel(
                        num_format=element.get(STYLE + "num-format", default_format),
                        prefix=element.get(STYLE + "num-prefix", ""),
                        suffix=element.get(STYLE + "num-suffix", ""),
                        display_levels=int(element.get(TEXT + "display-levels", "1") or 1),
                        start=int(element.get(TEXT + "start-value", "1") or 1),
                    )
            if list_style.tag == TEXT + "outline-style":
                styles[_OUTLINE] = levels
            else:
                styles[list_style.get(STYLE + "name", "")] = levels
    return styles


def _style_names(*roots: Any) -> dict[str, str]:
    """Style name -> display name; automatic styles ("P1") show the style they derive from."""
    display: dict[str, str] = {}
    parent: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(STYLE + "style"):
            name = style.get(STYLE + "name", "")
            display[name] = style.get(STYLE + "display-name") or name.replace("_20_", " ")
            if style.get(STYLE + "parent-style-name"):
                parent[name] = style.get(STYLE + "parent-style-name", "")
    names = {}
    for name, shown in display.items():
        base = parent.get(name, "") if name[:1] in "PT" and name[1:].isdigit() else ""
        names[name] = display.get(base, base.replace("_20_", " ")) if base else shown
    return names


class _Walker:
    """Body XML -> blocks, with list counters."""

    def __init__(self, list_styles: dict[str, dict[int, _ListLevel]], styles: dict[str, str]):
        self.list_styles = list_styles
        self.styles = styles
        self.counters: dict[str, list[int]] = {}

    def blocks(self, container: Any) -> Iterator[Block]:
        for child in container:
            tag = child.tag
            if tag == TEXT + "p":
                yield self.paragraph(child)
            elif tag == TEXT + "h":
                yield self.heading(child)
            elif tag == TEXT + "list":
                yield from self.list_blocks(child, child.get(TEXT + "style-name", ""), 1)
            elif tag == TABLE + "table":
                yield from self.table(child)
            elif tag in (TEXT + "section", TABLE + "table-rows", OFFICE + "text"):
                yield from self.blocks(child)

    def heading(self, element: Any) -> Block:
        """A heading, numbered by the outline style when it draws a number at its level."""
        level = int(element.get(TEXT + "outline-level", "1") or 1)
        outline = self.list_styles.get(_OUTLINE, {})
        label = ""
        if (
            level in outline
            and outline[level].num_format
            and element.get(TEXT + "is-list-header") != "true"
        ):
            label = self._advance(self.counters.setdefault(_OUTLINE, []), outline, level, None)
        return self.paragraph(element, level, label)

    def paragraph(self, element: Any, level: int = 0, label: str = "") -> Block:
        """One paragraph; ``label`` is the list or outline number to write in front.

        A ``text:number`` child (the number as the writing application displayed it) wins
        over the computed label.
        """
        shown = element.find(TEXT + "number")
        if shown is not None and (shown.text or "").strip():
            label = (shown.text or "").strip()
        text = "".join(self.inline(element)).strip()
        name = element.get(TEXT + "style-name", "")
        style = self.styles.get(name, name.replace("_20_", " "))
        if element.tag == TEXT + "p":
            level = level if label else 0
        if label and text:
            text = f"{label} {text}"
        return Block(text, style=style, level=level, numbering=label if text else "")

    def list_blocks(self, element: Any, style_name: str, depth: int) -> Iterator[Block]:
        style_name = element.get(TEXT + "style-name", style_name)
        levels = self.list_styles.get(style_name, {})
        key = f"{style_name}"
        if depth == 1 and element.get(TEXT + "continue-numbering") != "true":
            self.counters[key] = []
        counters = self.counters.setdefault(key, [])
        for item in element:
            if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                continue
            label = ""
            if item.tag == TEXT + "list-item":
                label = self._advance(counters, levels, depth, item.get(TEXT + "start-value"))
            for child in item:
                if child.tag in (TEXT + "p", TEXT + "h"):
                    yield self.paragraph(child, level=depth, label=label)
                    label = ""
                elif child.tag == TEXT + "list":
                    yield from self.list_blocks(child, style_name, depth + 1)

    def _advance(
        self, counters: list[int], levels: dict[int, _ListLevel], depth: int, start: str | None
    ) -> str:
        level = levels.get(depth, _ListLevel(bullet="•"))
        del counters[depth:]
        while len(counters) < depth:
            shown = levels.get(len(counters) + 1, _ListLevel())
            counters.append(shown.start - 1)
        counters[depth - 1] = int(start) if start and start.isdigit() else counters[depth - 1] + 1
        if level.bullet is not None:
            return level.bullet if level.bullet.isprintable() and level.bullet.strip() else "•"
        numbers = []
        for index in range(max(1, depth - level.display_levels + 1), depth + 1):
            shown = levels.get(index, _ListLevel())
            numbers.append(format_number(counters[index - 1], _FORMATS.get(shown.num_format, "")))
        return f"{level.prefix}{'.'.join(numbers)}{level.suffix}".strip()

    def table(self, table: Any) -> Iterator[Block]:
        for row in table.iter(TABLE + "table-row"):
            cells = []
            for cell in row:
                if cell.tag != TABLE + "table-cell":
                    continue
                parts = [block.text.strip() for block in self.blocks(cell)]
                cells.append(" ".join(part for part in parts if part).replace("\n", " "))
            if any(cells):
                yield Block("\t".join(cells), style="Table")

    def inline(self, element: Any) -> Iterator[str]:
        if element.text:
            yield _SPACES.sub(" ", element.text)
        for child in element:
            tag = child.tag
            if tag == TEXT + "s":
                yield " " * int(child.get(TEXT + "c", "1") or 1)
            elif tag == TEXT + "tab":
                yield "\t"
            elif tag == TEXT + "line-break":
                yield "\n"
            elif tag not in _SKIPPED and tag != TEXT + "number" and not tag.startswith(_DRAW):
                yield from self.inline(child)
            if child.tail:
                yield _SPACES.sub(" ", child.tail)


def read_odt(path: Path, monitor: Monitor, revisions: Revisions = Revisions.ACCEPTED) -> Document:
    """Read an .odt file (see the module docstring)."""
    import defusedxml.ElementTree as SafeET

    with guards.open_zip(path, ".odt") as archive:
        content = guards.read_member(archive, "content.xml", path.name)
        names = archive.namelist()
        styles_xml = (
            guards.read_member(archive, "styles.xml", path.name) if "styles.xml" in names else None
        )
    monitor.check()
    try:
        root = SafeET.fromstring(content, forbid_dtd=True)
        styles_root = SafeET.fromstring(styles_xml, forbid_dtd=True) if styles_xml else None
    except SafeET.ParseError as error:
        raise InputError(f"{path.name} is corrupt: its content.xml is not valid XML") from error
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(f"{path.name} is not an OpenDocument text (no text body)")
    walker = _Walker(_list_styles(root, styles_root), _style_names(styles_root, root))
    return assemble(walker.blocks(body), Format.ODT, str(path))
