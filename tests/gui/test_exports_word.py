"""File > Export: the Word redline; the contract asks which side undecided clauses take."""

from __future__ import annotations

from pathlib import Path

import docx
from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.report.redline.review import accepted_paragraphs, rejected_paragraphs
from clausediff.store.session import Keep

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _export(qtbot: QtBot, window: MainWindow, trigger: object) -> list[tuple[str, str]]:
    results: list[tuple[str, str]] = []
    window.export_finished.connect(lambda path: results.append(("ok", path)))
    window.export_failed.connect(lambda message: results.append(("failed", message)))
    trigger()  # type: ignore[operator]
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    return results


def _lines(texts: list[str]) -> list[str]:
    return [" ".join(line.split()) for text in texts for line in text.split("\n") if line.strip()]


def test_export_word_redline_from_the_menu(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "redline.docx"
    answers.save_path = str(target)
    compared.settings.redline_author = "Cabinet Durand"
    action = compared.actions_.export_redline
    assert action in compared.menus.export.actions() and action.isEnabled()
    assert _export(qtbot, compared, action.trigger) == [("ok", str(target))]
    comparison = compared.workspace.comparison
    assert comparison is not None
    assert _lines(accepted_paragraphs(target)) == _lines([comparison.right.text])
    assert _lines(rejected_paragraphs(target)) == _lines([comparison.left.text])
    authors = {e.get(W + "author") for e in docx.Document(str(target)).element.body.iter(W + "ins")}
    assert authors == {"Cabinet Durand"}


def test_contract_export_asks_which_side_undecided_clauses_take(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "contrat.docx"
    answers.save_path = str(target)
    # Cancel: nothing is written, the dialog named the changed clauses.
    answers.undecided = None
    compared.exporter.export("docx")
    assert not target.exists()
    asked = answers.undecided_asked[-1]
    assert len(asked) > 3 and all(label for label in asked)
    # Take the left-hand text: written, with the final note, and the status bar says so.
    answers.undecided = Keep.LEFT
    assert _export(qtbot, compared, lambda: compared.exporter.export("docx")) == [
        ("ok", str(target))
    ]
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert texts[-len(asked) - 2] == "Note : clauses sans décision"
    assert texts[-len(asked) :] == [f"– {label}" for label in asked]
    assert "left-hand text" in compared.statusBar().currentMessage()
