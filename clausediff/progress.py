"""Progress reporting and cancellation as plain callables.

Long work (reading a 50 MB PDF, aligning thousands of clauses, drawing a report) takes a
``progress(done, total, message)`` callable and a ``should_cancel()`` callable. The CLI prints
the former on stderr, the GUI turns it into a Qt signal; neither the core nor its callers subclass
anything. :class:`Monitor` bundles the two and throttles the checks so inner loops stay cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from clausediff.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def _no_progress(done: int, total: int, message: str) -> None:
    """Default progress sink: ignore."""


def _never_cancel() -> bool:
    """Default cancel check: never."""
    return False


@dataclass(frozen=True, slots=True)
class Monitor:
    """A progress sink and a cancel check, passed down through long work."""

    progress: ProgressFn = _no_progress
    should_cancel: CancelFn = _never_cancel

    def report(self, done: int, total: int, message: str) -> None:
        """Report progress, then raise :class:`Cancelled` if the caller asked to stop."""
        self.progress(done, total, message)
        self.check()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the caller asked to stop."""
        if self.should_cancel():
            raise Cancelled("cancelled")


SILENT = Monitor()
