"""Time the window on the large benchmark pair: first screen, next change, scrolling.

``bench/large_pair.py`` builds the pair (about 1,550 clauses a side, from real legal paragraphs);
both sides are written as ``.txt`` to a temporary folder and opened in the real window, offscreen,
at 1400x900. Printed figures (issue 6 targets):

* first screen: from the moment the comparison returns in the worker thread to the end of the
  first paint of the comparison view (result delivered, models reset, first rows laid out,
  painted); target <= 2 s. The view measures the other rows in batches between events; the time
  until every row is measured is printed too, and the next figures are taken after it;
* next change (Alt+Down): action plus a synchronous repaint of the view, median and worst of
  ``--steps`` steps, events processed between two steps as between two key presses; target
  <= 50 ms;
* scrolling: one page down plus a repaint, median and worst, and a jump to the far end.

Usage: ``python bench/speed_gui.py [--clauses N] [--steps N] [--no-fold]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import large_pair

TARGET_FIRST_SCREEN = 2.0
TARGET_STEP_MS = 50.0


def _timed(action: Callable[[], object], repaint: Callable[[], object]) -> float:
    """Milliseconds for ``action`` plus a synchronous repaint."""
    started = time.perf_counter()
    action()
    repaint()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    """Build the pair, open it in the window, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=1550)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--no-fold", action="store_true", help="one row per pair, no folding")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    import clausediff.gui.opening as opening
    from clausediff.compare.pipeline import compare_files as real_compare
    from clausediff.gui.app import configure_application, create_window

    pair = large_pair.build(args.clauses)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    returned: list[float] = []

    def compare_and_clock(*call: Any, **kwargs: Any) -> Any:
        result = real_compare(*call, **kwargs)
        returned.append(time.perf_counter())
        return result

    vars(opening)["compare_files"] = compare_and_clock  # timing probe around the real engine
    with tempfile.TemporaryDirectory() as home:
        left, right = pair.write(Path(home))
        window = create_window(Path(home) / "config", Path(home) / "data", recover=False)
        window.actions_.fold.setChecked(not args.no_fold)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        loop = QEventLoop()
        window.comparison_finished.connect(loop.quit)
        window.comparison_failed.connect(loop.quit)
        QTimer.singleShot(300_000, loop.quit)
        started = time.perf_counter()
        window.opener.open_pair(str(left), str(right))
        loop.exec()
        comparison = window.workspace.comparison
        if comparison is None or not returned:
            print("speed_gui: the comparison failed", file=sys.stderr)
            return 1
        viewport = window.view.viewport()
        viewport.repaint()
        first_screen = time.perf_counter() - returned[0]
        compare_seconds = returned[0] - started
        rows = window.view.compare_model.rowCount()
        print(
            f"pairs {len(comparison.pairs)}, rows in the view {rows} "
            f"({'one per pair' if args.no_fold else 'identical runs folded'}), "
            f"comparison in the worker {compare_seconds:.2f} s"
        )
        verdict = "ok" if first_screen <= TARGET_FIRST_SCREEN else "SLOW"
        print(
            f"first screen after the comparison: {first_screen:.3f} s "
            f"(target <= {TARGET_FIRST_SCREEN:.0f} s) {verdict}"
        )

        settled = _settle(app, window.view)
        print(f"every row measured (batched layout in the background) after {settled:.2f} s")
        window.set_current_pair(0)
        steps = [
            _timed(window.actions_.next_change.trigger, viewport.repaint) for _ in range(args.steps)
        ]
        _report("next change (Alt+Down)", steps)
        bar = window.view.verticalScrollBar()
        bar.setValue(0)
        pages = [
            _timed(lambda: bar.setValue(bar.value() + bar.pageStep()), viewport.repaint)
            for _ in range(args.steps)
        ]
        _report("scroll one page", pages)
        print(f"(scrolled to {bar.value()} of {bar.maximum()} pixels, page {bar.pageStep()})")
        jump = _timed(lambda: bar.setValue(bar.maximum()), viewport.repaint)
        print(f"jump to the end: {jump:.1f} ms")
        window.workspace.set_modified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


def _settle(app: Any, view: Any) -> float:
    """Process events until the last row has its place (batched layout done); seconds it took."""
    started = time.perf_counter()
    model = view.compare_model
    last = model.index(model.rowCount() - 1)
    while time.perf_counter() - started < 60:
        app.processEvents()
        if view.rectForIndex(last).bottom() >= view.verticalScrollBar().maximum():
            break
    return time.perf_counter() - started


def _report(name: str, times: list[float]) -> None:
    worst = max(times)
    verdict = "ok" if worst <= TARGET_STEP_MS else "SLOW"
    print(
        f"{name}: median {statistics.median(times):.1f} ms, worst {worst:.1f} ms "
        f"(target <= {TARGET_STEP_MS:.0f} ms) {verdict}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
