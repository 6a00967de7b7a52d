"""Every save error is handled in the window (issue 18.3): a dialog or a status message, never an
exception, and the session on screen stays unsaved (so nothing is lost).

A lone surrogate (half of an emoji a PDF reader split) in a note makes the UTF-8 encoding of the
session fail with ``UnicodeEncodeError``, a ``ValueError``, not the ``OSError`` the window handled.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.store.session import Choice, pair_key

LONE_SURROGATE = "call me \ud83d"


def _note_that_cannot_be_encoded(window: MainWindow) -> None:
    session = window.workspace.session
    assert session is not None
    key = pair_key(session.comparison.pairs[0])
    choices = dict(session.choices)
    choices[key] = Choice(side=None, note=LONE_SURROGATE)
    window.workspace.replace(
        dataclasses.replace(session, choices=choices), structural=False, modified=True
    )


def test_save_as_with_text_utf8_cannot_encode_shows_a_dialog(
    compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    _note_that_cannot_be_encoded(compared)
    target = tmp_path / "out.clausediff"
    answers.save_path = str(target)
    assert compared.sessions.save_session_as() is False
    assert [title for title, _ in answers.errors] == ["Cannot save"]
    assert compared.workspace.modified and not target.exists()
    assert compared.workspace.session_path == ""


def test_save_to_the_session_file_keeps_the_previous_file(
    compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "out.clausediff"
    answers.save_path = str(target)
    assert compared.sessions.save_session_as()
    before = target.read_bytes()
    _note_that_cannot_be_encoded(compared)
    assert compared.sessions.save_session() is False
    assert [title for title, _ in answers.errors] == ["Cannot save"]
    assert target.read_bytes() == before and compared.workspace.modified


def test_autosave_that_cannot_encode_says_so_and_retries(
    qtbot: QtBot, compared: MainWindow
) -> None:
    _note_that_cannot_be_encoded(compared)
    compared.autosaver._dirty = True
    compared.autosaver.save_now()  # raised UnicodeEncodeError out of a timer slot before
    assert compared.autosaver.saves == 0
    assert "autosave" in compared.statusBar().currentMessage().lower()
    assert compared.autosaver._dirty  # the next change or period tries again


def test_the_previous_version_is_kept_in_the_data_folder_not_beside_the_file(
    compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    """Issue 19.4: saving left ``review.clausediff.bak`` in the user's folder."""
    target = tmp_path / "shared" / "review.clausediff"
    target.parent.mkdir()
    answers.save_path = str(target)
    assert compared.sessions.save_session_as()
    first = target.read_bytes()
    compared.actions_.keep_left.trigger()
    assert compared.sessions.save_session()
    assert sorted(p.name for p in target.parent.iterdir()) == ["review.clausediff"]
    backup = compared.sessions.backup_of(str(target))
    assert backup is not None and backup.is_relative_to(compared.data_dir)
    assert backup.read_bytes() == first
