"""The readers' warnings are shown where the user looks: above each document's half of the
comparison, in the interface language, and nowhere when a document has none."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data"


def _compare(qtbot: QtBot, window: MainWindow, left: Path, right: Path) -> None:
    ended: list[str] = []
    window.comparison_finished.connect(lambda: ended.append(""))
    window.comparison_failed.connect(ended.append)
    window.opener.set_file("left", str(left))
    window.opener.set_file("right", str(right))
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == [""], ended


def test_warnings_bar_above_each_document_translated(qtbot: QtBot, window: MainWindow) -> None:
    _compare(qtbot, window, DATA / "docx-revisions.docx", DATA / "odt-notes.odt")
    bar = window.pane.warnings
    assert bar.isVisible()
    left, right = bar.labels.values()
    assert left.text() == "⚠ 6 tracked change(s): compared as if all were accepted"
    assert right.text() == (
        "⚠ 4 footnote(s) or endnote(s) placed after the paragraph that calls them"
    )
    window.looks.set_language("fr")
    assert left.text() == (
        "⚠ 6 modification(s) suivie(s) : comparé comme si toutes étaient acceptées"
    )
    assert right.text().startswith("⚠ 4 note(s) de bas de page")


def test_no_bar_when_no_document_warns(qtbot: QtBot, compared: MainWindow) -> None:
    assert not compared.pane.warnings.isVisible()
    assert [label.text() for label in compared.pane.warnings.labels.values()] == ["", ""]


def test_compare_menu_switches_the_tracked_changes_state(qtbot: QtBot, window: MainWindow) -> None:
    _compare(qtbot, window, DATA / "docx-revisions.docx", DATA / "odt-revisions.odt")
    comparison = window.workspace.comparison
    assert comparison is not None
    assert "Durée" not in comparison.left.text
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.actions_.original_revisions.trigger()
    comparison = window.workspace.comparison
    assert comparison is not None
    assert "Article 2 – Durée" in comparison.left.text
    assert "Article 2 – Durée" in comparison.right.text
    left = window.pane.warnings.labels[next(iter(window.pane.warnings.labels))]
    assert "rejected" in left.text()
    assert window.settings.original_revisions
