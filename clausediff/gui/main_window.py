"""The main window: welcome page or comparison pane, navigator and details docks, menus.

It builds the widgets, wires actions to the controllers (:mod:`~clausediff.gui.opening`,
:mod:`~clausediff.gui.deciding`, :mod:`~clausediff.gui.exporting`), moves between changes, and
applies the user's looks (colours, zoom, term toggles, language). It asks the core for results
through those controllers and only renders them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
)

from clausediff.comparison import Pair, PairStatus
from clausediff.gui import dialogs
from clausediff.gui.actions import Actions, Menus
from clausediff.gui.compare_pane import ComparePane
from clausediff.gui.deciding import Decider
from clausediff.gui.details import DetailsDock
from clausediff.gui.exporting import Exporter
from clausediff.gui.i18n import Translations, progress_label
from clausediff.gui.library import LibraryLinker
from clausediff.gui.navigator import NavigatorDock
from clausediff.gui.opening import Opener
from clausediff.gui.recovery import Autosaver
from clausediff.gui.resources import icon_path
from clausediff.gui.settings import Settings
from clausediff.gui.state import Workspace
from clausediff.gui.welcome import WelcomePage
from clausediff.gui.window_prefs import PreferencesMixin
from clausediff.gui.window_wiring import (
    connect_actions,
    load_settings_into_actions,
    set_tab_order,
)
from clausediff.store.session import Keep

PAGE_WELCOME, PAGE_COMPARE = 0, 1


class MainWindow(PreferencesMixin):
    """The ClauseDiff window."""

    comparison_finished = Signal()
    comparison_failed = Signal(str)
    export_finished = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        settings_path: Path,
        data_dir: Path,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(icon_path("clausediff"))))
        self.settings = settings
        self.settings_path = settings_path
        self.data_dir = data_dir
        self.translations = translations or Translations()
        self.workspace = Workspace(self)
        self.undo_stack = QUndoStack(self)
        self.actions_ = Actions(self)
        # Own undo/redo actions (not createUndoAction) so their "Undo …" prefix retranslates live.
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.addActions([self.undo_action, self.redo_action])
        for signal in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            signal.connect(self._undo_texts)
        self._build()
        self.opener = Opener(self)
        self.decider = Decider(self)
        self.exporter = Exporter(self)
        self.library = LibraryLinker(self)
        self.autosaver = Autosaver(self.workspace, data_dir, self)
        connect_actions(self)
        set_tab_order(self)
        load_settings_into_actions(self)
        self.apply_looks()
        self.retranslate()
        self.update_state()
        if settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.geometry.encode()))
        else:
            self.resize(1400, 900)
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        # The panels the user kept open last time (restoreState hid the ones they closed).
        self.wanted_panels = [d for d in (self.navigator, self.details) if not d.isHidden()]
        # First screen: only the welcome page; the panels come with the first comparison.
        self.navigator.hide()
        self.details.hide()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        a = self.actions_
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack)
        self.pane = ComparePane(self.workspace, a.term_toggles(), self.stack)
        self.view = self.pane.view
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.pane)
        self.setCentralWidget(self.stack)
        self.navigator = NavigatorDock(self.workspace, self)
        self.details = DetailsDock(self.workspace, (a.keep_left, a.keep_right), self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.details)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.navigator], [420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.details], [200], Qt.Orientation.Vertical)
        self.menus = Menus(self, a, self.undo_action, self.redo_action)
        self.menus.panels.addActions(
            [self.navigator.toggleViewAction(), self.details.toggleViewAction()]
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([a.open_pair, a.swap])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.previous_change, a.next_change])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.keep_left, a.keep_right, self.undo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.export_pdf])
        self.addToolBar(self.toolbar)
        status = self.statusBar()
        self.summary = QLabel(status)
        self.summary.setObjectName("summary")
        self.progress = QProgressBar(status)
        self.progress.setObjectName("progress")
        self.progress.setFixedWidth(300)  # "Alignement des clauses… 100 %" on one line
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(status)
        self.cancel_button.setDefaultAction(a.cancel)
        status.addWidget(self.summary, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.set_busy(False)

    def _name_for_accessibility(self) -> None:
        """Names screen readers announce for the main areas (set again on language change)."""
        self.view.setAccessibleName(self.tr("Comparison, left and right clause side by side"))
        self.navigator.table.setAccessibleName(self.tr("Clause list"))
        self.details.custom.setAccessibleName(self.tr("Custom text"))
        self.details.note.setAccessibleName(self.tr("Note"))

    # -- state shown --------------------------------------------------------------------------

    def current_pair(self) -> int:
        """The pair the user is on (-1 before any comparison)."""
        return self.details.pair_index

    def set_current_pair(self, pair: int) -> None:
        """Move every view to ``pair``."""
        self.details.show_pair(pair)
        self.navigator.select_pair(pair)
        if self.view.current_pair() != pair:
            self.view.go_to_pair(pair)
        self.update_actions()

    def selected_pairs(self) -> list[int]:
        """Pairs selected for linking: the comparison view's selection, else the navigator's."""
        in_view = self.view.selected_pairs()
        if len(in_view) >= 2:
            return in_view
        in_navigator = self.navigator.selected_pairs()
        return in_navigator if len(in_navigator) >= 2 else in_view

    def resync(self) -> None:
        """After the pairs changed (link, unlink, undo): stay on the same place, clamped."""
        comparison = self.workspace.comparison
        if comparison is None or not comparison.pairs:
            self.details.show_pair(-1)
            return
        pair = min(max(self.current_pair(), 0), len(comparison.pairs) - 1)
        self.view.go_to_pair(pair)
        self.details.pair_index = -1
        self.set_current_pair(pair)

    def search_changed(self, text: str) -> None:
        """Mark the searched words in the comparison too."""
        self.view.delegate.set_search(text)
        self.view.viewport().update()

    def navigator_activated(self, pair: int) -> None:
        self.view.go_to_pair(pair)
        self.set_current_pair(pair)

    def comparison_on_screen(self) -> bool:
        """True once the comparison page replaced the welcome page."""
        return self.stack.currentIndex() == PAGE_COMPARE

    def show_comparison_page(self) -> None:
        """Switch from the welcome page to the comparison (and bring the panels in)."""
        if self.stack.currentIndex() != PAGE_COMPARE:
            self.stack.setCurrentIndex(PAGE_COMPARE)
            for dock in self.wanted_panels:
                dock.show()

    def step(self, direction: int, wanted: Callable[[Pair], bool]) -> bool:
        """Go to the next (1) or previous (-1) pair matching ``wanted``; False at the end."""
        target = self._next_match(self.current_pair(), direction, wanted)
        if target < 0:
            self.statusBar().showMessage(self.tr("No more changes in this direction"), 3000)
            return False
        self.view.go_to_pair(target)
        self.set_current_pair(target)
        following = self._next_match(target, direction, wanted)
        if following >= 0:  # lay out the next stop while the user reads this one
            QTimer.singleShot(0, partial(self.view.prefetch, following))
        return True

    def _next_match(self, start: int, direction: int, wanted: Callable[[Pair], bool]) -> int:
        """The first pair after ``start`` in ``direction`` matching ``wanted``, or -1."""
        comparison = self.workspace.comparison
        if comparison is None:
            return -1
        pairs = comparison.pairs
        index = start + direction
        while 0 <= index < len(pairs):
            if wanted(pairs[index]):
                return index
            index += direction
        return -1

    def update_state(self) -> None:
        """Window title, summary line and enabled actions after any change."""
        comparison = self.workspace.comparison
        title = "ClauseDiff"
        if comparison is not None:
            left = Path(comparison.left.path).name or self.tr("left")
            right = Path(comparison.right.path).name or self.tr("right")
            title = f"{left} ⟷ {right}[*] — ClauseDiff"
            counts = comparison.summary()
            parts = [self.tr("%n clause pair(s)", "", len(comparison.pairs))]
            parts += [
                self.status_count(s, counts[s.value])
                for s in PairStatus
                if s is not PairStatus.UNCHANGED and counts[s.value]
            ]
            terms = sum(comparison.term_change_counts().values())
            parts.append(self.tr("%n term change(s)", "", terms))
            session = self.workspace.session
            decided = len(session.choices) if session is not None else 0
            parts.append(self.tr("%n decision(s)", "", decided))
            self.summary.setText("   ·   ".join(parts))
        else:
            self.summary.setText(self.tr("Open two contracts to compare them"))
        self.setWindowTitle(title)
        self.setWindowModified(self.workspace.modified)
        self.update_actions()

    def status_count(self, status: PairStatus, count: int) -> str:
        """ "3 modified" / "3 modifiées", with the plural the language needs."""
        words = {
            PairStatus.UNCHANGED: self.tr("%n unchanged", "", count),
            PairStatus.MODIFIED: self.tr("%n modified", "", count),
            PairStatus.MOVED: self.tr("%n moved", "", count),
            PairStatus.SPLIT: self.tr("%n split", "", count),
            PairStatus.MERGED: self.tr("%n merged", "", count),
            PairStatus.INSERTED: self.tr("%n inserted", "", count),
            PairStatus.DELETED: self.tr("%n deleted", "", count),
        }
        return words[status]

    def update_actions(self) -> None:
        """Enable what makes sense now."""
        a = self.actions_
        has = self.workspace.comparison is not None
        pair = self.details.current_pair()
        busy = hasattr(self, "exporter") and (self.opener.runner.busy or self.exporter.runner.busy)
        for action in (
            a.save_session,
            a.save_session_as,
            a.export_pdf,
            a.export_html,
            a.export_json,
            a.export_redline,
            a.export_docx,
            a.export_txt,
            a.next_change,
            a.previous_change,
            a.next_term,
            a.previous_term,
            a.rerun,
            a.swap,
        ):
            action.setEnabled(has)
        for action in (
            a.keep_left,
            a.keep_right,
            a.clear_choice,
            a.edit_custom,
            a.edit_note,
            a.find_similar,
        ):
            action.setEnabled(pair is not None)
        a.unlink.setEnabled(pair is not None and bool(pair.left) and bool(pair.right))
        choice = self.workspace.choice(pair) if pair is not None else None
        kept = choice.side if choice is not None else None
        a.keep_left.setChecked(kept is Keep.LEFT)
        a.keep_right.setChecked(kept is Keep.RIGHT)
        a.link.setEnabled(has)
        a.cancel.setEnabled(busy)

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show or hide the progress bar and the Cancel button."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(message or self.tr("Comparing…"))
        if self.workspace.comparison is None:  # first comparison: not "Open two contracts"
            self.summary.setText(
                self.tr("Comparing…") if busy else self.tr("Open two contracts to compare them")
            )
        self.update_actions()

    def show_progress(self, done: int, total: int, message: str) -> None:
        """A worker's progress report, in the status bar."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        # "%p" is Qt's percentage; French writes "50 %" (narrow space before the sign).
        percent = self.tr("%p%", "progress bar percentage")
        self.progress.setFormat(f"{progress_label(message)} {percent}")

    def cancel_work(self) -> None:
        """Esc: stop the running comparison or export; what is on screen stays."""
        if self.exporter.runner.busy:
            self.exporter.runner.cancel()
            self.set_busy(False)
        if self.opener.runner.busy:
            self.opener.cancel()

    # -- focus helpers ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the navigator's search box."""
        self.navigator.show()
        self.navigator.raise_()
        self.navigator.search_box.setFocus()
        self.navigator.search_box.selectAll()

    def focus_custom_text(self) -> None:
        """F2: the custom text editor of the details panel."""
        self.details.show()
        self.details.custom.setFocus()

    def focus_note(self) -> None:
        """The note box of the details panel."""
        self.details.show()
        self.details.note.setFocus()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text the window owns in the current language."""
        self.actions_.retranslate()
        self.menus.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._undo_texts()
        self.opener.refresh_recent_menu()
        self.update_state()
        self._name_for_accessibility()

    def _undo_texts(self) -> None:
        """ "Undo Keep right" / "Redo Note": the stack's next command, in the current language."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.apply_looks()
        super().changeEvent(event)

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save decisions, stop the workers, remember the settings."""
        self.details.commit_note()
        if self.workspace.modified and self.workspace.session is not None:
            answer = dialogs.ask_save_changes(self)
            if answer is dialogs.SaveAnswer.CANCEL or (
                answer is dialogs.SaveAnswer.SAVE and not self.opener.save_session()
            ):
                event.ignore()
                return
        self.opener.shutdown()
        self.exporter.shutdown()
        self.library.close_all()
        self.autosaver.stop()
        self.save_settings()
        event.accept()
