"""Time ``clausediff compare --json`` against ``dwdiff -s`` on the same pair, and its scaling.

The reference is ``dwdiff`` (Debian package ``dwdiff``: ``apt-get install -y dwdiff``), a C word
diff that does no clause alignment at all: ClauseDiff should stay within twice its wall time
(issue 15). Every run is a fresh process, as a user starts it, and is measured from outside:
wall time, CPU time (user + sys of that child alone, from :func:`os.wait4`) and peak resident
memory. CPU time is what to trust on a shared machine: it hardly moves with the load of other
processes, while wall time does, so the two tools run alternately and the median of
``--repeats`` runs counts.

ClauseDiff's modules are compiled to bytecode first, as an installed copy has them.

Scaling: the pair is also written four times over (each side four copies of itself end to end)
and compared the same way; a pair four times as large should take at most 4.4 times as long.

``--reference TREE`` also runs another checkout's ClauseDiff (``TREE/clausediff``, for instance
a worktree of main) in the same rounds, so that code before and after a change is timed under
the same load; its ratio to dwdiff is printed beside ours.

Usage: ``python bench/speed_compare_dwdiff.py [PAIR_DIR] [--repeats 3] [--no-scaling]
[--reference TREE]``. ``PAIR_DIR`` holds ``left.txt`` and ``right.txt`` (default: the Code civil
pair of ``../shared/corpus-large``). Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAIR = ROOT.parent / "shared" / "corpus-large" / "civil_2017_2021"
TARGET_RATIO = 2.0
TARGET_MB = 150.0
PARALLEL_CPU_SHARE = 1.1
TARGET_SCALING = 4.4
SCALE = 4
REFERENCE = "reference --json"


@dataclass(frozen=True, slots=True)
class Run:
    """What one child process cost."""

    wall: float
    cpu: float
    peak_mb: float


def measure(command: list[str], cwd: Path = ROOT) -> Run:
    """Run ``command`` in ``cwd`` to its end (output discarded) and measure that process alone."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):  # dwdiff exits 1 when the texts differ
        raise SystemExit(f"{command[0]} failed ({process.returncode}): {stderr.strip()}")
    # ru_maxrss is in kilobytes on Linux
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def clausediff_command(left: Path, right: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "clausediff",
        "compare",
        str(left),
        str(right),
        "--json",
        str(out),
    ]


def dwdiff_command(left: Path, right: Path) -> list[str]:
    return ["dwdiff", "-s", str(left), str(right)]


def median_run(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
    )


def alternate(
    commands: dict[str, list[str]], repeats: int, folders: dict[str, Path] | None = None
) -> dict[str, list[Run]]:
    """Run the commands in turn, ``repeats`` rounds; every run of each command, in order.

    ``folders`` names the working folder of a command run elsewhere than this checkout
    (``python -m clausediff`` imports the ``clausediff`` of its working folder)."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            runs[name].append(measure(command, (folders or {}).get(name, ROOT)))
    return runs


def ran_in_two_processes(run: Run) -> bool:
    """Whether two processes evidently worked at once in this run: more CPU time than wall time.

    ``clausediff compare`` decides for itself when it starts
    (:func:`clausediff.compare.forked.spare_core`); asking the same question beforehand from
    here would only guess what it saw, so the run's own figures tell."""
    return run.cpu > PARALLEL_CPU_SHARE * run.wall


def write_scaled(pair: Path, folder: Path, times: int) -> tuple[Path, Path]:
    """Each side of the pair written ``times`` over, end to end."""
    paths = []
    for side in ("left", "right"):
        text = (pair / f"{side}.txt").read_text(encoding="utf-8")
        path = folder / f"{side}_x{times}.txt"
        path.write_text(("\n\n".join([text.rstrip("\n")] * times)) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def show(name: str, run: Run) -> None:
    print(
        f"  {name:<22} wall {run.wall:6.2f} s   CPU {run.cpu:6.2f} s   peak {run.peak_mb:6.1f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pair", type=Path, nargs="?", default=DEFAULT_PAIR)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-scaling", action="store_true", help="skip the 4x pair")
    parser.add_argument(
        "--reference", type=Path, help="another checkout whose clausediff runs in the same rounds"
    )
    args = parser.parse_args(argv)
    if shutil.which("dwdiff") is None:
        print("skipped: dwdiff is not installed (apt-get install -y dwdiff)")
        return 0
    left, right = args.pair / "left.txt", args.pair / "right.txt"
    # An installed ClauseDiff starts from bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module at every start (0.06 s more here).
    for tree in (ROOT, args.reference) if args.reference else (ROOT,):
        compiled = [sys.executable, "-m", "compileall", "-q", str(tree / "clausediff")]
        subprocess.run(compiled, check=True)
    print(f"machine: {platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"pair: {args.pair} (median of {args.repeats}, runs alternated)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out = folder / "out.json"
        commands = {
            "dwdiff -s": dwdiff_command(left, right),
            "clausediff --json": clausediff_command(left, right, out),
        }
        folders: dict[str, Path] = {}
        if args.reference:
            commands[REFERENCE] = clausediff_command(left, right, folder / "reference.json")
            folders[REFERENCE] = args.reference.resolve()
        if not args.no_scaling:
            big_left, big_right = write_scaled(args.pair, folder, SCALE)
            commands[f"clausediff --json x{SCALE}"] = clausediff_command(big_left, big_right, out)
        runs = alternate(commands, args.repeats, folders)
    results = {name: median_run(found) for name, found in runs.items()}
    for name, run in results.items():
        show(name, run)
    parallel = sum(ran_in_two_processes(run) for run in runs["clausediff --json"])
    print(f"clausediff --json runs in two processes at once: {parallel}/{args.repeats}")
    reference, ours = results["dwdiff -s"], results["clausediff --json"]
    wall_ratio, cpu_ratio = ours.wall / reference.wall, ours.cpu / reference.cpu
    print(f"ratio to dwdiff: wall {wall_ratio:.2f} (target <= {TARGET_RATIO}), CPU {cpu_ratio:.2f}")
    if args.reference:
        theirs = results[REFERENCE]
        print(
            f"reference ({args.reference}): wall ratio {theirs.wall / reference.wall:.2f}, "
            f"CPU ratio {theirs.cpu / reference.cpu:.2f}"
        )
    print(f"peak memory: {ours.peak_mb:.1f} MB (target <= {TARGET_MB:.0f})")
    if not args.no_scaling:
        big = results[f"clausediff --json x{SCALE}"]
        print(
            f"scaling x{SCALE}: wall {big.wall / ours.wall:.2f}, CPU {big.cpu / ours.cpu:.2f} "
            f"(target <= {TARGET_SCALING}); peak {big.peak_mb:.1f} MB"
        )
    load = os.getloadavg()[0]
    print(f"load average at the end: {load:.1f} (wall figures mean little above {os.cpu_count()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
