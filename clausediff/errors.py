"""Errors that the user caused and can fix, as opposed to bugs.

Every reader and every command raises :class:`InputError` for bad input (a missing, empty,
corrupt, encrypted or unsupported file, a bad option). Its message is one English sentence meant
for the user; the CLI prints it as ``clausediff: error: <message>`` and exits with code 2, logs
keep it as is. The errors a user meets while opening files also carry a stable
:class:`ErrorCode` and its parameters (the file's name...), so the GUI words them in the
interface language (``clausediff.gui.error_text``) as it does the readers' warnings; an error
without a code (``ErrorCode.OTHER``) is shown as its English message. Anything else that
escapes is a bug (exit code 1).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ErrorCode(StrEnum):
    """What went wrong with the user's input, for the GUI to word in its language."""

    FILE_NOT_FOUND = "file_not_found"  # path
    IS_FOLDER = "is_folder"  # name
    NOT_REGULAR_FILE = "not_regular_file"  # name
    CANNOT_READ = "cannot_read"  # name, reason (the system's)
    EMPTY_FILE = "empty_file"  # name: zero bytes
    NO_TEXT = "no_text"  # name: a document with no visible text
    TOO_LARGE = "too_large"  # name, size (MB), limit (MB)
    TOO_MUCH_TEXT = "too_much_text"  # name: more text than ClauseDiff reads in reasonable time
    PASSWORD_PROTECTED = "password_protected"  # name
    OLD_WORD = "old_word"  # name: a binary .doc, whatever its extension
    OLD_EXCEL = "old_excel"  # name
    OLD_POWERPOINT = "old_powerpoint"  # name
    OLD_OFFICE = "old_office"  # name: another OLE2 container
    ZIP_NOT_DOCUMENT = "zip_not_document"  # name
    UNSUPPORTED_TYPE = "unsupported_type"  # name, suffix, supported
    DAMAGED = "damaged"  # name, kind (PDF, DOCX...)
    ARCHIVE_REFUSED = "archive_refused"  # name: too many members, zip bomb
    XML_ENTITIES = "xml_entities"  # name: DOCTYPE or entities (XXE)
    BINARY = "binary"  # name: not text
    SCANNED_PDF = "scanned_pdf"  # name: no text layer
    PDF_NO_UNICODE = "pdf_no_unicode"  # name: fonts without a Unicode mapping
    NO_CLAUSE_TEXT = "no_clause_text"  # name: a variants source with no clause
    NO_CONTRACT_FILES = "no_contract_files"  # name: a folder without readable files
    PASTED_EMPTY = "pasted_empty"
    TEMPLATE_WITHOUT_CLAUSES = "template_without_clauses"  # name: a portfolio template
    LINK_NEEDS_BOTH_SIDES = "link_needs_both_sides"  # linking clauses of one side only
    NOT_A_SESSION = "not_a_session"  # path
    SESSION_DAMAGED = "session_damaged"  # path
    SESSION_TOO_NEW = "session_too_new"  # path: saved by a newer ClauseDiff
    VARIANTS_DAMAGED = "variants_damaged"  # detail: a session's clause-library part is malformed
    CRAFTED_NUMBERING = "crafted_numbering"  # name, number, limit: .docx list numbers in letters
    CRAFTED_SPACES = "crafted_spaces"  # name, count, limit: an .odt run of spaces beyond any page
    CRAFTED_NESTING = "crafted_nesting"  # name: lists, quotes or elements nested beyond any file
    CANNOT_LIST_FOLDER = "cannot_list_folder"  # path, reason (the system's)
    NOT_TEMPLATE_CONTRACT = "not_template_contract"  # similarity: a portfolio file of another kind
    TEMPLATE_ITSELF = "template_itself"  # the portfolio template found among the contracts
    DUPLICATE_CONTRACT = "duplicate_contract"  # path: the contract with the same bytes
    TOO_LARGE_IN_MEMORY = "too_large_in_memory"  # a portfolio contract the memory cannot hold
    NOT_FILE_OR_FOLDER = "not_file_or_folder"  # path: a portfolio path that is a pipe, a device
    CACHE_UNUSABLE = "cache_unusable"  # path, reason: the portfolio's results cache
    CANNOT_EXPORT = "cannot_export"  # name, reason (the system's): a report or export not written
    CANNOT_SAVE_SESSION = "cannot_save_session"  # name, reason (the system's)
    CANNOT_SAVE_CHOICES = "cannot_save_choices"  # reason (the system's): a library's choices
    CANNOT_PRINT = "cannot_print"  # reason (the system's)
    COMPARED_TOO_LARGE = "compared_too_large"  # left, right (names), total, limit (millions)
    COMPARED_TOO_MANY_LINES = "compared_too_many_lines"  # left, right (names), total, limit
    VERSION_COUNT = "version_count"  # count, least, most: a chain of versions
    OTHER = "other"  # the English message only


class InputError(Exception):
    """Bad input: the message is one clear line for the user, never a traceback.

    ``code`` and ``params`` (text values) let a front end word it in another language; they
    survive pickling (the portfolio's worker processes), as an exception's ``__dict__`` does.
    """

    def __init__(self, message: str, code: ErrorCode = ErrorCode.OTHER, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}

    def reworded(self, message: str, **params: object) -> InputError:
        """The same error (code and parameters, ``params`` added where it lacks them) with
        another English message."""
        merged: dict[str, object] = dict(self.params)
        for key, value in params.items():
            if not merged.get(key):
                merged[key] = value
        return InputError(message, self.code, **merged)


def write_failure(code: ErrorCode, path: str | Path, error: OSError) -> InputError:
    """The disk's refusal to write ``path`` (full, read-only, gone) as an :class:`InputError`
    with ``code``: the GUI words what was not done, naming the file, and keeps the system's own
    words (``reason``, English) as the detail."""
    name = Path(path).name if str(path) else ""
    reason = error.strerror or str(error) or type(error).__name__
    return InputError(f"cannot write {name or path}: {reason}", code, name=name, reason=reason)


class Cancelled(Exception):
    """Long work stopped because ``should_cancel()`` returned True."""
