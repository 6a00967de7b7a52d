"""Run long core work (comparison, export) off the GUI thread; the latest request wins.

``runner.start(work, on_done)`` calls ``work(monitor)`` in a pool thread and hands its result,
typed as ``work`` returns it, to ``on_done`` in the GUI thread: each caller says what to do with
its own result, so nothing is dispatched on the result's type. A :class:`Job` is the
:class:`QRunnable`; it reports through a :class:`JobSignals` object living in the GUI thread.
:class:`JobRunner` cancels the running job when a new one starts (only the newest job's result
reaches its callback, only its events are forwarded), and emits ``started``,
``progress(done, total, message)``, ``failed(message)`` (an
:class:`~clausediff.errors.InputError`'s text) and ``cancelled()``; it waits for its pool on
shutdown. Anything other than InputError/Cancelled is a bug: it is reported as ``failed`` with
the exception's text so the user sees it and the app keeps running.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from clausediff.errors import Cancelled, InputError
from clausediff.gui import latency
from clausediff.gui.error_text import error_text
from clausediff.progress import Monitor

T = TypeVar("T")
Work = Callable[[Monitor], Any]


class JobSignals(QObject):
    """Signals of one job; emitted from the pool thread, delivered queued in the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One call of ``work(monitor)`` in a pool thread; :meth:`cancel` asks it to stop."""

    def __init__(self, work: Work, on_done: Callable[[Any], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.on_done = on_done  # called in the GUI thread, by the runner
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``monitor.check()``."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Run the work and emit exactly one of finished/failed/cancelled."""
        monitor = Monitor(progress=self.signals.progress.emit, should_cancel=self._cancel.is_set)
        try:
            result = self.work(monitor)
            latency.note("work-done", type(result).__name__)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except InputError as error:
            self.signals.failed.emit(error_text(error))
            return
        except Exception as error:  # a bug: show it rather than lose the window
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs one at a time per runner; a new job cancels and silences the previous one.

    Its own signals carry only the current job's events, so a late result of a cancelled job
    can never overwrite a newer one.
    """

    started = Signal()
    progress = Signal(int, int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._current: Job | None = None
        self._jobs: list[Job] = []  # running or queued: their signals are still to come
        # Ended jobs stay referenced until the pool is idle: the pool thread may still be
        # returning from run() when the GUI thread handles the job's last signal.
        self._ended: list[Job] = []

    @property
    def busy(self) -> bool:
        """True while the current job has not reported its end."""
        return self._current is not None

    def start(self, work: Callable[[Monitor], T], on_done: Callable[[T], None]) -> Job:
        """Cancel the running job (if any) and queue ``work``; ``on_done(result)`` follows in the
        GUI thread unless the job fails or is cancelled (or replaced) first."""
        self.cancel()
        if self.pool.activeThreadCount() == 0:
            self._ended.clear()
        job = Job(work, on_done)
        # Bound slots of this GUI-thread object: Qt queues the pool thread's emissions.
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._current = job
        self._jobs.append(job)
        self.pool.start(job)
        self.started.emit()
        return job

    def cancel(self) -> None:
        """Cancel the current job; its late signals are ignored."""
        if self._current is not None:
            self._current.cancel()
            self._current = None
            self.cancelled.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued job ended (used on quit and in tests)."""
        return self.pool.waitForDone(msecs)

    def _job_of_sender(self) -> Job | None:
        sender = self.sender()
        for job in self._jobs:
            if job.signals is sender:
                return job
        return None

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        job = self._job_of_sender()
        if job is not None and job is self._current:
            self.progress.emit(done, total, message)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        job = self._job_of_sender()
        if job is not None and self._take(job):
            job.on_done(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._take(self._job_of_sender()):
            self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._take(self._job_of_sender()):
            self.cancelled.emit()

    def _take(self, job: Job | None) -> bool:
        """Forget an ended job; True when it is the current one (its result counts)."""
        if job is None:
            return False
        self._jobs.remove(job)
        self._ended.append(job)
        if job is not self._current:
            return False
        self._current = None
        return True
