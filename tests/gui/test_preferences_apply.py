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
