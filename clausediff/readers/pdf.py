"""PDF (text layer) -> Document, through pypdfium2's character boxes.

Each page's characters are grouped into visual lines by their baseline (a character whose
origin moves vertically by more than half its font size starts a new line; fragments drawn on
the same baseline one after the other are merged; drawing order is kept, so columns
stay apart), then :mod:`clausediff.readers.pdf_layout` drops
page furniture, finds paragraph breaks and undoes end-of-line hyphenation. A paragraph is
``bold`` when its first character's font weight is 600 or more or its font's name says
bold (black, heavy, demi). Typographic ligatures (ﬁ, ﬂ...) are spelled out, since they are
the font's choice and not the author's.

Refused with an :class:`~clausediff.errors.InputError`: a PDF that needs a password
("encrypted PDF: ..."), one that pdfium cannot parse ("corrupt PDF: ..."), and one without a
single character of text ("scanned document: no text to compare"). Pages without text in an
otherwise textual PDF are reported in ``Document.warnings``, and so is text that a font without
a Unicode mapping turned into private-use or control characters (refused when it is most of
the text).

PDFium is not thread-safe: every call goes through one process-wide lock, so the GUI may read
two PDFs from two worker threads. No Qt. Reads the file only.
"""

from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from clausediff.document import Document, Format
from clausediff.errors import InputError
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import assemble
from clausediff.readers.pdf_layout import Line, rebuild_paragraphs
from clausediff.text.normalize import LIGATURES

_PDFIUM_LOCK = threading.Lock()
_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_SOFT_HYPHENS = frozenset("\u00ad\x02\ufffe")
_SPACES = frozenset(" \t\r\n\u00a0")
_LIGATURES = str.maketrans(LIGATURES)


class _LineBuilder:
    """Accumulates the characters of one page into lines (no pdfium calls in here)."""

    def __init__(self, page: int, top: float, bottom: float = 0.0) -> None:
        self.page = page
        self.top = top
        self.height = top - bottom
        self.lines: list[Line] = []
        self._chars: list[str] = []
        self._word_starts: list[float] = []
        self._x0 = self._baseline = self._size = 0.0
        self._bold = False

    def starts_line(self, baseline: float) -> bool:
        """Whether a character on this baseline starts a line (first one, or baseline moved
        by more than half the line's font size)."""
        return not self._chars or abs(baseline - self._baseline) > 0.5 * max(self._size, 1.0)

    def begin(self, x0: float, size: float, baseline: float, bold: bool) -> None:
        """Start a line at its first character."""
        self._chars, self._word_starts = [], []
        self._x0, self._size, self._baseline, self._bold = x0, size, baseline, bold

    def add(self, char: str, x: float) -> None:
        """Add one visible character, drawn at ``x``."""
        if self._chars and self._chars[-1] == " " and len(self._word_starts) < 3:
            self._word_starts.append(x)
        self._chars.append(char)

    def soft_hyphen(self) -> None:
        """A soft hyphen: kept only if it ends the line (see :meth:`end_line`)."""
        if self._chars:
            self._chars.append("\u00ad")

    def space(self) -> None:
        if self._chars and self._chars[-1] != " ":
            self._chars.append(" ")

    def end_line(self, x1: float, bold_end: bool) -> None:
        """End the line at ``x1`` (its last character's right edge)."""
        text = "".join(self._chars).strip().translate(_LIGATURES)
        soft = bool(text) and text[-1] in _SOFT_HYPHENS
        text = "".join(char for char in text if char not in _SOFT_HYPHENS)
        if soft:
            text += "-"
        if text:
            self.lines.append(
                Line(text, self._x0, x1, self.top - self._baseline, self._size, self.page,
                     self.height, self._bold, soft, bold_end, tuple(self._word_starts))
            )  # fmt: skip
        self._chars = []

    def merged_lines(self) -> list[Line]:
        """Lines in drawing order, consecutive fragments sharing a baseline merged.

        Drawing order is kept (not sorted by position) so that columns stay apart.
        """
        merged: list[Line] = []
        for line in self.lines:
            last = merged[-1] if merged else None
            if (
                last is not None
                and abs(line.top - last.top) < 0.3 * max(line.size, 1.0)
                and line.x0 >= last.x1 - 1.0
            ):
                gap = " " if line.x0 - last.x1 < 3 * last.size else "\t"
                merged[-1] = Line(
                    last.text + gap + line.text, last.x0, line.x1, last.top, last.size,
                    last.page, last.page_height, last.bold, line.soft_hyphen, line.bold_end,
                    (*last.word_starts, line.x0)[:3],
                )  # fmt: skip
            else:
                merged.append(line)
        return merged


