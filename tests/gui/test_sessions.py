"""Saving, reopening, crash recovery, bad input and export, through the real window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import Dialogs, make_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow
from clausediff.store.session import Keep, load_session, pair_key

CTRL = Qt.KeyboardModifier.ControlModifier


def _decide(window: MainWindow) -> str:
    """Keep the right side of the current pair and note it; returns the pair key."""
    window.actions_.keep_right.trigger()
    window.decider.set_note("Vu avec le client")
    pair = window.details.current_pair()
    assert pair is not None
    return pair_key(pair)


def test_save_then_reopen_in_a_new_window(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    key = _decide(compared)
    target = tmp_path / "revue.clausediff"
    answers.save_path = str(target)
    qtbot.keyClick(compared, Qt.Key.Key_S, CTRL)
    assert target.exists()
    assert not compared.workspace.modified
    saved = load_session(target)
    assert saved.choices[key].side is Keep.RIGHT
    assert saved.choices[key].note == "Vu avec le client"
    other = make_window(qtbot, tmp_path / "second")
    with qtbot.waitSignal(other.comparison_finished, timeout=20000):
        other.opener.load_session_file(str(target))
    session = other.workspace.session
    assert session is not None
    assert session.choices[key].side is Keep.RIGHT
    assert len(session.comparison.pairs) == len(saved.comparison.pairs)
    assert other.workspace.session_path == str(target)
    assert "Right kept ✎" in [
        other.navigator.model.decision_text(i) for i in range(len(session.comparison.pairs))
    ]
    other.opener.shutdown()


def test_recovery_after_a_crash(qtbot: QtBot, compared: MainWindow, answers: Dialogs) -> None:
    key = _decide(compared)
    compared.autosaver.save_now()
    autosave = compared.autosaver.path
    assert autosave.exists(), "each change is autosaved"
    # the first window "crashes": a new one starts on the same data folder
    compared.autosaver.abandon()
    home = compared.data_dir.parent
    answers.recover = True
    restored = make_window(qtbot, home, recover=True)
    session = restored.workspace.session
    assert session is not None
    assert session.choices[key].side is Keep.RIGHT
    assert restored.workspace.modified  # recovered work still has to be saved
    assert restored.stack.currentIndex() == 1
    restored.workspace.set_modified(False)


def test_declined_recovery_discards_the_autosave(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs
) -> None:
    _decide(compared)
    compared.autosaver.save_now()
    compared.autosaver.abandon()  # crashed
    answers.recover = False
    fresh = make_window(qtbot, compared.data_dir.parent, recover=True)
    assert fresh.workspace.session is None
    assert not (compared.autosaver.path).exists()


def test_clean_close_removes_the_autosave(compared: MainWindow, answers: Dialogs) -> None:
    _decide(compared)
    compared.autosaver.save_now()
    compared.workspace.set_modified(False)
    assert compared.close()
    assert not (compared.autosaver.path).exists()
    assert (compared.settings_path).exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty file
        b"\x00\x01\x02\x03binary garbage\xff\xfe",  # not text at all
    ],
)
def test_bad_file_shows_an_error_and_keeps_the_comparison(
    qtbot: QtBot,
    compared: MainWindow,
    answers: Dialogs,
    samples: tuple[Path, Path],
    tmp_path: Path,
    content: bytes,
) -> None:
    before = compared.workspace.comparison
    rows = compared.navigator.model.rowCount()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(content)
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.opener.open_pair(str(bad), str(samples[1]))
    assert len(answers.errors) == 1
    title, message = answers.errors[0]
    assert title == "Cannot compare"
    assert "broken.txt" in message
    assert compared.workspace.comparison is before
    assert compared.navigator.model.rowCount() == rows
    assert compared.pane.header.paths[next(iter(compared.pane.header.paths))] == before.left.path  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["html", "json", "txt", "docx", "pdf"])
def test_export_writes_the_file(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path, kind: str
) -> None:
    _decide(compared)
    target = tmp_path / f"export.{kind}"
    answers.save_path = str(target)
    results: list[tuple[str, str]] = []
    compared.export_finished.connect(lambda path: results.append(("ok", path)))
    compared.export_failed.connect(lambda message: results.append(("failed", message)))
    compared.exporter.export(kind)
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert results == [("ok", str(target))]
    assert not answers.errors
    if kind == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
        return
    if kind == "docx":
        from docx import Document

        paragraphs = [p.text for p in Document(str(target)).paragraphs]
        assert any("Prestataire" in p for p in paragraphs)
        return
    text = target.read_text(encoding="utf-8")
    if kind == "json":
        json.loads(text)
    if kind in ("html", "json"):
        assert "contrat-services-v2" in text
    else:
        assert "Prestataire" in text


def test_open_samples_from_the_welcome_button(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.mouseClick(window.welcome.samples, Qt.MouseButton.LeftButton)
    assert window.workspace.comparison is not None


def test_swap_sides(qtbot: QtBot, compared: MainWindow) -> None:
    before = compared.workspace.comparison
    assert before is not None
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        compared.actions_.swap.trigger()
    after = compared.workspace.comparison
    assert after is not None
    assert after.left.path == before.right.path
    assert after.right.path == before.left.path
    summary = before.summary()
    assert after.summary()["inserted"] == summary["deleted"]


def test_cancel_keeps_what_is_on_screen(qtbot: QtBot, compared: MainWindow) -> None:
    before = compared.workspace.comparison
    compared.actions_.rerun.trigger()
    with qtbot.waitSignal(compared.opener.runner.cancelled, timeout=5000):
        compared.actions_.cancel.trigger()
    compared.opener.runner.wait()
    qtbot.wait(50)
    assert compared.workspace.comparison is before
    assert not compared.progress.isVisible()


def test_second_open_in_a_row_only_the_latest_counts(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path]
) -> None:
    left, right = (str(p) for p in samples)
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(left, right)
        window.opener.open_pair(right, left)
    window.opener.runner.wait()
    qtbot.wait(50)
    comparison = window.workspace.comparison
    assert comparison is not None
    assert Path(comparison.left.path).name == samples[1].name


@pytest.mark.parametrize(
    ("answer", "replaced"),
    [
        (dialogs.SaveAnswer.CANCEL, False),  # the user keeps the decisions on screen
        (dialogs.SaveAnswer.DISCARD, True),  # the new comparison replaces them
    ],
)
def test_opening_new_files_asks_before_dropping_decisions(
    qtbot: QtBot,
    compared: MainWindow,
    answers: Dialogs,
    samples: tuple[Path, Path],
    answer: dialogs.SaveAnswer,
    replaced: bool,
) -> None:
    _decide(compared)
    before = compared.workspace.comparison
    answers.save_answer = answer
    english = samples[0].with_name("service-agreement-v1.txt")
    if replaced:
        with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
            compared.opener.open_pair(str(english), str(samples[1]))
        assert compared.workspace.comparison is not before
    else:
        compared.opener.open_pair(str(english), str(samples[1]))
        assert not compared.opener.runner.busy
        assert compared.workspace.comparison is before
        assert compared.pane.header.paths[next(iter(compared.pane.header.paths))] == (
            before.left.path  # type: ignore[union-attr]
        )


def test_options_of_a_reopened_session_show_in_the_menu(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        compared.actions_.ignore_punctuation.trigger()
    target = tmp_path / "options.clausediff"
    answers.save_path = str(target)
    assert compared.sessions.save_session_as()
    other = make_window(qtbot, tmp_path / "other")
    assert not other.actions_.ignore_punctuation.isChecked()
    with qtbot.waitSignal(other.comparison_finished, timeout=20000):
        other.opener.load_session_file(str(target))
    assert other.actions_.ignore_punctuation.isChecked()
    other.opener.shutdown()


def test_compare_again_rereads_edited_files_and_keeps_decisions(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    left.write_bytes(samples[0].read_bytes())
    right.write_bytes(samples[1].read_bytes())
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(left), str(right))
    key = _decide(window)
    before = window.workspace.comparison
    assert before is not None
    right.write_text(right.read_text(encoding="utf-8") + "\n\nArticle 99 – Ajout\n\nUne clause.\n")
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    after = window.workspace.comparison
    assert after is not None
    assert "Article 99" in after.right.text  # the edited file was read again
    assert window.workspace.session.choices[key].side is Keep.RIGHT  # type: ignore[union-attr]


def test_saving_removes_the_stale_autosave(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    _decide(compared)
    compared.autosaver.save_now()
    assert (compared.autosaver.path).exists()
    saves = compared.autosaver.saves
    compared.autosaver.save_now()
    assert compared.autosaver.saves == saves  # nothing changed since: no rewrite
    answers.save_path = str(tmp_path / "saved.clausediff")
    assert compared.sessions.save_session()
    assert not (compared.autosaver.path).exists()


def test_pdf_without_text_layer_shows_an_error(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    scan = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(scan))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 2000, 2000, QColor("#DDDDDD"))  # a "scanned" page: no text at all
    painter.end()
    before = compared.workspace.comparison
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000) as blocker:
        compared.opener.open_pair(str(scan), str(samples[1]))
    assert "scan.pdf" in blocker.args[0]
    assert answers.errors and answers.errors[0][1] == blocker.args[0]
    assert compared.workspace.comparison is before
