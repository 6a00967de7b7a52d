"""Session files: which one to open, save, save as, and the question before unsaved decisions are
replaced.

:class:`SessionFiles` writes the workspace's session atomically through
:func:`clausediff.store.session.save_session`, with the open clause library in its ``variants``
(asked of a callable, so this module needs no variants window). Reading a session belongs to the
:class:`~clausediff.gui.opening.Opener`, which runs it in its worker and installs the result; the
opener asks :meth:`SessionFiles.may_replace` first. Only the :class:`~clausediff.gui.host.
WindowHost` protocol is used of the window.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from clausediff.errors import ErrorCode, InputError
from clausediff.gui import dialogs
from clausediff.gui.error_text import disk_error_text
from clausediff.gui.host import WindowHost
from clausediff.readers import file_sha256
from clausediff.store.chain_session import has_decisions
from clausediff.store.session import SUFFIX, save_session


def recent_folder(host: WindowHost) -> str:
    """The folder of the most recent file: where file dialogs open."""
    recent = host.settings.recent_files
    return str(Path(recent[0]).parent) if recent else ""


def remember(host: WindowHost, *paths: str) -> None:
    """Put ``paths`` first in File > Open Recent, and save that at once (crash-proof)."""
    for path in reversed(paths):
        host.settings.add_recent(str(Path(path).resolve()))
    host.save_settings()


def save_error_text(error: OSError | ValueError, path: str | Path = "") -> str:
    """One sentence for a failed save of the session to ``path``: ours, in the interface
    language, with the system's words kept as the detail of a disk error."""
    if isinstance(error, UnicodeError):
        return QCoreApplication.translate(
            "SessionFiles",
            "The session holds a character that cannot be written (half of an emoji or symbol). "
            "Remove it from your notes or custom texts, then save again.",
        )
    if isinstance(error, OSError):
        return disk_error_text(ErrorCode.CANNOT_SAVE_SESSION, str(path), error)
    return QCoreApplication.translate("SessionFiles", "The session cannot be written: %1").replace(
        "%1", str(error)
    )


class SessionFiles(QObject):
    """Save the session on screen; ``saved(path)`` after each successful save."""

    def __init__(
        self,
        host: WindowHost,
        library_data: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.workspace = host.workspace
        self.library_data = library_data
        self.on_saved: Callable[[str], None] = lambda path: None  # recent menu refresh
        #: The session file as this window last read or wrote it: (path, mtime_ns, SHA-256).
        self.file_state: tuple[str, int, str] | None = None
        #: Where the previous version of a saved session is kept (the app's data folder), so
        #: no ``.clausediff.bak`` is left beside the user's file; None: beside it.
        self.backup_dir: Path | None = None

    def remember_file_state(self, path: str) -> None:
        """Record ``path`` as read or written now, to notice another program rewriting it."""
        self.file_state = None
        with contextlib.suppress(OSError, InputError):
            self.file_state = (path, os.stat(path).st_mtime_ns, file_sha256(Path(path)))

    def changed_by_another_program(self, path: str) -> bool:
        """True when ``path`` is the session file this window read or wrote and its content
        changed since (same modification time: unchanged, without reading it)."""
        if self.file_state is None or self.file_state[0] != path:
            return False
        try:
            if os.stat(path).st_mtime_ns == self.file_state[1]:
                return False
            return file_sha256(Path(path)) != self.file_state[2]
        except (OSError, InputError):
            return False  # gone or unreadable: writing it loses nothing

    def may_replace(self) -> bool:
        """Before the session on screen is replaced: offer to save unsaved decisions."""
        session = self.workspace.session
        if session is None or not self.workspace.modified:
            return True
        if not has_decisions(session):  # in any step of a chain of versions
            return True
        answer = dialogs.ask_save_changes(self.host.dialog_parent())
        if answer is dialogs.SaveAnswer.SAVE:
            return self.save_session()
        return answer is dialogs.SaveAnswer.DISCARD

    def ask_session_path(self) -> str:
        """Ask which session file to open ("" when the user cancels)."""
        return dialogs.open_file(
            self.host.dialog_parent(),
            self.tr("Open a session"),
            dialogs.session_filter(),
            recent_folder(self.host),
        )

    def save_session(self) -> bool:
        """Save to the current session file (asks for one the first time)."""
        if not self.workspace.session_path:
            return self.save_session_as()
        return self._save_to(self.workspace.session_path)

    def save_session_as(self) -> bool:
        """Ask for a file name and save the session there."""
        session = self.workspace.session
        if session is None:
            return False
        suggested = Path(session.comparison.right.path or "comparison").with_suffix(SUFFIX).name
        folder = Path(self.workspace.session_path or recent_folder(self.host) or ".")
        path = dialogs.save_file(
            self.host.dialog_parent(),
            self.tr("Save the session"),
            dialogs.session_filter(),
            str(folder.parent / suggested if folder.suffix else folder / suggested),
        )
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self._save_to(path)

    def backup_of(self, path: str) -> Path | None:
        """Where the previous version of the session file ``path`` is kept (None: beside it)."""
        if self.backup_dir is None:
            return None
        tag = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:10]
        return self.backup_dir / f"{Path(path).name}.{tag}.bak"

    def _move_backup(self, path: str) -> None:
        """Move the ``.bak`` the atomic writer left beside ``path`` into the data folder."""
        beside, target = Path(path + ".bak"), self.backup_of(path)
        if target is None or not beside.exists():
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(beside, target)
        except OSError:
            pass  # the backup stays beside the file: still a backup

    def _save_to(self, path: str) -> bool:
        session = self.workspace.session
        if session is None:
            return False
        self.host.commit_note()
        session = self.workspace.session
        assert session is not None
        if self.changed_by_another_program(path) and not dialogs.ask_overwrite_changed(
            self.host.dialog_parent(), Path(path).name
        ):
            return False
        variants = self.library_data()
        if variants:
            session = dataclasses.replace(session, variants=variants)
        try:
            saved = save_session(session, path)
        except (OSError, ValueError) as error:  # ValueError: UnicodeEncodeError, bad data
            dialogs.show_error(
                self.host.dialog_parent(), self.tr("Cannot save"), save_error_text(error, path)
            )
            return False
        self._move_backup(path)
        self.workspace.session_path = path
        self.remember_file_state(path)
        self.workspace.session = saved
        self.workspace.set_modified(False)
        self.host.undo_stack.setClean()
        remember(self.host, path)
        self.on_saved(path)
        self.host.show_message(self.tr("Session saved to %1").replace("%1", path), 4000)
        return True
