"""Problems a lawyer met using the real window, each pinned by the test that shows it fixed."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

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
