"""Core error messages in the interface language (issue 19.3).

The .doc refusal and the other core messages were English inside French dialogs. Errors carry
a stable code and parameters; the GUI words them (clausediff.gui.error_text), the CLI and the
log keep the English sentence.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.cli.main import main
from clausediff.errors import ErrorCode, InputError
from clausediff.gui.error_text import error_text, has_template
from clausediff.gui.main_window import MainWindow
from clausediff.readers import read_document

DATA = Path(__file__).resolve().parents[1] / "data"


def _refusal(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_document(path)
    return caught.value


def test_a_doc_refused_in_a_french_window_is_said_in_french(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    old = tmp_path / "contrat.doc"
    shutil.copyfile(DATA / "ole-word.doc", old)
    window.looks.set_language("fr")
    try:
        with qtbot.waitSignal(window.comparison_failed, timeout=20000) as failed:
            window.opener.open_pair(str(old), str(samples[1]))
        message = failed.args[0]
        assert message.startswith("contrat.doc est un ancien document Word (.doc)")
        assert "enregistrez-le au format .docx" in message
        assert "old binary Word" not in message
    finally:
        window.looks.set_language("en")


def test_the_cli_keeps_the_english_sentence(
    tmp_path: Path, samples: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "contrat.doc"
    shutil.copyfile(DATA / "ole-word.doc", old)
    assert main(["compare", str(old), str(samples[1]), "--json", str(tmp_path / "o.json")]) == 2
    assert "contrat.doc is an old binary Word document (.doc)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "code", "french"),
    [
        (lambda d: d / "vide.txt", ErrorCode.EMPTY_FILE, "vide.txt est vide"),
        (lambda d: d / "absent.pdf", ErrorCode.FILE_NOT_FOUND, "Fichier introuvable"),
        (lambda d: d / "dossier", ErrorCode.IS_FOLDER, "dossier est un dossier"),
        (lambda d: d / "binaire.txt", ErrorCode.BINARY, "binaire.txt semble être un fichier"),
        (lambda d: d / "faux.pdf", ErrorCode.DAMAGED, "faux.pdf ne peut pas être lu comme PDF"),
    ],
)
def test_reader_refusals_carry_a_code_the_gui_words_in_french(
    window: MainWindow, tmp_path: Path, make: object, code: ErrorCode, french: str
) -> None:
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "dossier").mkdir()
    (tmp_path / "binaire.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "faux.pdf").write_bytes(b"%PDF-1.4\n" + b"garbage " * 50)
    path = make(tmp_path)  # type: ignore[operator]
    error = _refusal(path)
    assert error.code is code
    assert has_template(code)
    window.looks.set_language("fr")
    try:
        assert error_text(error).startswith(french)
    finally:
        window.looks.set_language("en")
    # The English sentence is still the error's own text (CLI, logs).
    assert path.name in str(error)


def test_an_error_without_a_code_is_shown_as_written(window: MainWindow) -> None:
    window.looks.set_language("fr")
    try:
        assert error_text(InputError("a link needs at least one clause on each side")) == (
            "a link needs at least one clause on each side"
        )
    finally:
        window.looks.set_language("en")


def test_every_code_but_other_has_a_template() -> None:
    assert [code for code in ErrorCode if not has_template(code)] == [ErrorCode.OTHER]


def test_code_and_parameters_survive_pickling() -> None:
    # The portfolio review reads contracts in worker processes.
    import pickle

    error = InputError("x is empty", ErrorCode.EMPTY_FILE, name="x")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.code, again.params) == (
        "x is empty",
        ErrorCode.EMPTY_FILE,
        {"name": "x"},
    )


def test_linking_one_side_only_is_said_in_french(compared: MainWindow) -> None:
    from clausediff.compare.relink import relink

    comparison = compared.workspace.comparison
    assert comparison is not None
    with pytest.raises(InputError) as caught:
        relink(comparison, [comparison.left_clauses[0].id], [])
    assert caught.value.code is ErrorCode.LINK_NEEDS_BOTH_SIDES
    compared.looks.set_language("fr")
    try:
        assert error_text(caught.value) == (
            "Sélectionnez au moins une clause de chaque côté pour les lier."
        )
    finally:
        compared.looks.set_language("en")
