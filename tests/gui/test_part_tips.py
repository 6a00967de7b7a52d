"""The tooltip of a part of a merged pair says how much of it was kept and where it went."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus, Side
from clausediff.gui.compare_tips import describe_position
from clausediff.gui.main_window import MainWindow
from clausediff.gui.spans import ComparisonIndex

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_a_merged_part_tells_where_it_went(qapp: object) -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    pair = next(p for p in comparison.pairs if p.status is PairStatus.MERGED)
    index = ComparisonIndex(comparison)
    shown = index.side_text(pair, Side.LEFT).text
    second = comparison.side(Side.LEFT).by_id[pair.left[1]]
    position = shown.index(comparison.left.text[second.body_start : second.body_start + 20])
    lines = describe_position(index, pair, Side.LEFT, position, "en")
    target = comparison.side(Side.RIGHT).by_id[pair.right[0]]
    assert f"Part 2 of {len(pair.left)}" in lines[0]
    assert "% kept, in " in lines[0] and (target.label or target.text[:40]) in lines[0]


def test_double_click_on_a_part_flashes_where_it_went(qtbot: QtBot, compared: MainWindow) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor

    from clausediff.gui.compare_paint import GUTTER, PAD
    from clausediff.worddiff.parts import part_links

    compared.resize(1300, 900)
    comparison = compared.workspace.comparison
    assert comparison is not None
    pair = next(i for i, p in enumerate(comparison.pairs) if p.status is PairStatus.MERGED)
    compared.view.go_to_pair(pair)
    view = compared.view
    row = view.compare_model.index(view.compare_model.row_of_pair(pair))
    qtbot.waitUntil(lambda: view.visualRect(row).isValid(), timeout=2000)
    qtbot.wait(100)
    # A point on the second left part's text, as the delegate lays it out.
    delegate = view.delegate
    document = delegate.document(pair, Side.LEFT)
    assert document is not None
    second = comparison.side(Side.LEFT).by_id[comparison.pairs[pair].left[1]]
    start = comparison.left.text[second.body_start : second.body_start + 20]
    cursor = QTextCursor(document)
    cursor.setPosition(document.toPlainText().index(start) + 3)
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    top = document.documentLayout().blockBoundingRect(block).top() + line.y() + line.height() / 2
    rect = view.visualRect(row)
    x = rect.left() + GUTTER + PAD + line.cursorToX(cursor.positionInBlock())[0] + 2
    y = rect.top() + delegate.meta_height() + top
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    flash = view.flash
    qtbot.waitUntil(lambda: flash.isVisible(), timeout=2000)
    link = part_links(comparison, comparison.pairs[pair])[1]
    assert flash.target is not None and flash.target.side is Side.RIGHT
    right = delegate.document(pair, Side.RIGHT)
    assert right is not None
    shown = right.toPlainText()[flash.target.start : flash.target.end]
    assert (
        shown.strip()[:30] == comparison.right.text[link.other_start : link.other_end].strip()[:30]
    )
