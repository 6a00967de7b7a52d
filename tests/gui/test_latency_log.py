"""The opt-in latency log that bench/speed_gui_x11.py reads (clausediff.gui.latency)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clausediff.gui import latency
from clausediff.gui.main_window import MainWindow


def _lines(path: Path) -> list[list[str]]:
    """Each line without its CPU time (checked apart)."""
    lines = [line.split(" ") for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(float(line[1]) > 0 for line in lines)
    return [[line[0], *line[2:]] for line in lines]


def test_keys_paints_and_marks_are_logged(
    qtbot: QtBot, compared: MainWindow, tmp_path: Path
) -> None:
    log = tmp_path / "latency.log"
    app = QApplication.instance()
    assert app is not None
    probe = latency.install(app, str(log))
    try:
        compared.view.setFocus()
        qtbot.keyClick(compared.view, Qt.Key.Key_PageDown)
        compared.view.viewport().repaint()
        qtbot.waitUntil(lambda: any(x[1] == "paint" for x in _lines(log)))
        latency.note("search", "prix")
    finally:
        probe.remove()
    latency.note("search", "after")  # no longer logged
    lines = _lines(log)
    keys = [x for x in lines if x[1] == "key"]
    assert [int(x[3]) for x in keys] == [int(Qt.Key.Key_PageDown)]  # once, not per receiver
    assert ["paint", "compareView"] in [x[1:] for x in lines]
    assert lines[-1][1:] == ["mark", "search", "prix"]
    times = [float(x[0]) for x in lines]
    assert times == sorted(times)


def test_nothing_is_logged_without_the_variable(
    qtbot: QtBot, compared: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(latency.ENVIRONMENT, raising=False)
    app = QApplication.instance()
    assert app is not None
    latency.install_from_environment(app)
    assert not latency.active()
    latency.note("search", "x")  # does nothing, does not fail
