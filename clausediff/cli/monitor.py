"""Progress and stopping for long commands: a progress line on a terminal, and SIGTERM turned
into the same clean stop as Ctrl+C.

An exception raised by a signal handler inside a Qt call (the PDF is painted by Qt) surfaces as
a SystemError; a flag that the monitor checks between steps is always safe, so SIGTERM only sets
one, long work stops at its next progress check, and an export under way removes its temporary
file and leaves the old one. :func:`clausediff.cli.main.main` asks :func:`terminated` once the
command returns and exits 130 if it is set.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clausediff.progress import Monitor

#: Set by SIGTERM; read by every monitor :func:`cli_monitor` makes.
_TERMINATED = threading.Event()


def stop_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into a cancel request rather than an exception raised at a random point."""
    import signal

    def request_stop(signum: int, frame: object) -> None:
        _TERMINATED.set()

    if threading.current_thread() is threading.main_thread():
        _TERMINATED.clear()
        signal.signal(signal.SIGTERM, request_stop)


def terminated() -> bool:
    """Whether SIGTERM arrived since :func:`stop_cleanly_on_sigterm`."""
    return _TERMINATED.is_set()


def cli_monitor() -> Monitor:
    """Progress on stderr when it is a terminal; stops the work once SIGTERM has arrived."""
    from clausediff.progress import Monitor

    if not sys.stderr.isatty():
        return Monitor(should_cancel=_TERMINATED.is_set)

    def progress(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{message} {done}/{total}   ")
        sys.stderr.flush()

    return Monitor(progress=progress, should_cancel=_TERMINATED.is_set)
