"""The variants window shows titles and file names from a library page as text, never as HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from clausediff.gui.variants import open_variants_window

TITLE = "<img src=x width=3000 height=3000> Limitation"


def test_a_library_title_written_as_markup_stays_text(qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "<b>page.txt"
    page.write_text(
        f"{TITLE} Clauses Exemplaires\n\n"
        f"{TITLE}.\u00a0Le Prestataire est responsable des dommages directs.\n"
        f"{TITLE}.\u00a0La responsabilité du Prestataire est limitée à 10 000 € HT.\n",
        encoding="utf-8",
    )
    window = open_variants_window(None, [str(page)], "en")
    qtbot.addWidget(window)
    window.show()
    labels = window.findChildren(QLabel)
    shown = [label for label in labels if "<img" in label.text() or "<b>" in label.text()]
    # The variants' titles head the Differences table, written as text into its document.
    heads = window.diff_pane.cell_text(0, 1) + window.diff_pane.cell_text(0, 2)
    assert shown or "<img" in heads, "the title or file name should be on screen"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert "<img" not in window.diff_pane.browser.toHtml().replace("&lt;img", "")
