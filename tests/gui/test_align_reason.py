"""The details panel says why a pair was made (issue 14 item 4), and nothing for one side."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from clausediff.comparison import LinkReason
from clausediff.gui.main_window import MainWindow
from clausediff.store.session import pair_key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_details_show_the_reason(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    linked = next(k for k, p in enumerate(comparison.pairs) if p.reason is LinkReason.TEXT)
    compared.set_current_pair(linked)
    assert "linked by text similarity" in compared.details.status.text()
    one_sided = next(k for k, p in enumerate(comparison.pairs) if not (p.left and p.right))
    compared.set_current_pair(one_sided)
    assert "linked by" not in compared.details.status.text()


def test_a_pair_linked_by_hand_says_so_in_french(qtbot: QtBot, compared: MainWindow) -> None:
    compared.looks.set_language("fr")
    comparison = compared.workspace.comparison
    assert comparison is not None
    index = next(k for k, p in enumerate(comparison.pairs) if len(p.left) == len(p.right) == 1)
    original = comparison.pairs[index]
    compared.set_current_pair(index)
    view = compared.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL | SHIFT)  # unlink
    unlinked = compared.workspace.comparison
    assert unlinked is not None
    keys = [pair_key(p) for p in unlinked.pairs]
    halves = (keys.index(original.left[0] + ">"), keys.index(">" + original.right[0]))
    selection = view.selectionModel()
    selection.clearSelection()
    for pair in halves:
        row = view.compare_model.row_of_pair(pair)
        selection.select(view.compare_model.index(row), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL)  # link again
    relinked = compared.workspace.comparison
    assert relinked is not None
    again = [pair_key(p) for p in relinked.pairs].index(pair_key(original))
    assert relinked.pairs[again].reason is LinkReason.MANUAL
    compared.set_current_pair(again)
    try:
        assert "liée à la main" in compared.details.status.text()
    finally:
        compared.looks.set_language("en")  # the language is process-wide: leave English behind
