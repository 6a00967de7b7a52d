"""Core errors in the interface language, continued (issue 19.1, what 19.3 left).

Disk errors on export and save were the system's English text alone ("[Errno 2] No such file or
directory: ..."); a damaged clause library inside a session, the crafted .docx numbering and .odt
spaces, a portfolio folder that cannot be listed and portfolio files of another kind were English
sentences inside the French window. Each is now a coded error the GUI words in French, naming the
file and what was not done; the system's words stay as the detail, the CLI keeps the English.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.gui.portfolio import PortfolioWindow

DATA = Path(__file__).resolve().parents[1] / "data"
TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "contrat-services-v1.txt"


@pytest.fixture
def french(compared: MainWindow) -> Iterator[MainWindow]:
    """The sample comparison in a window switched to French (English again afterwards)."""
    compared.looks.set_language("fr")
    yield compared
    compared.looks.set_language("en")


@pytest.mark.parametrize("kind", ["json", "redline"])
def test_an_export_the_disk_refuses_is_said_in_french_with_the_system_detail(
    qtbot: QtBot, french: MainWindow, answers: Dialogs, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "absent" / f"rapport.{'json' if kind == 'json' else 'docx'}"
    with qtbot.waitSignal(french.exporter.failed, timeout=20000) as failed:
        french.exporter.export(kind, str(target))
    message = failed.args[0]
    assert message.startswith(f"{target.name} n'a pas pu être écrit : rien n'a été exporté.")
    assert "Détail du système : No such file or directory" in message
    assert "Error" not in message.split("Détail")[0]  # no Python class name, no English lead
    assert answers.errors[-1] == ("Exportation impossible", message)
    assert not target.parent.exists()


def test_a_session_save_the_disk_refuses_is_said_in_french(
    french: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    answers.save_path = str(tmp_path / "absent" / "dossier.clausediff")
    french.workspace.set_modified(True)
    assert not french.sessions.save_session_as()
    message = answers.errors[-1][1]
    assert message.startswith(
        "La session n'a pas pu être enregistrée dans dossier.clausediff ; le fichier sur le "
        "disque est resté tel quel."
    )
    assert message.endswith("Détail du système : No such file or directory")


def test_a_damaged_clause_library_in_a_session_is_said_in_french(
    french: MainWindow, answers: Dialogs
) -> None:
    french.library.restore({"schema": "clausediff.variants-state/1", "sources": [{"key": 3}]})
    assert answers.errors[-1][1] == (
        "La bibliothèque de clauses enregistrée dans cette session est endommagée et ne peut "
        "pas être rouverte."
    )
    assert french.library.libraries == []


@pytest.mark.parametrize(
    ("name", "french_text"),
    [
        (
            "docx-numbering-bomb.docx",
            "docx-numbering-bomb.docx est refusé : sa numérotation automatique atteint "
            "2000000000 en lettres",
        ),
        (
            "odt-spaces-bomb.odt",
            "odt-spaces-bomb.odt est refusé : il contient une suite de 1000000000 espaces",
        ),
        (  # a list 60 levels deep: markdown-it dropped the rest of the file, silently
            "md-nesting-bomb.md",
            "md-nesting-bomb.md est refusé : son contenu est imbriqué plus profondément",
        ),
    ],
)
def test_crafted_files_are_refused_in_french(
    qtbot: QtBot,
    french: MainWindow,
    answers: Dialogs,
    samples: tuple[Path, Path],
    name: str,
    french_text: str,
) -> None:
    before = (DATA / name).read_bytes()
    with qtbot.waitSignal(french.comparison_failed, timeout=20000) as failed:
        french.opener.open_pair(str(DATA / name), str(samples[1]))
    assert failed.args[0].startswith(french_text)
    assert failed.args[0].endswith("Le fichier semble fabriqué.")
    assert answers.errors[-1][1] == failed.args[0]  # shown in a dialog
    assert (DATA / name).read_bytes() == before


@pytest.fixture
def portfolio(qtbot: QtBot, tmp_path: Path, window: MainWindow) -> Iterator[PortfolioWindow]:
    """A portfolio window in the French interface."""
    window.looks.set_language("fr")
    review = PortfolioWindow(cache_path=tmp_path / "cache.sqlite", jobs=1)
    qtbot.addWidget(review)
    review.show()
    yield review
    window.looks.set_language("en")


def test_portfolio_files_of_another_kind_are_said_in_french(
    qtbot: QtBot, portfolio: PortfolioWindow, tmp_path: Path
) -> None:
    contracts = tmp_path / "contrats"
    contracts.mkdir()
    (contracts / "signé.txt").write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    (contracts / "copie.txt").write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    (contracts / "recette.txt").write_text(
        "Tarte aux pommes\n\nÉplucher six pommes, les couper en quartiers.\n\n"
        "Étaler la pâte, disposer les pommes, cuire quarante minutes à 180 degrés.\n",
        encoding="utf-8",
    )
    portfolio.set_inputs(str(TEMPLATE), str(contracts))
    with qtbot.waitSignal(portfolio.review_finished, timeout=60_000):
        qtbot.mouseClick(portfolio.review_button, Qt.MouseButton.LeftButton)
    model = portfolio.model
    shown = {Path(model.row_at(r).path).name: model.data(model.index(r, 1)) for r in range(3)}
    assert shown["recette.txt"].startswith(
        "erreur : Ce n'est pas un contrat de ce modèle : aucune clause du modèle n'y a été "
        "trouvée (meilleure similarité "
    )
    assert shown["signé.txt"] == f"erreur : Doublon : même contenu que {contracts / 'copie.txt'}."
    row = [Path(model.row_at(r).path).name for r in range(3)].index("recette.txt")
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Ce n'est pas un contrat de ce modèle")
    assert "not a contract" in (model.row_at(row).error or "")  # the JSON keeps the English


def test_a_portfolio_folder_that_cannot_be_listed_is_said_in_french(
    qtbot: QtBot,
    portfolio: PortfolioWindow,
    answers: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contracts = tmp_path / "contrats"
    (contracts / "fermé").mkdir(parents=True)
    (contracts / "a.txt").write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    real_scandir = os.scandir
    locked = str(contracts / "fermé")

    def scandir(path: object = ".") -> object:  # the tests run as root: chmod would not do
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    portfolio.set_inputs(str(TEMPLATE), str(contracts))
    with qtbot.waitSignal(portfolio.runner.failed, timeout=60_000):
        qtbot.mouseClick(portfolio.review_button, Qt.MouseButton.LeftButton)
    message = answers.errors[-1][1]
    assert message == (
        f"Le contenu du dossier {locked} ne peut pas être lu. Détail du système : Permission denied"
    )


def test_variants_export_and_choices_the_disk_refuses_are_said_in_french(
    french: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    library = french.library.open_demo()
    assert library is not None
    answers.save_path = str(tmp_path / "absent" / "variantes.pdf")
    library.ask_export_pdf()
    assert answers.errors[-1][1].startswith(
        "variantes.pdf n'a pas pu être écrit : rien n'a été exporté. Détail du système : "
    )
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    library.memory_dir = blocked / "libraries"  # cannot be made, even by root
    assert not library.save_choices()
    assert answers.errors[-1][1].startswith(
        "Les choix n'ont pas pu être enregistrés. Détail du système : "
    )
    library.controller.undo_stack.setClean()
    library.close()


def test_portfolio_memory_pipe_and_cache_refusals_are_said_in_french(
    qtbot: QtBot,
    portfolio: PortfolioWindow,
    answers: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clausediff.portfolio import review

    contracts = tmp_path / "contrats"
    contracts.mkdir()
    (contracts / "énorme.txt").write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")

    def out_of_memory(*args: object) -> object:
        raise MemoryError

    monkeypatch.setattr(review, "review_document", out_of_memory)
    portfolio.set_inputs(str(TEMPLATE), str(contracts))
    with qtbot.waitSignal(portfolio.review_finished, timeout=60_000):
        qtbot.mouseClick(portfolio.review_button, Qt.MouseButton.LeftButton)
    assert portfolio.model.data(portfolio.model.index(0, 1)) == (
        "erreur : Trop volumineux pour être comparé dans la mémoire de cet ordinateur."
    )
    pipe = tmp_path / "tube"
    os.mkfifo(pipe)
    portfolio.set_inputs(str(TEMPLATE), str(pipe))
    with qtbot.waitSignal(portfolio.runner.failed, timeout=60_000):
        qtbot.mouseClick(portfolio.review_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1][1] == f"{pipe} n'est ni un fichier ni un dossier."
    portfolio.cache_path = tmp_path / "contrats" / "énorme.txt" / "cache.sqlite"  # under a file
    portfolio.set_inputs(str(TEMPLATE), str(contracts))
    with qtbot.waitSignal(portfolio.runner.failed, timeout=60_000):
        qtbot.mouseClick(portfolio.review_button, Qt.MouseButton.LeftButton)
    assert answers.errors[-1][1].startswith(
        f"{portfolio.cache_path} ne peut pas servir de cache des résultats. Détail du système : "
    )
