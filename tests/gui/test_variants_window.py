"""The clause-variants window driven offscreen on the bundled library: choose, undo, export.

The bundled page (``resources/samples/bibliotheque-limitation-responsabilite.txt``) is on every
clone; the seed tests at the end add the real-world page when ``../shared`` is present.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clausediff.gui.variants import (
    VariantsWindow,
    find_similar_clauses,
    open_variants_window,
    state_from_dict,
    state_to_dict,
)
from clausediff.gui.variants.models import VARIANT_ROLE, VariantColumn
from clausediff.variants.choice import CUSTOM


@pytest.fixture
def window(qtbot: QtBot, library_path: Path) -> VariantsWindow:
    win = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(win)
    win.show()
    return win


def _select(window: VariantsWindow, number: int) -> str:
    """Click variant N (1-based) in the list; return its id."""
    index = window.variant_model.index(number - 1, VariantColumn.NAME)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    window.variant_view.selectionModel().setCurrentIndex(index, flags)
    variant_id = index.data(VARIANT_ROLE)
    assert window.controller.selected == variant_id
    return str(variant_id)


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_library_loads(window: VariantsWindow) -> None:
    assert window.group_box.count() == 5
    assert window.group_box.itemText(0) == "Limitation de responsabilité (8)"
    assert window.variant_model.rowCount() == 8
    result = window.controller.result()
    assert result is not None
    assert window.status.text() == (
        f"8 variants · reference V{result.group.variant_ids.index(result.reference_id) + 1}"
        f" · {len(result.grid.rows)} provisions"
    )
    # The related clauses are groups of their own.
    window.group_box.setCurrentIndex(4)
    assert window.variant_model.rowCount() == 1
    assert window.controller.state.group(window.controller.group_id).title == "Garantie"


def test_models_pass_the_model_tester(window: VariantsWindow, qtmodeltester: object) -> None:
    for model in (
        window.variant_model,
        window.grid_model,
        window.terms_model,
        window.similarity_model,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_change_reference_then_undo(window: VariantsWindow, qtbot: QtBot) -> None:
    before = window.controller.result()
    assert before is not None
    six = _select(window, 6)
    qtbot.mouseClick(window.choice_panel.reference_button, Qt.MouseButton.LeftButton)
    after = window.controller.result()
    assert after is not None and after.reference_id == six
    assert window.diff_pane.cell_text(0, 1).startswith("Reference: V6")
    assert window.variant_model.index(5, VariantColumn.MARK).data() == "⚑"
    window.actions_.undo.trigger()
    undone = window.controller.result()
    assert undone is not None and undone.reference_id == before.reference_id


def test_mark_preferred_undo_redo(window: VariantsWindow, qtbot: QtBot) -> None:
    two = _select(window, 2)
    qtbot.mouseClick(window.choice_panel.prefer_button, Qt.MouseButton.LeftButton)
    assert window.controller.choice().preferred == two
    assert "★" in str(window.variant_model.index(1, VariantColumn.MARK).data())
    assert "V2" in window.choice_panel.summary.text()
    window.actions_.undo.trigger()
    assert window.controller.choice().preferred is None
    assert window.variant_model.index(1, VariantColumn.MARK).data() == ""
    window.actions_.redo.trigger()
    assert window.controller.choice().preferred == two


def test_note_typing_is_one_undo_step(window: VariantsWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.choice_panel.note, "to check")  # QTest types ASCII only
    window.choice_panel.note.insertPlainText(" à revoir")
    assert window.controller.choice().note == "to check à revoir"
    assert window.controller.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.controller.choice().note == ""
    assert window.choice_panel.note.toPlainText() == ""


def test_export_pdf(window: VariantsWindow, tmp_path: Path) -> None:
    _select(window, 2)
    window.choice_panel.mark_preferred()
    target = tmp_path / "variants.pdf"
    window.export_pdf(str(target))
    text = _pdf_text(target)
    # Only the group the user works on; the page's other clauses on request.
    assert "Limitation de responsabilité" in text and "Garantie" not in text
    assert "forclusion" in text  # V2, the preferred one
    assert "Variante retenue" in text
    everything = tmp_path / "all.pdf"
    window.export_pdf(str(everything), all_groups=True)
    text = _pdf_text(everything)
    for title in ("Limitation de responsabilité", "Force majeure", "Garantie"):
        assert title in text


def test_terms_matrix_sorts_by_lowest_amount(window: VariantsWindow) -> None:
    proxy = window.terms_view.model()
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # Amounts
    first = proxy.index(0, 4)
    assert first.data() == "200 € HT par jour"  # V8: a daily cap
    assert str(proxy.index(0, 0).data()).startswith("V8 ·")
    assert str(proxy.index(6, 4).data()) == "120\u202f000 € TTC"  # V6, the only TTC amount
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # Deadlines: the shortest first
    assert proxy.index(0, 2).data() == "48 heures"  # V7
    assert proxy.index(1, 2).data() == "5 jours ouvrés"  # V5: working days after 48 hours


def test_grid_shows_silent_cells(window: VariantsWindow) -> None:
    model = window.grid_model
    assert model.columnCount() == 8
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(str(t).startswith("La responsabilité totale du Prestataire") for t in texts)
    assert "" in texts  # variant 1 is silent on most provisions


def test_own_wording_with_live_diff(window: VariantsWindow) -> None:
    base = _select(window, 6)
    editor = window.editor
    editor.start_from_selected()
    editor.editor.setPlainText(
        editor.editor.toPlainText().replace("au double du prix", "au triple du prix")
    )
    editor.update_diff()
    assert "triple" in editor.live.toPlainText()
    assert "provisions in common with the reference" in editor.status.text()
    editor.retain()
    choice = window.controller.choice()
    assert choice.preferred == CUSTOM and choice.custom_base == base
    assert "au triple du prix" in choice.custom_text
    window.actions_.undo.trigger()
    assert window.controller.choice().preferred is None


def test_split_and_merge_groups(window: VariantsWindow) -> None:
    _select(window, 1)
    window.split_selected()
    assert window.group_box.count() == 6
    assert window.variant_model.rowCount() == 7
    window.actions_.undo.trigger()
    assert window.group_box.count() == 5
    window.merge_with(window.controller.state.groups[4].id)
    assert window.variant_model.rowCount() == 9


def test_find_similar_and_compare(window: VariantsWindow) -> None:
    clause = window.controller.state.library.variants[5].text.replace("double", "triple")
    dialog = find_similar_clauses(window, clause, "Limitation de responsabilité")
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 1).text() == "Limitation de responsabilité 6"
    dialog.compare()
    assert window.variant_model.rowCount() == 9
    assert window.controller.selected == window.controller.state.library.variants[-1].id
    assert "triple" in window.diff_pane.column_text(2)


def test_session_state_round_trip(window: VariantsWindow, qtbot: QtBot) -> None:
    _select(window, 3)
    window.choice_panel.mark_preferred()
    data = state_to_dict(window)
    again = state_from_dict(None, data, "en")
    qtbot.addWidget(again)
    assert again.controller.state == window.controller.state


def test_copy_and_docx(window: VariantsWindow, tmp_path: Path) -> None:
    import docx

    _select(window, 2)
    window.choice_panel.mark_preferred()
    window.copy_text()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Variantes de clause — Limitation de responsabilité")
    assert "forclusion" in copied
    target = tmp_path / "variants.docx"
    window.export_docx(str(target))
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert paragraphs[0] == "Limitation de responsabilité"
    assert paragraphs[1] == "Variante retenue\u202f: V2 · Limitation de responsabilité 2"
    assert paragraphs[2].startswith("La responsabilité totale du Prestataire")
    assert "à peine de forclusion" in paragraphs[2]  # V2, the preferred one


def test_bad_file_shows_a_dialog(
    window: VariantsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clausediff.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert window.load([str(empty)]) is False
    assert shown and "empty" in shown[0]
    assert window.variant_model.rowCount() == 8


def test_cli_pdf(qapp: QApplication, library_path: Path, tmp_path: Path) -> None:
    """``clausediff variants LIBRARY --pdf`` writes the report (English wording with --lang en)."""
    from clausediff.cli.main import main

    target = tmp_path / "library.pdf"
    group = "Limitation de responsabilité"
    arguments = ["variants", str(library_path), "--group", group, "--pdf", str(target)]
    assert main([*arguments, "--lang", "en"]) == 0
    text = _pdf_text(target)
    assert "Clause variants" in text
    assert "Limitation de responsabilité 8" in text
    assert "forclusion" in text
    assert main(["variants", str(library_path), "--pdf", str(library_path)]) == 2  # never overwrite


def test_seed_loads_and_exports(qtbot: QtBot, seed_path: Path, tmp_path: Path) -> None:
    """The real-world page ClauseDiff was started from: its layout, groups and amounts."""
    window = open_variants_window(None, [str(seed_path)], "fr")
    qtbot.addWidget(window)
    assert [window.group_box.itemText(i) for i in (0, 4)] == ["Support client (8)", "Contact (1)"]
    proxy = window.terms_view.model()
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # Amounts
    assert proxy.index(0, 4).data() == "110 € HT; 132 € TTC"
    assert str(proxy.index(0, 0).data()).startswith("V2 ·")
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # Deadlines: the shortest first
    assert proxy.index(0, 2).data() == "4 heures; 5 jours ouvrés; 5 jours"
    target = tmp_path / "seed.pdf"
    window.export_pdf(str(target), all_groups=True)
    text = _pdf_text(target)
    for title in ("Support client", "Obligations du Client", "Contact"):
        assert title in text


def test_large_group_is_analysed_in_the_background(
    qtbot: QtBot, library_path: Path, tmp_path: Path
) -> None:
    """Above SYNC_LIMIT variants the analysis runs in a worker; the view fills when it lands."""
    from clausediff.gui.variants.controller import SYNC_LIMIT

    lines = library_path.read_text(encoding="utf-8").split("\n\nRelated to")[0].splitlines()
    variants = [line for line in lines if line.startswith("Limitation de responsabilité.")]
    assert len(variants) == 8
    count = SYNC_LIMIT + 5
    page = ["Limitation de responsabilité Clauses Exemplaires", ""]
    page += [f"{variants[n % len(variants)]} Version {n}." for n in range(count)]
    target = tmp_path / "big.txt"
    target.write_text("\n".join(page) + "\n", encoding="utf-8")
    window = open_variants_window(None, [str(target)], "fr")
    qtbot.addWidget(window)
    assert window.controller.result() is None  # still being compared
    with qtbot.waitSignal(window.controller.result_changed, timeout=20000):
        pass
    assert window.variant_model.rowCount() == count
    assert window.controller.result() is not None
    window.close()


def _library_window(qtbot: QtBot, library_path: Path, memory: Path) -> VariantsWindow:
    window = open_variants_window(None, [str(library_path)], "fr", memory_dir=memory)
    qtbot.addWidget(window)
    window.show()
    return window


def test_saved_choices_come_back_when_the_library_reopens(
    qtbot: QtBot, library_path: Path, tmp_path: Path
) -> None:
    # A library open on its own had no way to save: the preferred variant was gone on relaunch.
    window = _library_window(qtbot, library_path, tmp_path / "libraries")
    assert not window.actions_.save.isEnabled()  # nothing to save yet
    four = _select(window, 4)
    qtbot.mouseClick(window.choice_panel.prefer_button, Qt.MouseButton.LeftButton)
    window.choice_panel.note.setPlainText("plafond trop bas")
    assert window.has_unsaved_choices() and window.actions_.save.isEnabled()
    window.actions_.save.trigger()
    assert not window.has_unsaved_choices() and not window.actions_.save.isEnabled()
    assert window.close()  # saved: no question
    again = _library_window(qtbot, library_path, tmp_path / "libraries")
    assert again.controller.choice().preferred == four
    assert again.controller.choice().note == "plafond trop bas"
    assert "V4" in again.choice_panel.summary.text()
    assert not again.has_unsaved_choices()
    other = tmp_path / "other.txt"  # another library remembers nothing of this one
    other.write_text(library_path.read_text(encoding="utf-8").replace("200 €", "300 €"), "utf-8")
    fresh = open_variants_window(None, [str(other)], "fr", memory_dir=tmp_path / "libraries")
    qtbot.addWidget(fresh)
    assert fresh.controller.choice().preferred is None


@pytest.mark.parametrize(
    ("answer", "closes", "kept"),
    [
        ("SAVE", True, True),  # saved, then closed
        ("DISCARD", True, False),  # closed, nothing written
        ("CANCEL", False, False),  # stays open with its choice
    ],
)
def test_closing_with_unsaved_choices_asks(
    qtbot: QtBot,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    closes: bool,
    kept: bool,
) -> None:
    from clausediff.gui import dialogs

    asked: list[bool] = []

    def ask(parent: object) -> dialogs.SaveAnswer:
        asked.append(True)
        return dialogs.SaveAnswer[answer]

    monkeypatch.setattr(dialogs, "ask_save_changes", ask)
    memory = tmp_path / "libraries"
    window = _library_window(qtbot, library_path, memory)
    two = _select(window, 2)
    window.choice_panel.mark_preferred()
    assert window.close() is closes
    assert asked == [True]
    assert window.isVisible() is not closes
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent: dialogs.SaveAnswer.DISCARD)
    again = _library_window(qtbot, library_path, memory)
    assert (again.controller.choice().preferred == two) is kept


def test_grid_rows_are_named_by_their_provision(window: VariantsWindow) -> None:
    # The rows were numbered 1-7: a lawyer had to read a whole row to know what it was about.
    model = window.grid_model
    vertical = Qt.Orientation.Vertical
    # Row 1: V2 and V6 speak, the reference (V3) is silent: V2, the closer to it, names it.
    assert model.headerData(0, vertical) == "Le Prestataire ne répond que…"
    # Row 2: the reference speaks.
    assert model.headerData(1, vertical) == "La responsabilité totale du Prestataire…"
    tip = model.headerData(1, vertical, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2. La responsabilité totale du Prestataire au titre du présent")
    labels = [model.headerData(r, vertical) for r in range(model.rowCount())]
    assert all(label and not label.isdigit() for label in labels)


def test_window_fits_the_available_screen(qtbot: QtBot, library_path: Path) -> None:
    # It opened at 1360x860 on a 1366x768 laptop: the note field and matrix rows V6-V8 fell off.
    window = open_variants_window(None, [str(library_path)], "fr")
    qtbot.addWidget(window)
    window.show()
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.width() <= 1360 and window.height() <= 860
    note = window.choice_panel.note
    bottom = note.mapTo(window, note.rect().bottomLeft()).y()
    assert note.isVisible() and bottom <= window.height()


def test_the_note_says_where_it_is_kept(qtbot: QtBot, library_path: Path, tmp_path: Path) -> None:
    # It said "(saved with the session)" in a window whose choices go to the data folder.
    kept = open_variants_window(None, [str(library_path)], "en", memory_dir=tmp_path)
    qtbot.addWidget(kept)
    assert "Save Choices (Ctrl+S)" in kept.choice_panel.note.placeholderText()
    assert "session" not in kept.choice_panel.note.placeholderText()
    restored = state_from_dict(None, state_to_dict(kept), "en")  # from a comparison session
    qtbot.addWidget(restored)
    assert "comparison session" in restored.choice_panel.note.placeholderText()
