"""The portfolio review window: real widgets offscreen, a real review of sample contracts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.gui.portfolio import PortfolioWindow
from clausediff.gui.portfolio.model import LEADING, PATH_ROLE

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
TEMPLATE = SAMPLES / "contrat-services-v1.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The template as signed, one copy without its insurance article, one empty file."""
    contracts = tmp_path / "contracts"
    contracts.mkdir()
    text = TEMPLATE.read_text(encoding="utf-8")
    (contracts / "as-signed.txt").write_text(text, encoding="utf-8")
    start, end = text.index("Article 12 – Assurances"), text.index("Article 13 – Durée")
    (contracts / "no-insurance.txt").write_text(text[:start] + text[end:], encoding="utf-8")
    (contracts / "empty.txt").write_bytes(b"")
    return contracts


@pytest.fixture
def portfolio(qtbot: QtBot, tmp_path: Path) -> Iterator[PortfolioWindow]:
    window = PortfolioWindow(cache_path=tmp_path / "cache.sqlite", jobs=1)
    qtbot.addWidget(window)
    window.show()
    yield window  # qtbot closes it: closeEvent cancels a running review and waits for it


def _review(qtbot: QtBot, window: PortfolioWindow, folder: Path) -> None:
    window.set_inputs(str(TEMPLATE), str(folder))
    assert window.review_button.isEnabled()
    with qtbot.waitSignal(window.review_finished, timeout=60_000):
        qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)


def test_review_shows_the_matrix_most_deviating_first(
    qtbot: QtBot, qtmodeltester: object, portfolio: PortfolioWindow, folder: Path
) -> None:
    _review(qtbot, portfolio, folder)
    model = portfolio.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    names = [Path(model.data(model.index(r, 0), PATH_ROLE)).name for r in range(model.rowCount())]
    assert names == ["no-insurance.txt", "as-signed.txt", "empty.txt"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Article 12 Assurances")
    assert column >= LEADING
    assert model.data(model.index(0, column)) == "missing"
    assert model.data(model.index(1, column)) == "unchanged"
    assert "empty" in model.data(model.index(2, 1))
    assert "3 contracts: 1 deviate" in portfolio.status.text()
    assert not portfolio.progress.isVisible() and not portfolio.cancel_button.isEnabled()


def test_filter_and_opening_a_contract_comparison(
    qtbot: QtBot, portfolio: PortfolioWindow, folder: Path
) -> None:
    _review(qtbot, portfolio, folder)
    qtbot.keyClicks(portfolio.filter, "insurance")
    assert portfolio.proxy.rowCount() == 1
    table = portfolio.table
    table.setCurrentIndex(portfolio.proxy.index(0, LEADING + 3))
    with qtbot.waitSignal(portfolio.open_comparison) as opened:
        qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    assert opened.args == [str(TEMPLATE), str(folder / "no-insurance.txt")]


def test_cancel_stops_and_review_again_resumes(
    qtbot: QtBot, portfolio: PortfolioWindow, folder: Path, tmp_path: Path
) -> None:
    for number in range(12):
        text = TEMPLATE.read_text(encoding="utf-8").replace("Nuvelia", f"Nuvelia {number}")
        (folder / f"copy-{number:02d}.txt").write_text(text, encoding="utf-8")
    portfolio.set_inputs(str(TEMPLATE), str(folder))
    with qtbot.waitSignal(portfolio.runner.progress, timeout=30_000):
        portfolio.start()
    assert portfolio.cancel_button.isEnabled() and portfolio.progress.isVisible()
    qtbot.mouseClick(portfolio.cancel_button, Qt.MouseButton.LeftButton)
    assert portfolio.runner.wait(30_000)
    assert "Cancelled" in portfolio.status.text()
    assert portfolio.model.rowCount() == 0 and portfolio.review_button.isEnabled()
    _review(qtbot, portfolio, folder)
    assert portfolio.model.rowCount() == 15


def test_a_bad_template_is_a_dialog(
    qtbot: QtBot,
    portfolio: PortfolioWindow,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clausediff.gui import dialogs

    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, m: errors.append((t, m)))
    empty = tmp_path / "template.txt"
    empty.write_bytes(b"")
    portfolio.set_inputs(str(empty), str(folder))
    with qtbot.waitSignal(portfolio.runner.failed, timeout=30_000):
        portfolio.start()
    assert errors and errors[0][0] == "Cannot review the portfolio" and "empty" in errors[0][1]


@pytest.fixture
def cache_home(
    answers: Dialogs, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The main window's dialogs answer the template and the contracts folder; the user's cache
    folder (``XDG_CACHE_HOME``, returned) is under ``tmp_path``."""
    from PySide6.QtWidgets import QFileDialog

    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    answers.open_paths = [str(TEMPLATE)]
    return cache


def test_from_the_main_window_a_contract_opens_as_a_comparison(
    qtbot: QtBot, window: MainWindow, cache_home: Path
) -> None:
    from clausediff.gui.portfolio.launch import open_portfolio

    portfolio = open_portfolio(window, window.opener, ask=False)
    assert portfolio.isVisible() and portfolio.parent() is window
    with qtbot.waitSignal(portfolio.review_finished, timeout=120_000):
        portfolio.choose_and_start()
    assert (cache_home / "clausediff" / "portfolio.sqlite").exists()
    table = portfolio.table
    table.setCurrentIndex(portfolio.proxy.index(0, 0))
    with qtbot.waitSignal(window.comparison_finished, timeout=60_000):
        qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    comparison = window.workspace.comparison
    assert comparison is not None
    assert Path(comparison.left.path).name == TEMPLATE.name
    assert Path(comparison.right.path).name == "no-insurance.txt"
    assert comparison.summary()["deleted"] == 1


def test_file_menu_portfolio_review_asks_for_inputs_and_reviews(
    qtbot: QtBot, window: MainWindow, cache_home: Path
) -> None:
    action = window.actions_.portfolio
    assert action in window.menuBar().actions()[0].menu().actions()
    assert action.text() == "Port&folio Review…"
    action.trigger()
    portfolio = window.findChild(PortfolioWindow)
    assert portfolio is not None and portfolio.isVisible()
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 3, timeout=120_000)
    window.looks.set_language("fr")
    assert action.text() == "Examen d’un porte&feuille…"
    window.looks.set_language("en")