def _is_bold(raw: Any, handle: Any, index: int) -> bool:
    """Bold by declared weight, or by font name (many embedded fonts declare no weight)."""
    if raw.FPDFText_GetFontWeight(handle, index) >= 600:
        return True
    name = ctypes.create_string_buffer(128)
    raw.FPDFText_GetFontInfo(handle, index, name, len(name), None)
    return _BOLD_NAME.search(name.value.decode("latin-1")) is not None


def _page_chars(raw: Any, textpage: Any) -> str:
    """Every character of the page, one per character index (one call when possible)."""
    count = raw.FPDFText_CountChars(textpage.raw)
    text: str = textpage.get_text_range(0, count)
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))


def _page_lines(
    raw: Any, textpage: Any, page_index: int, box: tuple[float, float, float, float]
) -> list[Line]:
    """The visual lines of one page; text whose baseline lies outside the visible page box
    (``left, bottom, right, top``) is ignored, like a viewer clips it.

    One pdfium call per character (its origin); the character boxes and fonts are asked
    only for the first and last character of each line.
    """
    handle = textpage.raw
    _left, bottom, _right, top = box
    builder = _LineBuilder(page_index, top, bottom)
    rect = raw.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()

    def close(index: int) -> None:
        raw.FPDFText_GetLooseCharBox(handle, index, rect)
        builder.end_line(rect.right, _is_bold(raw, handle, index))

    last = -1
    for index, char in enumerate(_page_chars(raw, textpage)):
        if char in _SPACES:
            builder.space()
        elif char in _SOFT_HYPHENS:
            builder.soft_hyphen()
        elif raw.FPDFText_GetCharOrigin(handle, index, origin_x, origin_y) and (
            bottom <= origin_y.value <= top
        ):
            if builder.starts_line(origin_y.value):
                if last >= 0:
                    close(last)
                raw.FPDFText_GetLooseCharBox(handle, index, rect)
                size = abs(rect.top - rect.bottom)
                builder.begin(rect.left, size, origin_y.value, _is_bold(raw, handle, index))
            builder.add(char, origin_x.value)
            last = index
    if last >= 0:
        close(last)
    return builder.merged_lines()


def _open(pdfium: Any, path: Path) -> Any:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise InputError(
                f"encrypted PDF: {path.name} needs a password; remove the protection and retry"
            ) from error
        raise InputError(
            f"corrupt PDF: {path.name} cannot be parsed ({guards.one_line(error)})"
        ) from error


def read_pdf(path: Path, monitor: Monitor) -> Document:
    """Read a .pdf file (see the module docstring)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pages: list[list[Line]] = []
    empty_pages: list[int] = []
    with _PDFIUM_LOCK:
        document = _open(pdfium, path)
        try:
            count = len(document)
            for index in range(count):
                monitor.report(index, count, f"reading page {index + 1} of {count}")
                page = document[index]
                textpage = page.get_textpage()
                try:
                    lines = _page_lines(raw, textpage, index, page.get_cropbox())
                finally:
                    textpage.close()
                    page.close()
                if not lines:
                    empty_pages.append(index + 1)
                pages.append(lines)
        finally:
            document.close()
    if not any(pages):
        raise InputError(f"scanned document: no text to compare ({path.name} has no text layer)")
    warnings: list[str] = []
    if empty_pages:
        listed = ", ".join(str(number) for number in empty_pages[:10])
        more = "..." if len(empty_pages) > 10 else ""
        warnings.append(f"pages without text (scanned?): {listed}{more}")
    document = assemble(rebuild_paragraphs(pages), Format.PDF, str(path))
    share = unreadable_share(document.text)
    if share > 0.3:
        raise InputError(
            f"{path.name}: the PDF's text cannot be extracted (its fonts have no Unicode "
            "mapping); export it again from the original document"
        )
    if share > 0.02:
        warnings.append(f"{share:.0%} of the characters could not be decoded")
    return replace(document, warnings=tuple(warnings))


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
