"""Word footnotes and endnotes: the mark Word draws at a call, and the notes waiting to be placed.

Word numbers footnotes and endnotes by their own counters, in the order their calls appear in
the text shown (a call inside deleted text is not shown, so it takes no number), in the format
``w:footnotePr``/``w:endnotePr`` give (in ``settings.xml`` or the last section; Word's defaults
are 1, 2, 3 for footnotes and i, ii, iii for endnotes), from ``w:numStart``. A call with
``w:customMarkFollows`` shows the text that follows it instead of a number.

:class:`NoteBook` gives the mark of each call (written ``[1]`` in the compared text, so that a
call is never glued to the word before it) and keeps the called notes until the reader places
them, as one paragraph each starting with the same mark, after the paragraph that calls them.

Input is lxml elements; no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clausediff.readers.docx_numbering import W, format_number, wval

FOOTNOTE = "footnote"
ENDNOTE = "endnote"
_DEFAULT_FORMATS = {FOOTNOTE: "decimal", ENDNOTE: "lowerRoman"}
_CHICAGO = ("*", "†", "‡", "§")


@dataclass(frozen=True, slots=True)
class CalledNote:
    """A note whose call was met: its kind, its mark as shown and its XML (``w:footnote``)."""

    kind: str
    mark: str
    element: Any


def _notes_by_id(root: Any, kind: str) -> dict[str, Any]:
    """The ``w:footnote``/``w:endnote`` elements of a notes part, by id (separators left out)."""
    if root is None:
        return {}
    return {
        note.get(f"{W}id") or "": note
        for note in root.iterfind(f"{W}{kind}")
        if note.get(f"{W}type") in (None, "normal")
    }


def _chicago(number: int) -> str:
    """Word's "chicago" note format: *, †, ‡, §, then doubled, tripled..."""
    return _CHICAGO[(number - 1) % 4] * ((number - 1) // 4 + 1) if number > 0 else str(number)


class NoteBook:
    """Marks for note calls, in order, and the notes called but not yet placed."""

    def __init__(
        self, footnotes: Any, endnotes: Any, settings: Any, section: Any | None = None
    ) -> None:
        """Parts as lxml roots (None when absent); ``section`` is the body's last ``w:sectPr``."""
        self._notes = {
            FOOTNOTE: _notes_by_id(footnotes, FOOTNOTE),
            ENDNOTE: _notes_by_id(endnotes, ENDNOTE),
        }
        self._formats: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        for kind in (FOOTNOTE, ENDNOTE):
            fmt, start = _DEFAULT_FORMATS[kind], 1
            for source in (settings, section):
                properties = source.find(f"{W}{kind}Pr") if source is not None else None
                if properties is not None:
                    fmt = wval(properties, "w:numFmt") or fmt
                    start_text = wval(properties, "w:numStart") or ""
                    start = int(start_text) if start_text.isdigit() else start
            self._formats[kind] = fmt
            self._counters[kind] = min(start, 100_000) - 1
        self._waiting: list[CalledNote] = []
        self.placed = 0

    def call(self, reference: Any, custom_mark: str | None) -> str:
        """The mark shown for a ``w:footnoteReference``/``w:endnoteReference`` (``[1]``), or ""
        when the note does not exist; the note waits to be placed."""
        kind = FOOTNOTE if reference.tag == f"{W}footnoteReference" else ENDNOTE
        element = self._notes[kind].get(reference.get(f"{W}id") or "")
        if custom_mark is not None:
            mark = custom_mark.strip() or "*"
        else:
            self._counters[kind] += 1
            number = self._counters[kind]
            fmt = self._formats[kind]
            mark = _chicago(number) if fmt == "chicago" else format_number(number, fmt)
        if element is None:
            return f"[{mark}]"
        self._waiting.append(CalledNote(kind, mark, element))
        return f"[{mark}]"

    def take(self) -> list[CalledNote]:
        """The notes called since the last take, in call order."""
        waiting, self._waiting = self._waiting, []
        self.placed += len(waiting)
        return waiting
