"""A compared file on the report's cover: its name, its SHA-256 and its reader's warnings.

The fingerprint printed is that of the bytes compared, so a reader can check the report speaks
of the file they hold; reading the file again is the only I/O a report does, to say when it has
changed on disk since. No Qt, no output.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from clausediff.document import Document
from clausediff.errors import InputError
from clausediff.readers import file_sha256
from clausediff.report import strings
from clausediff.report.content import FileInfo


def file_info(document: Document, fallback_name: str, language: str) -> FileInfo:
    """Name and SHA-256 of a compared file, as it was when compared, and what its reader warned
    about, in the report's language.

    ``sha256_of`` is "file" when the fingerprint is that of the compared file, "changed" when the
    file on disk has changed since (the fingerprint printed is still the compared one), "text"
    when neither the compared bytes nor the file are known (the extracted text's fingerprint).
    """
    warnings = tuple(
        strings.warning(language, warning.code.value, warning.parameters)
        for warning in document.warnings
    )
    path = Path(document.path) if document.path else None
    name = path.name if path else fallback_name
    on_disk = _sha256_of(path) if path is not None and path.is_file() else ""
    if document.sha256:
        changed = bool(on_disk) and on_disk != document.sha256
        of = "changed" if changed else "file"
        return FileInfo(name, document.sha256, of, document.language, warnings)
    if on_disk:  # a session written before fingerprints were kept: the file as it is now
        return FileInfo(name, on_disk, "file", document.language, warnings)
    sha = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    return FileInfo(name, sha, "text", document.language, warnings)


def _sha256_of(path: Path) -> str:
    """The file's SHA-256 now, or "" when it cannot be read (gone, no permission)."""
    try:
        return file_sha256(path)
    except InputError:
        return ""
