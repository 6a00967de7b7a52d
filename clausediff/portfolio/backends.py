"""Where reviews run: in this process, or on a local process pool (all cores by default).

A backend takes an iterator of :class:`Task` (a contract's bytes, as the coordinator read and
hashed them) and yields ``(task, review JSON)`` as reviews finish, in any order. It keeps only a
small window of tasks in flight, so the bytes of thousands of contracts are never in memory at
once, and it checks ``should_stop()`` while it waits so a cancel or Ctrl+C takes effect within a
fraction of a second. The template is shipped to each worker once, when the worker starts. The
Dask backend (:mod:`clausediff.portfolio.dask_backend`) has the same shape. No Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol

from clausediff.options import CompareOptions
from clausediff.portfolio.review import review_bytes
from clausediff.portfolio.template import Template

#: Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory.
WINDOW_PER_WORKER = 4
#: Seconds between two ``should_stop()`` checks while waiting for a review.
POLL_SECONDS = 0.2

Review = dict[str, Any]
StopCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Task:
    """One contract to review: its place in the run, its file name and its bytes."""

    index: int
    name: str
    data: bytes


class Backend(Protocol):
    """Runs reviews (see the module docstring)."""

    def run(self, tasks: Iterator[Task], should_stop: StopCheck) -> Iterator[tuple[Task, Review]]:
        """Reviews as they finish; stops early (dropping queued tasks) once should_stop()."""
        ...

    def close(self) -> None:
        """Stop the workers; running reviews are waited for, queued ones dropped."""
        ...


def default_jobs() -> int:
    """Worker processes by default: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class InProcess:
    """Reviews one after the other in this process (``--jobs 1``)."""

    def __init__(self, template: Template, options: CompareOptions) -> None:
        self._template, self._options = template, options

    def run(self, tasks: Iterator[Task], should_stop: StopCheck) -> Iterator[tuple[Task, Review]]:
        """See :class:`Backend`."""
        for task in tasks:
            if should_stop():
                return
            yield task, review_bytes(self._template, task.name, task.data, self._options)

    def close(self) -> None:
        """Nothing to stop."""


# The worker processes' own copy of the template and options, set once by _start_worker.
_worker_state: dict[str, Any] = {}


def _start_worker(template: Template, options: CompareOptions) -> None:
    """Pool initializer: keep the template; leave Ctrl+C to the coordinator."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_state["template"], _worker_state["options"] = template, options


def _review_in_worker(name: str, data: bytes) -> Review:
    return review_bytes(_worker_state["template"], name, data, _worker_state["options"])


class LocalPool:
    """A pool of worker processes on this machine (started fresh: safe from a threaded GUI)."""

    def __init__(self, template: Template, options: CompareOptions, jobs: int) -> None:
        self.jobs = jobs
        self._pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(template, options),
        )

    def _submit(self, task: Task) -> Future[Review]:
        """Submit one review; a worker started by this call is born with Ctrl+C blocked.

        The pool starts its workers inside ``submit``. A Ctrl+C sent to the process group while
        a new worker is still importing ClauseDiff (before its initializer ignores SIGINT) made
        it print a KeyboardInterrupt traceback. The signal mask is inherited by the worker and
        kept across its ``exec``; here it is restored at once, and a Ctrl+C that arrived
        meanwhile is delivered to this process then, so none is lost.
        """
        if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
            return self._pool.submit(_review_in_worker, task.name, task.data)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return self._pool.submit(_review_in_worker, task.name, task.data)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def run(self, tasks: Iterator[Task], should_stop: StopCheck) -> Iterator[tuple[Task, Review]]:
        """See :class:`Backend`."""
        window = self.jobs * WINDOW_PER_WORKER
        in_flight: dict[Future[Review], Task] = {}
        source = iter(tasks)
        exhausted = False
        try:
            while True:
                while not exhausted and len(in_flight) < window and not should_stop():
                    task = next(source, None)
                    if task is None:
                        exhausted = True
                    else:
                        in_flight[self._submit(task)] = task
                if not in_flight or should_stop():
                    return
                done, _ = wait(in_flight, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                for future in done:
                    yield in_flight.pop(future), future.result()
        finally:
            for future in in_flight:
                future.cancel()

    def close(self) -> None:
        """See :class:`Backend`."""
        self._pool.shutdown(wait=True, cancel_futures=True)
