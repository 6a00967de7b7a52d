"""Assemble a :class:`~clausediff.document.Document` from the paragraphs a reader found.

Structured readers (.docx, .pdf, .odt, .html, .rtf) produce :class:`Block` s in reading order;
:func:`assemble` cleans each one, drops the empty ones, joins them with one blank line
(``"\\n\\n"``) and records each paragraph's span. A block's text never contains a blank line
afterwards (runs of line breaks inside a paragraph become one ``"\\n"``), so the blank line stays
an unambiguous paragraph separator. The text produced is bounded by
:data:`~clausediff.readers.guards.MAX_TEXT_CHARS` (checked as blocks arrive, so a crafted file
that expands without end is refused before it exhausts memory). Leading and trailing
whitespace of a paragraph is dropped; everything else is kept as written (no typography
normalisation).

No I/O, no Qt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from clausediff.document import Document, Format, Paragraph, ReaderWarning
from clausediff.errors import ErrorCode, InputError
from clausediff.readers import guards
from clausediff.text.language import detect_language

_BLANK_LINES = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph as a reader saw it, before offsets exist."""

    text: str
    style: str = ""
    level: int = 0
    numbering: str = ""
    bold: bool = False


def fold_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n`` (the only newline ClauseDiff knows)."""
    if "\r" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def clean_block_text(text: str) -> str:
    """Fold newlines, collapse blank lines inside the paragraph and trim its ends."""
    text = fold_newlines(text)
    if "\n" in text:
        text = _BLANK_LINES.sub("\n", text)
    return text.strip()


def check_not_empty(text: str, name: str) -> None:
    """Refuse a document with no visible text."""
    if not text or text.isspace():
        raise InputError(
            f"empty document: {name or 'the text'} has no text to compare",
            ErrorCode.NO_TEXT,
            name=name,
        )


def assemble(
    blocks: Iterable[Block],
    fmt: Format,
    path: str = "",
    warnings: tuple[ReaderWarning, ...] = (),
) -> Document:
    """Join the non-empty blocks with blank lines into a Document with paragraph spans."""
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        text = clean_block_text(block.text)
        if not text:
            continue
        if pieces:
            offset += 2
        pieces.append(text)
        paragraphs.append(
            Paragraph(
                start=offset,
                end=offset + len(text),
                style=block.style,
                level=block.level,
                numbering=block.numbering if text.startswith(block.numbering) else "",
                bold=block.bold,
            )
        )
        offset += len(text)
        if offset > guards.MAX_TEXT_CHARS:
            raise InputError(
                f"{os.path.basename(path) or 'the document'} would give more than "
                f"{guards.MAX_TEXT_CHARS // 1_000_000} million characters of text: refused",
                ErrorCode.TOO_MUCH_TEXT,
                name=os.path.basename(path),
            )
    text = "\n\n".join(pieces)
    check_not_empty(text, os.path.basename(path))
    return Document(
        text=text,
        format=fmt,
        language=detect_language(text),
        paragraphs=tuple(paragraphs),
        path=path,
        warnings=warnings,
    )
