"""Issue 18, item 3 in the window: a contract holding a character outside the BMP (read by
the RTF reader as two UTF-16 halves) compares and shows, with no error and no blank view."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow

EMOJI = "\U0001f600"


def test_emoji_contract_compares_in_the_window(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    left = tmp_path / "emoji.rtf"
    left.write_text(
        "{\\rtf1\\ansi Article 1 \\u8211? Objet\\par Le prix \\u-10179?\\u-8704? est fixe "
        "\\u-10179? seul.\\par}",
        encoding="ascii",
    )
    right = tmp_path / "plain.txt"
    right.write_text("Article 1 – Objet\n\nLe prix est fixe seul.\n", encoding="utf-8")
    ended: list[str] = []
    window.comparison_finished.connect(lambda: ended.append(""))
    window.comparison_failed.connect(ended.append)
    window.opener.open_pair(str(left), str(right))
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == [""] and answers.errors == []
    comparison = window.workspace.comparison
    assert comparison is not None
    assert f"Le prix {EMOJI} est fixe \ufffd seul." in comparison.left.text
    from clausediff.comparison import Side

    shown = [
        window.view.delegate.document(pair, Side.LEFT) for pair in range(len(comparison.pairs))
    ]
    assert any(EMOJI in document.toPlainText() for document in shown if document is not None)
