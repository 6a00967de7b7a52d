"""Problems a lawyer met using the real window, each pinned by the test that shows it fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow


def test_return_presses_the_focused_welcome_button(qtbot: QtBot, window: MainWindow) -> None:
    # Tab to "Try with sample contracts", then Return: outside a dialog Qt ignored Return on a
    # push button that is not auto-default, so the keyboard user was stuck on the first screen.
    window.welcome.samples.setFocus()
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window.welcome.samples, Qt.Key.Key_Return)
    assert window.workspace.comparison is not None
