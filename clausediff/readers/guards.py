"""Guards against hostile or broken input files, shared by every reader.

Each guard raises :class:`~clausediff.errors.InputError` with one sentence for the user, or
returns normally. They bound what a reader may load (file size, decompressed zip size, number
of zip members), refuse XML that declares a DOCTYPE (the door to external entities and entity
expansion bombs; office formats never need one) and read files strictly read-only.

No Qt. The only I/O is reading the input file.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from pathlib import Path

from clausediff.errors import ErrorCode, InputError

MAX_FILE_BYTES = 100 * 1024 * 1024
"""Largest input file accepted (100 MB): bigger files are refused with a reason."""

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""Largest total declared uncompressed size of a .docx/.odt archive."""

MAX_ZIP_MEMBERS = 10_000
"""Most members a .docx/.odt archive may hold."""

MAX_RATIO = 200
"""Largest compression ratio of a big zip member (deflate cannot honestly do much better)."""

MAX_LIST_NUMBER = 32_767
"""Largest list number drawn in letters (Word's own limit for a list's start value): "a"
repeated a thousand times is no clause number, and 2,000,000,000 would be 77 million letters."""

MAX_REPEAT = 10_000
"""Largest repeat count of one element (an .odt ``text:s text:c``): a page holds far fewer."""

MAX_TEXT_CHARS = 60_000_000
"""Most characters of text a structured reader may produce (about 20,000 pages): beyond that
the file is refused rather than exhausting memory. A 100 MB file of honest text stays under."""

_RATIO_FLOOR = 10 * 1024 * 1024
"""Members smaller than this are never refused for their ratio alone."""

_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


DEBUG_VARIABLE = "CLAUSEDIFF_DEBUG"
"""Set (to anything) to let unexpected parser errors escape instead of becoming InputErrors."""


def debugging() -> bool:
    """True when :data:`DEBUG_VARIABLE` is set.

    Readers turn any error a parser library raises on a malformed file into an InputError naming
    the file, which is right for users but would also hide a bug of ours; a developer sets the
    variable to see the original exception and its traceback.
    """
    return bool(os.environ.get(DEBUG_VARIABLE))


def one_line(detail: object, limit: int = 160) -> str:
    """A library's error text made fit for a one-line message (no newlines, bounded)."""
    text = " ".join(str(detail).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cannot_read(name: str, error: OSError) -> InputError:
    """The refusal of a file the system would not let us read (the system's reason kept)."""
    reason = error.strerror or str(error)
    return InputError(
        f"cannot read {name}: {reason}", ErrorCode.CANNOT_READ, name=name, reason=reason
    )


def check_file(path: Path) -> int:
    """Check that ``path`` is an existing, non-empty regular file of acceptable size.

    Returns its size in bytes.
    """
    name = path.name or str(path)
    if not path.exists():
        raise InputError(f"file not found: {path}", ErrorCode.FILE_NOT_FOUND, path=path)
    if path.is_dir():
        raise InputError(f"{name} is a folder, not a document", ErrorCode.IS_FOLDER, name=name)
    if not path.is_file():
        raise InputError(f"{name} is not a regular file", ErrorCode.NOT_REGULAR_FILE, name=name)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise cannot_read(name, error) from error
    if size == 0:
        raise InputError(f"empty document: {name} has no content", ErrorCode.EMPTY_FILE, name=name)
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is too large ({size // (1024 * 1024)} MB; the limit is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)",
            ErrorCode.TOO_LARGE,
            name=name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    return size


def read_bytes(path: Path) -> bytes:
    """Read the whole file, opened read-only (after :func:`check_file`)."""
    try:
        with path.open("rb") as stream:
            return stream.read()
    except OSError as error:
        raise cannot_read(path.name, error) from error


def open_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """Open an office archive read-only after checking it is a sane, bounded zip.

    ``kind`` names the format in messages (".docx", ".odt"). The declared sizes are trusted
    for the checks because :mod:`zipfile` never yields more bytes than a member declares.
    """
    name = path.name
    try:
        archive = zipfile.ZipFile(path, "r")
    except zipfile.BadZipFile as error:
        raise InputError(
            f"{name} is not a valid {kind} file (not a zip archive, or truncated)",
            ErrorCode.DAMAGED,
            name=name,
            kind=kind.lstrip(".").upper(),
        ) from error
    except OSError as error:
        raise cannot_read(name, error) from error
    try:
        check_zip_members(archive, name)
    except InputError:
        archive.close()
        raise
    return archive


def check_zip_members(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse zip bombs: too many members, too large a total, or an absurd ratio."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(
            f"{name} is refused: its archive holds {len(members)} files",
            ErrorCode.ARCHIVE_REFUSED,
            name=name,
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise InputError(
                f"{name} is refused: it looks like a zip bomb (compression ratio)",
                ErrorCode.ARCHIVE_REFUSED,
                name=name,
            )
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(
            f"{name} is refused: it would unpack to {total // (1024 * 1024)} MB "
            f"(limit {MAX_UNZIPPED_BYTES // (1024 * 1024)} MB), which looks like a zip bomb",
            ErrorCode.ARCHIVE_REFUSED,
            name=name,
        )


def read_member(archive: zipfile.ZipFile, member: str, name: str, kind: str) -> bytes:
    """Read one archive member, refusing a missing one, a corrupt one, an encrypted one, or one
    with a DOCTYPE. ``kind`` names the format in messages (".docx", ".odt")."""
    fmt = kind.lstrip(".").upper()
    try:
        data = archive.read(member)
    except KeyError as error:
        raise InputError(
            f"{name} is not a valid {kind} document: {member} is missing",
            ErrorCode.DAMAGED,
            name=name,
            kind=fmt,
        ) from error
    except NotImplementedError as error:  # an unknown compression method (before
        # RuntimeError, its base class)
        raise InputError(
            f"{name} is corrupt: {member} uses a compression method no word processor writes",
            ErrorCode.DAMAGED,
            name=name,
            kind=fmt,
        ) from error
    except RuntimeError as error:  # zipfile: "File ... is encrypted, password required"
        raise InputError(
            f"{name} is a password-protected (encrypted) zip archive: remove the password and "
            "retry",
            ErrorCode.PASSWORD_PROTECTED,
            name=name,
        ) from error
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
        raise InputError(
            f"{name} is corrupt or truncated ({member} cannot be read)",
            ErrorCode.DAMAGED,
            name=name,
            kind=fmt,
        ) from error
    check_xml(data, name)
    return data


def check_xml(data: bytes, name: str) -> None:
    """Refuse XML that declares a DOCTYPE or entities (XXE, billion laughs).

    Office XML never needs one, so refusing is safer than trusting every parser's settings.
    UTF-16 XML is checked after decoding.
    """
    head = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = data.decode("utf-16", errors="replace").encode("utf-8")
    if _DOCTYPE.search(head):
        raise InputError(
            f"{name} is refused: its XML declares a DOCTYPE or entities (possible XXE attack)",
            ErrorCode.XML_ENTITIES,
            name=name,
        )
