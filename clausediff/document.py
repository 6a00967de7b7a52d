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

import re
from collections.abc import Mapping
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


class WarningCode(StrEnum):
    """What a reader noticed and could live with; the GUI and the reports translate each one.

    The English template of each code (with ``{name}`` parameters) is in :data:`WARNING_TEXTS`.
    """

    TRACKED_CHANGES_ACCEPTED = "tracked_changes_accepted"
    TRACKED_CHANGES_ORIGINAL = "tracked_changes_original"
    NOTES_PLACED = "notes_placed"
    TEXT_BOXES = "text_boxes"
    COMMENTS_LEFT_OUT = "comments_left_out"
    HIDDEN_TEXT_LEFT_OUT = "hidden_text_left_out"
    CONTENT_NOT_READ = "content_not_read"
    PAGES_WITHOUT_TEXT = "pages_without_text"
    UNDECODABLE_CHARACTERS = "undecodable_characters"
    COLUMNS_DETECTED = "columns_detected"
    PAGE_PARTS_LEFT_OUT = "page_parts_left_out"
    INVISIBLE_CONTROLS = "invisible_controls"
    RTF_UNBALANCED = "rtf_unbalanced"
    OTHER = "other"


WARNING_TEXTS: Mapping[WarningCode, str] = {
    WarningCode.TRACKED_CHANGES_ACCEPTED: (
        "{count} tracked change(s): compared as if all were accepted (--revisions original "
        "for the text before them)"
    ),
    WarningCode.TRACKED_CHANGES_ORIGINAL: (
        "{count} tracked change(s): compared as if all were rejected (the original text)"
    ),
    WarningCode.NOTES_PLACED: (
        "{count} footnote(s) or endnote(s) placed as a numbered note paragraph after the "
        "paragraph that calls them"
    ),
    WarningCode.TEXT_BOXES: "{count} text box(es) read in place, after their anchor paragraph",
    WarningCode.COMMENTS_LEFT_OUT: "{count} comment(s) not compared (not contract text)",
    WarningCode.HIDDEN_TEXT_LEFT_OUT: "hidden text left out, as the application hides it",
    WarningCode.CONTENT_NOT_READ: "content not read: {what}",
    WarningCode.PAGES_WITHOUT_TEXT: "pages without text (scanned?): {pages}",
    WarningCode.UNDECODABLE_CHARACTERS: "{share} of the characters could not be decoded",
    WarningCode.COLUMNS_DETECTED: (
        "text laid out in columns on page(s) {pages}: read column by column"
    ),
    WarningCode.PAGE_PARTS_LEFT_OUT: "web page: left out {parts}",
    WarningCode.INVISIBLE_CONTROLS: (
        "{count} invisible control character(s) that can reorder or hide text, shown as {kinds}"
    ),
    WarningCode.RTF_UNBALANCED: (
        "the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing "
        "brace(s) without a group; the text compared may be incomplete"
    ),
    WarningCode.OTHER: "{text}",
}
"""English wording of each warning (the CLI, the JSON ``message`` and the English report)."""


@dataclass(frozen=True, slots=True)
class ReaderWarning:
    """One warning of a reader: a stable code and its parameters (all text).

    ``code`` lets the GUI and the reports word it in their language; ``params`` fill the
    ``{name}`` slots of its template. ``str()`` gives the English sentence.
    """

    code: WarningCode
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: WarningCode, **params: object) -> ReaderWarning:
        """A warning with its parameters given as keywords (values turned into text)."""
        return cls(code, tuple((name, str(value)) for name, value in params.items()))

    @property
    def parameters(self) -> dict[str, str]:
        """The parameters as a dictionary."""
        return dict(self.params)

    def render(self, template: str) -> str:
        """``template`` with this warning's parameters filled in (missing ones left blank)."""
        values = self.parameters
        return re.sub(r"\{(\w+)\}", lambda match: values.get(match.group(1), ""), template)

    def __str__(self) -> str:
        return self.render(WARNING_TEXTS[self.code])


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
    readers of plain text leave it empty (segmentation then works from lines). ``warnings`` list
    what the reader could not render exactly as the author's application shows it (see
    :mod:`clausediff.readers`).
    """

    text: str
    format: Format
    language: str
    paragraphs: tuple[Paragraph, ...] = ()
    path: str = ""
    warnings: tuple[ReaderWarning, ...] = field(default=())
    #: SHA-256 of the file's bytes as read ("" for text that came from no file): what a report
    #: certifies was compared, even after the file on disk has changed.
    sha256: str = ""

    def paragraph_text(self, paragraph: Paragraph) -> str:
        """The text of one paragraph."""
        return self.text[paragraph.start : paragraph.end]
