"""The window's looks, language, preferences and help boxes, as a mixin of the main window.

Split from :mod:`clausediff.gui.main_window` to keep each module about one thing: here the user's
preferences are applied to the views (colours, zoom, term toggles, fold, language) and saved
(atomically, through :mod:`clausediff.gui.settings`). Nothing is computed from the comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle

from clausediff.gui.about import AboutDialog
from clausediff.gui.formats import is_dark, make_palette
from clausediff.gui.i18n import effective_language
from clausediff.gui.icons import tinted
from clausediff.gui.navigator_paint import BadgeDelegate, SimilarityDelegate
from clausediff.gui.preferences import PreferencesDialog
from clausediff.gui.settings import save_settings
from clausediff.gui.shortcuts_dialog import ShortcutsDialog
from clausediff.gui.spans import SpanKind

if TYPE_CHECKING:
    from pathlib import Path

    from clausediff.gui.actions import Actions
    from clausediff.gui.compare_pane import ComparePane
    from clausediff.gui.compare_view import CompareView
    from clausediff.gui.details import DetailsDock
    from clausediff.gui.i18n import Translations
    from clausediff.gui.navigator import NavigatorDock
    from clausediff.gui.settings import Settings


class PreferencesMixin(QMainWindow):
    """Looks, language, settings file and help boxes of :class:`MainWindow`."""

    settings: Settings
    settings_path: Path
    translations: Translations
    actions_: Actions
    pane: ComparePane
    view: CompareView
    navigator: NavigatorDock
    details: DetailsDock
    undo_action: QAction

    def current_pair(self) -> int:
        """Overridden by the window."""
        raise NotImplementedError

    def comparison_on_screen(self) -> bool:
        """Overridden by the window: the comparison page (not the welcome page) is shown."""
        raise NotImplementedError

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
        self.view.delegate.set_looks(
            palette, self.base_font(), frozenset(k for k, off in hidden.items() if off)
        )
        SimilarityDelegate.scheme = self.settings.palette
        BadgeDelegate.scheme = self.settings.palette
        self.pane.legend.set_palette(palette)
        self.navigator.model.set_palette(palette)
        self._tint_arrow_icons()
        self.view.refresh_layout()
        self.navigator.table.viewport().update()

    def _tint_arrow_icons(self) -> None:
        """Draw the style's plain arrows in the text colour, visible on light and dark bars."""
        style, pixmap = self.style(), QStyle.StandardPixmap
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        a = self.actions_
        for action, standard in (
            (a.next_change, pixmap.SP_ArrowDown),
            (a.previous_change, pixmap.SP_ArrowUp),
            (self.undo_action, pixmap.SP_ArrowBack),
        ):
            action.setIcon(tinted(style.standardIcon(standard), text))

    def zoom(self, step: int) -> None:
        """Bigger (1), smaller (-1) or default (0) text."""
        self.settings.zoom = 0 if step == 0 else max(-4, min(12, self.settings.zoom + step))
        self.apply_looks()

    def fold_toggled(self, fold: bool) -> None:
        self.settings.fold_identical = fold
        current = self.current_pair()
        self.view.compare_model.set_fold(fold)
        if current >= 0:
            self.view.go_to_pair(current)

    def terms_toggled(self) -> None:
        a = self.actions_
        self.settings.show_obligations = a.show_obligations.isChecked()
        self.settings.show_deadlines = a.show_deadlines.isChecked()
        self.settings.show_amounts = a.show_amounts.isChecked()
        self.apply_looks()

    def set_language(self, language: str) -> None:
        """Switch the UI language live ("" = system)."""
        self.settings.language = language
        self.translations.install(effective_language(language))
        self.details.language = self.translations.language
        self.view.delegate.language = self.translations.language
        # Qt posts LanguageChange to every widget; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def open_preferences(self) -> PreferencesDialog:
        """Open the preferences (window-modal, non-blocking); applied when accepted."""
        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_preferences(*dialog.values()))
        dialog.open()
        return dialog

    def apply_preferences(self, language: str, palette: str, zoom: int) -> None:
        """Use new preferences now and remember them."""
        self.settings.palette, self.settings.zoom = palette, zoom
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
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Every shortcut of this window, by menu (window-modal, non-blocking)."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_settings(self) -> None:
        """Write the settings file (atomic); errors are not fatal."""
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        if self.comparison_on_screen():
            # On the welcome page the panels are hidden by the app, not by the user: keep the
            # state saved with the last comparison so they come back as the user left them.
            self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        try:
            save_settings(self.settings, self.settings_path)
        except OSError:
            self.statusBar().showMessage(self.tr("Could not save the preferences"), 5000)
