"""Time the real window under a real X server, as a user sees it: keys in, pixels out.

Starts ``Xvfb`` (``apt-get install -y xvfb xdotool``), then for each pair launches
``python -m clausediff LEFT RIGHT`` on the ``xcb`` platform plugin with ``CLAUSEDIFF_LATENCY_LOG``
set (:mod:`clausediff.gui.latency`: the app logs the keys it receives, the moment each paint of
the comparison, the clause list and the overview strip reached the X server, and when the worker
finished the comparison). Keys are typed with ``xdotool`` through the X server. A key's time is
the X server's own timestamp of it (Xvfb stamps events with the monotonic clock in ms), so time
spent waiting in the queue while the app is busy counts. Pairs: (a) the generated 127k-word pair
(``bench/large_pair.py``), (b) the whole Code civil pair of ``../shared/corpus-large``.

Figures (issue 15 targets):

* launch -> comparison fully drawn: from starting the process to the last paint before the
  window stays quiet for 2 s (comparison, layout of every row, overview strip);
* end of comparison -> first screen: from the worker's result to the first paint of the
  comparison (target <= 0.3 s); and the first Alt+Down typed as soon as it shows;
* next / previous change (Alt+Down / Alt+Up) and Page Down: key to the next paint of the
  comparison, median and 90th percentile (target p90 <= 50 ms);
* search: a word typed in the clause list's search box at 8 keys a second; from the last key to
  the moment the clause list and the comparison have both painted the final results (target
  <= 100 ms).

Usage: ``python bench/speed_gui_x11.py [--pair large|civil|both] [--steps N]``.
"""

from __future__ import annotations

import argparse
import collections
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_pair

ROOT = Path(__file__).resolve().parent.parent
CIVIL = ROOT.parent / "shared" / "corpus-large" / "civil_2017_2021"
SCREEN = "1600x1000x24"
QUIET_S = 2.0
KEY_DOWN, KEY_UP, KEY_PAGE_DOWN = 0x01000015, 0x01000013, 0x01000017
FIRST_SCREEN = "end of comparison -> first screen"
FIRST_KEY = "first Alt+Down after the first screen"
FULLY_DRAWN = "launch -> fully drawn (s)"
IN_WORKER = "comparison in the worker (s)"
NEXT, PREVIOUS, PAGE = "next change (Alt+Down)", "previous change (Alt+Up)", "Page Down"
SEARCH = "search (last key -> results)"
#: Targets in ms (of the 90th percentile) of issue 15.
TARGETS = {FIRST_SCREEN: 300.0, NEXT: 50.0, PREVIOUS: 50.0, PAGE: 50.0, SEARCH: 100.0}


@dataclass
class Line:
    """One line of the app's latency log."""

    time: float
    cpu: float  # the app's CPU time so far
    kind: str
    fields: list[str]


@dataclass
class Log:
    """The latency log, read as the app writes it."""

    path: Path
    lines: list[Line] = field(default_factory=list)
    _offset: int = 0

    def read(self) -> list[Line]:
        """Append the complete lines written since the last call."""
        if self.path.exists():
            with self.path.open(encoding="utf-8") as handle:
                handle.seek(self._offset)
                chunk = handle.read()
            complete = chunk[: chunk.rfind("\n") + 1]
            self._offset += len(complete.encode("utf-8"))
            for raw in complete.splitlines():
                parts = raw.split(" ")
                self.lines.append(Line(float(parts[0]), float(parts[1]), parts[2], parts[3:]))
        return self.lines

    def wait_for(self, found: Callable[[list[Line]], Line | None], timeout: float) -> Line:
        """Poll until ``found(lines)`` returns a line."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hit = found(self.read())
            if hit is not None:
                return hit
            time.sleep(0.005)
        raise TimeoutError("the window did not answer")

    def wait_quiet(self, seconds: float = QUIET_S, timeout: float = 120.0) -> float:
        """Wait until nothing is logged for ``seconds``; the time of the last line."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.read()
            last = lines[-1].time if lines else 0.0
            if time.monotonic() - last >= seconds:
                return last
            time.sleep(0.05)
        return self.read()[-1].time


