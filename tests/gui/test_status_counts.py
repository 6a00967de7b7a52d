"""The status bar counts decisions, not notes (issue 19.4)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from clausediff.gui.main_window import MainWindow


def _summary(window: MainWindow) -> str:
    label = window.findChild(QLabel, "summary")
    assert label is not None
    return label.text()


def test_a_note_alone_is_not_counted_as_a_decision(compared: MainWindow) -> None:
    compared.decider.set_note("À revoir avec le client")
    assert "0 decisions" in _summary(compared)
    compared.actions_.keep_right.trigger()
    assert "1 decision" in _summary(compared) and "0 decisions" not in _summary(compared)
