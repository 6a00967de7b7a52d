"""Readers: a file on disk (or pasted text) -> :class:`~clausediff.document.Document`.

**The principle every reader keeps.** The text compared is the text the author's application
(Word, LibreOffice, a PDF viewer, a browser) shows on the page for the state being compared:
footnotes, text boxes and content controls are read where a reader meets them, automatic numbers
are drawn as the application draws them (and only where it draws them), hidden text stays
hidden, and a document with tracked changes is read in one state only, every change accepted or
every change rejected (:class:`~clausediff.options.Revisions`), never both glued together.
Whatever a reader cannot render faithfully is either refused with one clear sentence
(:class:`~clausediff.errors.InputError`) or listed in ``Document.warnings`` as a
:class:`~clausediff.document.ReaderWarning` (a stable code with parameters, so the window, the
reports, the JSON and the CLI all show it, each in its language). Nothing is dropped silently.

``read_document(path, monitor, revisions)`` picks the reader from the content when the content
says clearly what it is (``%PDF-``, a zip holding ``word/document.xml`` or an OpenDocument text,
``{\\rtf``, an OLE2 container: old binary Word or Excel file, or a password-protected one), else
from the extension (.txt .md .docx .pdf .odt .html .htm .rtf), else sniffs HTML or plain text.
The text returned is valid Unicode (surrogates combined or replaced: see
:mod:`clausediff.readers.unicode`). Every bad input raises
:class:`~clausediff.errors.InputError` with one sentence for the user; no other exception
escapes for a bad file (an unexpected parser error is turned into an InputError naming the file,
unless ``CLAUSEDIFF_DEBUG`` is set: see :func:`~clausediff.readers.guards.debugging`). Files are
opened read-only and never modified.

The text conventions (``\\n`` only, paragraphs separated by a blank line, automatic numbers
written into the text) are those of :mod:`clausediff.document`. No Qt.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from clausediff.document import Document, Format
from clausediff.errors import Cancelled, ErrorCode, InputError
from clausediff.options import Revisions
from clausediff.progress import SILENT, Monitor
from clausediff.readers import guards
from clausediff.readers.invisible import reveal_controls
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
_OLE_STREAMS = (
    (
        "EncryptedPackage",
        ErrorCode.PASSWORD_PROTECTED,
        "{name} is a password-protected document: remove the password and retry",
    ),
    (
        "WordDocument",
        ErrorCode.OLD_WORD,
        "{name} is an old binary Word document (.doc), whatever its extension: "
        "save it as .docx in Word or LibreOffice and try again",
    ),
    (
        "Workbook",
        ErrorCode.OLD_EXCEL,
        "{name} is an Excel workbook (.xls), not a contract document: "
        "ClauseDiff reads .docx, .odt, .rtf, .pdf, .html, .txt and .md",
    ),
    (
        "PowerPoint Document",
        ErrorCode.OLD_POWERPOINT,
        "{name} is a PowerPoint presentation (.ppt), not a contract document",
    ),
)
"""Stream names (UTF-16 in the OLE directory) that tell what an OLE2 container holds."""


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
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, RuntimeError):
        return None  # the reader for the extension reports the corruption (RuntimeError:
        # an encrypted zip; NotImplementedError, a RuntimeError too: an unknown compression)
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


def _refuse_ole(path: Path) -> None:
    """Name what an OLE2 container (old binary Office file) holds, by its stream names."""
    data = guards.read_bytes(path)
    for stream, code, message in _OLE_STREAMS:
        if stream.encode("utf-16-le") in data:
            raise InputError(message.format(name=path.name), code, name=path.name)
    raise InputError(
        f"{path.name} is an old binary Office file (OLE2 container), not a document ClauseDiff "
        "reads: save it as .docx and try again",
        ErrorCode.OLD_OFFICE,
        name=path.name,
    )


def _choose_format(path: Path, head: bytes) -> Format:
    """Content first when it is unambiguous, then the extension, then plain text."""
    if head.startswith(_OLE):
        _refuse_ole(path)
    sniffed = sniff_format(path, head)
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if sniffed is None and by_suffix in (None, Format.PDF) and b"%PDF-" in head[:1024]:
        sniffed = Format.PDF  # the format allows junk before the header
    if sniffed is not None and (by_suffix is None or sniffed is not Format.HTML):
        return sniffed
    if by_suffix is not None:
        return by_suffix
    if head.startswith(b"PK\x03\x04"):
        raise InputError(
            f"{path.name} is a zip archive but not a .docx or .odt document",
            ErrorCode.ZIP_NOT_DOCUMENT,
            name=path.name,
        )
    return Format.TXT


def _reader_for(fmt: Format, revisions: Revisions) -> Callable[[Path, Monitor], Document]:
    """The reading function for one format (imported lazily: pdfium loads only when needed);
    the formats that hold tracked changes read the ``revisions`` state."""
    if fmt is Format.DOCX:
        from clausediff.readers.docx import read_docx

        return partial(read_docx, revisions=revisions)
    if fmt is Format.PDF:
        from clausediff.readers.pdf import read_pdf

        return read_pdf
    if fmt is Format.ODT:
        from clausediff.readers.odt import read_odt

        return partial(read_odt, revisions=revisions)
    if fmt is Format.HTML:
        from clausediff.readers.html import read_html

        return read_html
    if fmt is Format.RTF:
        from clausediff.readers.rtf import read_rtf

        return partial(read_rtf, revisions=revisions)
    return lambda path, monitor: read_text_bytes(guards.read_bytes(path), str(path), fmt)


def _damaged(path: Path, fmt: Format) -> str:
    """The refusal of a file its parser choked on, worded for a user (the parser's own text
    is for developers: ``CLAUSEDIFF_DEBUG=1`` shows it)."""
    kind = fmt.value.upper()
    return (
        f"{path.name} cannot be read as {kind}: the file is damaged or not a valid {kind} "
        "document; open it in the application that made it, save it again and retry"
    )


def read_document(
    path: str | os.PathLike[str],
    monitor: Monitor = SILENT,
    revisions: Revisions = Revisions.ACCEPTED,
) -> Document:
    """Read one document file into a Document (see the module docstring)."""
    file_path = Path(path)
    guards.check_file(file_path)
    try:
        head = _head(file_path, 4096)
    except OSError as error:
        raise guards.cannot_read(file_path.name, error) from error
    fmt = _choose_format(file_path, head)
    monitor.report(0, 1, f"reading {file_path.name}")
    try:
        document = _reader_for(fmt, revisions)(file_path, monitor)
    except InputError as error:
        if fmt is Format.TXT and file_path.suffix.lower() not in _BY_SUFFIX:
            raise InputError(
                f"{file_path.name}: unsupported file type "
                f"({file_path.suffix or 'no extension'}, and the content is not text); "
                f"ClauseDiff reads {' '.join(SUPPORTED_SUFFIXES)}",
                ErrorCode.UNSUPPORTED_TYPE,
                name=file_path.name,
                suffix=file_path.suffix,
                supported=" ".join(SUPPORTED_SUFFIXES),
            ) from error
        raise
    except Cancelled:
        raise
    except MemoryError as error:
        raise InputError(
            f"{file_path.name} is too large to read in memory",
            ErrorCode.TOO_MUCH_TEXT,
            name=file_path.name,
        ) from error
    except RecursionError as error:  # thousands of nested elements: no application writes that
        raise InputError(
            f"{file_path.name} is refused: its content is nested thousands of levels deep, "
            "which no application writes (a crafted or damaged file)",
            ErrorCode.CRAFTED_NESTING,
            name=file_path.name,
        ) from error
    except Exception as error:  # a parser choked on a malformed file: still the user's input
        if guards.debugging():
            raise
        raise InputError(
            _damaged(file_path, fmt), ErrorCode.DAMAGED, name=file_path.name, kind=fmt.value.upper()
        ) from error
    monitor.report(1, 1, f"read {file_path.name}")
    return replace(reveal_controls(valid_document(document)), sha256=file_sha256(file_path))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise guards.cannot_read(path.name, error) from error
    return digest.hexdigest()
