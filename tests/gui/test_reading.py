"""Opening and reading: the real window compares the samples and is walked with the keyboard."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Dialogs, painted_colour
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from clausediff.comparison import PairStatus
from clausediff.gui.compare_model import KIND_ROLE
from clausediff.gui.main_window import PAGE_COMPARE, PAGE_WELCOME, MainWindow
from clausediff.gui.navigator import Filter

ALT = Qt.KeyboardModifier.AltModifier


def test_welcome_then_open_two_files_from_the_toolbar(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, samples: tuple[Path, Path]
) -> None:
    assert window.stack.currentIndex() == PAGE_WELCOME
    answers.open_paths = [str(samples[0]), str(samples[1])]
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.mouseClick(window.welcome.open_pair, Qt.MouseButton.LeftButton)
    comparison = window.workspace.comparison
    assert comparison is not None
    assert window.stack.currentIndex() == PAGE_COMPARE
    assert window.navigator.model.rowCount() == len(comparison.pairs)
    assert Path(comparison.left.path).name == samples[0].name
    # the window lands on the first change, and the header names both files
    assert comparison.pairs[window.current_pair()].changed
    assert window.pane.header.names[next(iter(window.pane.header.names))].text() == samples[0].name
    assert str(len(comparison.pairs)) in window.summary.text()


def test_alt_down_and_up_walk_the_changes(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    changed = [i for i, p in enumerate(comparison.pairs) if p.changed]
    assert len(changed) >= 3
    compared.view.setFocus()
    assert compared.current_pair() == changed[0]
    for expected in changed[1:4]:
        qtbot.keyClick(compared.view, Qt.Key.Key_Down, ALT)
        assert compared.current_pair() == expected
        # every view follows: navigator row and comparison row
        assert compared.view.current_pair() == expected
        assert compared.navigator.table.currentIndex().row() == expected
    qtbot.keyClick(compared.view, Qt.Key.Key_Up, ALT)
    assert compared.current_pair() == changed[2]


def test_next_term_change_lands_on_a_pair_with_term_changes(
    qtbot: QtBot, compared: MainWindow
) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    with_terms = [i for i, p in enumerate(comparison.pairs) if p.term_changes]
    compared.set_current_pair(0)
    moved = compared.step(1, lambda p: bool(p.term_changes))
    assert moved == bool(with_terms)
    if with_terms:
        assert compared.current_pair() == with_terms[0]
        # the details panel words every term change the way the terms engine does, in context
        from html import escape

        from clausediff.terms.describe import in_context

        shown = compared.details.terms.text()
        texts = (comparison.left.text, comparison.right.text)
        for change in comparison.pairs[with_terms[0]].term_changes:
            worded = in_context(change, *texts, "en")
            assert escape(worded.headline) in shown
            for excerpt in (worded.before, worded.after):
                assert escape(excerpt) in shown


def test_identical_runs_are_folded_and_expand_on_click(qtbot: QtBot, compared: MainWindow) -> None:
    model = compared.view.compare_model
    folds = [r for r in range(model.rowCount()) if model.index(r).data(KIND_ROLE) == "fold"]
    assert folds, "the samples have runs of identical clauses"
    rows_before = model.rowCount()
    count = model.rows[folds[0]].count
    index = model.index(folds[0])
    compared.view.scrollTo(index)
    rect = compared.view.visualRect(index)
    qtbot.mouseClick(compared.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.rowCount() == rows_before + count - 1
    assert model.index(folds[0]).data(KIND_ROLE) == "pair"


def test_navigator_filter_and_search(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    proxy = compared.navigator.proxy
    proxy.set_mode(Filter.CHANGED)
    assert proxy.rowCount() == sum(1 for p in comparison.pairs if p.changed)
    proxy.set_mode(Filter.MOVED)
    assert proxy.rowCount() == comparison.summary()[PairStatus.MOVED.value]
    proxy.set_mode(Filter.ALL)
    qtbot.keyClick(compared, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert compared.navigator.search_box.hasFocus()
    qtbot.keyClicks(compared.navigator.search_box, "confidentialit")
    qtbot.waitUntil(lambda: 0 < proxy.rowCount() < len(comparison.pairs))


def test_zoom_keys_change_the_text_size(qtbot: QtBot, compared: MainWindow) -> None:
    size = compared.view.delegate.font.pointSizeF()
    compared.actions_.zoom_in.trigger()
    assert compared.view.delegate.font.pointSizeF() == size + 1
    compared.actions_.zoom_reset.trigger()
    assert compared.view.delegate.font.pointSizeF() == size - compared.settings.zoom


def test_changing_an_option_reruns_and_keeps_the_place(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    target = [i for i, p in enumerate(comparison.pairs) if p.changed][2]
    compared.set_current_pair(target)
    key = (comparison.pairs[target].left, comparison.pairs[target].right)
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        compared.actions_.ignore_case.trigger()
    rerun = compared.workspace.comparison
    assert rerun is not None and rerun is not comparison
    assert rerun.options.ignore_case
    pair = rerun.pairs[compared.current_pair()]
    assert (pair.left, pair.right) == key


def test_tooltip_words_the_term_change_under_the_mouse(qtbot: QtBot, compared: MainWindow) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from clausediff.comparison import Side
    from clausediff.gui.compare_paint import GUTTER, PAD
    from clausediff.terms import describe_change

    comparison = compared.workspace.comparison
    assert comparison is not None
    pair_index = next(
        i for i, p in enumerate(comparison.pairs) if any(c.right for c in p.term_changes)
    )
    pair = comparison.pairs[pair_index]
    change = next(c for c in pair.term_changes if c.right is not None)
    assert change.right is not None
    compared.view.go_to_pair(pair_index)
    delegate = compared.view.delegate
    document = delegate.document(pair_index, Side.RIGHT)
    assert document is not None
    # where the changed term is drawn: its first character in the right cell
    text = delegate.index_.side_text(pair, Side.RIGHT).text  # type: ignore[union-attr]
    clause = delegate.index_.clauses(pair, Side.RIGHT)[0]  # type: ignore[union-attr]
    position = change.right.start - clause.start + 1
    assert text[position - 1 : position - 1 + len(change.right.text)] == change.right.text
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    x = origin.x() + line.cursorToX(position - block.position())[0] + 1
    y = origin.y() + line.y() + line.height() / 2
    row = compared.view.visualRect(
        compared.view.compare_model.index(compared.view.compare_model.row_of_pair(pair_index))
    )
    cell = delegate.cell_width()
    point = QPoint(
        int(row.left() + GUTTER + PAD + cell + 2 * PAD + 1 + x),
        int(row.top() + delegate.meta_height() + y),
    )
    viewport = compared.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    compared.view.viewportEvent(event)
    assert describe_change(change, "en") in QToolTip.text()
    QToolTip.hideText()


def test_overview_ruler_marks_changes_and_scrolls(qtbot: QtBot, compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    overview = compared.pane.overview
    ticks = overview._fractions()
    assert len(ticks) == sum(1 for p in comparison.pairs if p.changed)
    assert all(0.0 <= top <= 1.0 for top, _, _ in ticks)
    assert [top for top, _, _ in ticks] == sorted(top for top, _, _ in ticks)
    bar = compared.view.verticalScrollBar()
    bar.setValue(0)
    qtbot.mouseClick(
        overview, Qt.MouseButton.LeftButton, pos=overview.rect().bottomLeft() + QPoint(5, -2)
    )
    assert bar.value() == bar.maximum()


def test_search_marks_the_words_in_the_comparison(qtbot: QtBot, compared: MainWindow) -> None:
    from PySide6.QtGui import QColor

    from clausediff.comparison import Side

    search = QColor(compared.view.delegate.palette.search)
    with qtbot.waitSignal(compared.navigator.search_applied):
        compared.navigator.search_box.setText("REDEVANCE")  # case does not matter
    proxy = compared.navigator.proxy
    assert 0 < proxy.rowCount() < len(compared.workspace.comparison.pairs)
    pair = int(proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    document = compared.view.delegate.document(pair, Side.RIGHT)
    assert document is not None
    at = document.toPlainText().lower().index("redevance")
    assert painted_colour(compared, pair, Side.RIGHT, at) == search
    with qtbot.waitSignal(compared.navigator.search_applied):
        compared.navigator.search_box.clear()
    assert proxy.rowCount() == len(compared.workspace.comparison.pairs)
    assert painted_colour(compared, pair, Side.RIGHT, at) != search


def test_term_toggle_hides_that_kind_of_highlight(qtbot: QtBot, compared: MainWindow) -> None:
    from clausediff.comparison import Side
    from clausediff.gui.spans import SpanKind

    delegate = compared.view.delegate
    comparison = compared.workspace.comparison
    assert comparison is not None and delegate.index_ is not None
    pair_index, span = next(
        (i, s)
        for i, p in enumerate(comparison.pairs)
        if p.right and not p.changed  # no diff marks over the amount
        for s in delegate.index_.side_text(p, Side.RIGHT).spans
        if s.kind is SpanKind.AMOUNT
    )

    def tinted() -> bool:
        from PySide6.QtGui import QTextCursor

        document = delegate.document(pair_index, Side.RIGHT)
        assert document is not None
        cursor = QTextCursor(document)
        cursor.setPosition(span.start + 1)
        return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush

    assert tinted()
    compared.actions_.show_amounts.trigger()  # Ctrl+Alt+3 / the legend's toggle
    assert SpanKind.AMOUNT in delegate.hidden
    assert not compared.settings.show_amounts
    assert not tinted()
    compared.actions_.show_amounts.trigger()
    assert tinted()


def test_dark_system_palette_switches_the_colours(qtbot: QtBot, compared: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#E8EAED"))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: compared.view.delegate.palette.dark, timeout=2000)
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: not compared.view.delegate.palette.dark, timeout=2000)
