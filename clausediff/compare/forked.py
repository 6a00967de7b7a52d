"""Run two independent pieces of work at once, one of them in a forked child process.

Contract: :func:`both` takes two functions without arguments and returns their two results, as
``(first(), second())`` would. With ``parallel`` (and on Linux with more than one core) the
first runs in a child process made by ``os.fork`` while this process runs the second; the
child's result (or the exception it raised) comes back pickled through a pipe. A fork costs a
few milliseconds and shares the parent's memory, so the child starts with every module imported
and the documents already read; a process pool would start a fresh interpreter instead (about
0.3 s here, the time we want to save).

Only for short-lived processes that hold no threads of their own: the ``clausediff`` command
uses it when the machine has a core to spare (:func:`spare_core`), the window does not (forking
a process with Qt's threads is unsafe). The child never
writes to a file or a stream: it returns a value and leaves by ``os._exit``. If it dies without
an answer (killed, out of memory) or with one that does not unpickle, the first function runs
here after all; if it raised, the same exception is raised here. When this process stops early
(Ctrl+C, cancel), the child is killed and reaped. No Qt.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import NoReturn, TypeVar

First = TypeVar("First")
Second = TypeVar("Second")


def can_fork() -> bool:
    """Whether forking pays and is safe here: Linux (fork without exec is unsafe on macOS and
    absent on Windows) with a second core to run the child on."""
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1


def spare_core() -> bool:
    """Whether this machine has a core to spare for a child: nothing else ready to run on the
    cores but this process's right now, and on average over the last minute no more processes
    ready to run than cores.

    On a busier machine the two processes only share the same cores, and the memory pages
    they share are copied as either writes to them: the Code civil pair at load 6 on 2 cores
    took 2.12 s of CPU (6.1 s wall) forked, 1.89 s (4.7 s wall) in one process. The minute's
    average alone lags: right after a run of its own (or a test suite) has ended, a 2-core
    machine still averages 1 to 1.5 while both cores are free, and a threshold on it alone kept
    ``clausediff compare`` in one process on an idle machine (0.98 s wall instead of 0.79 s
    forked on the Code civil pair).
    """
    cores = os.cpu_count() or 1
    try:
        minute_load = os.getloadavg()[0]
    except OSError:  # no load average on this system
        return False
    others_now = others_running_now()
    if others_now is None:
        return cores > 1 and minute_load <= cores - 1
    return cores > 1 and others_now <= cores - 2 and minute_load <= cores


def others_running_now() -> int | None:
    """How many tasks other than this one are ready to run at this instant (the kernel's count
    in ``/proc/loadavg``, which includes the reader itself), or None where it cannot be read."""
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            running = loadavg.read().split()[3].split("/")[0]
        return max(int(running) - 1, 0)
    except (OSError, IndexError, ValueError):
        return None


def both(
    first: Callable[[], First], second: Callable[[], Second], *, parallel: bool
) -> tuple[First, Second]:
    """``(first(), second())``, computed at the same time when ``parallel`` (see the module)."""
    if not (parallel and can_fork()):
        return first(), second()
    reading, writing = os.pipe()
    # Ctrl+C is held back across the fork, so that it reaches this process only once the child
    # is known (to be killed) and the child ignores it (it is this process's to handle).
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        child = os.fork()
    except OSError:  # no process left to make: the same work, one after the other
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.close(reading)
        os.close(writing)
        return first(), second()
    if child == 0:
        _answer(first, reading, writing)
    os.close(writing)
    try:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        second_result = second()
        with os.fdopen(reading, "rb") as pipe:
            reading = -1
            answer = pipe.read()
    finally:
        if reading >= 0:  # stopped before the child's answer: it is no longer wanted
            os.close(reading)
            os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    try:
        failed, value = pickle.loads(answer)
    except Exception:  # no answer (the child died) or one that does not read back
        return first(), second_result  # do its work here
    if failed:
        raise value
    first_result: First = value
    return first_result, second_result


def _answer(work: Callable[[], object], reading: int, writing: int) -> NoReturn:
    """In the child: run ``work``, send ``(failed, result or exception)``, leave at once."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # A collection would visit every object the parent made, copying the memory pages
        # the two processes share; the child lives a second, its garbage dies with it.
        gc.disable()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.close(reading)
        try:
            answer = pickle.dumps((False, work()), pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # every failure goes back to the parent
            try:
                answer = pickle.dumps((True, error), pickle.HIGHEST_PROTOCOL)
            except Exception:  # an exception that does not pickle
                answer = pickle.dumps((True, RuntimeError(repr(error))), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(answer)
        status = 0
    finally:
        os._exit(status)
