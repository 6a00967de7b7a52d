"""Wiring of the main window: which action, page or panel signal calls what.

Kept apart from :mod:`clausediff.gui.main_window` so the window module stays about layout and
state; these functions only connect signals and set initial toggle states. They see the window
through the :class:`Wired` protocol (its parts and slots), not its class.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from clausediff.comparison import Pair, Side
from clausediff.gui.actions import Actions
from clausediff.gui.compare_pane import ComparePane
from clausediff.gui.compare_view import CompareView
from clausediff.gui.deciding import Decider
from clausediff.gui.details import DetailsDock
from clausediff.gui.exporting import Exporter
from clausediff.gui.library import LibraryLinker
from clausediff.gui.navigator import NavigatorDock
from clausediff.gui.opening import Opener
from clausediff.gui.session_files import SessionFiles
from clausediff.gui.settings import Settings
from clausediff.gui.state import Workspace
from clausediff.gui.user_guide import show_user_guide
from clausediff.gui.versions import VersionSteps
from clausediff.gui.welcome import WelcomePage
from clausediff.gui.window_prefs import WindowLooks


class Wired(Protocol):
    """The window's parts and slots the wiring connects."""

    @property
    def actions_(self) -> Actions: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def workspace(self) -> Workspace: ...
    @property
    def undo_stack(self) -> QUndoStack: ...
    @property
    def welcome(self) -> WelcomePage: ...
    @property
    def pane(self) -> ComparePane: ...
    @property
    def view(self) -> CompareView: ...
    @property
    def navigator(self) -> NavigatorDock: ...
    @property
    def details(self) -> DetailsDock: ...
    @property
    def looks(self) -> WindowLooks: ...
    @property
    def opener(self) -> Opener: ...
    @property
    def sessions(self) -> SessionFiles: ...
    @property
    def decider(self) -> Decider: ...
    @property
    def exporter(self) -> Exporter: ...
    @property
    def library(self) -> LibraryLinker: ...
    @property
    def versions(self) -> VersionSteps: ...
    @property
    def comparison_finished(self) -> SignalInstance: ...
    @property
    def comparison_failed(self) -> SignalInstance: ...
    @property
    def export_finished(self) -> SignalInstance: ...
    @property
    def export_failed(self) -> SignalInstance: ...

    def close(self, /) -> bool: ...
    def setWindowModified(self, modified: bool, /) -> None: ...
    def cancel_work(self) -> None: ...
    def step(self, direction: int, wanted: Callable[[Pair], bool]) -> bool: ...
    def set_current_pair(self, pair: int) -> None: ...
    def navigator_activated(self, pair: int) -> None: ...
    def search_changed(self, text: str) -> None: ...
    def resync(self) -> None: ...
    def update_state(self) -> None: ...


def _has_term_changes(pair: Pair) -> bool:
    """A stop of Alt+Shift+Down: a pair with term changes, a clause deleted or inserted whole
    that holds terms included (the details panel lists them)."""
    return bool(pair.term_changes)


def _focus_search(window: Wired) -> None:
    """Ctrl+F: the navigator's search box."""
    window.navigator.show()
    window.navigator.raise_()
    window.navigator.search_box.setFocus()
    window.navigator.search_box.selectAll()


def _focus_custom_text(window: Wired) -> None:
    """F2: the custom text editor of the details panel."""
    window.details.show()
    window.details.custom.setFocus()


def _focus_note(window: Wired) -> None:
    """The note box of the details panel."""
    window.details.show()
    window.details.note.setFocus()


def _forget_recent(window: Wired, path: str) -> None:
    """Take a file off the recent files (welcome screen, menu and settings file alike)."""
    window.settings.recent_files = [p for p in window.settings.recent_files if p != path]
    window.looks.save_settings()
    window.opener.refresh_recent_menu()
    window.welcome.recent.refresh()


