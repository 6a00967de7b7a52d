"""The variants window as a lawyer reads it on a 1366x768 laptop (issue 19.2).

The Differences tab showed the reference and one variant as two whole texts, mostly struck
through (V6: 19 % similar, its cap buried in red and blue); it now shows them provision by
provision, aligned as the provisions grid aligns them. The grid showed 4 of its 8 columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from clausediff.gui.variants import VariantsWindow, open_variants_window
from clausediff.gui.variants.grid_view import MIN_COLUMN
from clausediff.variants.grid import variant_sentences


@pytest.fixture
def window(qtbot: QtBot, library_path: Path) -> VariantsWindow:
    win = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(win)
    win.resize(1350, 720)  # what it opens at under Xvfb 1366x768
    win.show()
    qtbot.waitExposed(win)
    return win


def _struck(window: VariantsWindow, row: int, column: int, words: str) -> bool:
    """Whether ``words`` in a cell of the Differences table are struck through."""
    table = window.diff_pane.table
    assert table is not None
    cell = table.cellAt(row, column)
    text = window.diff_pane.cell_text(row, column)
    at = text.index(words)
    cursor = QTextCursor(cell.firstCursorPosition())
    cursor.setPosition(cursor.position() + at + 1)
    return cursor.charFormat().fontStrikeOut()


def test_differences_align_the_variant_on_the_references_provisions(
    window: VariantsWindow,
) -> None:
    result = window.controller.result()
    assert result is not None
    six = result.group.variant_ids[5]
    window.controller.select(six)
    library = window.controller.state.library
    pane = window.diff_pane
    aligned = window.controller.aligned(six)
    assert aligned is not None
    assert pane.rows() == len(aligned.provisions) == 4
    assert "provisions in common: 1 of 4" in pane.title.text()
    # Every sentence of each side is in its column, in the grid's order.
    reference = library.variant(result.reference_id)
    for sentence in variant_sentences(library, reference):
        assert sentence.text in pane.column_text(1)
    for sentence in variant_sentences(library, library.variant(six)):
        assert sentence.text in pane.column_text(2)
    # The shared provision (the cap) sits on one row: its shared words are not struck.
    row = next(n for n in range(1, pane.rows() + 1) if "chaque partie" in pane.cell_text(n, 2))
    assert pane.cell_text(row, 1).startswith("La responsabilité totale du Prestataire")
    assert not _struck(window, row, 1, "est limitée")
    assert _struck(window, row, 1, "totale du Prestataire")
    # V6's own opening sentence faces an empty reference cell, not a reference sentence.
    own = next(
        n for n in range(1, pane.rows() + 1) if "Chacune des parties" in pane.cell_text(n, 2)
    )
    assert "absent" in pane.cell_text(own, 1)
    assert "only in this variant" in pane.cell_text(own, 0)


def test_differences_follow_the_selected_variant(window: VariantsWindow) -> None:
    result = window.controller.result()
    assert result is not None
    one = result.group.variant_ids[0]  # V1: 89 % similar, both its sentences shared
    window.controller.select(one)
    pane = window.diff_pane
    assert pane.cell_text(0, 2).startswith("V1 ·")
    assert pane.rows() == 2
    assert "absent" not in pane.column_text(1) + pane.column_text(2)


def test_the_grid_shows_all_eight_variants_on_a_laptop(window: VariantsWindow) -> None:
    window.tabs.setCurrentWidget(window.grid_view)
    grid = window.grid_view
    columns = window.grid_model.columnCount()
    assert columns == 8
    last = columns - 1
    right_edge = grid.columnViewportPosition(last) + grid.columnWidth(last)
    assert grid.columnViewportPosition(0) == 0
    assert right_edge <= grid.viewport().width()
    assert grid.columnWidth(0) >= MIN_COLUMN
    # Row titles wrap instead of being cut to "La responsabilité totale d…"; the whole sentence
    # is in the tooltip.
    rows = grid.verticalHeader()
    assert rows.textElideMode() == Qt.TextElideMode.ElideNone
    assert rows.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
    tip = window.grid_model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "toutes causes confondues" in tip


def test_a_narrow_grid_scrolls_to_the_selected_variant(
    qtbot: QtBot, window: VariantsWindow
) -> None:
    # Narrower than 8 x MIN_COLUMN: the last columns are off screen until their variant is
    # selected (the grid used to stay on V1-V5 whatever was selected).
    window.resize(900, 700)
    window.tabs.setCurrentWidget(window.grid_view)
    grid = window.grid_view
    qtbot.waitUntil(lambda: grid.columnWidth(0) == MIN_COLUMN)
    result = window.controller.result()
    assert result is not None
    column = len(result.grid.variant_ids) - 1
    assert grid.columnViewportPosition(column) >= grid.viewport().width()
    window.controller.select(result.grid.variant_ids[-1])
    assert 0 <= grid.columnViewportPosition(column) < grid.viewport().width()
