"""Atomic file writes: a temporary file in the same folder, flushed, then renamed.

A reader of the target never sees a half-written file, and a failure (disk full, exception,
cancellation, crash) leaves any existing file untouched. Every save and export goes through here.
A backup (``<target>.bak``, asked for by session saves) is a copy made the same way, so the
target is in its place at every moment.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

# The process umask, read once at import (reading it means setting it, which is not thread-safe
# later on). Temporary files are created 0600; the final file gets the permissions an ordinary
# write would have given it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _final_mode(path: Path) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _temp_beside(path: Path, suffix: str) -> str:
    """A new empty temporary file in ``path``'s folder (same file system, so renames are atomic)."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)
    os.close(fd)
    return temp_name


def _discard(temp_name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp_name)


def _commit(temp_name: str, path: Path, backup: bool, mode: int | None = None) -> None:
    """Give the temporary file its final mode, keep a backup if asked, move it onto ``path``."""
    os.chmod(temp_name, _final_mode(path) if mode is None else mode)
    if backup and path.exists():
        _keep_backup(path)
    os.replace(temp_name, path)


def _keep_backup(path: Path) -> None:
    """Copy ``path`` to ``<path>.bak``, atomically and with its permissions.

    A copy rather than a rename, so ``path`` itself never goes missing: a crash between the two
    steps leaves the old file in place, not only its backup.
    """
    backup = path.with_name(path.name + ".bak")
    temp_name = _temp_beside(backup, ".tmp")
    try:
        shutil.copyfile(path, temp_name)
        _commit(temp_name, backup, backup=False, mode=_final_mode(path))
    except BaseException:
        _discard(temp_name)
        raise


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike[str], *, backup: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` only if the block ends without error.

    With ``backup=True`` the previous version is kept as ``<target>.bak``.
    """
    path = Path(target)
    temp_name = _temp_beside(path, ".tmp")
    try:
        with open(temp_name, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _commit(temp_name, path, backup)
    except BaseException:
        _discard(temp_name)
        raise


def write_bytes(target: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_open(target, backup=backup) as stream:
        stream.write(data)


def write_text(target: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``target`` atomically."""
    write_bytes(target, text.encode("utf-8"), backup=backup)


def write_with(
    target: str | os.PathLike[str],
    writer: Callable[[Path], None],
    verify: Callable[[Path], None] | None = None,
) -> None:
    """Let ``writer`` produce a file at a temporary path, then move it onto ``target``.

    For libraries that insist on writing to a path themselves (python-docx, ``QPdfWriter``).
    Such libraries may report a failed write (a full disk) late or not at all, so the file is
    flushed to disk (``fsync`` raises on a full disk), must not be empty, and ``verify`` (if
    given) checks it is whole before it replaces ``target``: a failure leaves ``target`` as it
    was and raises :class:`OSError`. Temporary files that a killed earlier write left beside
    ``target`` are removed first.
    """
    path = Path(target)
    remove_stale_temporaries(path)
    temp_name = _temp_beside(path, path.suffix)
    try:
        writer(Path(temp_name))
        _sync_whole(Path(temp_name))
        if verify is not None:
            verify(Path(temp_name))
        _commit(temp_name, path, backup=False)
    except BaseException:
        _discard(temp_name)
        raise


def _sync_whole(path: Path) -> None:
    """Flush ``path`` to disk; an empty file means the writer failed without saying so."""
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())
        if os.fstat(stream.fileno()).st_size == 0:
            raise OSError(errno.ENOSPC, "nothing could be written (is the disk full?)")


#: How old a leftover temporary file must be before a later write removes it: older than any
#: write still running.
STALE_AFTER_SECONDS = 600.0


def remove_stale_temporaries(target: str | os.PathLike[str]) -> int:
    """Remove ``.<name>.XXXXXXXX<suffix>`` files a killed write of ``target`` left behind.

    Only files of exactly the shape :func:`tempfile.mkstemp` gives our temporaries, beside
    ``target`` and older than :data:`STALE_AFTER_SECONDS`, so no write in progress and no file
    of the user is touched. Returns how many were removed.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(
        rf"^\.{re.escape(path.name)}\.[a-z0-9_]{{8}}(?:{re.escape(path.suffix)}|\.tmp)$"
    )
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        with contextlib.suppress(OSError):
            if (
                entry.is_file(follow_symlinks=False)
                and now - entry.stat().st_mtime > STALE_AFTER_SECONDS
            ):
                os.unlink(entry.path)
                removed += 1
    return removed
