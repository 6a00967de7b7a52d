"""The main window: welcome page or comparison pane, navigator and details docks, menus.

It builds the widgets and the controllers (:mod:`~clausediff.gui.opening`,
:mod:`~clausediff.gui.session_files`, :mod:`~clausediff.gui.deciding`,
:mod:`~clausediff.gui.exporting`, :mod:`~clausediff.gui.library`), which see it only through the
:class:`~clausediff.gui.host.WindowHost` protocol it implements here; the user's looks and
language are :class:`~clausediff.gui.window_prefs.WindowLooks`'s, the signal wiring is in
:mod:`~clausediff.gui.window_wiring`. It moves between changes and keeps the status and the
actions in step. It asks the core for results through the controllers and only renders them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from clausediff.comparison import Pair, Side
from clausediff.document import Document
from clausediff.gui import dialogs
from clausediff.gui.actions import Actions
from clausediff.gui.compare_pane import ComparePane
from clausediff.gui.deciding import Decider
from clausediff.gui.details import DetailsDock
from clausediff.gui.exporting import Exporter
from clausediff.gui.i18n import Translations
from clausediff.gui.library import LibraryLinker
from clausediff.gui.menus import Menus
from clausediff.gui.navigator import NavigatorDock
from clausediff.gui.opening import Opener
from clausediff.gui.recovery import Autosaver
from clausediff.gui.resources import icon_path
from clausediff.gui.session_files import SessionFiles
from clausediff.gui.settings import Settings
from clausediff.gui.spans import ComparisonIndex
from clausediff.gui.state import Workspace
from clausediff.gui.status_line import StatusLine
from clausediff.gui.undo_actions import UndoActions
from clausediff.gui.versions import VersionSteps
from clausediff.gui.welcome import WelcomePage
from clausediff.gui.window_prefs import WindowLooks
from clausediff.gui.window_wiring import (
    connect_actions,
    load_settings_into_actions,
    set_tab_order,
)
from clausediff.options import CompareOptions

PAGE_WELCOME, PAGE_COMPARE = 0, 1


class MainWindow(QMainWindow):
    """The ClauseDiff window (a :class:`~clausediff.gui.host.WindowHost` for its controllers)."""

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
        self.actions_ = Actions(self)
        self.undo_actions = UndoActions(self)  # the stack, Undo and Redo worded after its command
        self.undo_stack = self.undo_actions.stack
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self._build()
        self.looks = WindowLooks(self, self)
        self.library = LibraryLinker(self, self)
        self.sessions = SessionFiles(self, self.library.session_data, self)
        self.sessions.backup_dir = data_dir / "backups"
        self.opener = Opener(self, self.sessions, self.menus.recent, self)
        self.versions = VersionSteps(
            self, self, self.opener, self.sessions, (self.menus.file, self.menus.view)
        )
        self.decider = Decider(self, self)
        self.exporter = Exporter(self, self)
        self.autosaver = Autosaver(self.workspace, data_dir, self)
        self.autosaver.failed.connect(
            lambda message: self.show_message(
                self.tr("Autosave failed: %1").replace("%1", message), 10000
            )
        )
        connect_actions(self)
        set_tab_order(self)
        load_settings_into_actions(self)
        self.looks.apply_looks()
        self.retranslate()
        self.update_state()
        if settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.geometry.encode()))
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        # The panels the user kept open last time (restoreState hid the ones they closed).
        self.wanted_panels = [d for d in (self.navigator, self.details) if not d.isHidden()]
        # First screen: only the welcome page; the panels come with the first comparison.
        self.navigator.hide()
        self.details.hide()
        self.versions.refresh()  # its toolbar shows only with a chain, whatever restoreState said

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        a = self.actions_
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack, lambda: self.settings.recent_files)
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
        self.status = StatusLine(self.statusBar(), a.cancel)
        self.summary = self.status.summary
        self.progress = self.status.progress

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
            step = self.versions.caption()  # "v2 → v3" while a chain of versions is shown
            title = f"{step} · {title}" if step else title
        session = self.workspace.session
        # A note alone is no decision: count the pairs with a side or a custom text kept.
        decided = sum(1 for c in session.choices.values() if c.side is not None) if session else 0
        self.status.show_summary(comparison, decided)
        self.setWindowTitle(title)
        self.setWindowModified(self.workspace.modified)
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what makes sense now."""
        pair = self.details.current_pair()
        choice = self.workspace.choice(pair) if pair is not None else None
        self.actions_.enable_for(
            has_comparison=self.workspace.comparison is not None,
            pair=pair,
            kept=choice.side if choice is not None else None,
            busy=self.opener.runner.busy or self.exporter.runner.busy,
        )
        if self.versions.caption():  # a chain's versions keep their order: no swapping
            self.actions_.swap.setEnabled(False)
        self.versions.show_trace(pair)  # on v1 → v3: which step changed this clause

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show or hide the progress bar and the Cancel button."""
        self.status.set_busy(busy, message, first=self.workspace.comparison is None)
        self.update_actions()

    def show_progress(self, done: int, total: int, message: str) -> None:
        """A worker's progress report, in the status bar."""
        self.status.show_progress(done, total, message)

    def cancel_work(self) -> None:
        """Esc: stop the running comparison or export; what is on screen stays."""
        if self.exporter.runner.busy:
            self.exporter.runner.cancel()
            self.set_busy(False)
        if self.opener.runner.busy:
            self.opener.cancel()

    # -- the WindowHost protocol (clausediff.gui.host) ----------------------------------------

    def dialog_parent(self) -> QWidget:
        """Dialogs are modal to this window."""
        return self

    def ui_language(self) -> str:
        """The language of the interface, "fr" or "en"."""
        return self.translations.language

    def save_settings(self) -> None:
        """Write the settings file (atomic; a failure is shown in the status bar)."""
        self.looks.save_settings()

    def pair_on_screen(self) -> Pair | None:
        """The pair the user is on, if any."""
        return self.details.current_pair()

    def comparison_index(self) -> ComparisonIndex | None:
        """Clauses by id of the comparison on screen."""
        return self.details.index

    def go_to_pair(self, pair: int) -> None:
        """Scroll every view to ``pair`` and make it current."""
        self.view.go_to_pair(pair)
        self.set_current_pair(pair)

    def commit_note(self) -> None:
        """A note still being typed becomes its undo command."""
        self.details.commit_note()

    def show_message(self, text: str, msecs: int) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, msecs)

    def compare_options(self) -> CompareOptions:
        """The comparison options from the Compare menu."""
        return self.actions_.compare_options()

    def show_compare_options(self, options: CompareOptions) -> None:
        """Tick the Compare menu as the comparison on screen was made (no re-run)."""
        self.actions_.show_compare_options(options)

    def show_file(self, side: Side, path: str, detail: str) -> None:
        """The file name and its detail above one side."""
        self.pane.header.set_file(side, path, detail)

    def show_reader_warnings(self, left: Document | None, right: Document | None) -> None:
        """The readers' warnings of each document, above its half of the comparison."""
        self.pane.warnings.show_documents(left, right)

    def show_session(self, pair: int) -> None:
        """A new session is installed: the comparison page, at ``pair`` (-1: none), focused."""
        self.show_comparison_page()
        if pair >= 0:
            self.go_to_pair(pair)
            self.view.setFocus()  # arrows and Alt+Down work at once
        self.update_state()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text the window owns in the current language."""
        self.actions_.retranslate()
        self.menus.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.undo_actions.retranslate()
        self.opener.refresh_recent_menu()
        self.versions.retranslate()
        self.update_state()
        self._name_for_accessibility()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.looks.apply_looks()
        super().changeEvent(event)

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save decisions, stop the workers, remember the settings."""
        self.details.commit_note()
        if self.workspace.modified and self.workspace.session is not None:
            answer = dialogs.ask_save_changes(self)
            if answer is dialogs.SaveAnswer.CANCEL or (
                answer is dialogs.SaveAnswer.SAVE and not self.sessions.save_session()
            ):
                event.ignore()
                return
        if not self.library.close_all():  # a variants window with unsaved choices: Cancel
            event.ignore()
            return
        self.opener.shutdown()
        self.exporter.shutdown()
        self.autosaver.stop()
        self.looks.save_settings()
        event.accept()


#: The window's size at a first start on a large screen.
_FIRST_SIZE = QSize(1400, 900)
#: The share of a smaller screen's free area a first window takes: a laptop's 1366x768 less its
#: panels would otherwise hide the window's right edge and its bottom behind the screen's.
_SHARE_OF_A_SMALL_SCREEN = 0.95


def first_size(free: QSize) -> QSize:
    """The window's size when no size was saved: :data:`_FIRST_SIZE`, within the screen's
    free area (``free``, the screen less its panels)."""
    return QSize(
        min(_FIRST_SIZE.width(), int(free.width() * _SHARE_OF_A_SMALL_SCREEN)),
        min(_FIRST_SIZE.height(), int(free.height() * _SHARE_OF_A_SMALL_SCREEN)),
    )
