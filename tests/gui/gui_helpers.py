"""Helpers shared by the GUI tests (imported as ``gui_helpers``; fixtures are in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from clausediff.comparison import Side
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
    #: Report of a chain of versions: this step or all steps (None: cancel); steps asked about.
    chain_scope: dialogs.ReportScope | None = dialogs.ReportScope.ALL
    scope_asked: list[str] = field(default_factory=list)


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
    wait_laid_out(qtbot, win)


def wait_laid_out(qtbot: QtBot, win: MainWindow) -> None:
    """Wait until the comparison view has placed its last row (it lays rows out in passes
    between events), so tests can point at any row."""
    view = win.view
    last = view.compare_model.index(view.compare_model.rowCount() - 1)
    qtbot.waitUntil(lambda: not last.isValid() or view.visualRect(last).height() > 0)


def painted_colour(win: MainWindow, pair: int, side: Side, position: int) -> QColor:
    """The colour the comparison view paints at the top of the character ``position`` of
    ``side``'s text in ``pair``'s row (the pair is brought on screen first): a mark's background
    where the glyph leaves it visible."""
    from PySide6.QtCore import QPointF, QRectF

    win.go_to_pair(pair)
    view = win.view
    view.viewport().repaint()
    document = view.delegate.document(pair, side)
    assert document is not None
    block = document.findBlock(position)
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position())
    x = line.cursorToX(position - block.position())[0] + 1
    y = layout.position().y() + line.y() + 1
    row = view.compare_model.index(view.compare_model.row_of_pair(pair))
    origin = view.delegate.text_origin(QRectF(view.visualRect(row)), side)
    point = (origin + QPointF(x, y)).toPoint()
    return view.viewport().grab().toImage().pixelColor(point)
