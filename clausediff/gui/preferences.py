"""The preferences dialog: language, colour scheme, text size.

The dialog only edits a copy of the values; the window applies them when it is accepted
(language and colours change live, no restart).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clausediff.gui.settings import Settings


class PreferencesDialog(QDialog):
    """Edits language, palette and zoom; read them back with :meth:`values`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        self.colours = QComboBox(self)
        self.colours.setObjectName("paletteBox")
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeBox")
        self.zoom = QSpinBox(self)
        self.zoom.setObjectName("zoomBox")
        self.zoom.setRange(-4, 12)
        self.zoom.setValue(settings.zoom)
        self.language_label = QLabel(self)
        self.colours_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.theme_label = QLabel(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.colours_label, self.colours)
        form.addRow(self.zoom_label, self.zoom)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._initial = (settings.language, settings.palette)
        self._initial_theme = settings.theme
        self.retranslate()
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.colours.setCurrentIndex(max(0, self.colours.findData(settings.palette)))

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Language:"))
        self.colours_label.setText(self.tr("Colours:"))
        self.theme_label.setText(self.tr("Appearance:"))
        theme = self.theme.currentData() if self.theme.count() else self._initial_theme
        self.theme.clear()
        self.theme.addItem(self.tr("Follow the system"), "")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.zoom_label.setText(self.tr("Text size adjustment:"))
        self.hint.setText(
            self.tr(
                "Changes apply when you click OK. Marks are told apart by line style too, not "
                "only by colour."
            )
        )
        language = self.language.currentData() if self.language.count() else self._initial[0]
        palette = self.colours.currentData() if self.colours.count() else self._initial[1]
        self.language.clear()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.colours.clear()
        self.colours.addItem(self.tr("Legal convention (red, blue, green)"), "legal")
        self.colours.addItem(self.tr("Colour-blind safe"), "colorblind")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.colours.setCurrentIndex(max(0, self.colours.findData(palette)))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_theme(self) -> str:
        """ "" (system), "light" or "dark", as chosen."""
        return str(self.theme.currentData() or "")

    def values(self) -> tuple[str, str, int]:
        """(language, palette, zoom) as chosen."""
        return str(self.language.currentData()), str(self.colours.currentData()), self.zoom.value()
