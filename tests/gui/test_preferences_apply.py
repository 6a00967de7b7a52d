"""Preferences say when they apply, and do what they say (issue 19.4): on OK, not before."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow


def test_language_changes_on_ok_as_the_dialog_says(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.looks.open_preferences()
    assert "when you click OK" in dialog.hint.text()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert window.looks.translations.language == "en"  # not before OK, as said
    dialog.accept()
    assert window.looks.translations.language == "fr"
    window.looks.set_language("en")


def test_dark_light_or_system_is_offered_and_applied(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.formats import is_dark

    started_dark = is_dark(QApplication.palette())
    dialog = window.looks.open_preferences()
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == ["", "light", "dark"]
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    try:
        assert is_dark(QApplication.palette()) and window.settings.theme == "dark"
        again = window.looks.open_preferences()
        assert again.chosen_theme() == "dark"
        again.theme.setCurrentIndex(again.theme.findData(""))
        again.accept()
        assert is_dark(QApplication.palette()) == started_dark
    finally:
        window.looks.apply_preferences(
            window.settings.language, window.settings.palette, window.settings.zoom, theme=""
        )
