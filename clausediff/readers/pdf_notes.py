"""Footnotes in a PDF: calls in the text, the note area at the foot of the page.

A PDF has no notes, only their drawing: a raised number after a word (the call) and, at the
bottom of the page, lines in a smaller size that start with the same number. Read as plain
lines, the call glues to its word ("Paris2") and the note text lands in the middle of whatever
clause the page break falls in. This module finds both and lets the layout place each note as
Word's and LibreOffice's readers meet it, the way the .docx reader does: the call written
``[1]`` and the note as its own paragraph ``[1] Texte de la note`` after the paragraph that
calls it.

* **Calls**: the PDF reader brackets a run of at most three digits (or ``*``, ``†``, ``‡``)
  that sits above the line's baseline (:data:`~clausediff.readers.pdf_text.RAISED_START`).
* **Note area**: on each page, the run of lines at the bottom whose size is clearly below the
  body size (under 95 %), from the first of them that starts with the number of a call still
  waiting for its note (called on this page or the one before), raised or not. Each line that
  starts with the next waited-for number begins a note; the lines after it continue it. Small
  lines at the top of the next page's note area continue the last note when it stopped
  mid-sentence (a note split across two pages).

A raised number with no note is kept as written, without brackets ("m2"); small print that
starts with no called number stays body text. Nothing is dropped.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from clausediff.readers.pdf_lines import RAISED, Line

_NOTE_START = re.compile(r"^(?:\x0e([0-9*†‡]{1,3})\x0f\s*|([0-9*†‡]{1,3})(?:[.)]?\s+|\t))")
_SMALL = 0.95
"""Largest size of note lines, as a share of the body size."""


CallKey = tuple[int, float, float, int, str]
"""A call: its line's page, top and left, its rank among the line's calls, its number (the
same number may be raised twice on a page, once as a call and once as "m2")."""


def _calls(line: Line) -> list[tuple[CallKey, re.Match[str]]]:
    return [
        ((line.page, line.top, line.x0, rank, match.group(1)), match)
        for rank, match in enumerate(RAISED.finditer(line.text))
    ]


@dataclass
class Notes:
    """The notes found, by the call they answer, and the call marks to write."""

    found: dict[CallKey, list[Line]] = field(default_factory=dict)

    def text_of(self, line: Line) -> str:
        """The line's text with each call written ``[n]`` (or its digits as printed)."""
        if "\x0e" not in line.text:
            return line.text
        pieces: list[str] = []
        end = 0
        for key, match in _calls(line):
            number = match.group(1)
            pieces += [
                line.text[end : match.start()],
                f"[{number}]" if key in self.found else number,
            ]
            end = match.end()
        return "".join([*pieces, line.text[end:]])

    def called_by(self, lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
        """The notes the lines call, in order, each once: (number, the note's lines)."""
        called: list[tuple[str, list[Line]]] = []
        for line in lines:
            if "\x0e" not in line.text:
                continue
            for key, match in _calls(line):
                note = self.found.get(key)
                if note is not None and all(note is not seen for _, seen in called):
                    called.append((match.group(1), note))
        return called


def _note_number(line: Line) -> str:
    match = _NOTE_START.match(line.text)
    return (match.group(1) or match.group(2)) if match else ""


def strip_note_number(text: str) -> str:
    """A note's first line without its own number (the layout writes ``[n]`` instead)."""
    return _NOTE_START.sub("", text, count=1)


def find_notes(pages: Sequence[Sequence[Line]], body_size: float) -> tuple[list[list[Line]], Notes]:
    """The pages without their note areas, and the notes found (see the module docstring)."""
    notes = Notes()
    waiting: list[CallKey] = []  # calls still without a note, in reading order
    kept_pages: list[list[Line]] = []
    last_note: list[Line] | None = None  # the note that ends the previous page's area
    for page in pages:
        ordered = sorted(page, key=lambda line: line.top)
        small_from = len(ordered)
        while small_from > 0 and ordered[small_from - 1].size < _SMALL * body_size:
            small_from -= 1
        small = {id(line) for line in ordered[small_from:]}
        for line in page:
            if id(line) not in small and "\x0e" in line.text:
                waiting += [key for key, _match in _calls(line)]
        index = page[0].page if page else 0
        waiting[:] = [call for call in waiting if call[0] >= index - 1]  # older: no note
        carried = last_note if small_from > 0 else None  # body text above the small lines
        area, last_note = _note_area(ordered[small_from:], waiting, notes, carried)
        kept_pages.append([line for line in page if id(line) not in area])
    return kept_pages, notes


def _note_area(
    candidates: Sequence[Line], waiting: list[CallKey], notes: Notes, carried: list[Line] | None
) -> tuple[set[int], list[Line] | None]:
    """Match the small lines at the foot of one page with the waiting calls: the ids of the
    lines that make the note area (empty when none), and the note that ends it. Small lines
    before the first numbered note continue ``carried``, the note that ended the previous
    page's area, when that note stopped mid-sentence (a note split across two pages)."""
    area: set[int] = set()
    current: list[Line] | None = None
    if carried is not None and not carried[-1].text.rstrip().endswith(tuple(".!?")):
        current = carried
    for line in candidates:
        number = _note_number(line)
        match = next((call for call in waiting if call[4] == number), None) if number else None
        if match is not None:
            waiting.remove(match)
            current = [line]
            notes.found[match] = current
            area.add(id(line))
        elif current is not None:
            current.append(line)
            area.add(id(line))
    return area, (current if area else None)
