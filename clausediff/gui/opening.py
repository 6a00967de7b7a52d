"""Opening: choose files, run the comparison in a worker, show it; sessions in and out.

:class:`Opener` keeps the two input paths, starts comparisons on a
:class:`~clausediff.gui.worker.JobRunner` (a new request cancels the running one), re-runs
debounced when an option changes (replaying the user's manual links and keeping their place),
and loads/saves ``.clausediff`` sessions. On a bad file it shows the core's one-line message and
leaves the previous comparison on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from clausediff.compare.pipeline import compare_documents, compare_files
from clausediff.comparison import Comparison, Side
from clausediff.gui import dialogs
from clausediff.gui.resources import sample_paths
from clausediff.gui.session_files import SessionFilesMixin
from clausediff.gui.worker import JobRunner
from clausediff.options import CompareOptions, Revisions
from clausediff.progress import Monitor
from clausediff.readers import SUPPORTED_SUFFIXES
from clausediff.store.reattach import CarryOver, carry_over
from clausediff.store.session import SUFFIX, Session, new_session, pair_key

if TYPE_CHECKING:
    from clausediff.gui.main_window import MainWindow

DEBOUNCE_MS = 350


@dataclass(frozen=True, slots=True)
class Pending:
    """What the running job is for, to know how to install its result."""

    rerun: bool  # same documents, new options: keep choices, links and place
    place: str = ""  # pair key of the pair the user was on


class Opener(SessionFilesMixin):
    """Owns the comparison runner and the session file operations of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.paths: dict[Side, str] = {Side.LEFT: "", Side.RIGHT: ""}
        self.runner = JobRunner(self)
        self.runner.started.connect(lambda: window.set_busy(True))
        self.runner.progress.connect(window.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: window.set_busy(False))
        self._pending = Pending(rerun=False)
        self._session_path = ""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.start_compare(rerun=True))

    # -- choosing files -----------------------------------------------------------------------

    def _folder(self) -> str:
        recent = self.window.settings.recent_files
        return str(Path(recent[0]).parent) if recent else ""

    def open_pair_dialog(self) -> None:
        """Ask for two files (one dialog, two files; or two dialogs, left then right)."""
        file_filter = dialogs.contract_filter(SUPPORTED_SUFFIXES)
        paths = dialogs.open_files(
            self.window,
            self.tr("Open two contracts (left, then right)"),
            file_filter,
            self._folder(),
        )
        if len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif len(paths) == 1:
            right = dialogs.open_file(
                self.window, self.tr("Open the right document"), file_filter, self._folder()
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
            self.window, title, dialogs.contract_filter(SUPPORTED_SUFFIXES), self._folder()
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
        if not self.may_replace():
            return
        comparison = self.workspace.comparison
        self.paths = {Side.LEFT: self.paths[Side.RIGHT], Side.RIGHT: self.paths[Side.LEFT]}
        if comparison is None:
            self._show_paths()
            return
        options = self.window_options()
        left, right = comparison.right, comparison.left
        self._pending = Pending(rerun=False)
        self.runner.start(lambda m: compare_documents(left, right, options, m))

    def _remember(self, *paths: str) -> None:
        """Put ``paths`` first in File > Open Recent, and save that at once (crash-proof)."""
        for path in reversed(paths):
            self.window.settings.add_recent(str(Path(path).resolve()))
        self.refresh_recent_menu()
        self.window.save_settings()

    def refresh_recent_menu(self) -> None:
        """Rebuild File > Open Recent from the settings."""
        menu = self.window.menus.recent
        menu.clear()
        for number, path in enumerate(self.window.settings.recent_files, start=1):
            # "&1 name": a number key picks it; a literal "&" ("Dupont & Fils.docx") is
            # doubled, else Qt hides it and underlines the next letter as a mnemonic.
            name = Path(path).name.replace("&", "&&")
            action = QAction(f"&{number} {name}" if number < 10 else name, menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            menu.addAction(action)
        menu.setEnabled(bool(self.window.settings.recent_files))

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
            self.window.pane.header.set_file(side, path, detail)
        self.window.pane.warnings.show_documents(
            comparison.left if comparison is not None else None,
            comparison.right if comparison is not None else None,
        )

    # -- running ------------------------------------------------------------------------------

    def window_options(self) -> CompareOptions:
        """The comparison options from the Compare menu."""
        a = self.window.actions_
        return CompareOptions(
            ignore_case=a.ignore_case.isChecked(),
            ignore_punctuation=a.ignore_punctuation.isChecked(),
            ignore_whitespace=a.ignore_whitespace.isChecked(),
            ignore_numbering=a.ignore_numbering.isChecked(),
            revisions=Revisions.ORIGINAL
            if a.original_revisions.isChecked()
            else Revisions.ACCEPTED,
        )

    def _show_options(self, options: CompareOptions) -> None:
        """Tick the Compare menu as the comparison on screen was made (no re-run)."""
        a = self.window.actions_
        for action, value in (
            (a.ignore_case, options.ignore_case),
            (a.ignore_punctuation, options.ignore_punctuation),
            (a.ignore_whitespace, options.ignore_whitespace),
            (a.ignore_numbering, options.ignore_numbering),
            (a.original_revisions, options.revisions is Revisions.ORIGINAL),
        ):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    def options_changed(self) -> None:
        """An option was toggled: remember it and re-run shortly (several toggles, one run)."""
        settings, a = self.window.settings, self.window.actions_
        settings.ignore_case = a.ignore_case.isChecked()
        settings.ignore_punctuation = a.ignore_punctuation.isChecked()
        settings.ignore_whitespace = a.ignore_whitespace.isChecked()
        settings.ignore_numbering = a.ignore_numbering.isChecked()
        if self.workspace.comparison is not None:
            self._debounce.start()

    def revisions_changed(self) -> None:
        """The tracked-changes state was switched: read the files again in that state."""
        self.window.settings.original_revisions = (
            self.window.actions_.original_revisions.isChecked()
        )
        if self.workspace.comparison is not None:
            self.start_compare(rerun=True, reread=True)

    def start_compare(self, *, rerun: bool, reread: bool = False) -> None:
        """Start a comparison of the current inputs.

        ``rerun`` keeps the decisions, manual links and place of the session on screen and
        compares its documents again (new options); with ``reread`` the files are read again
        from disk first when they are still there (F5 after editing a contract).
        """
        self._debounce.stop()
        options = self.window_options()
        session = self.workspace.session
        if rerun and session is not None:
            left_doc, right_doc = session.comparison.left, session.comparison.right
            on_disk = all(Path(d.path).is_file() for d in (left_doc, right_doc) if d.path)
            reread = reread and on_disk and bool(left_doc.path) and bool(right_doc.path)
            place = ""
            current = self.window.details.current_pair()
            if current is not None:
                place = pair_key(current)
            self._pending = Pending(rerun=True, place=place)

            def work(monitor: Monitor) -> CarryOver:
                if reread:
                    fresh = compare_files(left_doc.path, right_doc.path, options, monitor)
                else:
                    fresh = compare_documents(left_doc, right_doc, options, monitor)
                return carry_over(session, fresh)

            self.runner.start(work)
            return
        left_path, right_path = self.paths[Side.LEFT], self.paths[Side.RIGHT]
        if not left_path or not right_path:
            return
        if not self.may_replace():
            self._restore_paths()
            return
        self._pending = Pending(rerun=False)
        self.runner.start(lambda m: compare_files(left_path, right_path, options, m))

    def _expect_session(self) -> None:
        """The next result is a session read from a file."""
        self._pending = Pending(rerun=False)

    def cancel(self) -> None:
        """Stop the running comparison; what is on screen stays."""
        self.runner.cancel()
        self._restore_paths()
        self.window.set_busy(False)

    def _finished(self, result: object) -> None:
        self.window.set_busy(False)
        pending = self._pending
        if isinstance(result, Session):
            self.workspace.session_path = self._session_path
            self._install(result, structural=True, modified=False)
            self.window.library.restore(dict(result.variants))
            return
        if isinstance(result, CarryOver):
            self._install(result.session, structural=True, modified=True, place=pending.place)
            self._report_unattached(result)
            return
        if not isinstance(result, Comparison):
            return
        else:
            self.workspace.session_path = ""
            self._install(new_session(result), structural=True, modified=False)

    def _report_unattached(self, result: CarryOver) -> None:
        """Say which decisions and manual links had no counterpart in the new comparison."""
        if not result.unattached and not result.dropped_links:
            return
        lines = [f"• {item.label}" for item in result.unattached]
        if result.dropped_links:
            lines.append(
                self.tr(
                    "• %n manual link(s) between clauses that changed", "", result.dropped_links
                )
            )
        dialogs.show_info(
            self.window,
            self.tr("Decisions not carried over"),
            self.tr(
                "These clauses changed or are gone since your decisions, so the decisions were "
                "not moved to other clauses. Decide them again:"
            )
            + "\n\n"
            + "\n".join(lines),
        )

    def _install(
        self, session: Session, *, structural: bool, modified: bool, place: str = ""
    ) -> None:
        window = self.window
        window.undo_stack.clear()
        self.workspace.replace(session, structural=structural, modified=modified)
        comparison = session.comparison
        self._show_options(comparison.options)
        for side, document in ((Side.LEFT, comparison.left), (Side.RIGHT, comparison.right)):
            if document.path:
                self.paths[side] = document.path
        self._show_paths()
        window.show_comparison_page()
        target = 0
        keys = [pair_key(p) for p in comparison.pairs]
        if place and place in keys:
            target = keys.index(place)
        else:
            target = next((i for i, p in enumerate(comparison.pairs) if p.changed), 0)
        if comparison.pairs:
            window.view.go_to_pair(target)
            window.set_current_pair(target)
            window.view.setFocus()  # arrows and Alt+Down work at once
        window.update_state()
        window.comparison_finished.emit()

    def _failed(self, message: str) -> None:
        self.window.set_busy(False)
        self._restore_paths()
        dialogs.show_error(self.window, self.tr("Cannot compare"), message)
        self.window.comparison_failed.emit(message)

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
