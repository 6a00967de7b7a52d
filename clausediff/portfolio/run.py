"""Run a portfolio review: discover the contracts, reuse what the cache knows, review the rest.

:func:`run_portfolio` reads each contract file once, hashes it, and either finds its review in the
:class:`~clausediff.portfolio.cache.ReviewCache` or sends the bytes to the backend; every review
that comes back is put in the cache at once. Files are processed lazily, so only the backend's
small window of contracts is ever in memory. Duplicates (same bytes as an earlier file) and the
template itself found among the contracts become error entries, as do files that cannot be
read. A cancel (``monitor.should_cancel()``) or Ctrl+C stops the run cleanly: the result says
it was interrupted, everything reviewed so far is in the cache and the next run resumes from
there. Progress goes to ``monitor.progress(done, total, message)``. No Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clausediff.errors import ErrorCode, InputError
from clausediff.options import CompareOptions
from clausediff.portfolio.backends import Backend, InProcess, LocalPool, Task, default_jobs
from clausediff.portfolio.cache import ReviewCache, review_key
from clausediff.portfolio.discover import discover
from clausediff.portfolio.model import ContractReview
from clausediff.portfolio.template import Template, prepare_template, sha256_of
from clausediff.progress import SILENT, Monitor
from clausediff.readers import SUPPORTED_SUFFIXES
from clausediff.readers.guards import one_line


@dataclass(frozen=True, slots=True)
class Settings:
    """How to run: comparison options, worker processes (None: every core), Dask scheduler."""

    options: CompareOptions = field(default_factory=CompareOptions)
    jobs: int | None = None
    scheduler: Any = None  # "tcp://host:port" or a distributed.Client; None: this machine


@dataclass(slots=True)
class Entry:
    """One contract file of the run: its review is in the cache under ``key``, or is ``error``."""

    path: str
    sha256: str = ""
    key: str | None = None
    error: InputError | None = None


@dataclass(slots=True)
class PortfolioRun:
    """What a run did: the template, one entry per file (None: never reached), and counts."""

    template: Template
    entries: list[Entry | None]
    skipped: tuple[Path, ...]
    done: int = 0
    from_cache: int = 0
    reviewed: int = 0
    interrupted: bool = False

    def review(self, entry: Entry, cache: ReviewCache) -> dict[str, Any] | None:
        """The JSON review of one entry (path first), or None when it was still running."""
        if entry.error is not None:
            error = entry.error
            body = ContractReview.failed(
                entry.sha256, str(error), error.code, error.params
            ).to_dict()
        else:
            found = cache.get(entry.key) if entry.key else None
            if found is None:
                return None
            body = found
        return {"path": entry.path, **body}

    def reviews(self, cache: ReviewCache) -> Iterator[dict[str, Any]]:
        """Every finished review, in file order, read back from the cache one at a time."""
        for entry in self.entries:
            if entry is not None:
                review = self.review(entry, cache)
                if review is not None:
                    yield review

    @property
    def pending(self) -> int:
        """Files not reviewed because the run was interrupted."""
        return sum(1 for entry in self.entries if entry is None)


def run_portfolio(
    template_path: str | os.PathLike[str],
    paths: Sequence[str | os.PathLike[str]],
    cache: ReviewCache,
    settings: Settings = Settings(),
    monitor: Monitor = SILENT,
) -> PortfolioRun:
    """Review every contract under ``paths`` against the template (see the module docstring).

    InputError for a bad template or when the paths hold no file to review.
    """
    template = prepare_template(template_path)
    found = discover(paths)
    if not found.files:
        names = ", ".join(str(p) for p in paths)
        raise InputError(
            f"no contract file in {names} (ClauseDiff reads {' '.join(SUPPORTED_SUFFIXES)})",
            ErrorCode.NO_CONTRACT_FILES,
            name=names,
        )
    run = PortfolioRun(template, [None] * len(found.files), found.skipped)
    total = len(found.files)
    stop = _Stop(monitor.should_cancel)
    backend = _backend(template, settings, total)
    try:
        tasks = _tasks(run, found.files, cache, settings.options, stop, monitor)
        for task, review in backend.run(tasks, stop):
            entry = run.entries[task.index]
            assert entry is not None and entry.key is not None
            cache.put(entry.key, review)
            run.reviewed += 1
            run.done += 1
            monitor.progress(run.done, total, "reviewing")
    except KeyboardInterrupt:
        stop.interrupted = True
    finally:
        backend.close()
        cache.commit()
    _forget_unfinished(run, cache)
    run.interrupted = stop.interrupted or stop()
    if not run.interrupted:
        monitor.progress(total, total, "done")
    return run


class _Stop:
    """The stop check handed to the backend: a cancel request, or Ctrl+C."""

    def __init__(self, should_cancel: Callable[[], bool]) -> None:
        self._should_cancel = should_cancel
        self.interrupted = False

    def __call__(self) -> bool:
        return self.interrupted or self._should_cancel()


def _backend(template: Template, settings: Settings, total: int) -> Backend:
    if settings.scheduler is not None:
        from clausediff.portfolio.dask_backend import DaskCluster

        return DaskCluster(settings.scheduler, template, settings.options)
    jobs = min(settings.jobs or default_jobs(), total)
    if jobs <= 1:
        return InProcess(template, settings.options)
    return LocalPool(template, settings.options, jobs)


def _tasks(
    run: PortfolioRun,
    files: Sequence[Path],
    cache: ReviewCache,
    options: CompareOptions,
    stop: _Stop,
    monitor: Monitor,
) -> Iterator[Task]:
    """Read and hash each file; yield those the cache does not know, record the others."""
    template_file = Path(run.template.path).resolve()
    first_with: dict[str, str] = {}
    for index, path in enumerate(files):
        if stop():
            return
        entry = Entry(str(path))
        run.entries[index] = entry
        try:
            data = path.read_bytes()
        except OSError as error:
            reason = error.strerror or one_line(error)
            entry.error = InputError(
                f"cannot read {path.name}: {reason}",
                ErrorCode.CANNOT_READ,
                name=path.name,
                reason=reason,
            )
            continue
        entry.sha256 = sha256_of(data)
        if path.resolve() == template_file:
            entry.error = InputError("this is the template itself", ErrorCode.TEMPLATE_ITSELF)
        elif entry.sha256 in first_with:
            first = first_with[entry.sha256]
            entry.error = InputError(
                f"duplicate: same content as {first}", ErrorCode.DUPLICATE_CONTRACT, path=first
            )
        else:
            first_with[entry.sha256] = entry.path
            entry.key = review_key(run.template.sha256, entry.sha256, options)
            if entry.key not in cache:
                yield Task(index, path.name, data)
                continue
            run.from_cache += 1
        run.done += 1
        monitor.progress(run.done, len(files), "reviewing")


def _forget_unfinished(run: PortfolioRun, cache: ReviewCache) -> None:
    """Entries whose review never came back, or whose file was still being read when the run
    was interrupted (no key, no error yet), count as not reached."""
    for index, entry in enumerate(run.entries):
        if entry is None or entry.error is not None:
            continue
        if entry.key is None or entry.key not in cache:
            run.entries[index] = None
