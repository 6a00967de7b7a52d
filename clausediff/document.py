"""The document: extracted text plus the structure hints readers can see.

A :class:`Document` is what every reader returns and what every later stage consumes. Its
``text`` is the single coordinate system of ClauseDiff: clauses, diff operations and terms all
point back into it by character offsets (Python string indices, ``end`` exclusive), so the GUI,
the reports and the JSON can always show the words as written.

Conventions every reader follows:

* newlines are ``\\n`` only; paragraphs are separated by one blank line (``\\n\\n``), except for
  plain-text files whose text is kept as the file has it (after decoding and newline folding) so
  that offsets computed on the file still hold;
* numbers drawn by a word processor's automatic numbering ("Article 3", "3.2", "a)") are written
  into the text at the start of their paragraph, because lawyers' clause numbers live there;
* nothing is normalised for display: typography (’, NBSP, « ») stays as written.

This module has no I/O and no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Format(StrEnum):
    """The file formats ClauseDiff reads."""

    TXT = "txt"
    MD = "md"
    DOCX = "docx"
    PDF = "pdf"
    ODT = "odt"
    HTML = "html"
    RTF = "rtf"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a document, with the structure hints its format gives.

    ``start``/``end`` delimit the paragraph in :attr:`Document.text` (no trailing newline).
    ``style`` is the format's own name for the paragraph's role ("Heading 2", "h3", "Title",
    "List Paragraph", "" for plain text); ``level`` is the outline or list level (0 = body text,
    1 = top heading level or first list level, ...); ``numbering`` is the automatic number that
    the reader wrote at the start of the paragraph text ("" when the number was typed or absent);
    ``bold`` tells that the paragraph, or the run it starts with, is bold (a run-in heading hint).
    """

    start: int
    end: int
    style: str = ""
    level: int = 0
    numbering: str = ""
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """Extracted text of one file, its format and language, and its paragraphs.

    ``language`` is ``"fr"`` or ``"en"``. ``paragraphs`` are in text order and do not overlap;
    readers of plain text leave it empty (segmentation then works from lines).
    """

    text: str
    format: Format
    language: str
    paragraphs: tuple[Paragraph, ...] = ()
    path: str = ""
    warnings: tuple[str, ...] = field(default=())

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """The text of one paragraph."""
        return self.text[paragraph.start : paragraph.end]
