"""Problems a lawyer met using the real window, each pinned by the test that shows it fixed."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.gui.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def test_return_presses_the_focused_welcome_button(qtbot: QtBot, window: MainWindow) -> None:
    # Tab to "Try with sample contracts", then Return: outside a dialog Qt ignored Return on a
    # push button that is not auto-default, so the keyboard user was stuck on the first screen.
    window.welcome.samples.setFocus()
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window.welcome.samples, Qt.Key.Key_Return)
    assert window.workspace.comparison is not None


def test_variants_window_menus_are_french(
    qtbot: QtBot, compared: MainWindow, seed_path: Path
) -> None:
    # The variants window's menus and toolbar were filed by lupdate under a context "window"
    # that Qt never looks up, so they stayed English in the French UI.
    compared.set_language("fr")
    library = compared.library.open_library([str(seed_path)])
    assert library is not None
    menus = [action.text() for action in library.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Variante", "&Groupe"]
    assert library.prefer_action.text() == "Marquer comme préférée"
    assert library.open_action.text() == "Ouvrir des fichiers…"
    library.close()


def test_every_catalogue_context_is_one_qt_looks_up() -> None:
    # A context Qt never asks for (a variable name lupdate took for a class) is dead text.
    classes = {
        node.name
        for path in (ROOT / "clausediff" / "gui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    translate_contexts = {"Labels", "Dialogs", "CompareTips"}  # QCoreApplication.translate
    for language in ("fr", "en"):
        root = ET.parse(translations_dir() / f"clausediff_{language}.ts").getroot()
        contexts = {context.findtext("name") for context in root.iter("context")}
        unknown = contexts - classes - translate_contexts
        assert not unknown, f"{language}: contexts no class uses: {sorted(map(str, unknown))}"


def test_about_box_lists_every_shipped_library_with_version_and_licence(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The About box named five libraries without versions and forgot text2num, striprtf,
    # defusedxml and lxml, which the app ships too (issue 8: versions and licences).
    from importlib import metadata

    from PySide6.QtCore import qVersion

    window.set_language("fr")
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(row, 0).text(): (
            dialog.table.item(row, 1).text(),
            dialog.table.item(row, 2).text(),
        )
        for row in range(dialog.table.rowCount())
    }
    assert rows["Qt"] == (qVersion(), "LGPL-3.0")
    for name in ("text2num", "striprtf", "defusedxml", "lxml", "python-docx", "pypdfium2"):
        assert rows[name][0] == metadata.version(name), name
        assert rows[name][1] and rows[name][1] != "?", name
    assert rows["RapidFuzz"][1] == "MIT"
    assert "pytest" not in rows  # test-only extras are not shipped
    assert dialog.windowTitle() == "À propos de ClauseDiff"
    assert dialog.about_qt.text() == "À propos de &Qt"
    dialog.close()


def test_bad_file_error_box_leads_with_a_translated_sentence(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    # The box showed only the core's English one-liner (its title is invisible on macOS and
    # under window managers that draw none): a French user read nothing in French.
    from clausediff.gui.dialogs import error_box

    compared.set_language("fr")
    bad = tmp_path / "bail.docx"
    bad.write_bytes(b"not a zip archive")
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.opener.open_pair(str(bad), str(samples[1]))
    assert compared.workspace.comparison is not None  # the previous comparison stays
    title, message = answers.errors[0]
    box = error_box(compared, title, message)
    qtbot.addWidget(box)
    assert box.text().startswith("<p><b>Comparaison impossible</b></p>")
    assert "bail.docx" in box.text()
