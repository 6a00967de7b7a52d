"""Word styles (``word/styles.xml``): what a paragraph or character style tells the reader.

Each style's ``w:basedOn`` chain is resolved once: its display name, the numbering it gives
(``w:numPr``), its outline level, and its bold and all-caps toggles. Input is the lxml element
of the styles part; no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clausediff.readers.docx_numbering import W, wval

_OFF = ("0", "false", "off")


@dataclass(frozen=True, slots=True)
class Style:
    """What a paragraph or character style tells, with its ``basedOn`` chain resolved."""

    name: str
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None
    caps: bool | None = None


def is_on(element: Any) -> bool | None:
    """A toggle property (``w:b``): None when absent, else its value."""
    if element is None:
        return None
    return element.get(f"{W}val") not in _OFF


def parse_styles(styles: Any) -> tuple[dict[str, Style], str]:
    """Styles by id (inheritance resolved) and the default paragraph style id."""
    raw: dict[str, tuple[Any, str | None]] = {}
    default = ""
    for style in styles.iterfind(f"{W}style") if styles is not None else ():
        style_id = style.get(f"{W}styleId") or ""
        raw[style_id] = (style, wval(style, "w:basedOn"))
        if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
            default = style_id
    resolved: dict[str, Style] = {}

    def resolve(style_id: str, depth: int = 0) -> Style:
        if style_id in resolved:
            return resolved[style_id]
        element, based_on = raw[style_id]
        parent = (
            resolve(based_on, depth + 1)
            if based_on in raw and based_on != style_id and depth < 20
            else Style("", None, None, None, None)
        )
        name = wval(element, "w:name") or style_id
        num_pr = element.find(f"{W}pPr/{W}numPr")
        ilvl = wval(num_pr, "w:ilvl") if num_pr is not None else None
        outline = wval(element, "w:pPr/w:outlineLvl")
        bold = is_on(element.find(f"{W}rPr/{W}b"))
        caps = is_on(element.find(f"{W}rPr/{W}caps"))
        result = Style(
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
