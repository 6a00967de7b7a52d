"""Readers: a file on disk (or pasted text) -> :class:`~clausediff.document.Document`.

``read_document(path, monitor)`` picks the reader from the content when the content says
clearly what it is (``%PDF-``, a zip holding ``word/document.xml`` or an OpenDocument text,
``{\\rtf``), else from the extension (.txt .md .docx .pdf .odt .html .htm .rtf), else sniffs
HTML or plain text. The text returned is valid Unicode (surrogates combined or replaced: see
:mod:`clausediff.readers.unicode`). Every bad input raises :class:`~clausediff.errors.InputError`
with one sentence for the user; no other exception escapes for a bad file (an unexpected
parser error is turned into an InputError naming the file, unless ``CLAUSEDIFF_DEBUG`` is set:
see :func:`~clausediff.readers.guards.debugging`). Files are opened read-only and never modified.

The text conventions (``\\n`` only, paragraphs separated by a blank line, automatic numbers
written into the text) are those of :mod:`clausediff.document`. No Qt.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from clausediff.document import Document, Format
from clausediff.errors import Cancelled, InputError
from clausediff.progress import SILENT, Monitor
from clausediff.readers import guards
from clausediff.readers.text import document_from_text, read_text_bytes
from clausediff.readers.unicode import valid_document

__all__ = ["SUPPORTED_SUFFIXES", "document_from_text", "read_document", "sniff_format"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".md",
    ".docx",
    ".pdf",
    ".odt",
    ".html",
    ".htm",
    ".rtf",
)
"""File name suffixes ClauseDiff reads (for file dialogs)."""

_BY_SUFFIX = {
    ".txt": Format.TXT,
    ".text": Format.TXT,
    ".md": Format.MD,
    ".markdown": Format.MD,
    ".docx": Format.DOCX,
    ".pdf": Format.PDF,
    ".odt": Format.ODT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".rtf": Format.RTF,
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIME = b"application/vnd.oasis.opendocument.text"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
"""Stream name inside the OLE container Word uses for a password-protected .docx."""


def _head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a file."""
    with path.open("rb") as stream:
        return stream.read(size)


def _sniff_zip(path: Path) -> Format | None:
    """DOCX or ODT from the names inside a zip; None when it is another kind of zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return Format.DOCX
            if "content.xml" in names:
                mimetype = archive.read("mimetype") if "mimetype" in names else _ODT_MIME
                return Format.ODT if mimetype.strip() == _ODT_MIME else None
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return None  # the reader for the extension reports the corruption
    return None


def sniff_format(path: Path, head: bytes) -> Format | None:
    """The format the first bytes of a file announce, or None when they say nothing sure."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-"):
        return Format.PDF
    if stripped.startswith(b"{\\rtf"):
        return Format.RTF
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in head[:4096].lower():
        return Format.HTML
    return None


def _choose_format(path: Path, head: bytes) -> Format:
    """Content first when it is unambiguous, then the extension, then plain text."""
    if head.startswith(_OLE):
        if path.suffix.lower() in (".docx", ".odt") or _ENCRYPTED_OOXML in _head(path, 1 << 20):
            raise InputError(
                f"{path.name} is a password-protected document: remove the password and retry"
            )
        raise InputError(
            f"{path.name} is an old binary Office file (.doc): save it as .docx and try again"
        )
    sniffed = sniff_format(path, head)
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if sniffed is None and by_suffix in (None, Format.PDF) and b"%PDF-" in head[:1024]:
        sniffed = Format.PDF  # the format allows junk before the header
    if sniffed is not None and (by_suffix is None or sniffed is not Format.HTML):
        return sniffed
    if by_suffix is not None:
        return by_suffix
    if head.startswith(b"PK\x03\x04"):
        raise InputError(f"{path.name} is a zip archive but not a .docx or .odt document")
    return Format.TXT


def _reader_for(fmt: Format) -> Callable[[Path, Monitor], Document]:
    """The reading function for one format (imported lazily: pdfium loads only when needed)."""
    if fmt is Format.DOCX:
        from clausediff.readers.docx import read_docx

        return read_docx
    if fmt is Format.PDF:
        from clausediff.readers.pdf import read_pdf

        return read_pdf
    if fmt is Format.ODT:
        from clausediff.readers.odt import read_odt

        return read_odt
    if fmt is Format.HTML:
        from clausediff.readers.html import read_html

        return read_html
    if fmt is Format.RTF:
        from clausediff.readers.rtf import read_rtf

        return read_rtf
    return lambda path, monitor: read_text_bytes(guards.read_bytes(path), str(path), fmt)


def read_document(path: str | os.PathLike[str], monitor: Monitor = SILENT) -> Document:
    """Read one document file into a Document (see the module docstring)."""
    file_path = Path(path)
    guards.check_file(file_path)
    try:
        head = _head(file_path, 4096)
    except OSError as error:
        raise InputError(f"cannot read {file_path.name}: {error.strerror or error}") from error
    fmt = _choose_format(file_path, head)
    monitor.report(0, 1, f"reading {file_path.name}")
    try:
        document = _reader_for(fmt)(file_path, monitor)
    except InputError as error:
        if fmt is Format.TXT and file_path.suffix.lower() not in _BY_SUFFIX:
            raise InputError(
                f"{file_path.name}: unsupported file type "
                f"({file_path.suffix or 'no extension'}, and the content is not text); "
                f"ClauseDiff reads {' '.join(SUPPORTED_SUFFIXES)}"
            ) from error
        raise
    except Cancelled:
        raise
    except MemoryError as error:
        raise InputError(f"{file_path.name} is too large to read in memory") from error
    except Exception as error:  # a parser choked on a malformed file: still the user's input
        if guards.debugging():
            raise
        raise InputError(
            f"{file_path.name} cannot be read as {fmt.value.upper()}: "
            f"{type(error).__name__}: {guards.one_line(error)}"
        ) from error
    monitor.report(1, 1, f"read {file_path.name}")
    return valid_document(document)
