"""List and outline numbers of OpenDocument paragraphs, counted as LibreOffice counts them.

The walk (:mod:`clausediff.readers.odt_walk`) records for each paragraph only how it may be
numbered (a :class:`Request`: its list or the outline, its depth, a restart); the numbers are
counted here afterwards, on the paragraphs of the chosen state of the tracked changes, so they
are those LibreOffice shows after accepting or rejecting all changes. Labels are drawn from the
list styles' levels (:class:`~clausediff.readers.odt_styles.ListLevel`: format, prefix, suffix,
levels shown, bullet). No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clausediff.readers.blocks import Block
from clausediff.readers.docx_numbering import format_number
from clausediff.readers.odt_styles import OUTLINE, ListLevel


@dataclass(frozen=True, slots=True)
class Request:
    """How a paragraph may be numbered: by the outline or a list style (``key``), at
    ``depth``; ``start`` restarts the count; a ``header`` shows no number; ``shown`` is the
    number the writing application stored (``text:number``)."""

    key: str
    depth: int
    start: int | None = None
    header: bool = False
    shown: str = ""


@dataclass(slots=True)
class Para:
    """One paragraph of the chosen state, before numbering."""

    style: str
    heading: bool
    level: int
    request: Request | None
    resets: list[str]
    pieces: list[str] = field(default_factory=list)
    extras: list[Block] = field(default_factory=list)
    space_open: bool = True  # collapsible white space is dropped at the start


def number_paragraphs(
    paras: list[Para], lists: dict[str, dict[int, ListLevel]], use_shown: bool
) -> list[Block]:
    """Blocks for the paragraphs of one state, numbered as LibreOffice numbers them, each
    followed by its notes and text boxes. ``use_shown`` takes the number the writing
    application stored (``text:number``) when there is one (only true of the state saved)."""
    counters: dict[str, list[int]] = {}
    blocks: list[Block] = []
    for para in paras:
        for key in para.resets:
            counters[key] = []
        text = "".join(para.pieces).strip()
        label = _label(para.request, lists, counters)
        if label and use_shown and para.request is not None and para.request.shown:
            label = para.request.shown
        level = para.level if (para.heading or label) else 0
        if label and text:
            text = f"{label} {text}"
        blocks.append(Block(text, style=para.style, level=level, numbering=label if text else ""))
        blocks.extend(para.extras)
    return blocks


def _label(
    request: Request | None, lists: dict[str, dict[int, ListLevel]], counters: dict[str, list[int]]
) -> str:
    """Advance the counters of a numbered paragraph and draw its label ("" when none)."""
    if request is None or request.header:
        return ""
    levels = lists.get(request.key, {})
    if request.key == OUTLINE and not (
        request.depth in levels and levels[request.depth].num_format
    ):
        return ""  # an outline level with an empty number format draws nothing
    return advance(counters.setdefault(request.key, []), levels, request.depth, request.start)


def advance(
    counters: list[int], levels: dict[int, ListLevel], depth: int, start: int | None
) -> str:
    """Count one more item at ``depth`` (deeper counts restart) and draw its label."""
    level = levels.get(depth, ListLevel(bullet="•"))
    del counters[depth:]
    while len(counters) < depth:
        shown = levels.get(len(counters) + 1, ListLevel())
        counters.append(shown.start - 1)
    counters[depth - 1] = start if start is not None else counters[depth - 1] + 1
    if level.bullet is not None:
        return level.bullet if level.bullet.isprintable() and level.bullet.strip() else "•"
    numbers = []
    for index in range(max(1, depth - level.display_levels + 1), depth + 1):
        shown = levels.get(index, ListLevel())
        numbers.append(format_number(counters[index - 1], _FORMATS.get(shown.num_format, "")))
    return f"{level.prefix}{'.'.join(numbers)}{level.suffix}".strip()


_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none"}  # fmt: skip
