"""The window refuses a damaged session with a dialog and keeps what it showed."""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.store.session import new_session, session_to_dict


def test_a_session_with_offsets_past_the_text_gets_a_dialog(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    shown = compared.workspace.comparison
    assert shown is not None
    data = session_to_dict(new_session(shown))
    data["comparison"]["left"]["clauses"][0]["end"] = 10**9
    data["comparison"]["pairs"] = data["comparison"]["pairs"] * 3
    path = tmp_path / "crafted.clausediff"
    path.write_text(json.dumps(data), encoding="utf-8")
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.opener.load_session_file(str(path))
    assert len(answers.errors) == 1
    _title, message = answers.errors[0]
    assert "crafted.clausediff" in message and "damaged" in message
    assert compared.workspace.comparison is shown