def key_time(line: Line) -> float:
    """When the X server stamped the key (ms, 32 bits, monotonic); the receipt time if the stamp
    does not read as a moment of the last 10 s."""
    stamp = int(line.fields[0])
    waited = (int(line.time * 1000) - stamp) % 2**32
    return line.time - waited / 1000 if waited < 10_000 else line.time


def first_after(lines: list[Line], start: float, name: str, kind: str = "paint") -> Line | None:
    """The first ``kind`` line for ``name`` logged after ``start``."""
    return next(
        (x for x in lines if x.time > start and x.kind == kind and x.fields[0] == name), None
    )


def key_after(lines: list[Line], start: float, code: int) -> Line | None:
    """The first press of the key ``code`` logged after ``start``."""
    return next(
        (x for x in lines if x.kind == "key" and x.time >= start and int(x.fields[1]) == code),
        None,
    )


def xdotool(*args: str) -> str:
    """Run xdotool on the benchmark's display."""
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private X server; its process and display name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise RuntimeError("Xvfb did not start")
        number += chunk
    os.close(read)
    return server, f":{number.decode().strip()}"


def search_words(text: str) -> list[str]:
    """Six ASCII words of the text to search for: two frequent, two middling, two rare."""
    counts = collections.Counter(w.lower() for w in re.findall(r"\b[a-zA-Z]{8,}\b", text))
    ranked = [word for word, count in counts.most_common() if count >= 3]
    middle = len(ranked) // 4
    return [*ranked[:2], *ranked[middle : middle + 2], *ranked[-2:]]


def key_latencies(log: Log, keys: str, code: int, steps: int) -> tuple[list[float], list[float]]:
    """Type ``keys`` ``steps`` times; ms from each key to the comparison's next paint, and the
    app's CPU ms in that time (the rest is waiting for a core on a busy machine)."""
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(steps):
        sent = time.monotonic()
        xdotool("key", keys)
        key = log.wait_for(partial(key_after, start=sent - 0.05, code=code), 10)
        try:
            paint = log.wait_for(partial(first_after, start=key.time, name="compareView"), 5)
        except TimeoutError:
            continue  # at the end of the changes nothing moves
        times.append((paint.time - key_time(key)) * 1000)
        cpu.append((paint.cpu - key.cpu) * 1000)
        time.sleep(0.25)  # a reader's pause between two keys
    return times, cpu


def search_latency(log: Log, word: str) -> float:
    """Select the search box's text, type ``word``; ms from its last key to both views painted."""
    xdotool("key", "ctrl+f")
    time.sleep(0.3)
    sent = time.monotonic()
    xdotool("type", "--delay", "125", word)
    log.wait_quiet(1.0)
    lines = log.read()
    keys = [x for x in lines if x.kind == "key" and x.time >= sent - 0.05]
    last_key = key_time(keys[-1])
    applied = [x for x in lines if x.kind == "mark" and x.fields[0] == "search" and x.time >= sent]
    if not applied or applied[-1].fields[1:] != [word]:
        raise RuntimeError(f"the search for {word!r} was not applied")
    # The first paint of each view after the final search; a view whose rows did not change
    # since the previous letter does not repaint (it already shows the results).
    shown = [first_after(lines, applied[-1].time, n) for n in ("navigatorTable", "compareView")]
    painted = [x.time for x in shown if x is not None]
    if not painted:
        raise RuntimeError(f"the results for {word!r} were not painted")
    return (max(painted) - last_key) * 1000


