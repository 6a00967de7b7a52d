"""User-controlled text (file names, paths, clause headings) is never read as HTML (issue 18.4).

A label or tooltip in Qt's AutoText mode renders ``<img src=… width=30000 height=30000>`` as an
image: a file with such a name made the window allocate a 30000×30000 pixmap (segfault) or read
``/dev/zero`` until memory ran out. The tests open such names (modest sizes here, so a failure
is a failed assertion, not a crash) and check every label and tooltip shows them as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow

#: Names that are valid on Linux and that a rich-text label would render as an image.
HOSTILE_NAMES = (
    "<img src=x width=300 height=300>.txt",
    "<img src=&#47;nonexistent&#47;zero width=200 height=200>.txt",
)

CONTRACT = (
    "1. Object\nThe supplier delivers the software.\n\n2. Price\nThe price is {price} euros.\n"
)


def _write_pair(folder: Path, left_name: str, right_name: str) -> tuple[Path, Path]:
    left, right = folder / left_name, folder / right_name
    left.write_text(CONTRACT.format(price=100), encoding="utf-8")
    right.write_text(CONTRACT.format(price=200), encoding="utf-8")
    return left, right


def _shows_markup_as_text(widget: QWidget) -> list[str]:
    """Every label or tooltip under ``widget`` that would interpret ``<img`` as markup."""
    wrong: list[str] = []
    for label in widget.findChildren(QLabel):
        if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            wrong.append(f"label {label.objectName()!r}: {label.text()!r}")
    for child in [widget, *widget.findChildren(QWidget)]:
        if "<img" in child.toolTip():
            wrong.append(f"tooltip of {child.objectName()!r}: {child.toolTip()!r}")
    for action in widget.findChildren(QAction):
        if "<img" in action.toolTip():
            wrong.append(f"action tooltip {action.text()!r}: {action.toolTip()!r}")
    return wrong


def _compare(qtbot: QtBot, window: MainWindow, left: Path, right: Path) -> None:
    ended: list[str] = []
    window.comparison_finished.connect(lambda: ended.append(""))
    window.comparison_failed.connect(ended.append)
    window.opener.open_pair(str(left), str(right))
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == [""]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_file_named_like_html_is_shown_as_its_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    left, right = _write_pair(tmp_path, name, "plain.txt")
    _compare(qtbot, window, left, right)
    window.opener.refresh_recent_menu()
    assert _shows_markup_as_text(window) == []
    header = window.findChild(QLabel, "leftName")
    assert header is not None and header.text() == name
    window.grab()  # the window paints (a rich-text name would load the image first)


def test_a_session_naming_such_a_path_is_shown_as_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers: Dialogs
) -> None:
    left, right = _write_pair(tmp_path, HOSTILE_NAMES[0], HOSTILE_NAMES[1])
    _compare(qtbot, window, left, right)
    saved = tmp_path / "hostile.clausediff"
    answers.save_path = str(saved)
    assert window.sessions.save_session_as()
    window.workspace.set_modified(False)
    loaded: list[str] = []
    window.opener.comparison_shown.connect(lambda: loaded.append(""))
    window.opener.load_session_file(str(saved))
    qtbot.waitUntil(lambda: bool(loaded), timeout=20000)
    assert _shows_markup_as_text(window) == []
    window.grab()


def test_message_boxes_show_clause_labels_as_text(qtbot: QtBot) -> None:
    box = dialogs.info_box(None, "Decisions", "• <img src=x width=300 height=300> Price")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    undecided, _, _ = dialogs.undecided_box(None, ["<img src=x width=300 height=300> Price"])
    qtbot.addWidget(undecided)
    assert _shows_markup_as_text(undecided) == []


def test_tooltips_escape_markup_but_keep_ampersands() -> None:
    from clausediff.gui.plain_text import plain_tooltip

    tip = plain_tooltip("/home/a/<img src=x>.txt & co")
    assert "<img" not in tip and "&lt;img src=x&gt;.txt &amp; co" in tip
    assert plain_tooltip("") == ""
    assert plain_tooltip("Dupont & Fils: a -> b") == "Dupont & Fils: a -> b"  # Qt shows it as text
