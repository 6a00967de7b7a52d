"""Reviews stored by (template hash, contract hash, options, version), in one SQLite file.

:class:`ReviewCache` is both the resume cache and the place results stream to during a run: the
coordinator puts each review as it arrives (committed in small batches, so an interrupted run
keeps what it did) and the writers read them back one at a time, so memory stays flat however many
contracts there are. :func:`review_key` makes the key; anything that could change a review (the
template bytes, the contract bytes, the comparison options, the ClauseDiff version and a digest
of its engine's source, the schema) is in it, so a stale entry is never read. With no path, the
cache lives in a temporary file deleted on :meth:`ReviewCache.close`. No Qt.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from clausediff import __version__
from clausediff.errors import ErrorCode, InputError
from clausediff.options import CompareOptions

SCHEMA = "clausediff.portfolio/1"
#: Reviews put between two commits, and the longest time between two commits (seconds).
_BATCH, _BATCH_SECONDS = 200, 2.0


def engine_fingerprint(package: Path) -> str:
    """A digest of the Python source of ``package`` outside its window (``gui/``), or "" where
    there is none to read (a frozen bundle, whose engine changes only with its version).

    The version number does not move with every change of the engine between releases, and a
    review written by another engine must not be read back as this one's.
    """
    digest = hashlib.sha256()
    sources = sorted(p for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts)
    for path in sources:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest() if sources else ""


@functools.cache
def current_engine() -> str:
    """This installation's :func:`engine_fingerprint` (read once, when a key is first made:
    about 2 MB of source, 15 ms)."""
    return engine_fingerprint(Path(__file__).resolve().parent.parent)


def review_key(template_sha256: str, contract_sha256: str, options: CompareOptions) -> str:
    """The cache key of one review."""
    parts = (SCHEMA, __version__, current_engine(), repr(options), template_sha256, contract_sha256)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/clausediff/portfolio.sqlite`` (``~/.cache`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clausediff" / "portfolio.sqlite"


class ReviewCache:
    """Key -> review JSON, in SQLite (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self._temporary = path is None
        if path is None:
            handle, name = tempfile.mkstemp(prefix="clausediff-portfolio-", suffix=".sqlite")
            os.close(handle)
            path = name
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("CREATE TABLE IF NOT EXISTS review (key TEXT PRIMARY KEY, json TEXT)")
            self._db.commit()
        except (OSError, sqlite3.Error) as error:
            raise InputError(
                f"{self.path}: cannot use as the results cache ({error})",
                ErrorCode.CACHE_UNUSABLE,
                path=self.path,
                reason=getattr(error, "strerror", None) or str(error),
            ) from error
        self._pending = 0
        # The first review is committed at once: a run killed in its first seconds (a crash,
        # SIGKILL, a closed laptop) keeps it; later ones go in batches.
        self._last_commit = -math.inf

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored review, or None."""
        row = self._db.execute("SELECT json FROM review WHERE key = ?", (key,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def __contains__(self, key: str) -> bool:
        return self._db.execute("SELECT 1 FROM review WHERE key = ?", (key,)).fetchone() is not None

    def put(self, key: str, review: dict[str, Any]) -> None:
        """Store a review; committed with the next batch."""
        text = json.dumps(review, ensure_ascii=False, separators=(",", ":"))
        self._db.execute("INSERT OR REPLACE INTO review (key, json) VALUES (?, ?)", (key, text))
        self._pending += 1
        now = time.monotonic()
        if self._pending >= _BATCH or now - self._last_commit >= _BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Make every review put so far durable."""
        self._db.commit()
        self._pending = 0
        self._last_commit = time.monotonic()

    def close(self) -> None:
        """Commit and close; a temporary cache is deleted."""
        self.commit()
        self._db.close()
        if self._temporary:
            self.path.unlink(missing_ok=True)
