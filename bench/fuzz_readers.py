"""Reader fuzz campaign: hostile and damaged files of every format, run as a user runs them.

Usage: ``.venv/bin/python bench/fuzz_readers.py [--cases 3000] [--seed 1] [--only N]
[--keep DIR] [--timeout 30] [--memory-mb 1500]``

Every case (:mod:`fuzz_cases`, :mod:`fuzz_hostile`: random byte mutations of the repository's
real samples and the known hostile shapes of each format) is written to a temporary file and
run twice, one process at a time, each under a time limit and an address-space cap
(``RLIMIT_AS``), niced:

- as a whole process: ``clausediff compare CASE SANE --json OUT`` (SANE a sample of the same
  format), classified ``ok`` (exit 0), ``refused`` (exit 2, one line ``clausediff: error: ``
  naming the file), or a failure: ``exit2-unnamed``, ``exit2-not-one-line``, ``memory`` (the cap
  hit, reported as MemoryError), ``exit1``, ``traceback``, ``signal``, ``hang``;
- through the reader API (``read_document``) in a long-lived worker process: ``ok``,
  ``refused``, ``refused-catchall`` (a parser library's exception turned into the generic
  "damaged" refusal: acceptable for the user, but a path the reader did not foresee; its cause
  is listed), or ``exception``, ``hang``, ``died``.

A case whose file changed (bytes or mtime) is a failure whatever its exit code. The figures
per format and class, the time, the load average and each distinct failure (format, family,
class, message) with a case number to rerun with ``--only`` are printed at the end.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import resource
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_cases import FORMATS, Case, campaign

_PARSER_TEXT = re.compile(r"\b\w*(?:Error|Exception)\b|Traceback|line \d+, in ")
WORKER_FLAG = "--worker"


@dataclass(frozen=True)
class Outcome:
    """What one run gave: its class, the first line of what it said, its peak memory."""

    kind: str
    message: str = ""
    peak_mb: float = 0.0


def _limits(memory_mb: int) -> None:
    """Runs in the child before exec: cap the address space, be nice to the shared machine."""
    cap = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.nice(10)


def _command() -> list[str]:
    script = Path(sys.executable).parent / "clausediff"
    return [str(script)] if script.exists() else [sys.executable, "-m", "clausediff"]


def run_cli(case_path: Path, sane: Path, out: Path, timeout: float, memory_mb: int) -> Outcome:
    """``clausediff compare CASE SANE --json OUT`` as a process of its own, classified."""
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(
            [*_command(), "compare", str(case_path), str(sane), "--json", str(out)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            preexec_fn=lambda: _limits(memory_mb),
            start_new_session=True,
            env={**os.environ, "CLAUSEDIFF_DEBUG": ""},
        )
        deadline = time.monotonic() + timeout
        status, usage = 0, None
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(process.pid, 9)
                os.wait4(process.pid, 0)
                process.returncode = -9
                return Outcome("hang", f"still running after {timeout:.0f} s")
            time.sleep(0.01)
        code = os.waitstatus_to_exitcode(status)
        process.returncode = code
        stderr.seek(0)
        said = stderr.read().decode("utf-8", "replace")
    peak = usage.ru_maxrss / 1024 if usage else 0.0
    return Outcome(_classify_cli(code, said, case_path.name), _first_error(said), peak)


def _first_error(said: str) -> str:
    lines = [line for line in said.splitlines() if not line.startswith("clausediff: warning:")]
    return lines[0][:200] if lines else ""


def _classify_cli(code: int, said: str, name: str) -> str:
    lines = [line for line in said.splitlines() if line.strip()]
    errors = [line for line in lines if not line.startswith("clausediff: warning:")]
    if "Traceback" in said:
        return "traceback"
    if code < 0:
        return "signal"
    if code == 0:
        return "ok"
    if code == 2:
        if "not enough memory" in said or "too large to read in memory" in said:
            return "memory"
        if len(errors) != 1 or not errors[0].startswith("clausediff: error: "):
            return "exit2-not-one-line"
        if name not in errors[0] or _PARSER_TEXT.search(errors[0]):
            return "exit2-unnamed"
        return "refused"
    return f"exit{code}"


class ReaderWorker:
    """A process that reads files with ``read_document`` on request, restarted when it dies
    or hangs (so one bad case cannot stop the campaign)."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [sys.executable, __file__, WORKER_FLAG],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                preexec_fn=lambda: _limits(self.memory_mb),
                env={**os.environ, "CLAUSEDIFF_DEBUG": ""},
            )
        return self.process

    def read(self, path: Path, timeout: float) -> Outcome:
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(f"{path}\n".encode())
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        if not ready:
            self.stop()
            return Outcome("hang", f"still reading after {timeout:.0f} s")
        line = process.stdout.readline()
        if not line:
            code = process.wait()
            self.process = None
            return Outcome("died", f"worker exited with {code}")
        answer = json.loads(line)
        return Outcome(answer["kind"], answer["message"], answer["peak_mb"])

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def _worker() -> int:
    """The worker's loop: one path a line in, one JSON answer a line out."""
    from clausediff.errors import ErrorCode, InputError
    from clausediff.readers import read_document

    for line in sys.stdin:
        path = Path(line.strip())
        kind, message = "ok", ""
        try:
            document = read_document(path)
            message = f"{len(document.text)} characters, {len(document.warnings)} warning(s)"
        except InputError as error:
            text = str(error)
            cause = error.__cause__
            if isinstance(cause, MemoryError):
                kind, message = "memory", text[:200]
            elif (
                error.code is ErrorCode.DAMAGED
                and cause is not None
                and "cannot be read as" in text
            ):
                kind, message = "refused-catchall", f"{type(cause).__name__}: {cause}"[:200]
            elif "\n" in text or path.name not in text:
                kind, message = "refused-unnamed", text[:200]
            else:
                kind, message = "refused", text[:200]
        except Exception as error:  # what the campaign is looking for
            kind, message = "exception", f"{type(error).__name__}: {error}"[:200]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sys.stdout.write(json.dumps({"kind": kind, "message": message, "peak_mb": peak}) + "\n")
        sys.stdout.flush()
    return 0


