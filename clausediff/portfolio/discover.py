"""The contract files named by the command line or the window: files, and folders walked.

:func:`discover` takes files and folders. A file named directly is always a candidate, whatever
its type (the reader then says whether it can read it). A folder is walked recursively, in sorted
order, and gives every file whose suffix ClauseDiff reads; its other files (and hidden ones) are
counted as skipped so that the caller can say so: nothing is dropped silently. A file reached twice
(named and inside a named folder, or through a link) counts once. No Qt; reads no file content.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from clausediff.errors import ErrorCode, InputError
from clausediff.readers import SUPPORTED_SUFFIXES

_READABLE = frozenset((*SUPPORTED_SUFFIXES, ".text", ".markdown", ".xhtml"))


@dataclass(frozen=True, slots=True)
class Discovered:
    """Candidate contract files in order, and the folder files left out (other types, hidden)."""

    files: tuple[Path, ...]
    skipped: tuple[Path, ...]


def discover(paths: Iterable[str | os.PathLike[str]]) -> Discovered:
    """Candidate files under ``paths`` (see the module docstring); InputError for a bad path."""
    files: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in paths:
        path = Path(item)
        if path.is_dir():
            for found in _walk(path):
                if _hidden(found.relative_to(path)) or found.suffix.lower() not in _READABLE:
                    skipped.append(found)
                else:
                    add(found)
        elif path.is_file():
            add(path)
        elif path.exists():
            raise InputError(
                f"{path}: not a file or folder", ErrorCode.NOT_FILE_OR_FOLDER, path=path
            )
        else:
            raise InputError(f"{path}: no such file or folder", ErrorCode.FILE_NOT_FOUND, path=path)
    return Discovered(tuple(files), tuple(skipped))


def _walk(folder: Path) -> list[Path]:
    """Every file under a folder, sorted by path; unreadable sub-folders are an InputError."""

    def fail(error: OSError) -> None:
        raise InputError(
            f"{error.filename}: cannot list the folder ({error.strerror})",
            ErrorCode.CANNOT_LIST_FOLDER,
            path=error.filename,
            reason=error.strerror or str(error),
        )

    found: list[Path] = []
    for root, folders, names in os.walk(folder, onerror=fail, followlinks=False):
        folders.sort()
        found.extend(Path(root) / name for name in sorted(names))
    return found


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
