"""Deciding on a clause found by the search keeps that clause on screen.

Seen in a real X window: with "nalit" in the clause search, clicking "Article 6 Pénalités" and
pressing Alt+Left (keep left) or Alt+Right, the comparison scrolled to another clause (Article 9
Confidentialité, then Article 17) while the navigator and the details panel stayed on Article 6:
the user no longer saw the clause they had just decided on.
"""

from __future__ import annotations

import pytest
from gui_helpers import wait_laid_out
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.comparison import Side
from clausediff.gui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier


def _penalties(window: MainWindow) -> int:
    comparison = window.workspace.comparison
    assert comparison is not None
    side = comparison.side(Side.LEFT)
    return next(
        i
        for i, pair in enumerate(comparison.pairs)
        if pair.right and any(c.heading == "Pénalités" for c in side.of(pair))
    )


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Right])
def test_the_decided_clause_stays_at_the_top(
    qtbot: QtBot, compared: MainWindow, key: Qt.Key
) -> None:
    compared.resize(1366, 768)
    with qtbot.waitSignal(compared.navigator.search_applied):
        compared.navigator.search_box.setText("nalit")
    pair = _penalties(compared)
    compared.set_current_pair(pair)
    view = compared.view
    row = view.compare_model.index(view.compare_model.row_of_pair(pair))
    qtbot.waitUntil(lambda: view.visualRect(row).top() == 0)
    qtbot.wait(400)  # the layout settles
    view.setFocus()
    qtbot.keyClick(view, key, ALT)
    wait_laid_out(qtbot, compared)
    qtbot.wait(400)
    assert compared.current_pair() == pair
    row = view.compare_model.index(view.compare_model.row_of_pair(pair))
    assert view.visualRect(row).top() == 0
    assert view.indexAt(view.rect().topLeft()).row() == row.row()
