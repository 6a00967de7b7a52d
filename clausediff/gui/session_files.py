"""Session files for the opener: open, save, save as, and install a session in memory.

A mixin of :class:`~clausediff.gui.opening.Opener`, split out to keep modules short. Sessions
are read in the opener's worker (big files take a moment) and written atomically by
:func:`clausediff.store.session.save_session`, with the open clause library in their ``variants``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from clausediff.gui import dialogs
from clausediff.store.session import SUFFIX, Session, load_session, save_session

if TYPE_CHECKING:
    from clausediff.gui.main_window import MainWindow
    from clausediff.gui.state import Workspace
    from clausediff.gui.worker import JobRunner


class SessionFilesMixin(QObject):
    """Open and save ``.clausediff`` files (needs the opener's runner and install step)."""

    window: MainWindow
    workspace: Workspace
    runner: JobRunner
    _session_path: str

    def may_replace(self) -> bool:
        """Before the session on screen is replaced: offer to save unsaved decisions."""
        session = self.workspace.session
        if session is None or not self.workspace.modified:
            return True
        if not session.choices and not session.links:
            return True
        answer = dialogs.ask_save_changes(self.window)
        if answer is dialogs.SaveAnswer.SAVE:
            return self.save_session()
        return answer is dialogs.SaveAnswer.DISCARD

    def _folder(self) -> str:
        raise NotImplementedError

    def _remember(self, *paths: str) -> None:
        raise NotImplementedError

    def _expect_session(self) -> None:
        raise NotImplementedError

    def _install(
        self, session: Session, *, structural: bool, modified: bool, place: str = ""
    ) -> None:
        raise NotImplementedError

    # -- sessions -----------------------------------------------------------------------------

    def open_session_dialog(self) -> None:
        """Ask for a session file and open it."""
        path = dialogs.open_file(
            self.window, self.tr("Open a session"), dialogs.session_filter(), self._folder()
        )
        if path:
            self.load_session_file(path)

    def load_session_file(self, path: str) -> None:
        """Open a ``.clausediff`` session (in the worker: big sessions take a moment)."""
        if not self.may_replace():
            return
        self._expect_session()
        self._session_path = path  # becomes the session's file once it is read
        self._remember(path)
        self.runner.start(lambda m: load_session(path))

    def install_session(self, session: Session, path: str, *, modified: bool) -> None:
        """Show a session already in memory (crash recovery)."""
        self.workspace.session_path = path
        self._install(session, structural=True, modified=modified)
        self.window.library.restore(dict(session.variants))

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
        folder = Path(self.workspace.session_path or self._folder() or ".")
        path = dialogs.save_file(
            self.window,
            self.tr("Save the session"),
            dialogs.session_filter(),
            str(folder.parent / suggested if folder.suffix else folder / suggested),
        )
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        session = self.workspace.session
        if session is None:
            return False
        self.window.details.commit_note()
        session = self.workspace.session
        assert session is not None
        variants = self.window.library.session_data()
        if variants:
            session = dataclasses.replace(session, variants=variants)
        try:
            saved = save_session(session, path)
        except OSError as error:
            dialogs.show_error(self.window, self.tr("Cannot save"), str(error))
            return False
        self.workspace.session_path = path
        self.workspace.session = saved
        self.workspace.set_modified(False)
        self.window.undo_stack.setClean()
        self._remember(path)
        self.window.statusBar().showMessage(
            self.tr("Session saved to %1").replace("%1", path), 4000
        )
        return True
