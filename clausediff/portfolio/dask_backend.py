"""Reviews on an existing Dask distributed cluster (``--scheduler tcp://HOST:PORT``).

Dask does the scheduling and the transport; this module only scatters the prepared template to
every worker once, submits :func:`~clausediff.portfolio.review.review_bytes` for each contract's
bytes (so workers need no access to the coordinator's files, only ClauseDiff installed) and
yields reviews as they finish, with the same small window and stop checks as the local pool.
The results are the same as the local pool's: the same function on the same bytes.
``distributed`` is imported only here, so it stays an optional extra (``clausediff[dask]``).
No Qt.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from typing import Any

from clausediff.errors import InputError
from clausediff.options import CompareOptions
from clausediff.portfolio.backends import POLL_SECONDS, WINDOW_PER_WORKER, Review, StopCheck, Task
from clausediff.portfolio.review import review_bytes
from clausediff.portfolio.template import Template

#: Seconds to wait for the scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 15


class DaskCluster:
    """A backend over a Dask scheduler address, or over a ``distributed.Client`` already made."""

    def __init__(self, scheduler: Any, template: Template, options: CompareOptions) -> None:
        try:
            # typed as Any: distributed's own annotations are partial (mypy --strict rejects them)
            distributed: Any = importlib.import_module("distributed")
        except ImportError as error:
            raise InputError("--scheduler needs Dask: pip install 'clausediff[dask]'") from error
        self._owns_client = isinstance(scheduler, str)
        if isinstance(scheduler, str):
            try:
                self._client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as error:
                raise InputError(
                    f"cannot reach the Dask scheduler at {scheduler}: {error}"
                ) from error
        else:
            self._client = scheduler
        self._options = options
        self._distributed = distributed
        try:
            self._template = self._scatter(template, str(self._client.scheduler.address))
        except BaseException:
            if self._owns_client:
                self._client.close()
            raise

    def _scatter(self, template: Template, address: str) -> Any:
        """Send the template to every worker, or say there is none.

        Dask's scatter waits for a worker as long as the connect timeout and then raises a
        TimeoutError, an OSError the CLI would report as a write failure, so an empty cluster
        is told apart first (and a cluster emptied meanwhile is caught).
        """
        no_workers = InputError(
            f"the Dask scheduler at {address} has no workers"
            f" (start one with: dask worker {address})"
        )
        if not self._client.nthreads():
            raise no_workers
        try:
            return self._client.scatter(template, broadcast=True, hash=False)
        except TimeoutError as error:
            raise no_workers from error

    def run(self, tasks: Iterator[Task], should_stop: StopCheck) -> Iterator[tuple[Task, Review]]:
        """See :class:`~clausediff.portfolio.backends.Backend`."""
        threads = sum(self._client.nthreads().values()) or 1
        window = threads * WINDOW_PER_WORKER
        finished = self._distributed.as_completed()
        in_flight: dict[str, tuple[Any, Task]] = {}
        source = iter(tasks)
        exhausted = False
        try:
            while True:
                while not exhausted and len(in_flight) < window and not should_stop():
                    task = next(source, None)
                    if task is None:
                        exhausted = True
                        continue
                    future = self._client.submit(
                        review_bytes,
                        self._template,
                        task.name,
                        task.data,
                        self._options,
                        pure=False,
                    )
                    in_flight[future.key] = (future, task)
                    finished.add(future)
                if not in_flight or should_stop():
                    return
                batch = finished.next_batch(block=False)
                if not batch:
                    time.sleep(POLL_SECONDS / 4)
                for future in batch:
                    _, task = in_flight.pop(future.key)
                    yield task, future.result()
        finally:
            for future, _ in in_flight.values():
                future.cancel()

    def close(self) -> None:
        """Forget the scattered template; close the client if this backend opened it."""
        self._template.release()
        if self._owns_client:
            self._client.close()
