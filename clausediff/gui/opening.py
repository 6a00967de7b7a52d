"""Opening: choose files, run the comparison in a worker, show it; sessions in.

:class:`Opener` keeps the two input paths, starts comparisons on a
:class:`~clausediff.gui.worker.JobRunner` (a new request cancels the running one), re-runs
debounced when an option changes (replaying the user's manual links and keeping their place),
and reads ``.clausediff`` sessions (saving them is
:class:`~clausediff.gui.session_files.SessionFiles`'s). What a re-run asks of its own (files
changed on disk, the job that compares again, decisions not carried over) is in
:mod:`clausediff.gui.compare_again`. Each job hands its own typed result to its own installer.
On a bad file it shows the core's one-line message and leaves the previous comparison on
screen. Of the window only the :class:`~clausediff.gui.host.WindowHost` protocol is used; the
window hears back through :attr:`Opener.comparison_shown`, :attr:`Opener.comparison_failed` and
:attr:`Opener.session_opened`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from clausediff.compare.pipeline import compare_documents, compare_files
from clausediff.comparison import Comparison, Side
from clausediff.gui import dialogs
from clausediff.gui.compare_again import again_work, changed_files, report_unattached
from clausediff.gui.host import WindowHost
from clausediff.gui.plain_text import plain_tooltip
from clausediff.gui.resources import sample_paths
from clausediff.gui.session_files import SessionFiles, recent_folder, remember
from clausediff.gui.worker import JobRunner
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import SUPPORTED_SUFFIXES
from clausediff.store.chain_session import versions_of
from clausediff.store.reattach import CarryOver
from clausediff.store.session import SUFFIX, Session, load_session, new_session, pair_key

DEBOUNCE_MS = 350


class Opener(QObject):
    """Owns the comparison runner and the session reading of one window."""

    comparison_shown = Signal()  # a new comparison or session is on screen
    comparison_failed = Signal(str)  # the one-line message the user saw
    session_opened = Signal(object)  # a session was read: its ``variants`` data (a dict)

    def __init__(
        self,
        host: WindowHost,
        sessions: SessionFiles,
        recent_menu: QMenu,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.sessions = sessions
        self.recent_menu = recent_menu
        self.workspace = host.workspace
        self.paths: dict[Side, str] = {Side.LEFT: "", Side.RIGHT: ""}
        self.runner = JobRunner(self)
        self.runner.started.connect(lambda: host.set_busy(True))
        self.runner.progress.connect(host.show_progress)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: host.set_busy(False))
        sessions.on_saved = lambda path: self.refresh_recent_menu()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.start_compare(rerun=True))

    # -- choosing files -----------------------------------------------------------------------

    def open_pair_dialog(self) -> None:
        """Ask for two files (one dialog, two files; or two dialogs, left then right)."""
        file_filter = dialogs.contract_filter(SUPPORTED_SUFFIXES)
        parent, folder = self.host.dialog_parent(), recent_folder(self.host)
        paths = dialogs.open_files(
            parent, self.tr("Open two contracts (left, then right)"), file_filter, folder
        )
        if len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif len(paths) == 1:
            right = dialogs.open_file(
                parent, self.tr("Open the right document"), file_filter, folder
            )
            if right:
                self.open_pair(paths[0], right)

    def open_side_dialog(self, side: str) -> None:
        """Ask for the file of one side."""
        title = (
            self.tr("Open the left document")
            if side == "left"
            else self.tr("Open the right document")
        )
        path = dialogs.open_file(
            self.host.dialog_parent(),
            title,
            dialogs.contract_filter(SUPPORTED_SUFFIXES),
            recent_folder(self.host),
        )
        if path:
            self.set_file(side, path)

    def open_pair(self, left: str, right: str) -> None:
        """Compare ``left`` with ``right``."""
        self.paths = {Side.LEFT: left, Side.RIGHT: right}
        self._remember(left, right)
        self.start_compare(rerun=False)

    def set_file(self, side: str, path: str) -> None:
        """Replace one side; compares as soon as both sides are known."""
        if path.endswith(SUFFIX):
            self.load_session_file(path)
            return
        self.paths[Side(side)] = path
        self._remember(path)
        self._show_paths()
        if all(self.paths.values()):
            self.start_compare(rerun=False)

    def open_dropped(self, paths: list[str]) -> None:
        """Files dropped on the welcome page: a session, a pair, or one side."""
        if len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif paths:
            side = "left" if not self.paths[Side.LEFT] else "right"
            self.set_file(side, paths[0])

    def open_samples(self) -> None:
        """The bundled sample contracts (``clausediff --demo``)."""
        left, right = sample_paths()
        self.paths = {Side.LEFT: str(left), Side.RIGHT: str(right)}
        self.start_compare(rerun=False)

    def swap(self) -> None:
        """Exchange the two sides and compare again."""
        if not self.sessions.may_replace():
            return
        comparison = self.workspace.comparison
        self.paths = {Side.LEFT: self.paths[Side.RIGHT], Side.RIGHT: self.paths[Side.LEFT]}
        if comparison is None:
            self._show_paths()
            return
        options = self.host.compare_options()
        left, right = comparison.right, comparison.left
        self.runner.start(
            lambda m: compare_documents(left, right, options, m), self._install_comparison
        )

    def _remember(self, *paths: str) -> None:
        """Put ``paths`` first in File > Open Recent, and save that at once (crash-proof)."""
        remember(self.host, *paths)
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        """Rebuild File > Open Recent from the settings."""
        menu = self.recent_menu
        menu.clear()
        for number, path in enumerate(self.host.settings.recent_files, start=1):
            # "&1 name": a number key picks it; a literal "&" ("Dupont & Fils.docx") is
            # doubled, else Qt hides it and underlines the next letter as a mnemonic.
            name = Path(path).name.replace("&", "&&")
            action = QAction(f"&{number} {name}" if number < 10 else name, menu)
            action.setToolTip(plain_tooltip(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            menu.addAction(action)
        menu.setEnabled(bool(self.host.settings.recent_files))

    def open_recent(self, path: str) -> None:
        """Reopen a recent file: a session as such; a contract on the left if empty, else right."""
        if path.endswith(SUFFIX):
            self.load_session_file(path)
        else:
            self.set_file("left" if not self.paths[Side.LEFT] else "right", path)

    def _show_paths(self) -> None:
        comparison = self.workspace.comparison
        for side in Side:
            detail = ""
            document = None
            if comparison is not None:
                document = comparison.side(side).document
                clauses = comparison.side(side).clauses
                if not self.paths[side] or Path(document.path).name == Path(self.paths[side]).name:
                    detail = self.tr("%1 · %n clause(s) · %2", "", len(clauses))
                    detail = detail.replace("%1", document.format.value.upper()).replace(
                        "%2", document.language.upper()
                    )
            path = self.paths[side] or (document.path if document is not None else "")
            self.host.show_file(side, path, detail)
        self.host.show_reader_warnings(
            comparison.left if comparison is not None else None,
            comparison.right if comparison is not None else None,
        )

    # -- running ------------------------------------------------------------------------------

    def options_changed(self) -> None:
        """An option was toggled: remember it and re-run shortly (several toggles, one run)."""
        settings, options = self.host.settings, self.host.compare_options()
        settings.ignore_case = options.ignore_case
        settings.ignore_punctuation = options.ignore_punctuation
        settings.ignore_whitespace = options.ignore_whitespace
        settings.ignore_numbering = options.ignore_numbering
        if self.workspace.comparison is not None:
            self._debounce.start()

    def revisions_changed(self) -> None:
        """The tracked-changes state was switched: read the files again in that state."""
        revisions = self.host.compare_options().revisions
        self.host.settings.original_revisions = revisions is Revisions.ORIGINAL
        if self.workspace.comparison is not None:
            self.start_compare(rerun=True, reread=True)

    def start_compare(self, *, rerun: bool, reread: bool = False) -> None:
        """Start a comparison of the current inputs.

        ``rerun`` keeps the decisions, manual links and place of the session on screen and
        compares its documents again (new options); with ``reread`` the files are read again
        from disk first when they are still there (F5 after editing a contract).
        """
        self._debounce.stop()
        options = self.host.compare_options()
        session = self.workspace.session
        if rerun and session is not None:
            versions = versions_of(session)  # a chain's every version, else the two sides
            on_disk = all(Path(d.path).is_file() for d in versions if d.path)
            reread = reread and on_disk and all(d.path for d in versions)
            changed = changed_files(*versions) if reread else []
            if changed and not dialogs.ask_reread_changed(self.host.dialog_parent(), changed):
                reread = False  # compare the versions the session holds
            current = self.host.pair_on_screen()
            place = pair_key(current) if current is not None else ""
            work = again_work(session, options, reread)
            self.runner.start(work, lambda carried: self._install_carried(carried, place))
            return
        left_path, right_path = self.paths[Side.LEFT], self.paths[Side.RIGHT]
        if not left_path or not right_path:
            return
        if not self.sessions.may_replace():
            self._restore_paths()
            return
        self.runner.start(
            lambda m: compare_files(left_path, right_path, options, m), self._install_comparison
        )

    def cancel(self) -> None:
        """Stop the running comparison; what is on screen stays."""
        self.runner.cancel()
        self._restore_paths()
        self.host.set_busy(False)

    # -- sessions in --------------------------------------------------------------------------

    def open_session_dialog(self) -> None:
        """Ask for a session file and open it."""
        path = self.sessions.ask_session_path()
        if path:
            self.load_session_file(path)

    def load_session_file(self, path: str) -> None:
        """Open a ``.clausediff`` session (in the worker: big sessions take a moment)."""
        if not self.sessions.may_replace():
            return
        self._remember(path)
        self.runner.start(
            lambda m: load_session(path), lambda session: self.install_session(session, path)
        )

    def install_session(self, session: Session, path: str, *, modified: bool = False) -> None:
        """Show a session read from ``path`` (or recovered after a crash: ``modified``)."""
        self.workspace.session_path = path
        self.sessions.remember_file_state(path)
        self._install(session, structural=True, modified=modified)
        self.session_opened.emit(dict(session.variants))

    # -- results ------------------------------------------------------------------------------

    def start_new(self, work: Callable[[Monitor], Session]) -> None:
        """Run ``work`` in the worker (progress, Cancel) and show the session it returns as a new,
        unsaved one (a chain of versions); a failure is shown as for a pair."""
        self.runner.start(work, self._install_new)

    def install_step(self, session: Session, place: str) -> None:
        """Show another step of the chain on screen, at ``place`` (a pair key) if it is there;
        the session file, whether it is saved and the undo history do not change (the switch is
        itself an undo step, :class:`~clausediff.gui.versions.StepSwitch`)."""
        self._install(
            session, structural=True, modified=self.workspace.modified, place=place, undo=False
        )

    def _install_new(self, session: Session) -> None:
        self.workspace.session_path = ""
        self._install(session, structural=True, modified=False)

    def _install_comparison(self, comparison: Comparison) -> None:
        """A comparison of new inputs: a new, unsaved session."""
        self.workspace.session_path = ""
        self._install(new_session(comparison), structural=True, modified=False)

    def _install_carried(self, result: CarryOver, place: str) -> None:
        """The same documents compared again: decisions and links carried over, place kept."""
        self._install(result.session, structural=True, modified=True, place=place)
        report_unattached(self.host.dialog_parent(), result)

    def _install(
        self,
        session: Session,
        *,
        structural: bool,
        modified: bool,
        place: str = "",
        undo: bool = True,
    ) -> None:
        """Show ``session``; with ``undo`` (anything but a step switch) the history starts anew."""
        self.host.set_busy(False)
        if undo:
            self.host.undo_stack.clear()
        self.workspace.replace(session, structural=structural, modified=modified)
        comparison = session.comparison
        self.host.show_compare_options(comparison.options)
        for side, document in ((Side.LEFT, comparison.left), (Side.RIGHT, comparison.right)):
            if document.path:
                self.paths[side] = document.path
        self._show_paths()
        keys = [pair_key(p) for p in comparison.pairs]
        if place and place in keys:
            target = keys.index(place)
        else:
            target = next((i for i, p in enumerate(comparison.pairs) if p.changed), 0)
        self.host.show_session(target if comparison.pairs else -1)
        self.comparison_shown.emit()

    def _failed(self, message: str) -> None:
        self.host.set_busy(False)
        self._restore_paths()
        dialogs.show_error(self.host.dialog_parent(), self.tr("Cannot compare"), message)
        self.comparison_failed.emit(message)

    def _restore_paths(self) -> None:
        """After a failure or cancel, the inputs are those of what is on screen."""
        comparison = self.workspace.comparison
        if comparison is not None:
            self.paths = {Side.LEFT: comparison.left.path, Side.RIGHT: comparison.right.path}
        self._show_paths()

    def shutdown(self) -> None:
        """Quit: cancel and wait for the worker."""
        self._debounce.stop()
        self.runner.cancel()
        self.runner.wait(5000)
