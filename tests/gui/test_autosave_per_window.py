"""One autosave per window, each under a lock (issue 18.5).

Two windows shared ``autosave.clausediff``: window B's clean exit deleted it, then window A
crashed and was offered nothing. Each window now autosaves to its own file and holds a lock on it
while alive; recovery offers only autosaves whose owner is gone, and never deletes a live one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui_helpers import Dialogs, make_window, open_samples
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.gui.recovery import pending_recoveries
from clausediff.store.session import Keep, pair_key


def _decide(window: MainWindow, keep_left: bool) -> str:
    (window.actions_.keep_left if keep_left else window.actions_.keep_right).trigger()
    pair = window.details.current_pair()
    assert pair is not None
    window.autosaver.save_now()
    return pair_key(pair)


def _crash(window: MainWindow) -> None:
    """What a crash leaves: the autosave on disk, its lock no longer held by a live process."""
    window.autosaver.abandon()


def test_a_clean_exit_keeps_the_other_windows_autosave(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs
) -> None:
    home = compared.data_dir.parent
    key_a = _decide(compared, keep_left=True)
    other = make_window(qtbot, home)
    open_samples(qtbot, other)
    _decide(other, keep_left=False)
    assert compared.autosaver.path != other.autosaver.path
    assert compared.autosaver.path.exists() and other.autosaver.path.exists()
    other.workspace.set_modified(False)
    other.opener.shutdown()
    assert other.close()  # clean exit of B
    assert compared.autosaver.path.exists(), "B's exit deleted A's autosave"
    # a window started while A is alive offers nothing and leaves A's autosave alone
    answers.recover = True
    third = make_window(qtbot, home, recover=True)
    assert third.workspace.session is None
    assert compared.autosaver.path.exists()
    # A crashes: the next start restores A's decisions
    _crash(compared)
    restored = make_window(qtbot, home, recover=True)
    session = restored.workspace.session
    assert session is not None and session.choices[key_a].side is Keep.LEFT
    restored.workspace.set_modified(False)
    restored.opener.shutdown()


def test_an_autosave_whose_process_was_killed_is_found(tmp_path: Path) -> None:
    """A real second process takes the lock and is killed (SIGKILL): its lock is stale."""
    folder = tmp_path / "autosave"
    folder.mkdir()
    script = (
        "import sys, os, signal\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(folder / 'x-1.lock')!r})\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert (folder / "x-1.lock").exists()
    (folder / "x-1.clausediff").write_text("{}", encoding="utf-8")  # unreadable: discarded
    assert pending_recoveries(tmp_path) == []
    assert not (folder / "x-1.clausediff").exists()
