"""The visual line of a PDF page, as the PDF reader measures it and the layout rules use it.

The text of a line may hold a note call between the brackets ``\\x0e`` and ``\\x0f`` (a raised
run of digits: see :mod:`clausediff.readers.pdf_notes`); :data:`RAISED` finds them.

No I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RAISED = re.compile("\x0e([^\x0f]{1,3})\x0f")
"""A raised run of call characters in a line's text; group 1 is the call's number."""


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: text, horizontal extent, baseline distance from the page top, size;
    whether its first and its last characters are bold; whether it ends with a soft hyphen;
    where its second, third and fourth words start (to recognise a hanging indent).

    On a page laid out in columns, ``column`` numbers the line's column (1, 2...; 0 for a line
    across the whole width) and ``left``/``right`` are that column's edges, so that the
    paragraph rules measure a line against its own column (all 0 on a one-column page)."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    page: int
    page_height: float
    bold: bool = False
    soft_hyphen: bool = False
    bold_end: bool = False
    word_starts: tuple[float, ...] = ()
    column: int = 0
    left: float = 0.0
    right: float = 0.0
