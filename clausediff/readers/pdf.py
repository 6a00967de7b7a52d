"""PDF (text layer) -> Document, through pypdfium2.

:mod:`clausediff.readers.pdf_text` turns each page's characters into visual lines (pdfium's
own line runs, split where their ends do not share a baseline, fragments on one baseline
merged; a raised number at either end marked as a possible note call; Symbol and Wingdings
bullets written "•"; typographic ligatures spelled out, since they are the font's choice and
not the author's). :mod:`clausediff.readers.pdf_layout` then drops page furniture, finds the
note areas, reads columns one after the other, finds paragraph breaks and undoes end-of-line
hyphenation. A line is ``bold`` when its font is heavier than the font of most of the
document's text (by weight, or by a name that says bold when the body font's does not), so a
PDF rewritten with other weight flags (Ghostscript) keeps its headings and only them.

Refused with an :class:`~clausediff.errors.InputError`: a PDF that needs a password
("encrypted PDF: ..."), one that pdfium cannot parse ("corrupt PDF: ..."), and one without a
single character of text ("scanned document: no text to compare"). Reported in
``Document.warnings``: pages without text in an otherwise textual PDF, pages read column by
column, footnotes placed after the paragraph that calls them, and text that a font without
a Unicode mapping turned into private-use or control characters (refused when it is most of
the text).

PDFium is not thread-safe: every call goes through one process-wide lock, so the GUI may read
two PDFs from two worker threads. No Qt. Reads the file only.
"""

from __future__ import annotations

import mmap
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from clausediff.document import Document, Format, ReaderWarning, WarningCode
from clausediff.errors import ErrorCode, InputError
from clausediff.progress import Monitor
from clausediff.readers.blocks import assemble
from clausediff.readers.pdf_layout import read_layout
from clausediff.readers.pdf_text import Fragment, read_page, to_lines

_PDFIUM_LOCK = threading.Lock()


def _declares_encryption(path: Path) -> bool:
    """Whether the file names an ``/Encrypt`` dictionary (in a trailer or an xref stream)."""
    try:
        with (
            path.open("rb") as stream,
            mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            return data.find(b"/Encrypt") >= 0
    except (OSError, ValueError):
        return False


def _open(pdfium: Any, path: Path) -> Any:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        # pdfium's error code is its last one, not always this file's: a file it cannot open
        # without saying why (no pages) kept the "password" of an encrypted PDF read before
        if getattr(error, "err_code", None) == 4 and _declares_encryption(path):
            raise InputError(
                f"encrypted PDF: {path.name} needs a password; remove the protection and retry",
                ErrorCode.PASSWORD_PROTECTED,
                name=path.name,
            ) from error
        raise InputError(
            f"corrupt PDF: {path.name} cannot be opened, its structure is damaged; open it in "
            "a PDF viewer and save or print it again as PDF",
            ErrorCode.DAMAGED,
            name=path.name,
            kind="PDF",
        ) from error


def _page(pdfium: Any, document: Any, index: int, count: int, name: str) -> Any:
    """Page ``index``, or the refusal naming it (a page tree that loops, a page object lost)."""
    try:
        return document[index]
    except pdfium.PdfiumError as error:
        raise InputError(
            f"corrupt PDF: {name}: page {index + 1} of {count} cannot be read; open it in a PDF "
            "viewer and save or print it again as PDF",
            ErrorCode.DAMAGED,
            name=name,
            kind="PDF",
        ) from error


def read_pdf(path: Path, monitor: Monitor) -> Document:
    """Read a .pdf file (see the module docstring)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    read: list[tuple[int, float, list[Fragment]]] = []
    tops: list[float] = []
    empty_pages: list[int] = []
    with _PDFIUM_LOCK:
        document = _open(pdfium, path)
        try:
            count = len(document)
            for index in range(count):
                monitor.report(index, count, f"reading page {index + 1} of {count}")
                page = _page(pdfium, document, index, count, path.name)
                textpage = page.get_textpage()
                try:
                    box = page.get_cropbox()
                    fragments = read_page(raw, textpage, box)
                finally:
                    textpage.close()
                    page.close()
                if not fragments:
                    empty_pages.append(index + 1)
                read.append((index, box[3] - box[1], fragments))
                tops.append(box[3])
        finally:
            document.close()
    pages = to_lines(read, tops)
    if not any(pages):
        raise InputError(
            f"scanned document: no text to compare ({path.name} has no text layer)",
            ErrorCode.SCANNED_PDF,
            name=path.name,
        )
    warnings: list[ReaderWarning] = []
    if empty_pages:
        warnings.append(ReaderWarning.of(WarningCode.PAGES_WITHOUT_TEXT, pages=_pages(empty_pages)))
    layout = read_layout(pages)
    if layout.column_pages:
        warnings.append(
            ReaderWarning.of(WarningCode.COLUMNS_DETECTED, pages=_pages(layout.column_pages))
        )
    if layout.notes_placed:
        warnings.append(ReaderWarning.of(WarningCode.NOTES_PLACED, count=layout.notes_placed))
    document = assemble(layout.blocks, Format.PDF, str(path))
    share = unreadable_share(document.text)
    if share > 0.3:
        raise InputError(
            f"{path.name}: the PDF's text cannot be extracted (its fonts have no Unicode "
            "mapping); export it again from the original document",
            ErrorCode.PDF_NO_UNICODE,
            name=path.name,
        )
    if share > 0.02:
        warnings.append(ReaderWarning.of(WarningCode.UNDECODABLE_CHARACTERS, share=f"{share:.0%}"))
    return replace(document, warnings=tuple(warnings))


def _pages(numbers: Sequence[int]) -> str:
    """Page numbers as a short list ("2, 5, 7", "1-4, 9"; "..." after ten ranges)."""
    ranges: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], -1]:
        if number != previous + 1:
            ranges.append(f"{start}" if start == previous else f"{start}-{previous}")
            start = number
        previous = number
    return ", ".join(ranges[:10]) + ("..." if len(ranges) > 10 else "")


def unreadable_share(text: str) -> float:
    """Share of characters a PDF font failed to map to Unicode (private use, controls, U+FFFD).

    Fonts embedded without a ToUnicode map give such characters instead of letters.
    """
    sample = text[:100_000]
    bad = sum(
        1
        for char in sample
        if char == "\ufffd" or ("\ue000" <= char <= "\uf8ff") or (char < " " and char not in "\n\t")
    )
    return bad / max(len(sample), 1)
