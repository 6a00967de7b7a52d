"""Deciding: keep a side, custom text, note, link/unlink, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from clausediff.comparison import PairStatus
from clausediff.gui.main_window import MainWindow
from clausediff.store.session import Keep, pair_key

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _choice(window: MainWindow):  # type: ignore[no-untyped-def]
    pair = window.details.current_pair()
    assert pair is not None
    return window.workspace.choice(pair)


def test_keep_right_then_left_with_undo_and_redo(qtbot: QtBot, compared: MainWindow) -> None:
    compared.view.setFocus()
    qtbot.keyClick(compared.view, Qt.Key.Key_Right, ALT)
    assert _choice(compared).side is Keep.RIGHT
    assert compared.actions_.keep_right.isChecked()  # the buttons show the decision
    assert not compared.actions_.keep_left.isChecked()
    row = compared.current_pair()
    assert compared.navigator.model.decision_text(row) == "Right kept"
    qtbot.keyClick(compared.view, Qt.Key.Key_Left, ALT)
    assert _choice(compared).side is Keep.LEFT
    qtbot.keyClick(compared.view, Qt.Key.Key_Z, CTRL)
    assert _choice(compared).side is Keep.RIGHT
    qtbot.keyClick(compared.view, Qt.Key.Key_Z, CTRL)
    assert _choice(compared) is None
    assert compared.navigator.model.decision_text(row) == ""
    qtbot.keyClick(compared.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _choice(compared).side is Keep.RIGHT
    assert compared.workspace.modified


def test_custom_text_and_note(qtbot: QtBot, compared: MainWindow) -> None:
    details = compared.details
    details.custom.setPlainText("Le Prestataire peut, à ses frais, intégrer les évolutions.")
    qtbot.mouseClick(details.apply_custom, Qt.MouseButton.LeftButton)
    choice = _choice(compared)
    assert choice.side is Keep.CUSTOM
    assert choice.custom_text.startswith("Le Prestataire peut")
    details.note.setFocus()
    qtbot.keyClicks(details.note, "A renegocier")  # QTest types ASCII only
    details.commit_note()
    choice = _choice(compared)
    assert choice.note == "A renegocier"
    assert choice.side is Keep.CUSTOM  # the note keeps the decision
    compared.undo_stack.undo()
    assert _choice(compared).note == ""
    compared.undo_stack.undo()
    assert _choice(compared) is None


def test_unlink_then_link_back_and_undo(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    index = next(
        i
        for i, p in enumerate(comparison.pairs)
        if p.status is PairStatus.MODIFIED and len(p.left) == 1 and len(p.right) == 1
    )
    original = comparison.pairs[index]
    compared.set_current_pair(index)
    compared.view.setFocus()
    qtbot.keyClick(compared.view, Qt.Key.Key_K, CTRL | SHIFT)
    unlinked = compared.workspace.comparison
    assert unlinked is not None and len(unlinked.pairs) == len(comparison.pairs) + 1
    keys = [pair_key(p) for p in unlinked.pairs]
    assert pair_key(original) not in keys
    deleted = keys.index(">".join([original.left[0], ""]))
    inserted = keys.index(">" + original.right[0])
    assert unlinked.pairs[deleted].status is PairStatus.DELETED
    assert unlinked.pairs[inserted].status is PairStatus.INSERTED
    # select both halves in the comparison view and link them again
    view = compared.view
    view.go_to_pair(deleted)
    view.go_to_pair(inserted)
    selection = view.selectionModel()
    selection.clearSelection()
    for pair in (deleted, inserted):
        row = view.compare_model.row_of_pair(pair)
        selection.select(view.compare_model.index(row), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL)
    relinked = compared.workspace.comparison
    assert relinked is not None and len(relinked.pairs) == len(comparison.pairs)
    assert pair_key(original) in [pair_key(p) for p in relinked.pairs]
    linked = relinked.pairs[[pair_key(p) for p in relinked.pairs].index(pair_key(original))]
    assert compared.workspace.linked_by_hand(linked)  # the navigator marks it
    row = compared.navigator.model.index(relinked.pairs.index(linked), 1)
    assert "Linked by hand" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert [link.action.value for link in compared.workspace.session.links] == ["unlink", "link"]  # type: ignore[union-attr]
    compared.undo_stack.undo()
    compared.undo_stack.undo()
    assert compared.workspace.comparison is comparison
    compared.undo_stack.redo()
    assert compared.workspace.comparison is unlinked
