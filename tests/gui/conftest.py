"""GUI test fixtures: a real MainWindow offscreen, its settings and data in ``tmp_path``.

Modal dialogs go through :mod:`clausediff.gui.dialogs`; the fixtures replace those functions by
recorders so no test ever blocks on a modal event loop. Qt's offscreen platform warns that it
cannot propagate size hints or raise a window (tooltips); those messages are ignored, every
other Qt warning fails the test.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Dialogs, make_window, open_samples
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow
from clausediff.gui.resources import sample_paths, translations_dir
from clausediff.store.session import Keep

ROOT = Path(__file__).resolve().parents[2]
#: What the offscreen platform plugin cannot do; harmless, so not a test failure.
OFFSCREEN_LIMITS = ("propagateSizeHints", "does not support raise")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's own limitations in every GUI test."""
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm catalogues when missing or older than their .ts (as `make translations`)."""
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    found = shutil.which("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else found
    for ts in translations_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if tool and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Replace every modal dialog by a recorder with canned answers."""
    record = Dialogs()
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, m: record.errors.append((t, m)))
    monkeypatch.setattr(dialogs, "show_info", lambda p, t, m: record.infos.append(m))
    monkeypatch.setattr(
        dialogs, "open_file", lambda *a: record.open_paths.pop(0) if record.open_paths else ""
    )
    monkeypatch.setattr(dialogs, "open_files", lambda *a: list(record.open_paths))
    monkeypatch.setattr(dialogs, "save_file", lambda *a: record.save_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda *a: record.recover)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: record.save_answer)
    monkeypatch.setattr(dialogs, "ask_reread_changed", lambda *a: record.reread_changed)
    monkeypatch.setattr(dialogs, "ask_overwrite_changed", lambda *a: record.overwrite_changed)

    def ask_undecided(parent: object, labels: tuple[str, ...]) -> Keep | None:
        record.undecided_asked.append(tuple(labels))
        return record.undecided

    monkeypatch.setattr(dialogs, "ask_undecided", ask_undecided)
    monkeypatch.setattr(dialogs, "ask_letterhead", lambda parent, current: record.letterhead)

    def ask_chain_scope(parent: object, step: str) -> dialogs.ReportScope | None:
        record.scope_asked.append(step)
        return record.chain_scope

    monkeypatch.setattr(dialogs, "ask_chain_scope", ask_chain_scope)
    return record


@pytest.fixture
def samples() -> tuple[Path, Path]:
    """The bundled French sample pair."""
    return sample_paths()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, answers: Dialogs) -> Iterator[MainWindow]:
    """A fresh window in English, and English again afterwards: the translator is the
    application's, so a test that switched to French would leave later tests in French."""
    win = make_window(qtbot, tmp_path)
    win.looks.set_language("en")
    yield win
    if win.looks.translations.language != "en":
        win.looks.set_language("en")
    win.workspace.set_modified(False)
    win.opener.shutdown()
    win.exporter.shutdown()


@pytest.fixture
def compared(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A window showing the sample comparison."""
    open_samples(qtbot, window)
    return window