def measure(
    name: str, left: Path, right: Path, display: str, steps: int, home: Path
) -> dict[str, list[float]]:
    """Launch the window on one pair and take every figure."""
    log = Log(home / f"{name}.log")
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home / name),
        XDG_CONFIG_HOME=str(home / name / "config"),
        XDG_DATA_HOME=str(home / name / "data"),
        CLAUSEDIFF_LATENCY_LOG=str(log.path),
    )
    env.pop("WAYLAND_DISPLAY", None)
    figures: dict[str, list[float]] = {}
    launched = time.monotonic()
    app = subprocess.Popen(
        [sys.executable, "-m", "clausediff", str(left), str(right)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(home / f"{name}.stderr").open("w"),
    )
    try:
        window = xdotool("search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[0]
        xdotool("windowfocus", "--sync", window)
        done = log.wait_for(
            partial(first_after, start=launched, name="work-done", kind="mark"), 600
        )
        first = log.wait_for(partial(first_after, start=done.time, name="compareView"), 60)
        figures[FIRST_SCREEN] = [(first.time - done.time) * 1000]
        figures[FIRST_KEY] = key_latencies(log, "alt+Down", KEY_DOWN, 1)[0]
        drawn = log.wait_quiet()
        figures[FULLY_DRAWN] = [drawn - launched]
        figures[IN_WORKER] = [done.time - launched]
        cpu: dict[str, list[float]] = {}
        figures[NEXT], cpu[NEXT] = key_latencies(log, "alt+Down", KEY_DOWN, steps)
        figures[PREVIOUS], cpu[PREVIOUS] = key_latencies(log, "alt+Up", KEY_UP, steps)
        xdotool("key", "ctrl+Home")
        time.sleep(0.5)
        figures[PAGE], cpu[PAGE] = key_latencies(log, "Next", KEY_PAGE_DOWN, steps)
        for measure_name, values in cpu.items():
            figures[f"  of which the app's CPU, {measure_name.split(' (')[0]}"] = values
        words = search_words(left.read_text(encoding="utf-8"))
        figures[SEARCH] = [search_latency(log, word) for word in words]
        print(f"  [{name}] searched for {', '.join(words)}")
    finally:
        app.terminate()
        app.wait(10)
    return figures


def percentile_90(values: list[float]) -> float:
    """The 90th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.9 * len(ordered)) - 1)]


def table(name: str, figures: dict[str, list[float]], load: tuple[float, float]) -> None:
    """Print one pair's figures: median and 90th percentile, with their targets."""
    print(f"\n{name} (load average {load[0]:.2f} before, {load[1]:.2f} after)")
    print(f"  {'':44} {'n':>3} {'median':>9} {'p90':>9}  target")
    for measure_name, values in figures.items():
        if not values:
            print(f"  {measure_name:44} {0:3d}")
            continue
        median, p90 = statistics.median(values), percentile_90(values)
        if measure_name.endswith("(s)"):
            print(f"  {measure_name:44} {len(values):3d} {median:7.2f} s {p90:7.2f} s")
            continue
        target = TARGETS.get(measure_name)
        verdict = (
            ""
            if target is None
            else f"<= {target:.0f} ms " + ("ok" if p90 <= target else "NOT MET")
        )
        print(f"  {measure_name:44} {len(values):3d} {median:6.0f} ms {p90:6.0f} ms  {verdict}")


def main(argv: list[str] | None = None) -> int:
    """Start Xvfb, measure each pair, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", choices=("large", "civil", "both"), default="both")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="write the apps' logs to this folder")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(
            f"speed_gui_x11: skipped, {' and '.join(missing)} not installed "
            "(apt-get install -y xvfb xdotool)",
            file=sys.stderr,
        )
        return 0
    server, display = start_xvfb()
    os.environ["DISPLAY"] = display  # for xdotool
    print(f"Xvfb {display} {SCREEN}, {os.cpu_count()} cores")
    try:
        with tempfile.TemporaryDirectory() as temp:
            home = args.keep or Path(temp)
            home.mkdir(parents=True, exist_ok=True)
            pairs: list[tuple[str, Path, Path]] = []
            if args.pair in ("large", "both"):
                (home / "large").mkdir(exist_ok=True)
                left, right = large_pair.build(1550).write(home / "large")
                pairs.append(("generated pair (127k words)", left, right))
            if args.pair in ("civil", "both") and not CIVIL.is_dir():
                print(f"speed_gui_x11: no Code civil pair at {CIVIL}, skipped", file=sys.stderr)
            elif args.pair in ("civil", "both"):
                pairs.append(("Code civil pair", CIVIL / "left.txt", CIVIL / "right.txt"))
            for number, (name, left, right) in enumerate(pairs):
                before = os.getloadavg()[0]
                figures = measure(f"pair{number}", left, right, display, args.steps, home)
                table(name, figures, (before, os.getloadavg()[0]))
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
