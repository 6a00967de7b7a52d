"""OpenDocument styles: list and outline numbering formats, style names, and which paragraphs
a style takes out of (or puts into) a list.

LibreOffice numbers a heading by the document's outline style unless the heading's paragraph
style (an automatic style such as "P1", or the named style it derives from) sets
``style:list-style-name``: empty means "no number" (how LibreOffice writes a heading that shows
none, e.g. "Préambule" among numbered articles), another name numbers it by that list style.
Input is ElementTree elements already parsed; no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OUTLINE = "\0outline"
"""Key of the heading outline numbering among the list styles."""


@dataclass(frozen=True, slots=True)
class ListLevel:
    """How one level of a list style draws its label."""

    bullet: str | None = None
    num_format: str = "1"
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    start: int = 1


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def list_styles(*roots: Any) -> dict[str, dict[int, ListLevel]]:
    """List styles by name (the outline style under :data:`OUTLINE`), from content and styles."""
    styles: dict[str, dict[int, ListLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for list_style in [*root.iter(TEXT + "list-style"), *root.iter(TEXT + "outline-style")]:
            levels: dict[int, ListLevel] = {}
            for element in list_style:
                level = _int(element.get(TEXT + "level"), 1)
                if element.tag == TEXT + "list-level-style-bullet":
                    levels[level] = ListLevel(bullet=element.get(TEXT + "bullet-char", "•"))
                elif element.tag in (
                    TEXT + "list-level-style-number",
                    TEXT + "outline-level-style",
                ):
                    default_format = "1" if element.tag.endswith("list-level-style-number") else ""
                    levels[level] = ListLevel(
                        num_format=element.get(STYLE + "num-format", default_format),
                        prefix=element.get(STYLE + "num-prefix", ""),
                        suffix=element.get(STYLE + "num-suffix", ""),
                        display_levels=_int(element.get(TEXT + "display-levels"), 1),
                        start=_int(element.get(TEXT + "start-value"), 1),
                    )
            if list_style.tag == TEXT + "outline-style":
                styles[OUTLINE] = levels
            else:
                styles[list_style.get(STYLE + "name", "")] = levels
    return styles


@dataclass(frozen=True, slots=True)
class ParagraphStyles:
    """Display names of paragraph styles and the list style each one sets (None: not set)."""

    names: dict[str, str]
    list_style: dict[str, str | None]


def paragraph_styles(*roots: Any) -> ParagraphStyles:
    """Style name -> display name (automatic styles such as "P1" show the style they derive
    from) and the ``style:list-style-name`` each style sets, through its parents."""
    display: dict[str, str] = {}
    parent: dict[str, str] = {}
    own_list: dict[str, str | None] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(STYLE + "style"):
            name = style.get(STYLE + "name", "")
            display[name] = style.get(STYLE + "display-name") or name.replace("_20_", " ")
            if style.get(STYLE + "parent-style-name"):
                parent[name] = style.get(STYLE + "parent-style-name", "")
            own_list[name] = style.get(STYLE + "list-style-name")
    names = {}
    list_style: dict[str, str | None] = {}
    for name, shown in display.items():
        base = parent.get(name, "") if name[:1] in "PT" and name[1:].isdigit() else ""
        names[name] = display.get(base, base.replace("_20_", " ")) if base else shown
        current: str | None = name
        found: str | None = None
        for _ in range(20):  # parent chains are short; never loop on a cycle
            if current is None or current not in own_list:
                break
            if own_list[current] is not None:
                found = own_list[current]
                break
            current = parent.get(current)
        list_style[name] = found
    return ParagraphStyles(names, list_style)
