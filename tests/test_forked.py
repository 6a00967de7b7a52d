"""Two pieces of work at once (clausediff.compare.forked) and the pipeline that uses it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clausediff.compare import forked
from clausediff.compare.forked import both, can_fork, spare_core
from clausediff.compare.pipeline import compare_files
from clausediff.errors import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

needs_fork = pytest.mark.skipif(not can_fork(), reason="forks on Linux with two cores only")


@needs_fork
def test_the_first_runs_in_another_process_and_its_result_comes_back() -> None:
    here = os.getpid()
    (first_pid, first_value), (second_pid, second_value) = both(
        lambda: (os.getpid(), {"text": "é" * 100_000}),  # more than a pipe's buffer
        lambda: (os.getpid(), [1, 2, 3]),
        parallel=True,
    )
    assert first_pid != here and second_pid == here
    assert first_value == {"text": "é" * 100_000} and second_value == [1, 2, 3]


def test_without_parallel_both_run_here_in_order() -> None:
    order: list[str] = []
    results = both(
        lambda: order.append("first") or os.getpid(),
        lambda: order.append("second") or os.getpid(),
        parallel=False,
    )
    assert results == (os.getpid(), os.getpid()) and order == ["first", "second"]


@needs_fork
def test_an_exception_in_the_child_is_raised_here() -> None:
    def bad_input() -> None:
        raise InputError("left.txt: not UTF-8 text")

    with pytest.raises(InputError, match=r"left\.txt: not UTF-8 text"):
        both(bad_input, lambda: 1, parallel=True)


@needs_fork
def test_a_child_that_dies_without_answering_has_its_work_done_here() -> None:
    parent = os.getpid()

    def die_in_the_child() -> int:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return 41

    assert both(die_in_the_child, lambda: 1, parallel=True) == (41, 1)


class _Unreadable:
    """Pickles, but does not unpickle."""

    def __init__(self) -> None:
        self.pid = os.getpid()

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_refuse, ())


def _refuse() -> None:
    raise ValueError("cannot be read back")


@needs_fork
def test_an_answer_that_does_not_read_back_is_worked_out_here() -> None:
    first, _ = both(_Unreadable, lambda: 1, parallel=True)
    assert isinstance(first, _Unreadable) and first.pid == os.getpid()


@needs_fork
def test_when_the_second_fails_the_child_is_killed_and_reaped() -> None:
    def cancelled() -> None:
        raise KeyboardInterrupt

    before, started = _children(), time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        both(lambda: sum(range(10**9)), cancelled, parallel=True)  # the child would take a minute
    assert time.monotonic() - started < 10  # not waited for: killed
    assert _children() == before  # and reaped: no child left behind, not even a zombie


def _children() -> set[str]:
    """The process ids of this process's children (Linux)."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    return {pid for task in tasks.iterdir() for pid in (task / "children").read_text().split()}


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("contrat-services-v1.txt", "contrat-services-v2.txt"),
        ("service-agreement-v1.txt", "service-agreement-v2.txt"),
    ],
)
def test_a_parallel_comparison_equals_the_serial_one(left: str, right: str) -> None:
    serial = compare_files(SAMPLES / left, SAMPLES / right)
    parallel = compare_files(SAMPLES / left, SAMPLES / right, parallel=True)
    assert parallel == serial
    assert parallel.left_terms and any(parallel.left_terms.values())


@pytest.mark.parametrize(
    ("load", "others_now", "cores", "spare"),
    [
        (0.2, 0, 2, True),  # an idle machine
        (1.3, 0, 2, True),  # the minute's average still counts a run that has ended
        (0.9, 1, 2, False),  # another process holds the second core right now
        (2.5, 0, 2, False),  # busy on average, a lull at this instant
        (6.0, 5, 2, False),  # the project's VM during test runs
        (2.5, 2, 4, True),
        (0.0, 0, 1, False),  # one core: nothing to spare
        (0.9, None, 2, True),  # no instant count: the minute's average decides
        (1.6, None, 2, False),
    ],
)
def test_a_core_is_spared_when_nothing_else_runs_on_it(
    monkeypatch: pytest.MonkeyPatch, load: float, others_now: int | None, cores: int, spare: bool
) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    monkeypatch.setattr(forked, "others_running_now", lambda: others_now)
    assert spare_core() is spare


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/loadavg is Linux's")
def test_the_instant_count_leaves_out_the_process_that_reads_it() -> None:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        deadline = time.monotonic() + 5
        seen = 0
        while time.monotonic() < deadline and seen < 1:
            seen = max(seen, forked.others_running_now() or 0)
        assert seen >= 1  # the busy loop is seen running beside us
    finally:
        busy.kill()
        busy.wait()
