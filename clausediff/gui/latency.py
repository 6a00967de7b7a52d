"""Opt-in latency log for ``bench/speed_gui_x11.py``: keys received, paints done, named moments.

Nothing happens unless the environment variable ``CLAUSEDIFF_LATENCY_LOG`` names a file when the
application starts (:func:`install_from_environment`). Then an event filter on the application
appends one line per event of interest, times in seconds of ``time.monotonic()`` (the clock the
benchmark and the X server share) and the process's CPU time so far (``time.process_time()``, to
tell the app's own work from the waits of a busy machine)::

    <time> <cpu> key <X server timestamp, ms> <Qt key code>   the first sight of each key press
    <time> <cpu> paint <widget>                  a watched widget's paint reached the screen
    <time> <cpu> mark <name> <detail>            a :func:`note` call (work done, search set)

A window's update request (Qt paints every widget marked dirty, then sends the window's pixels
to the X server, all in that one event) is handled by the filter itself, which logs the watched
widgets painted in it once it returns; a paint outside one is logged by a zero-delay timer.
Watched widgets are those whose object name (or, for a scroll area's viewport, whose parent's
name) is in :data:`WATCHED`. Without the variable, :func:`note` does nothing and no filter is
installed.
"""

from __future__ import annotations

import os
import threading
import time
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

ENVIRONMENT = "CLAUSEDIFF_LATENCY_LOG"
WATCHED = frozenset({"compareView", "navigatorTable", "overviewBar"})
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)

_probe: LatencyProbe | None = None


class LatencyProbe(QObject):
    """The application event filter that writes the log."""

    def __init__(self, out: TextIO, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.out = out
        self._lock = threading.Lock()  # note() may write from a worker thread
        self._last_key: tuple[int, int] = (-1, -1)
        self._pending: set[str] = set()
        self._updating = False

    def write(self, *fields: object) -> None:
        """One line, flushed at once so the benchmark reads it while the app runs."""
        now = f"{time.monotonic():.6f} {time.process_time():.6f} "
        line = now + " ".join(str(f) for f in fields) + "\n"
        with self._lock:
            if not self.out.closed:  # a paint timer may fire after remove()
                self.out.write(line)
                self.out.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Log keys and watched paints; a window's update request is handled here, to log the
        paints it made once it returns (they are then on the X server)."""
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            key = (event.timestamp(), event.key())
            if key != self._last_key:  # the same press reaches the window, then the widget
                self._last_key = key
                self.write("key", *key)
        elif kind == QEvent.Type.Paint:
            name = watched.objectName()
            owner = watched.parent()
            if name == "qt_scrollarea_viewport" and owner is not None:
                name = owner.objectName()
            if name in WATCHED and name not in self._pending:
                if not self._pending:
                    QTimer.singleShot(0, self._painted)  # painted outside an update request
                self._pending.add(name)
        elif (
            kind == QEvent.Type.UpdateRequest
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._updating
        ):
            self._updating = True
            try:
                watched.event(event)  # paints the dirty widgets, flushes the window
            finally:
                self._updating = False
            self._painted()
            return True
        return False

    def _painted(self) -> None:
        for name in sorted(self._pending):
            self.write("paint", name)
        self._pending.clear()

    def remove(self) -> None:
        """Stop logging (the application quits, or a test ends) and close the file."""
        global _probe
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if _probe is self:
            _probe = None
        with self._lock:
            self.out.close()


def install(app: QCoreApplication, path: str) -> LatencyProbe:
    """Append the log to ``path`` from now on; :meth:`LatencyProbe.remove` stops it."""
    global _probe
    if _probe is not None:
        _probe.remove()
    _probe = LatencyProbe(open(path, "a", encoding="utf-8"), app)  # noqa: SIM115 -- app-long
    app.installEventFilter(_probe)
    return _probe


def install_from_environment(app: QCoreApplication) -> None:
    """Start logging when :data:`ENVIRONMENT` names a file (the benchmark sets it)."""
    path = os.environ.get(ENVIRONMENT, "")
    if path:
        install(app, path)


def active() -> bool:
    """True while the log is on."""
    return _probe is not None


def note(name: str, detail: object = "") -> None:
    """Log a named moment (from any thread); does nothing unless the log is on."""
    probe = _probe
    if probe is not None:
        probe.write("mark", name, detail)
