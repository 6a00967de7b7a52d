"""Autosave and crash recovery: a crash never loses more than the last half-second of work.

Each window's :class:`Autosaver` writes the workspace's session to its own file,
``<data dir>/autosave/<pid>-<random>.clausediff`` (atomic, through
:func:`clausediff.store.session.save_session`), shortly after each change and every 30 seconds,
with a small ``.json`` beside it naming the session file the user was working on. The window
holds a :class:`QLockFile` (``.lock``) on it while alive, so two windows (two processes) never
share or delete each other's autosave. A clean exit deletes the window's own files; an autosave
whose lock no one holds (its process died: Qt sees the stale lock) is a crashed window's work,
and :func:`pending_recoveries` lists every one, claiming each (locking it) so two starting
windows do not both restore it. The single ``autosave.clausediff`` of earlier versions is still
found.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from clausediff.errors import InputError
from clausediff.gui.session_files import save_error_text
from clausediff.gui.state import Workspace
from clausediff.store.atomic import write_text
from clausediff.store.session import SUFFIX, Session, load_session, save_session

FOLDER = "autosave"
LEGACY_NAME = "autosave.clausediff"  # one file for every window, before 0.2
PERIOD_MS = 30_000
DEBOUNCE_MS = 500


def _files(session_file: Path) -> tuple[Path, ...]:
    """An autosave and what lives beside it (meta, the atomic writer's backup)."""
    return (
        session_file,
        session_file.with_suffix(".json"),
        session_file.with_name(session_file.name + ".bak"),
    )


def _delete(session_file: Path) -> None:
    for path in _files(session_file):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@dataclass(slots=True)
class Recovery:
    """An autosaved session left by a crashed window, and the session file it belonged to.

    ``claim`` is the lock this process now holds on it; :meth:`discard` deletes the files
    (restored and re-autosaved, or declined) and releases it.
    """

    session: Session
    session_path: str
    saved_at: str
    file: Path
    claim: QLockFile | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Delete this autosave and release its lock."""
        _delete(self.file)
        if self.claim is not None:
            self.claim.unlock()
            self.claim = None


def _claim(session_file: Path) -> QLockFile | None:
    """Lock ``session_file``'s lock if no live process holds it (None: a window is alive)."""
    lock = QLockFile(str(session_file.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # a live window's lock is never stale, however old
    return lock if lock.tryLock(0) else None


def _read(session_file: Path, claim: QLockFile | None) -> Recovery | None:
    try:
        session = load_session(session_file)
    except InputError:
        _delete(session_file)
        if claim is not None:
            claim.unlock()
        return None
    meta: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError):
        raw = json.loads(session_file.with_suffix(".json").read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            meta = {str(k): str(v) for k, v in raw.items()}
    return Recovery(session, meta.get("session_path", ""), session.modified, session_file, claim)


def pending_recoveries(data_dir: Path) -> list[Recovery]:
    """Every autosave left by a crashed window, newest first (unreadable ones are deleted).

    Autosaves of live windows are locked and skipped, never touched.
    """
    found: list[Recovery] = []
    legacy = data_dir / LEGACY_NAME
    if legacy.exists():
        legacy_recovery = _read(legacy, None)
        if legacy_recovery is not None:
            found.append(legacy_recovery)
    folder = data_dir / FOLDER
    for session_file in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else ():
        claim = _claim(session_file)
        if claim is None:
            continue  # a live window's
        recovery = _read(session_file, claim)
        if recovery is not None:
            found.append(recovery)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


class Autosaver(QObject):
    """Saves the workspace's session shortly after every change and every 30 seconds, to a file
    of this window's own; ``failed(message)`` when a save fails (the window shows it; the
    session stays unsaved)."""

    failed = Signal(str)

    def __init__(self, workspace: Workspace, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data_dir = data_dir
        self.saves = 0
        self.path = data_dir / FOLDER / f"{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self._lock = QLockFile(str(self.path.with_suffix(".lock")))
        self._lock.setStaleLockTime(0)  # held for the window's life: stale only if we died
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(DEBOUNCE_MS)
        self._soon.timeout.connect(self.save_now)
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS)
        self._period.timeout.connect(self.save_now)
        self._period.start()
        self._dirty = False
        workspace.choices_changed.connect(self._changed)
        workspace.structure_changed.connect(self._changed)
        workspace.modified_changed.connect(self._modified_changed)

    def _changed(self) -> None:
        self._dirty = True
        self._soon.start()

    def _modified_changed(self, modified: bool) -> None:
        """Saved by the user: the autosave is stale, and a crash now loses nothing."""
        if not modified:
            self._soon.stop()
            self._dirty = False
            _delete(self.path)

    def save_now(self) -> None:
        """Write the current session, if any and if it has unsaved changes."""
        self._soon.stop()
        session = self.workspace.session
        if session is None or not self.workspace.modified or not self._dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked() and not self._lock.tryLock(0):
                raise OSError(f"cannot lock {self._lock.fileName()}")
            save_session(session, self.path)
            meta = {"session_path": self.workspace.session_path}
            write_text(self.path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False))
        except (OSError, ValueError) as error:  # ValueError: text UTF-8 cannot encode
            # A full disk or bad text must not take the window down; the next change retries.
            self.failed.emit(save_error_text(error, self.path))
            return
        self._dirty = False
        self.saves += 1

    def abandon(self) -> None:
        """Stop and release the lock, leaving the files: what a crash leaves (tests)."""
        self._soon.stop()
        self._period.stop()
        self._lock.unlock()

    def stop(self) -> None:
        """Clean exit: stop the timers, delete this window's autosave, release its lock."""
        self._soon.stop()
        self._period.stop()
        _delete(self.path)
        self._lock.unlock()
