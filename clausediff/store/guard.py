"""The one rule every output obeys: never write over a file the command or window reads.

``compare --json c.txt`` once replaced a contract; ``assemble s.clausediff --txt s.clausediff``
replaced the session and every decision in it. Every command of the CLI and every export of the
window asks :func:`refuse_overwriting` before any work, with the outputs it is about to write and
the files it reads (or that the written result depends on: a session's contracts). Two names
denote the same file when they resolve to the same path or, for existing files, the same inode
(hard links, bind mounts, ``..`` and symbolic links all count). ``-`` (stdout) and ``None`` (not
asked for) are never checked. No Qt.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from clausediff.errors import InputError

Pathish = str | os.PathLike[str]


def same_file(one: Pathish, two: Pathish) -> bool:
    """Whether two names denote one file (links and relative paths resolved)."""
    try:
        if os.path.exists(one) and os.path.exists(two):
            return os.path.samefile(one, two)
        return Path(one).resolve() == Path(two).resolve()
    except OSError:
        return False


def clobbered(outputs: Iterable[Pathish | None], protected: Iterable[Pathish]) -> str | None:
    """The first output that names a protected file, or None."""
    kept = [p for p in protected if str(p)]
    for output in outputs:
        if output is None or str(output) in ("", "-"):
            continue
        if any(same_file(output, source) for source in kept):
            return str(output)
    return None


def refuse_overwriting(outputs: Iterable[Pathish | None], protected: Iterable[Pathish]) -> None:
    """Raise :class:`InputError` when an output would replace a protected file."""
    output = clobbered(list(outputs), list(protected))
    if output is not None:
        raise InputError(f"{output}: refusing to overwrite a file this command reads")