def connect_actions(window: Wired) -> None:
    """Wire every action, page and panel signal to the window and its controllers."""
    a, o, d, looks = window.actions_, window.opener, window.decider, window.looks
    a.open_pair.triggered.connect(o.open_pair_dialog)
    a.open_left.triggered.connect(lambda: o.open_side_dialog("left"))
    a.open_right.triggered.connect(lambda: o.open_side_dialog("right"))
    a.open_samples.triggered.connect(o.open_samples)
    a.open_library.triggered.connect(lambda: window.library.open_library())
    a.portfolio.triggered.connect(lambda: _open_portfolio(window))
    a.demo_variants.triggered.connect(window.library.open_demo)
    a.find_similar.triggered.connect(window.library.find_similar)
    a.swap.triggered.connect(o.swap)
    a.open_session.triggered.connect(o.open_session_dialog)
    a.save_session.triggered.connect(window.sessions.save_session)
    a.save_session_as.triggered.connect(window.sessions.save_session_as)
    a.rerun.triggered.connect(lambda: o.start_compare(rerun=True, reread=True))
    a.cancel.triggered.connect(window.cancel_work)
    for action in (
        a.ignore_case,
        a.ignore_punctuation,
        a.ignore_whitespace,
        a.ignore_numbering,
    ):
        action.toggled.connect(o.options_changed)
    a.original_revisions.toggled.connect(o.revisions_changed)
    a.export_pdf.triggered.connect(lambda: window.exporter.export("pdf"))
    a.export_html.triggered.connect(lambda: window.exporter.export("html"))
    a.export_json.triggered.connect(lambda: window.exporter.export("json"))
    a.export_redline.triggered.connect(lambda: window.exporter.export("redline"))
    a.print_report.triggered.connect(window.exporter.print_report)
    a.export_docx.triggered.connect(lambda: window.exporter.export("docx"))
    a.export_txt.triggered.connect(lambda: window.exporter.export("txt"))
    a.preferences.triggered.connect(looks.open_preferences)
    a.quit.triggered.connect(window.close)
    a.find.triggered.connect(lambda: _focus_search(window))
    a.keep_left.triggered.connect(lambda: d.keep("left"))
    a.keep_right.triggered.connect(lambda: d.keep("right"))
    a.clear_choice.triggered.connect(d.clear)
    a.edit_custom.triggered.connect(lambda: _focus_custom_text(window))
    a.edit_note.triggered.connect(lambda: _focus_note(window))
    a.link.triggered.connect(d.link_selected)
    a.unlink.triggered.connect(d.unlink_current)
    a.next_change.triggered.connect(lambda: window.step(1, lambda p: p.changed))
    a.previous_change.triggered.connect(lambda: window.step(-1, lambda p: p.changed))
    a.next_term.triggered.connect(lambda: window.step(1, _has_term_changes))
    a.previous_term.triggered.connect(lambda: window.step(-1, _has_term_changes))
    a.zoom_in.triggered.connect(lambda: looks.zoom(1))
    a.zoom_out.triggered.connect(lambda: looks.zoom(-1))
    a.zoom_reset.triggered.connect(lambda: looks.zoom(0))
    a.fold.toggled.connect(looks.fold_toggled)
    for action in a.term_toggles():
        action.toggled.connect(looks.terms_toggled)
    a.about.triggered.connect(looks.show_about)
    a.shortcuts.triggered.connect(looks.show_shortcuts)
    a.user_guide.triggered.connect(
        lambda: show_user_guide(looks.window, looks.translations.language)
    )
    window.welcome.open_pair_requested.connect(o.open_pair_dialog)
    window.welcome.samples_requested.connect(o.open_samples)
    window.welcome.open_library_requested.connect(lambda: window.library.open_library())
    window.welcome.variants_demo_requested.connect(window.library.open_demo)
    window.welcome.files_dropped.connect(window.versions.open_dropped)  # 3+: Open Versions
    window.welcome.recent_requested.connect(o.open_recent)
    window.welcome.recent_removed.connect(lambda path: _forget_recent(window, path))
    window.view.file_dropped.connect(o.set_file)
    window.view.versions_dropped.connect(window.versions.open_dropped)  # 3+: Open Versions
    window.pane.header.open_requested.connect(o.open_side_dialog)
    window.view.current_pair_changed.connect(window.set_current_pair)
    add_context_menus(window)
    window.navigator.pair_activated.connect(window.navigator_activated)
    window.navigator.search_applied.connect(window.search_changed)
    window.details.custom_text_applied.connect(d.apply_custom)
    window.details.note_edited.connect(d.set_note)
    window.details.term_requested.connect(window.view.flash_term)
    window.workspace.structure_changed.connect(window.resync)
    window.workspace.structure_changed.connect(window.update_state)
    window.workspace.choices_changed.connect(window.update_state)
    window.workspace.modified_changed.connect(window.setWindowModified)
    window.undo_stack.indexChanged.connect(window.update_state)
    o.comparison_shown.connect(window.comparison_finished)
    o.comparison_failed.connect(window.comparison_failed)
    o.session_opened.connect(window.library.restore)
    looks.scheme_applied.connect(window.library.set_scheme)
    window.exporter.exported.connect(window.export_finished)
    window.exporter.failed.connect(window.export_failed)


def add_context_menus(window: Wired) -> None:
    """Right-click on a clause (view or navigator): the decisions and alignment actions."""
    a = window.actions_
    separator = QAction(a)
    separator.setSeparator(True)
    second = QAction(a)
    second.setSeparator(True)
    actions = [
        a.keep_left,
        a.keep_right,
        a.clear_choice,
        a.edit_custom,
        a.edit_note,
        separator,
        a.link,
        a.unlink,
        second,
        a.find_similar,
    ]
    for widget in (window.view, window.navigator.table):
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        widget.addActions(actions)


def load_settings_into_actions(window: Wired) -> None:
    """Tick the toggles as the settings say, without triggering their effects."""
    a, s = window.actions_, window.settings
    pairs = (
        (a.fold, s.fold_identical),
        (a.show_obligations, s.show_obligations),
        (a.show_deadlines, s.show_deadlines),
        (a.show_amounts, s.show_amounts),
        (a.ignore_case, s.ignore_case),
        (a.ignore_punctuation, s.ignore_punctuation),
        (a.ignore_whitespace, s.ignore_whitespace),
        (a.ignore_numbering, s.ignore_numbering),
        (a.original_revisions, s.original_revisions),
    )
    for action, value in pairs:
        action.blockSignals(True)
        action.setChecked(value)
        action.blockSignals(False)
    window.view.compare_model.set_fold(s.fold_identical)


def set_tab_order(window: Wired) -> None:
    """Tab walks the window as it reads: clause list, file headers and highlight toggles, the
    comparison, the term changes (their excerpts are links), then the decision (keep buttons,
    custom text and its button) and the note.

    Qt's default followed creation order: the comparison first, the headers above it last, and
    the custom-text button before the text it applies.
    """
    nav, pane, details = window.navigator, window.pane, window.details
    chain: list[QWidget] = [nav.filter_box, nav.search_box, nav.table]
    chain += [pane.header.buttons[side] for side in (Side.LEFT, Side.RIGHT)]
    chain += [*pane.legend.toggles, window.view, details.terms, *details.keep_buttons]
    chain += [details.custom, details.apply_custom, details.note]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def _open_portfolio(window: Wired) -> None:
    """File ▸ Portfolio review… (imported here: the window opens fast without it)."""
    from clausediff.gui.portfolio.launch import open_portfolio

    assert isinstance(window, QWidget)  # the main window: the portfolio window's owner
    open_portfolio(window, window.opener)
