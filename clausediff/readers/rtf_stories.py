"""Where an RTF reader's text goes: the paragraphs of each story (the body, a note, a list
item's label, a text box) and what a story becomes once its group closes.

A list label becomes its paragraph's label; a text box, paragraphs after its anchor's; a note,
one paragraph after the paragraph that calls it, marked ``[1]`` (``[i]`` for an endnote, or the
document's own format) at the call and before the note, as Word numbers them. :class:`Tally`
counts what the warnings report. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clausediff.readers.blocks import Block
from clausediff.readers.docx_numbering import format_number


@dataclass(slots=True)
class RtfParagraph:
    """One paragraph of a story: its text, the label its list drew, its list and level."""

    pieces: list[str] = field(default_factory=list)
    label: str = ""
    list_id: int = 0
    ilvl: int = 0
    outline: int | None = None
    table: bool = False
    extras: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    """Where text goes: the body, a note, a list label, a text box."""

    kind: str
    paragraphs: list[RtfParagraph] = field(default_factory=list)
    current: RtfParagraph = field(default_factory=RtfParagraph)
    endnote: bool = False
    #: A note's call in the body: the pieces holding its placeholder and the placeholder's index.
    call: tuple[list[str], int] | None = None

    def end_paragraph(self) -> None:
        """Close the current paragraph; the next keeps its list, level, outline and table."""
        self.paragraphs.append(self.current)
        props = self.current
        self.current = RtfParagraph(
            list_id=props.list_id, ilvl=props.ilvl, outline=props.outline, table=props.table
        )


@dataclass(slots=True)
class Tally:
    """What the reading met that the warnings report."""

    changes: int = 0
    hidden: int = 0
    notes: int = 0
    text_boxes: int = 0
    comments: int = 0
    unclosed: int = 0  # groups still open at the end of the file (truncated?)
    stray: int = 0  # closing braces with no group open


@dataclass(slots=True)
class NoteMarks:
    """Footnotes and endnotes numbered in the document's formats (``\\ftnn*``, ``\\aftnn*``)."""

    formats: dict[str, str] = field(
        default_factory=lambda: {"footnote": "decimal", "endnote": "lowerRoman"}
    )
    counts: dict[str, int] = field(default_factory=lambda: {"footnote": 0, "endnote": 0})

    def next_mark(self, kind: str) -> str:
        """The mark of the next note of ``kind``: "1", "ii", "***" (Chicago)..."""
        self.counts[kind] += 1
        fmt = self.formats[kind]
        count = self.counts[kind]
        return "*" * count if fmt == "chicago" else format_number(count, fmt)


def finish_story(story: Story, host: RtfParagraph, notes: NoteMarks, tally: Tally) -> None:
    """Hand a closed story's text to ``host``, the paragraph being read where it opened."""
    texts = ["".join(p.pieces).strip() for p in story.paragraphs]
    if story.kind in ("listtext", "pntext"):
        host.label = " ".join("".join(texts).split())
    elif story.kind == "shptxt":
        tally.text_boxes += 1
        host.extras.extend(Block(text) for text in texts if text)
    elif story.kind == "footnote":
        kind = "endnote" if story.endnote else "footnote"
        mark = notes.next_mark(kind)
        if story.call is None:
            mark = "*"
        else:
            pieces, slot = story.call
            pieces[slot] = f"[{mark}]"
        body = "\n".join(text for text in texts if text)
        host.extras.append(Block(f"[{mark}] {body}".rstrip(), style=f"{kind.title()} Text"))
        tally.notes += 1
