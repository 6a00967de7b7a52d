"""The variants window suggests export files a lawyer can file: named after the clause, in the
interface language, next to the library page.

Seen exporting the seed page's "Support client" variants in the French window: the dialog offered
"variants.pdf" (and "variants.docx") in the folder the app was started from, an English name
with nothing of the clause in it, far from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.variants import open_variants_window


@pytest.mark.parametrize(
    ("action", "language", "expected"),
    [
        ("ask_export_pdf", "fr", "Limitation de responsabilité (variantes).pdf"),
        ("ask_export_docx", "fr", "Limitation de responsabilité (variantes).docx"),
        ("ask_export_pdf", "en", "Limitation de responsabilité (variants).pdf"),
    ],
)
def test_the_suggested_file_names_the_clause_next_to_the_page(
    qtbot: QtBot,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    language: str,
    expected: str,
) -> None:
    window = open_variants_window(None, [str(library_path)], language)
    qtbot.addWidget(window)
    suggested: list[str] = []

    def save_file(parent: object, title: str, file_filter: str, name: str) -> str:
        suggested.append(name)
        return ""  # cancelled

    monkeypatch.setattr(dialogs, "save_file", save_file)
    getattr(window, action)()
    assert suggested == [str(library_path.parent / expected)]


def test_the_undecided_clauses_box_lists_them_without_markup(qtbot: QtBot) -> None:
    # Seen exporting the assembled contract with 14 clauses undecided: the box listed
    # "<qt>– IL A ÉTÉ PRÉALABLEMENT EXPOSÉ …<br>– 3.4 Maintenance …<br>…</qt>", markup and all
    # (Qt 6.11 shows the informative text in the box's plain-text format).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    box, _, _ = dialogs.undecided_box(None, ["Article 1 – Objet", "7.1 <Prix> & co"])
    qtbot.addWidget(box)
    labels = [label for label in box.findChildren(QLabel) if "Objet" in label.text()]
    assert len(labels) == 1
    label = labels[0]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "– Article 1 – Objet\n– 7.1 <Prix> & co"


def test_the_differences_tab_names_provisions_as_the_provisions_tab(
    qtbot: QtBot, library_path: Path
) -> None:
    # Seen on the seed page: the Differences tab labelled its rows "Stipulation 4", "Stipulation
    # 16"..., numbers the Stipulations tab shows nowhere (its rows are named by their first words,
    # the number only in a tooltip): a lawyer could not tell which row of one tab was which of the
    # other.
    from PySide6.QtCore import Qt

    from clausediff.gui.variants.models import VARIANT_ROLE, VariantColumn

    window = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(window)
    index = window.variant_model.index(1, VariantColumn.NAME)
    window.controller.select(str(index.data(VARIANT_ROLE)))
    window.diff_pane.refresh()
    table = window.diff_pane.table
    assert table is not None
    grid_names = {
        window.grid_model.headerData(row, Qt.Orientation.Vertical)
        for row in range(window.grid_model.rowCount())
    }
    names = [
        table.cellAt(row, 0).firstCursorPosition().block().text() for row in range(1, table.rows())
    ]
    assert names and all(name in grid_names for name in names), names
