"""The core's input errors worded in the interface language.

An :class:`~clausediff.errors.InputError` carries one English sentence (what the CLI prints and
logs keep) and, for the errors met while opening files, a stable
:class:`~clausediff.errors.ErrorCode` with parameters (the file's name, the system's reason...).
:func:`error_text` words the code with the template below in the interface language (the
templates are marked for Qt Linguist, context ``CoreErrors``) and fills in the parameters; an
error without a template is shown as its English sentence. The English sentence goes to the
``clausediff`` log. Plain text: the parameters come from the user's files.

A write the disk refused (:func:`disk_error_text`) is worded the same way: a sentence naming the
action and the file, the system's own (English) words kept after it as the detail.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clausediff.errors import ErrorCode, InputError, write_failure

_CONTEXT = "CoreErrors"
_LOG = logging.getLogger("clausediff")

_TEMPLATES: dict[ErrorCode, object] = {
    ErrorCode.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("CoreErrors", "File not found: {path}"),
    ErrorCode.IS_FOLDER: QT_TRANSLATE_NOOP("CoreErrors", "{name} is a folder, not a document."),
    ErrorCode.NOT_REGULAR_FILE: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} is not a regular file (a pipe or a device?)."
    ),
    ErrorCode.CANNOT_READ: QT_TRANSLATE_NOOP("CoreErrors", "Cannot read {name}: {reason}"),
    ErrorCode.EMPTY_FILE: QT_TRANSLATE_NOOP("CoreErrors", "{name} is empty: it has no content."),
    ErrorCode.NO_TEXT: QT_TRANSLATE_NOOP("CoreErrors", "{name} has no text to compare."),
    ErrorCode.TOO_LARGE: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} is too large ({size} MB; the limit is {limit} MB)."
    ),
    ErrorCode.TOO_MUCH_TEXT: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} holds too much text to read in reasonable time; save it as .docx or .txt.",
    ),
    ErrorCode.PASSWORD_PROTECTED: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} is protected by a password: remove the protection and try again."
    ),
    ErrorCode.OLD_WORD: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is an old Word document (.doc), whatever its extension: save it as .docx in "
        "Word or LibreOffice and try again.",
    ),
    ErrorCode.OLD_EXCEL: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is an Excel workbook (.xls), not a contract: ClauseDiff reads .docx, .odt, "
        ".rtf, .pdf, .html, .txt and .md.",
    ),
    ErrorCode.OLD_POWERPOINT: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} is a PowerPoint presentation (.ppt), not a contract."
    ),
    ErrorCode.OLD_OFFICE: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is an old binary Office file that ClauseDiff does not read: save it as .docx "
        "and try again.",
    ),
    ErrorCode.ZIP_NOT_DOCUMENT: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} is a zip archive, not a Word or OpenDocument document."
    ),
    ErrorCode.UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name}: this type of file cannot be compared (its content is not text). ClauseDiff "
        "reads {supported}.",
    ),
    ErrorCode.DAMAGED: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} cannot be read as {kind}: the file is damaged or not a valid {kind} document. "
        "Open it in the application that made it, save it again and try again.",
    ),
    ErrorCode.ARCHIVE_REFUSED: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is refused: its archive would unpack to far more than a document holds "
        "(a zip bomb?).",
    ),
    ErrorCode.XML_ENTITIES: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is refused: its XML declares entities, which documents never need "
        "(a crafted file?).",
    ),
    ErrorCode.BINARY: QT_TRANSLATE_NOOP("CoreErrors", "{name} looks like a binary file, not text."),
    ErrorCode.SCANNED_PDF: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is a scanned document: it has no text layer to compare. Run text recognition "
        "(OCR) on it first.",
    ),
    ErrorCode.PDF_NO_UNICODE: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The text of {name} cannot be extracted (its fonts do not say which letters they "
        "draw): export it again from the original document.",
    ),
    ErrorCode.NO_CLAUSE_TEXT: QT_TRANSLATE_NOOP("CoreErrors", "{name}: no clause text found."),
    ErrorCode.NO_CONTRACT_FILES: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name}: no contract files in this folder."
    ),
    ErrorCode.PASTED_EMPTY: QT_TRANSLATE_NOOP("CoreErrors", "The pasted text is empty."),
    ErrorCode.TEMPLATE_WITHOUT_CLAUSES: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name}: the template has no clause to compare."
    ),
    ErrorCode.LINK_NEEDS_BOTH_SIDES: QT_TRANSLATE_NOOP(
        "CoreErrors", "Select at least one clause on each side to link them."
    ),
    ErrorCode.NOT_A_SESSION: QT_TRANSLATE_NOOP(
        "CoreErrors", "{path} is not a ClauseDiff session file."
    ),
    ErrorCode.SESSION_DAMAGED: QT_TRANSLATE_NOOP(
        "CoreErrors", "{path} is damaged: its content cannot be read back."
    ),
    ErrorCode.SESSION_TOO_NEW: QT_TRANSLATE_NOOP(
        "CoreErrors", "{path} was saved by a newer ClauseDiff: update ClauseDiff to open it."
    ),
    ErrorCode.VARIANTS_DAMAGED: QT_TRANSLATE_NOOP(
        "CoreErrors", "The clause library saved in this session is damaged and cannot be reopened."
    ),
    ErrorCode.CRAFTED_NUMBERING: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is refused: its automatic numbering reaches {number} in letters, beyond what a "
        "word processor draws (limit {limit}). The file looks crafted.",
    ),
    ErrorCode.CRAFTED_SPACES: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is refused: it holds a run of {count} spaces, more than any page holds "
        "(limit {limit}). The file looks crafted.",
    ),
    ErrorCode.CRAFTED_NESTING: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{name} is refused: its content is nested more deeply than any application writes. "
        "The file looks crafted.",
    ),
    ErrorCode.CANNOT_LIST_FOLDER: QT_TRANSLATE_NOOP(
        "CoreErrors", "The folder {path} cannot be listed. System detail: {reason}"
    ),
    ErrorCode.NOT_TEMPLATE_CONTRACT: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "Not a contract of this template: no template clause was found in it (best similarity "
        "{similarity} %).",
    ),
    ErrorCode.TEMPLATE_ITSELF: QT_TRANSLATE_NOOP("CoreErrors", "This is the template itself."),
    ErrorCode.DUPLICATE_CONTRACT: QT_TRANSLATE_NOOP(
        "CoreErrors", "Duplicate: same content as {path}."
    ),
    ErrorCode.TOO_LARGE_IN_MEMORY: QT_TRANSLATE_NOOP(
        "CoreErrors", "Too large to compare in the memory of this computer."
    ),
    ErrorCode.NOT_FILE_OR_FOLDER: QT_TRANSLATE_NOOP(
        "CoreErrors", "{path} is neither a file nor a folder."
    ),
    ErrorCode.CACHE_UNUSABLE: QT_TRANSLATE_NOOP(
        "CoreErrors", "{path} cannot be used as the results cache. System detail: {reason}"
    ),
    ErrorCode.CANNOT_EXPORT: QT_TRANSLATE_NOOP(
        "CoreErrors", "{name} could not be written: nothing was exported. System detail: {reason}"
    ),
    ErrorCode.CANNOT_SAVE_SESSION: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "The session could not be saved to {name}; the file on disk is as it was. "
        "System detail: {reason}",
    ),
    ErrorCode.CANNOT_SAVE_CHOICES: QT_TRANSLATE_NOOP(
        "CoreErrors", "The choices could not be saved. System detail: {reason}"
    ),
    ErrorCode.CANNOT_PRINT: QT_TRANSLATE_NOOP(
        "CoreErrors", "The report could not be sent to the printer. System detail: {reason}"
    ),
    ErrorCode.COMPARED_TOO_LARGE: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{left} and {right} are too large to compare together ({total} million characters; "
        "ClauseDiff compares at most {limit} million): compare them part by part.",
    ),
    ErrorCode.COMPARED_TOO_MANY_LINES: QT_TRANSLATE_NOOP(
        "CoreErrors",
        "{left} and {right} hold {total} lines together; ClauseDiff compares at most {limit}: "
        "compare them part by part.",
    ),
    ErrorCode.VERSION_COUNT: QT_TRANSLATE_NOOP(
        "CoreErrors", "A chain of versions holds {least} or {most} documents, not {count}."
    ),
}


def has_template(code: ErrorCode) -> bool:
    """True when the GUI words this code itself (else it shows the English message)."""
    return code in _TEMPLATES


def error_text(error: InputError) -> str:
    """The error in the interface language (see the module docstring); logs the English."""
    _LOG.info("input error: %s", error)
    template = _TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    params = dict(error.params)
    if not params.get("name"):
        params["name"] = QCoreApplication.translate(_CONTEXT, "The text")
    text = QCoreApplication.translate(_CONTEXT, str(template))
    return re.sub(r"\{(\w+)\}", lambda match: params.get(match.group(1), ""), text)


def coded_text(message: str, code: str, params: Iterable[tuple[str, str]] = ()) -> str:
    """An error kept as data (a portfolio review's ``error``, ``error_code``, ``error_params``)
    in the interface language; its English ``message`` when the code is unknown or empty."""
    try:
        known = ErrorCode(code) if code else ErrorCode.OTHER
    except ValueError:  # a code of a newer ClauseDiff, read back from a cache
        known = ErrorCode.OTHER
    return error_text(InputError(message, known, **dict(params)))


def disk_error_text(code: ErrorCode, path: str, error: OSError) -> str:
    """A write the disk refused (export, save, print), worded with ``code``'s template: what was
    not done and to which file, the system's own words kept as the detail."""
    return error_text(write_failure(code, path, error))