GOOD = {"ok", "refused", "refused-catchall"}


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def run_case(
    case: Case, folder: Path, worker: ReaderWorker, args: argparse.Namespace
) -> dict[str, object]:
    """Make one case's file, run it both ways, check it is unchanged; a row of the results."""
    path = folder / case.name
    started = time.monotonic()
    path.write_bytes(case.make())
    size = path.stat().st_size
    before, sane_before = _fingerprint(path), _fingerprint(case.counterpart)
    cli = run_cli(path, case.counterpart, folder / "out.json", args.timeout, args.memory_mb)
    api = worker.read(path, args.timeout)
    changed = _fingerprint(path) != before or _fingerprint(case.counterpart) != sane_before
    row: dict[str, object] = {
        "case": case.number, "fmt": case.fmt, "family": case.family, "bytes": size,
        "cli": "file-changed" if changed else cli.kind, "cli_message": cli.message,
        "api": api.kind, "api_message": api.message, "peak_mb": max(cli.peak_mb, api.peak_mb),
        "seconds": time.monotonic() - started,
    }  # fmt: skip
    failed = row["cli"] not in GOOD or api.kind not in GOOD
    if failed and args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        path.replace(Path(args.keep) / case.name)
    else:
        path.unlink()
    (folder / "out.json").unlink(missing_ok=True)
    return row


def _report(rows: list[dict[str, object]], seconds: float, load: str) -> None:
    print(f"\n{len(rows)} cases in {seconds:.0f} s; {load}")
    for side in ("cli", "api"):
        kinds = sorted({str(row[side]) for row in rows})
        print(f"\n{side:<6}" + "".join(f"{kind:>18}" for kind in kinds) + f"{'seconds':>9}")
        for fmt in [*(fmt for fmt in FORMATS if any(row["fmt"] == fmt for row in rows)), "all"]:
            chosen = [row for row in rows if fmt in ("all", row["fmt"])]
            counts = collections.Counter(str(row[side]) for row in chosen)
            spent = sum(float(str(row["seconds"])) for row in chosen)
            print(f"{fmt:<6}" + "".join(f"{counts[kind]:>18}" for kind in kinds) + f"{spent:>9.0f}")
    peak = max(rows, key=lambda row: float(str(row["peak_mb"])))
    print(f"\npeak memory {peak['peak_mb']:.0f} MB (case {peak['case']}, {peak['family']})")
    slowest = max(rows, key=lambda row: float(str(row["seconds"])))
    print(f"slowest case {slowest['seconds']:.1f} s (case {slowest['case']}, {slowest['family']})")
    distinct: dict[tuple[str, str, str, str, str], list[int]] = collections.defaultdict(list)
    for row in rows:
        for side in ("cli", "api"):
            if row[side] not in GOOD or row[side] == "refused-catchall":
                message = re.sub(r"case-\d+", "case-N", str(row[f"{side}_message"]))
                message = re.sub(r"\d{3,}", "#", message)[:110]
                key = (side, str(row["fmt"]), str(row["family"]), str(row[side]), message)
                distinct[key].append(int(str(row["case"])))
    print(f"\n{len(distinct)} distinct failures and catch-all refusals (side fmt family class):")
    for key, cases in sorted(distinct.items()):
        print(f"  {' '.join(key[:4])} x{len(cases)} (case {cases[0]}): {key[4]}")


def main() -> int:
    if sys.argv[1:] == [WORKER_FLAG]:
        return _worker()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=3000, help="cases in all (default 3000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", type=int, action="append", help="run only this case number")
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help="run only these formats (same cases)"
    )
    parser.add_argument("--keep", help="folder where the files of failing cases are kept")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--memory-mb", type=int, default=1500)
    parser.add_argument("--jsonl", help="write one JSON line per case here")
    parser.add_argument(
        "--report", nargs="+", metavar="JSONL", help="print the figures of saved runs, run nothing"
    )
    args = parser.parse_args()
    if args.report:
        lines = [line for name in args.report for line in Path(name).read_text().splitlines()]
        saved = [json.loads(line) for line in lines]
        seconds = sum(float(row["seconds"]) for row in saved)
        _report(saved, seconds, "saved runs: the load was printed when they ran")
        return 0
    load_before = " ".join(f"{value:.2f}" for value in os.getloadavg())
    worker = ReaderWorker(args.memory_mb)
    rows: list[dict[str, object]] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="clausediff-fuzz-") as folder:
        for case in campaign(args.cases, args.seed):
            if (args.only and case.number not in args.only) or case.fmt not in args.formats:
                continue
            row = run_case(case, Path(folder), worker, args)
            rows.append(row)
            if args.only or row["cli"] not in GOOD or row["api"] not in GOOD:
                print(json.dumps(row, ensure_ascii=False), flush=True)
            if args.jsonl:
                with open(args.jsonl, "a", encoding="utf-8") as stream:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    worker.stop()
    if rows:
        load_after = " ".join(f"{value:.2f}" for value in os.getloadavg())
        _report(rows, time.monotonic() - started, f"load average {load_before}, then {load_after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
