"""What the screenshot scripts share: the application, a window sized as on a 1366x768 screen,
and the bundled samples compared in it.

The ``docs/*_screenshot.py`` laptop scripts run under ``xvfb-run -a -s "-screen 0 1366x768x24"``
(``make screenshot``); without a display they fall back to Qt's offscreen plugin. The window's
settings and autosave go to the caller's temporary folder, so the user's own preferences never
show.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def application() -> QApplication:
    """The configured application (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.app import configure_application

    app = QApplication(sys.argv[:1])
    configure_application(app)
    return app


def laptop_window(home: Path, language: str) -> MainWindow:
    """A new window in ``language``, at the size it takes on the screen (not yet shown)."""
    from clausediff.gui.app import create_window

    window = create_window(home / "config", home / "data", recover=False)
    window.looks.set_language(language)
    area = window.screen().availableGeometry()
    window.resize(min(1400, area.width() - 16), min(900, area.height() - 48))
    return window


def compare_samples(window: MainWindow) -> bool:
    """Compare the bundled samples in ``window`` and wait for the result (at most a minute);
    False, with a line on stderr, when the comparison failed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.comparison_finished.connect(loop.quit)
    window.comparison_failed.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    window.opener.open_samples()
    loop.exec()
    if window.workspace.comparison is None:
        print("screenshot: the comparison failed", file=sys.stderr)
        return False
    return True
