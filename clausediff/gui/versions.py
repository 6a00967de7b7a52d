"""Three versions in one window: File ▸ Open Versions… and the step selector of a chain.

A lawyer compares a first draft, the counterparty's mark-up and the final (v1 → v2 → v3).
:class:`VersionSteps` asks for the versions (:class:`~clausediff.gui.versions_dialog.
VersionsDialog`), has the opener's worker compare every step at once (progress and Cancel as for a
pair; :func:`~clausediff.compare.chain.compare_chain_files`), and then shows one step at a time:
a "Versions" toolbar and View menu entries v1 → v2 (Ctrl+1), v2 → v3 (Ctrl+2) and v1 → v3
(Ctrl+3), the step in the window title and the status bar. A step is an ordinary session on
screen, so next/previous change, deciding, undo and saving work in it as in a pair; switching
steps stores the step left behind, with its decisions and the clause the user was on, in the
session's chain (:func:`~clausediff.store.chain_session.switch_step`); the switch is an undo step
of its own (:class:`StepSwitch`), so Undo walks back through the steps in the order they were
seen. Two versions open as an ordinary pair.

Widgets never compute here either: the chain is the core's, the session the store's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from clausediff.compare.chain import (
    StepTrace,
    compare_chain_files,
    step_label,
    step_order,
    step_trace,
)
from clausediff.comparison import Pair
from clausediff.gui.drops import are_versions
from clausediff.gui.host import WindowHost
from clausediff.gui.opening import Opener
from clausediff.gui.plain_text import plain_tooltip
from clausediff.gui.session_files import SessionFiles, recent_folder, remember
from clausediff.gui.versions_dialog import VersionsDialog
from clausediff.progress import Monitor
from clausediff.store.chain_session import chain_session, step_sessions, switch_step
from clausediff.store.session import ChainSteps, Session, pair_key

#: Shortcuts of the steps, in the chain's order (v1 → v2, v2 → v3, v1 → v3).
STEP_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3")


class StepSwitch(QUndoCommand):
    """Showing another step, as an undo step: the history stays linear across steps, so Undo
    after a switch first comes back to the step left, then undoes what was decided there."""

    def __init__(
        self,
        steps: VersionSteps,
        before: tuple[Session, str],
        after: tuple[Session, str],
        text: str,
    ) -> None:
        super().__init__(text)
        self.steps, self.before, self.after = steps, before, after

    def redo(self) -> None:
        """Show the step switched to, where the user last was in it."""
        self.steps.show_step(*self.after)

    def undo(self) -> None:
        """Show the step left, where the user was."""
        self.steps.show_step(*self.before)


class VersionSteps(QObject):
    """Open Versions…, the step actions and toolbar, and the switch between steps."""

    def __init__(
        self,
        window: QMainWindow,
        host: WindowHost,
        opener: Opener,
        sessions: SessionFiles,
        menus: tuple[QMenu, QMenu],
    ) -> None:
        super().__init__(window)
        self.host, self.opener, self.sessions = host, opener, sessions
        self.workspace = host.workspace
        self.dialog: VersionsDialog | None = None
        #: The pair the user was on in each step (pair keys), to come back to it.
        self.places: dict[int, str] = {}
        self._switching = False
        self.open_versions = QAction(window)
        self.open_versions.setObjectName("openVersions")
        self.open_versions.triggered.connect(self.open_versions_dialog)
        self.group = QActionGroup(self)
        self.step_actions: list[QAction] = []
        for index, shortcut in enumerate(STEP_SHORTCUTS):
            action = QAction(window)
            action.setObjectName(f"versionStep{index + 1}")
            action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, i=index: self.switch_to(i))
            self.group.addAction(action)
            self.step_actions.append(action)
        window.addActions([self.open_versions, *self.step_actions])
        file_menu, view_menu = menus
        file_menu.insertAction(file_menu.actions()[1], self.open_versions)  # after Open Two
        view_menu.addSeparator()
        view_menu.addActions(self.step_actions)
        self.title = QLabel(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("versionsToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.title)
        self.toolbar.addActions(self.step_actions)
        self.toolbar.addSeparator()
        self.trace = QLabel(window)  # on v1 → v3: which step changed the current clause
        self.trace.setObjectName("versionsTrace")
        self.trace_shown = self.toolbar.addWidget(self.trace)  # hides and shows it
        window.addToolBarBreak()
        window.addToolBar(self.toolbar)
        self.status = QLabel(window)
        self.status.setObjectName("versionsStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.workspace.structure_changed.connect(self.refresh)
        self.workspace.choices_changed.connect(self.refresh)
        opener.comparison_shown.connect(self._forget_places)
        self.retranslate()

    # -- opening ------------------------------------------------------------------------------

    def open_versions_dialog(self) -> VersionsDialog:
        """File ▸ Open Versions…: the dialog, window-modal; OK compares what it lists."""
        dialog = VersionsDialog(self.host.dialog_parent(), recent_folder(self.host))
        dialog.accepted.connect(lambda: self.open_versions_of(dialog.paths))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_dropped(self, paths: list[str]) -> None:
        """Files dropped on the welcome page or the comparison: three or more go to the Open
        Versions dialog, to be put in order (it says which it could not take); fewer open as the
        opener does."""
        if not are_versions(paths):
            self.opener.open_dropped(paths)
            return
        self.open_versions_dialog().add_paths(paths)

    def open_versions_of(self, paths: list[str]) -> None:
        """Compare ``paths`` (oldest first): two as a pair, three as a chain, on the worker."""
        if len(paths) == 2:
            self.opener.open_pair(paths[0], paths[1])
            return
        if not self.sessions.may_replace():
            return
        remember(self.host, *paths)
        self.opener.refresh_recent_menu()
        options = self.host.compare_options()

        def work(monitor: Monitor) -> Session:
            return chain_session(compare_chain_files(paths, options, monitor))

        self.opener.start_new(work)

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    # -- steps --------------------------------------------------------------------------------

    def chain(self) -> ChainSteps | None:
        """The chain of the session on screen, if it is one."""
        session = self.workspace.session
        return session.chain if session is not None else None

    def switch_to(self, index: int) -> None:
        """Show step ``index``; the step left behind keeps its decisions and place."""
        chain, session = self.chain(), self.workspace.session
        if chain is None or session is None or index == chain.active or self.opener.runner.busy:
            self.refresh()  # the checked step stays the one shown
            return
        if not 0 <= index < len(chain.steps):
            return
        self.host.commit_note()
        session = self.workspace.session  # the note may have become a decision
        assert session is not None
        current = self.host.pair_on_screen()
        place = pair_key(current) if current is not None else ""
        self.places[chain.active] = place
        label = step_label(*chain.steps[index])
        self.host.undo_stack.push(
            StepSwitch(
                self,
                (session, place),
                (switch_step(session, index), self.places.get(index, "")),
                self.tr("Show %1").replace("%1", label),
            )
        )
        self.host.show_message(self.tr("Showing the changes %1").replace("%1", label), 3000)

    def show_step(self, session: Session, place: str) -> None:
        """Put ``session`` (a step of the chain on screen) on screen at ``place``."""
        self._switching = True
        try:
            self.opener.install_step(session, place)
        finally:
            self._switching = False

    def caption(self) -> str:
        """ "v2 → v3" while a chain is on screen (for the window title), else ""."""
        chain = self.chain()
        return step_label(*chain.steps[chain.active]) if chain is not None else ""

    def refresh(self) -> None:
        """Toolbar, actions and status as the session on screen says (hidden without a chain)."""
        chain, session = self.chain(), self.workspace.session
        shown = chain is not None
        self.toolbar.setVisible(shown)
        self.status.setVisible(shown)
        steps = step_sessions(session) if session is not None and shown else ()
        for index, action in enumerate(self.step_actions):
            present = chain is not None and index < len(chain.steps)
            action.setVisible(present)
            action.setEnabled(present)
            if chain is None or not present:  # the keys' names, for the shortcuts list
                action.setText(self.tr("Show %1").replace("%1", step_label(*step_order(3)[index])))
                continue
            older, newer = chain.steps[index]
            decided = sum(1 for c in steps[index].choices.values() if c.side is not None)
            label = step_label(older, newer)
            action.setText(
                self.tr("%1 (%n decision(s))", "", decided).replace("%1", label)
                if decided
                else label
            )
            comparison = steps[index].comparison
            names = f"{comparison.left.path or '?'} → {comparison.right.path or '?'}"
            action.setToolTip(plain_tooltip(f"{names} ({STEP_SHORTCUTS[index]})"))
            action.setChecked(index == chain.active)
        if chain is not None:
            older, newer = chain.steps[chain.active]
            self.status.setText(
                self.tr("Step %1 of %2: %3")
                .replace("%1", str(chain.active + 1))
                .replace("%2", str(len(chain.steps)))
                .replace("%3", step_label(older, newer))
            )

    def show_trace(self, pair: Pair | None) -> None:
        """On the first-to-last step, say in which steps ``pair``'s clauses changed (a clause
        the same in v1 and v3 may have been changed and changed back); elsewhere, nothing."""
        chain, session = self.chain(), self.workspace.session
        text = ""
        if chain is not None and session is not None and pair is not None and chain.active == 2:
            steps = step_sessions(session)
            first, second = steps[0].comparison, steps[1].comparison
            trace = step_trace(first, second, pair)
            if trace is StepTrace.BACK:
                text = self.tr("This clause changed in %1, then changed back in %2")
            elif trace is StepTrace.BOTH:
                text = self.tr("This clause changed in %1 and again in %2")
            elif trace is StepTrace.FIRST:
                text = self.tr("This clause changed in %1 only")
            elif trace is StepTrace.SECOND:
                text = self.tr("This clause changed in %2 only")
            else:
                text = self.tr("This clause changed neither in %1 nor in %2")
            text = text.replace("%1", step_label(*chain.steps[0]))
            text = text.replace("%2", step_label(*chain.steps[1]))
        self.trace.setText(text)
        self.trace_shown.setVisible(bool(text))

    def _forget_places(self) -> None:
        """A new comparison or session (not a step switch): the remembered places are stale."""
        if not self._switching:
            self.places.clear()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text this module owns, in the current language."""
        self.open_versions.setText(self.tr("Open &Versions…"))
        tip = self.tr("Compare two or three versions of a contract, step by step")
        self.open_versions.setToolTip(tip)
        self.open_versions.setStatusTip(tip)
        self.toolbar.setWindowTitle(self.tr("Versions"))
        self.title.setText(self.tr("Versions:") + " ")
        self.refresh()
