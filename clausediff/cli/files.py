"""What every ``clausediff`` subcommand does with its files: check inputs, write outputs, report
the readers' warnings.

Shared by every subcommand module, so none imports the dispatcher (:mod:`clausediff.cli.main`)
that imports it.
Every failure is an :class:`~clausediff.errors.InputError` with a one-line message (the
dispatcher turns it into ``clausediff: error: …`` and exit code 2); writes are atomic. Which
outputs may not be written (an input, the session, its contracts) is
:mod:`clausediff.store.guard`'s.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from clausediff.document import Document, ReaderWarning
from clausediff.errors import InputError
from clausediff.store.atomic import write_bytes, write_text


def require_file(path: str) -> Path:
    """The path, if it names a readable file; InputError otherwise (checked before any work)."""
    candidate = Path(path)
    if not candidate.exists():
        raise InputError(f"{path}: no such file")
    if candidate.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if not os.access(candidate, os.R_OK):
        raise InputError(f"{path}: permission denied")
    return candidate


def write_output(target: str, text: str | bytes) -> None:
    """Write to stdout for ``-``, else atomically to the file (``bytes`` are UTF-8 text)."""
    if target == "-":
        sys.stdout.write(text if isinstance(text, str) else text.decode("utf-8"))
        sys.stdout.flush()
        return
    folder = Path(target).parent
    if not folder.is_dir():
        raise InputError(f"{target}: folder {folder} does not exist")
    try:
        if isinstance(text, str):
            write_text(target, text)
        else:
            write_bytes(target, text)
    except OSError as error:
        raise InputError(f"{target}: cannot write ({error.strerror})") from error


def dump_json(data: object) -> str:
    """JSON text as every command writes it: UTF-8 characters kept, one-space indent."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def print_reader_warnings(path: str, warnings: Sequence[ReaderWarning]) -> None:
    """One ``clausediff: warning: PATH: ...`` line on stderr per warning of one file."""
    for warning in warnings:
        print(f"clausediff: warning: {path}: {warning}", file=sys.stderr)


def print_warnings(*documents: Document) -> None:
    """What a reader noticed but could live with (tracked changes, notes placed, pages without
    text), one line each on stderr, for every command that reads a document."""
    for document in documents:
        print_reader_warnings(document.path, document.warnings)
