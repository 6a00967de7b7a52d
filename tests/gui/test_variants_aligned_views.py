"""The New wording tab and the variants PDF report, provision by provision (issue 19.2/19.3).

Both still word-diffed whole texts after the Differences tab had moved to the provisions grid:
the user's wording started from V6 came out almost all struck through against the reference V3
(the two put their shared provision in another order), and so did every variant in the PDF.
They now show the rows of :mod:`clausediff.variants.aligned`, as the Differences tab does.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from clausediff.gui.variants import VariantsWindow, open_variants_window


@pytest.fixture
def window(qtbot: QtBot, library_path: Path) -> VariantsWindow:
    win = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(win)
    win.show()
    return win


def _table_rows(document: QTextDocument) -> list[list[str]]:
    """The text of every cell of the document's table, row by row."""
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    rows = []
    for row in range(table.rows()):
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(
                cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
            )
            cells.append(cursor.selectedText().replace("\u2029", "\n"))
        rows.append(cells)
    return rows


def test_own_wording_is_shown_provision_by_provision(window: VariantsWindow) -> None:
    result = window.controller.result()
    assert result is not None
    window.controller.select(result.group.variant_ids[5])  # V6, 19 % similar as a whole
    editor = window.editor
    editor.start_from_selected()
    editor.editor.setPlainText(
        editor.editor.toPlainText().replace("soit 120\u202f000", "soit 150\u202f000")
    )
    editor.update_diff()
    assert editor.status.text() == "provisions in common with the reference: 1 of 4"
    rows = _table_rows(editor.live.document())
    assert rows[0] == ["Provision", "Reference: V3", "Your wording"]
    assert len(rows) == 5  # the four provisions the Differences tab shows for V6
    shared = [r for r in rows[1:] if "in common" in r[0]]
    assert len(shared) == 1
    # The cap: the reference's sentence beside the wording's, not struck through whole.
    assert shared[0][1].startswith("La responsabilité totale du Prestataire")
    assert shared[0][2].startswith("La responsabilité de chaque partie")
    assert "150\u202f000" in shared[0][2]
    alone = [r for r in rows[1:] if r[0].endswith("only in your wording")]
    assert any(r[2].startswith("Chacune des parties") and r[1] == "— absent" for r in alone)
    reference_only = [r for r in rows[1:] if r[0].endswith("only in the reference")]
    assert [r[1][:40] for r in reference_only] == ["Cette limitation ne s’applique pas en ca"]


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_the_pdf_report_shows_each_variant_provision_by_provision(
    window: VariantsWindow, tmp_path: Path
) -> None:
    target = tmp_path / "variantes.pdf"
    window.export_pdf(str(target))
    text = " ".join(_pdf_text(target).split())
    result = window.controller.result()
    assert result is not None
    for variant_id in result.group.variant_ids:
        if variant_id == result.reference_id:
            continue
        aligned = window.controller.aligned(variant_id)
        assert aligned is not None
        common = f"dispositions communes : {aligned.shared} sur {len(aligned.provisions)}"
        assert common.replace(" : ", "\u202f: ") in text or common in text
    assert "seulement dans cette variante" in text
    assert "seulement dans la référence" in text
    assert "— absente" in text


def test_a_variants_caption_never_ends_a_page_alone(window: VariantsWindow, tmp_path: Path) -> None:
    # The heading of V6 ended page 3, its table began page 4: the caption is now the table's
    # first header row, repeated when a table is cut by a page.
    target = tmp_path / "variantes.pdf"
    window.export_pdf(str(target))
    pdf = pypdfium2.PdfDocument(str(target))
    try:
        pages = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    finally:
        pdf.close()
    captions = 0
    for text in pages:
        for number in range(1, 9):
            at = text.find(f"V{number} · Limitation de responsabilité {number} — ")
            if at >= 0 and "dispositions communes" in text[at : at + 120]:
                captions += 1
                assert "Disposition " in text[at + 60 :], f"V{number}'s caption ends a page"
    assert captions >= 7  # every variant but the reference, and a cut table's repeat
