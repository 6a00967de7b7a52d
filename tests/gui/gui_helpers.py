"""Helpers shared by the GUI tests (imported as ``gui_helpers``; fixtures are in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.app import configure_application, create_window
from clausediff.gui.main_window import MainWindow
from clausediff.report.letterhead import Letterhead
from clausediff.store.session import Keep


@dataclass
class Dialogs:
    """What the window asked the user, and the answers the test gives."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    open_paths: list[str] = field(default_factory=list)
    save_path: str = ""
    recover: bool = True
    save_answer: dialogs.SaveAnswer = dialogs.SaveAnswer.DISCARD
    #: The side taken for clauses without a decision when assembling (None: cancel).
    undecided: Keep | None = Keep.RIGHT
    undecided_asked: list[tuple[str, ...]] = field(default_factory=list)
    #: Read contract files that changed since the session compared them (F5)?
    reread_changed: bool = True
    #: Overwrite a session file another program rewrote?
    overwrite_changed: bool = True
    #: Matter, client, "Confidential" typed before a PDF export (None: cancel).
    letterhead: Letterhead | None = field(default_factory=Letterhead)


def make_window(qtbot: QtBot, home: Path, *, recover: bool = False) -> MainWindow:
    """A window whose settings and autosave live under ``home``."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    configure_application(app)
    window = create_window(home / "config", home / "data", recover=recover)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def open_samples(qtbot: QtBot, win: MainWindow) -> None:
    """Compare the bundled samples and wait for the result on screen (fail fast on an error)."""
    ended: list[str] = []
    win.comparison_finished.connect(lambda: ended.append(""))
    win.comparison_failed.connect(ended.append)
    win.opener.open_samples()
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == [""], f"the sample comparison failed: {ended[0]}"
