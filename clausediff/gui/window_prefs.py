"""The window's looks, language, preferences and help boxes: :class:`WindowLooks`.

An object the main window owns (``window.looks``): here the user's preferences are applied to the
views (colours, zoom, term toggles, fold, language) and saved (atomically, through
:mod:`clausediff.gui.settings`). It sees the window as a plain ``QMainWindow`` (dialogs, geometry,
status bar) and its parts through the :class:`LooksHost` protocol, never the window's class.
Nothing is computed from the comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle

from clausediff.gui.about import AboutDialog
from clausediff.gui.actions import Actions
from clausediff.gui.compare_pane import ComparePane
from clausediff.gui.details import DetailsDock
from clausediff.gui.formats import is_dark, make_palette
from clausediff.gui.i18n import Translations, effective_language
from clausediff.gui.icons import tinted
from clausediff.gui.navigator import NavigatorDock
from clausediff.gui.navigator_paint import BadgeDelegate, SimilarityDelegate
from clausediff.gui.preferences import PreferencesDialog
from clausediff.gui.settings import Settings, save_settings
from clausediff.gui.shortcuts_dialog import ShortcutsDialog
from clausediff.gui.spans import SpanKind
from clausediff.gui.theme import apply_theme


class LooksHost(Protocol):
    """The parts of the window whose looks and language :class:`WindowLooks` sets."""

    @property
    def settings(self) -> Settings: ...
    @property
    def settings_path(self) -> Path: ...
    @property
    def translations(self) -> Translations: ...
    @property
    def actions_(self) -> Actions: ...
    @property
    def undo_action(self) -> QAction: ...
    @property
    def pane(self) -> ComparePane: ...
    @property
    def navigator(self) -> NavigatorDock: ...
    @property
    def details(self) -> DetailsDock: ...

    def current_pair(self) -> int:
        """The pair the user is on (-1 before any comparison)."""
        ...

    def comparison_on_screen(self) -> bool:
        """The comparison page (not the welcome page) is shown."""
        ...


class WindowLooks(QObject):
    """Looks, language, settings file and help boxes of one main window."""

    scheme_applied = Signal(str)  # the settings' colour scheme, after every apply_looks()

    def __init__(self, window: QMainWindow, host: LooksHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.settings = host.settings
        self.translations = host.translations

    # -- looks --------------------------------------------------------------------------------

    def base_font(self) -> QFont:
        """The text font of the comparison, zoomed."""
        font = QFont(QApplication.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() + 1 + self.settings.zoom))
        return font

    def apply_looks(self) -> None:
        """Colours, zoom and term toggles into every view."""
        palette = make_palette(self.settings.palette, is_dark(QApplication.palette()))
        hidden = {
            SpanKind.OBLIGATION: not self.settings.show_obligations,
            SpanKind.DEADLINE: not self.settings.show_deadlines,
            SpanKind.AMOUNT: not self.settings.show_amounts,
        }
        host = self.host
        host.pane.view.delegate.set_looks(
            palette, self.base_font(), frozenset(k for k, off in hidden.items() if off)
        )
        SimilarityDelegate.scheme = self.settings.palette
        BadgeDelegate.scheme = self.settings.palette
        host.pane.legend.set_palette(palette)
        host.navigator.model.set_palette(palette)
        self._tint_arrow_icons()
        host.pane.view.refresh_layout()
        host.navigator.table.viewport().update()
        self.scheme_applied.emit(self.settings.palette)

    def _tint_arrow_icons(self) -> None:
        """Draw the style's plain arrows in the text colour, visible on light and dark bars."""
        style, pixmap = self.window.style(), QStyle.StandardPixmap
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        a = self.host.actions_
        for action, standard in (
            (a.next_change, pixmap.SP_ArrowDown),
            (a.previous_change, pixmap.SP_ArrowUp),
            (self.host.undo_action, pixmap.SP_ArrowBack),
        ):
            action.setIcon(tinted(style.standardIcon(standard), text))

    def zoom(self, step: int) -> None:
        """Bigger (1), smaller (-1) or default (0) text."""
        self.settings.zoom = 0 if step == 0 else max(-4, min(12, self.settings.zoom + step))
        self.apply_looks()

    def fold_toggled(self, fold: bool) -> None:
        self.settings.fold_identical = fold
        current = self.host.current_pair()
        self.host.pane.view.compare_model.set_fold(fold)
        if current >= 0:
            self.host.pane.view.go_to_pair(current)

    def terms_toggled(self) -> None:
        a = self.host.actions_
        self.settings.show_obligations = a.show_obligations.isChecked()
        self.settings.show_deadlines = a.show_deadlines.isChecked()
        self.settings.show_amounts = a.show_amounts.isChecked()
        self.apply_looks()

    def set_language(self, language: str) -> None:
        """Switch the UI language live ("" = system)."""
        self.settings.language = language
        self.translations.install(effective_language(language))
        self.host.details.language = self.translations.language
        self.host.pane.view.delegate.language = self.translations.language
        # Qt posts LanguageChange to every widget; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def open_preferences(self) -> PreferencesDialog:
        """Open the preferences (window-modal, non-blocking); applied when accepted."""
        dialog = PreferencesDialog(self.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_preferences(*dialog.values(), theme=dialog.chosen_theme())
        )
        dialog.open()
        return dialog

    def apply_preferences(
        self, language: str, palette: str, zoom: int, theme: str | None = None
    ) -> None:
        """Use new preferences now and remember them (``theme`` None: unchanged)."""
        self.settings.palette, self.settings.zoom = palette, zoom
        if theme is not None and theme != self.settings.theme:
            self.settings.theme = theme
            apply_theme(theme)
        if (
            language != self.settings.language
            or effective_language(language) != self.translations.language
        ):
            self.set_language(language)
        self.apply_looks()
        self.save_settings()

    # -- help ---------------------------------------------------------------------------------

    def show_about(self) -> AboutDialog:
        """Versions and licences of ClauseDiff and of what it ships (window-modal, non-blocking)."""
        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Every shortcut of this window, by menu (window-modal, non-blocking)."""
        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_settings(self) -> None:
        """Write the settings file (atomic); errors are not fatal."""
        self.settings.geometry = bytes(self.window.saveGeometry().toBase64().data()).decode()
        if self.host.comparison_on_screen():
            # On the welcome page the panels are hidden by the app, not by the user: keep the
            # state saved with the last comparison so they come back as the user left them.
            self.settings.window_state = bytes(self.window.saveState().toBase64().data()).decode()
        try:
            save_settings(self.settings, self.host.settings_path)
        except OSError:
            self.window.statusBar().showMessage(self.tr("Could not save the preferences"), 5000)
