"""Only the newest job's result reaches its callback, even when an older one already finished."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clausediff.gui.worker import Job, JobRunner
from clausediff.progress import Monitor


def test_a_finished_but_undelivered_result_of_a_replaced_job_is_dropped(qtbot: QtBot) -> None:
    runner = JobRunner()
    got: list[str] = []
    runner.start(lambda monitor: "old", got.append)
    runner.wait()  # "old" is computed; its signal waits in the GUI thread's queue
    runner.start(lambda monitor: "new", got.append)
    qtbot.waitUntil(lambda: "new" in got, timeout=5000)
    qtbot.wait(20)
    runner.wait()
    assert got == ["new"]


def test_a_job_cancelled_while_it_ran_reports_cancelled_not_its_result(qapp: object) -> None:
    events: list[str] = []

    def work(monitor: Monitor) -> str:
        job.cancel()  # the user pressed Cancel while the work was ending
        return "late"

    job = Job(work, lambda result: None)
    job.signals.finished.connect(lambda result: events.append(f"finished {result}"))
    job.signals.cancelled.connect(lambda: events.append("cancelled"))
    job.run()  # in this thread: the signals are delivered at once
    assert events == ["cancelled"]
