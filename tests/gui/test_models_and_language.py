"""Qt models pass qtmodeltester; the UI switches to French live; preferences apply."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clausediff.gui.compare_model import CompareModel
from clausediff.gui.main_window import MainWindow
from clausediff.gui.navigator import Filter


def test_navigator_and_compare_models_pass_qtmodeltester(
    qtmodeltester: ModelTester, compared: MainWindow
) -> None:
    qtmodeltester.check(compared.navigator.model, force_py=True)
    compared.navigator.proxy.set_mode(Filter.CHANGED)
    qtmodeltester.check(compared.navigator.proxy, force_py=True)
    qtmodeltester.check(compared.view.compare_model, force_py=True)


def test_empty_models_pass_qtmodeltester(qtmodeltester: ModelTester, window: MainWindow) -> None:
    qtmodeltester.check(window.navigator.model, force_py=True)
    qtmodeltester.check(window.view.compare_model, force_py=True)


def test_expanding_a_fold_keeps_the_model_consistent(
    qtmodeltester: ModelTester, compared: MainWindow
) -> None:
    model: CompareModel = compared.view.compare_model
    qtmodeltester.check(model, force_py=True)
    folded = [i for i, row in enumerate(model.rows) if row.folded]
    pairs = sum(row.count for row in model.rows)
    model.expand(folded[0])
    assert sum(row.count for row in model.rows) == pairs  # no pair lost or doubled
    assert model.row_of_pair(model.rows[folded[0]].pair) == folded[0]


def test_language_switch_to_french_and_back(qtbot: QtBot, compared: MainWindow) -> None:
    assert compared.menus.file.title() == "&File"
    compared.looks.set_language("fr")
    assert compared.menus.file.title() == "&Fichier"
    assert compared.actions_.next_change.text() == "Modification &suivante"
    assert compared.welcome.open_pair.text() == "Ouvrir deux contrats"
    assert compared.navigator.windowTitle() == "Clauses"
    assert compared.details.windowTitle() == "Détails"
    assert "paires de clauses" in compared.summary.text()
    header = compared.navigator.model.headerData(
        1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
    )
    assert header == "Clause"
    compared.looks.set_language("en")
    assert compared.menus.file.title() == "&File"
    assert "clause pairs" in compared.summary.text()


def test_preferences_dialog_switches_language_and_colours(
    qtbot: QtBot, compared: MainWindow
) -> None:
    dialog = compared.looks.open_preferences()
    qtbot.waitExposed(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.colours.setCurrentIndex(dialog.colours.findData("colorblind"))
    dialog.accept()
    assert compared.settings.language == "fr"
    assert compared.settings.palette == "colorblind"
    assert compared.view.delegate.palette.delete == "#D55E00"
    assert compared.menus.view.title() == "&Affichage"
    assert compared.settings_path.exists()
    compared.looks.set_language("en")
