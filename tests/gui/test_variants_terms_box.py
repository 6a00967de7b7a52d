"""The provisions grid keeps room on a 1366x768 laptop (issue 19.2, continued).

The terms matrix under the tabs took about 230 of the 768 pixels and grid rows were up to 260
pixels high: one and a half provisions showed. The matrix now opens compact on a short screen,
folds away from its title (or by dragging the splitter down), the height the user leaves is
remembered in the settings, and no grid row is taller than a quarter of the grid.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.gui.variants import VariantsWindow, open_variants_window
from clausediff.gui.variants.grid_view import MAX_ROW


@pytest.fixture
def laptop(qtbot: QtBot, library_path: Path) -> VariantsWindow:
    """The bundled library at the size it opens at under Xvfb 1366x768, on the grid."""
    win = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(win)
    win.resize(1350, 720)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.grid_view)
    qtbot.wait(20)
    return win


def _rows_in_view(window: VariantsWindow) -> int:
    """Grid rows wholly inside the grid's viewport."""
    grid = window.grid_view
    bottom = grid.viewport().height()
    return sum(
        1
        for row in range(grid.model().rowCount())
        if grid.rowViewportPosition(row) >= 0
        and grid.rowViewportPosition(row) + grid.rowHeight(row) <= bottom
    )


def test_four_grid_rows_show_at_laptop_size(laptop: VariantsWindow) -> None:
    grid = laptop.grid_view
    assert grid.model().rowCount() == 7
    assert _rows_in_view(laptop) >= 4
    assert laptop.terms_box.height() <= laptop.terms_box.compact_height() + 4
    assert laptop.terms_box.height() < 160  # was about 230
    assert laptop.terms_view.isVisible()
    # The long cap sentence is cut in its cell ("…"), whole in its tooltip.
    heights = [grid.rowHeight(r) for r in range(7)]
    assert max(heights) <= grid.viewport().height() // 4 < MAX_ROW
    model = grid.model()
    tips = [
        str(model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(7)
        for c in range(model.columnCount())
    ]
    assert any("douze (12) mois précédant le fait générateur" in tip for tip in tips)


def test_folding_the_terms_gives_the_grid_its_room(qtbot: QtBot, laptop: VariantsWindow) -> None:
    grid, box = laptop.grid_view, laptop.terms_box
    before, opened = grid.viewport().height(), box.height()
    with qtbot.waitSignal(box.height_chosen) as chosen:
        qtbot.mouseClick(box.title, Qt.MouseButton.LeftButton)
    assert chosen.args == [0]
    qtbot.waitUntil(lambda: grid.viewport().height() > before + 60)
    assert not laptop.terms_view.isVisible()
    assert box.height() <= box.title_height() + 2
    assert max(grid.rowHeight(r) for r in range(7)) > grid.viewport().height() // 5
    qtbot.mouseClick(box.title, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: laptop.terms_view.isVisible())
    assert abs(box.height() - opened) <= 4


def test_dragging_the_matrix_down_folds_it(qtbot: QtBot, laptop: VariantsWindow) -> None:
    splitter, box = laptop.middle_splitter, laptop.terms_box
    with qtbot.waitSignal(box.height_chosen) as chosen:
        splitter.moveSplitter(sum(splitter.sizes()), 1)  # the handle dragged to the bottom
    assert chosen.args == [0] and box.folded


def test_the_height_the_user_leaves_is_remembered(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    first = window.library.open_demo()
    assert first is not None
    qtbot.waitExposed(first)
    qtbot.mouseClick(first.terms_box.title, Qt.MouseButton.LeftButton)  # fold it
    assert window.settings.variants_terms_height == 0
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["variants_terms_height"] == 0
    second = window.library.open_demo()
    assert second is not None
    qtbot.waitExposed(second)
    assert second.terms_box.folded and not second.terms_view.isVisible()
    qtbot.mouseClick(second.terms_box.title, Qt.MouseButton.LeftButton)  # open it again
    assert window.settings.variants_terms_height > 40
    for library in (first, second):
        library.controller.undo_stack.setClean()
        library.close()


def test_a_tall_window_shows_the_whole_matrix_and_no_more(qtbot: QtBot, library_path: Path) -> None:
    window = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(window)
    window.resize(1360, 860)  # what it opens at on a large screen
    window.show()
    qtbot.waitExposed(window)
    box, view = window.terms_box, window.terms_view
    assert abs(box.height() - box.full_height()) <= 4
    last = view.model().rowCount() - 1
    assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    assert view.viewport().height() - (view.rowViewportPosition(last) + view.rowHeight(last)) < 30
