"""What the window does to keep up (issue 15): Page Down past tall clauses, a search that
coalesces queued keys and repaints without rebuilding the clauses on screen, tooltips asked
where no row is (yet) laid out."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import wait_laid_out
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from clausediff.comparison import Side
from clausediff.gui.main_window import MainWindow


def test_page_down_turns_pages_past_clauses_taller_than_half_the_screen(
    qtbot: QtBot, compared: MainWindow
) -> None:
    view = compared.view
    compared.resize(1000, 560)  # rows taller than half the view: Qt's Page Down stalled on them
    compared.actions_.fold.setChecked(False)
    last = view.compare_model.index(view.compare_model.rowCount() - 1)
    qtbot.waitUntil(lambda: view.visualRect(last).height() > 0)  # every row laid out
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    bar = view.verticalScrollBar()
    tall = [
        row
        for row in range(view.compare_model.rowCount())
        if view.visualRect(view.compare_model.index(row)).height() > view.viewport().height() / 2
    ]
    assert tall, "the sample has no row taller than half the view at this size"
    currents = []
    for _ in range(4):
        before = bar.value()
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        assert bar.value() == min(bar.maximum(), before + bar.pageStep())
        current = view.visualRect(view.currentIndex())
        assert current.bottom() >= 0 and current.top() < view.viewport().height()  # on screen
        currents.append(view.currentIndex().row())
    assert currents == sorted(currents) and len(set(currents)) == 4
    assert compared.current_pair() == view.current_pair()  # the details panel follows
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.currentIndex().row() < currents[-1]


def test_keys_typed_while_the_window_is_busy_give_one_search_with_the_last_text(
    qtbot: QtBot, compared: MainWindow
) -> None:
    applied: list[str] = []
    compared.navigator.search_applied.connect(applied.append)
    box = compared.navigator.search_box
    for text in ("r", "re", "red", "rede", "redevance"):  # no event handled in between
        box.setText(text)
    qtbot.waitUntil(lambda: bool(applied))
    qtbot.wait(50)
    assert applied == ["redevance"]
    assert compared.navigator.proxy.search == "redevance"


def test_a_search_repaints_the_clauses_on_screen_without_rebuilding_them(
    qtbot: QtBot, compared: MainWindow
) -> None:
    pair = compared.current_pair()
    delegate = compared.view.delegate
    before = delegate.document(pair, Side.RIGHT)
    height = delegate.pair_height(pair)
    with qtbot.waitSignal(compared.navigator.search_applied):
        compared.navigator.search_box.setText("le")
    compared.view.viewport().repaint()
    assert delegate.document(pair, Side.RIGHT) is before
    assert delegate.pair_height(pair) == height
    assert before is not None and delegate.search_marks(pair, Side.RIGHT, before)


def test_a_tooltip_below_the_last_row_shows_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The delegate read the pair of the row under the mouse as int(None) there: the error,
    # raised inside Qt's tooltip handling, crashed the application.
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("Article 1\n\nLe prix est de 100 euros.\n", encoding="utf-8")
    right.write_text("Article 1\n\nLe prix est de 120 euros.\n", encoding="utf-8")
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(left), str(right))
    viewport = window.view.viewport()
    below = QPoint(viewport.width() // 2, viewport.height() - 5)
    assert not window.view.indexAt(below).isValid()
    event = QHelpEvent(QEvent.Type.ToolTip, below, viewport.mapToGlobal(below))
    window.view.viewportEvent(event)
    assert not QToolTip.isVisible()


def test_a_scroll_before_the_jumped_to_row_is_laid_out_wins(
    qtbot: QtBot, compared: MainWindow
) -> None:
    view = compared.view
    compared.actions_.fold.setChecked(False)  # a new set of rows, laid out again in passes
    last = compared.view.compare_model.rowCount() - 1
    compared.go_to_pair(last)
    assert not view.rectForIndex(view.compare_model.index(last)).isValid()  # not placed yet
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + 40)  # the user scrolls meanwhile
    wanted = bar.value()
    qtbot.wait(300)
    assert bar.value() == wanted


def test_the_next_page_is_laid_out_while_the_user_reads(
    qtbot: QtBot, compared: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clausediff.gui import compare_paint

    view = compared.view
    compared.resize(1000, 560)
    compared.actions_.fold.setChecked(False)
    wait_laid_out(qtbot, compared)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    # The documents let go, heights kept: as on a long document, whose rows were all measured
    # while the cache kept only the last few hundred documents.
    view.delegate._docs.clear()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    view.viewport().repaint()
    qtbot.wait(100)  # idle time: the next page is prepared
    built: list[object] = []
    real = compare_paint.build_document
    monkeypatch.setattr(compare_paint, "build_document", lambda *a: built.append(a) or real(*a))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    view.viewport().repaint()
    assert built == []  # the key only scrolled and painted


def test_the_next_change_is_laid_out_while_the_user_reads(
    qtbot: QtBot, compared: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clausediff.gui import compare_paint

    view = compared.view
    compared.set_current_pair(0)
    view.delegate._docs.clear()  # documents let go, heights kept (see above)
    assert compared.step(1, lambda p: p.changed)
    view.viewport().repaint()
    qtbot.wait(100)  # idle time: the next stop is prepared
    built: list[object] = []
    real = compare_paint.build_document
    monkeypatch.setattr(compare_paint, "build_document", lambda *a: built.append(a) or real(*a))
    assert compared.step(1, lambda p: p.changed)
    view.viewport().repaint()
    assert built == []


@pytest.mark.parametrize("fold", [True, False])
def test_folding_far_down_the_document_keeps_the_clause_on_screen(
    qtbot: QtBot, compared: MainWindow, fold: bool
) -> None:
    # After a fold toggle the rows are laid out again from the top: the scroll range shrinks
    # under the view for a while, which is not the user scrolling away.
    view = compared.view
    compared.actions_.fold.setChecked(not fold)
    wait_laid_out(qtbot, compared)
    comparison = compared.workspace.comparison
    assert comparison is not None
    pair = max(
        i for i, p in enumerate(comparison.pairs) if p.changed and i < 0.7 * len(comparison.pairs)
    )
    compared.go_to_pair(pair)
    qtbot.waitUntil(lambda: view.visualRect(view.currentIndex()).top() == 0)
    assert view.verticalScrollBar().value() > 2 * view.viewport().height()
    compared.actions_.fold.setChecked(fold)
    wait_laid_out(qtbot, compared)
    qtbot.waitUntil(lambda: abs(view.visualRect(view.currentIndex()).top()) <= 2, timeout=3000)
    assert view.current_pair() == pair
    assert view.visualRect(view.currentIndex()).isValid()
