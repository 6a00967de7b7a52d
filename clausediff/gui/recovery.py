"""Autosave and crash recovery: a crash never loses more than the last half-second of work.

:class:`Autosaver` writes the workspace's session to ``<data dir>/autosave.clausediff`` (atomic,
through :func:`clausediff.store.session.save_session`) shortly after each change and every 30
seconds, with a small ``autosave.json`` beside it naming the session file the user was working
on. A clean exit deletes both; so finding them at start means the previous run crashed, and
:func:`pending_recovery` says what can be restored.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from clausediff.errors import InputError
from clausediff.gui.session_files import save_error_text
from clausediff.gui.state import Workspace
from clausediff.store.atomic import write_text
from clausediff.store.session import Session, load_session, save_session

AUTOSAVE_NAME = "autosave.clausediff"
META_NAME = "autosave.json"
PERIOD_MS = 30_000
DEBOUNCE_MS = 500


@dataclass(frozen=True, slots=True)
class Recovery:
    """An autosaved session found at start, and the session file it belonged to ("" if none)."""

    session: Session
    session_path: str
    saved_at: str


def pending_recovery(data_dir: Path) -> Recovery | None:
    """The autosave left by a crashed run, or None (an unreadable one is discarded)."""
    path = data_dir / AUTOSAVE_NAME
    if not path.exists():
        return None
    try:
        session = load_session(path)
    except InputError:
        discard(data_dir)
        return None
    meta: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError):
        raw = json.loads((data_dir / META_NAME).read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            meta = {str(k): str(v) for k, v in raw.items()}
    return Recovery(session, meta.get("session_path", ""), session.modified)


def discard(data_dir: Path) -> None:
    """Delete the autosave files (clean exit, or recovery declined)."""
    for name in (AUTOSAVE_NAME, META_NAME, AUTOSAVE_NAME + ".bak"):
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()


class Autosaver(QObject):
    """Saves the workspace's session shortly after every change and every 30 seconds;
    ``failed(message)`` when a save fails (the window shows it; the session stays unsaved)."""

    failed = Signal(str)

    def __init__(self, workspace: Workspace, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data_dir = data_dir
        self.saves = 0
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
            discard(self.data_dir)

    @property
    def path(self) -> Path:
        """The autosave file."""
        return self.data_dir / AUTOSAVE_NAME

    def save_now(self) -> None:
        """Write the current session, if any and if it has unsaved changes."""
        self._soon.stop()
        session = self.workspace.session
        if session is None or not self.workspace.modified or not self._dirty:
            return
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            save_session(session, self.path)
            meta = {"session_path": self.workspace.session_path}
            write_text(self.data_dir / META_NAME, json.dumps(meta, ensure_ascii=False))
        except (OSError, ValueError) as error:  # ValueError: text UTF-8 cannot encode
            # A full disk or bad text must not take the window down; the next change retries.
            self.failed.emit(save_error_text(error))
            return
        self._dirty = False
        self.saves += 1

    def stop(self) -> None:
        """Clean exit: stop the timers and delete the autosave."""
        self._soon.stop()
        self._period.stop()
        discard(self.data_dir)
