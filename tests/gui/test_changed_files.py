"""Files that changed behind the window's back (issue 18.10 and 18.11).

Reload (F5) reads the contract files a session names: a received session pointing at another of
the user's files pulled its content in. Before reading a file whose bytes differ (SHA-256) from
what the session compared, the window asks. And Ctrl+S onto a session file another process
rewrote since it was opened or saved (mtime + hash) asks instead of overwriting it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow

CONTRACT = (
    "1. Object\nThe supplier delivers the software.\n\n2. Price\nThe price is {price} euros.\n"
)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """Record the two new questions; answers set per test in ``asked["answer"]``."""
    record: dict[str, list[object]] = {"reread": [], "overwrite": [], "answer": [False]}

    def ask_reread(parent: object, names: list[str]) -> bool:
        record["reread"].append(tuple(names))
        return bool(record["answer"][0])

    def ask_overwrite(parent: object, name: str) -> bool:
        record["overwrite"].append(name)
        return bool(record["answer"][0])

    monkeypatch.setattr(dialogs, "ask_reread_changed", ask_reread)
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", ask_overwrite)
    return record


def _open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    left.write_text(CONTRACT.format(price=100), encoding="utf-8")
    right.write_text(CONTRACT.format(price=200), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(left), str(right))
    return left, right


def test_reload_asks_before_reading_a_file_that_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, asked: dict[str, list[object]]
) -> None:
    _, right = _open(qtbot, window, tmp_path)
    right.write_text("private notes: the client accepts 150\n", encoding="utf-8")
    asked["answer"] = [False]
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked["reread"] == [("v2.txt",)]
    comparison = window.workspace.comparison
    assert comparison is not None and "private notes" not in comparison.right.text
    asked["answer"] = [True]
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    comparison = window.workspace.comparison
    assert comparison is not None and "private notes" in comparison.right.text


def test_reload_of_unchanged_files_asks_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, asked: dict[str, list[object]]
) -> None:
    _open(qtbot, window, tmp_path)
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert asked["reread"] == []


def test_save_asks_before_overwriting_a_session_rewritten_by_another_process(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    answers: Dialogs,
    asked: dict[str, list[object]],
) -> None:
    _open(qtbot, window, tmp_path)
    window.actions_.keep_right.trigger()
    target = tmp_path / "review.clausediff"
    answers.save_path = str(target)
    assert window.sessions.save_session()
    window.actions_.keep_left.trigger()
    assert window.sessions.save_session()  # our own file, unchanged since: no question
    assert asked["overwrite"] == []
    other = target.read_text(encoding="utf-8").replace('"created"', '"created" ', 1)
    target.write_text(other, encoding="utf-8")  # another process's version
    window.actions_.keep_right.trigger()
    asked["answer"] = [False]
    assert window.sessions.save_session() is False
    assert asked["overwrite"] == ["review.clausediff"]
    assert target.read_text(encoding="utf-8") == other and window.workspace.modified
    asked["answer"] = [True]
    assert window.sessions.save_session()
    assert target.read_text(encoding="utf-8") != other
