"""``clausediff portfolio TEMPLATE PATH... --json OUT [--csv OUT] [--xlsx OUT] [--html OUT]``.

Compares every contract under ``PATH`` (files, or folders walked recursively) with ``TEMPLATE``
on all cores (``--jobs N``) or on a Dask cluster (``--scheduler tcp://HOST:PORT``), and writes
the ``clausediff.portfolio/1`` JSON and the deviation matrix as CSV, XLSX or HTML. Reviews are
cached (``--cache PATH``, default under ``$XDG_CACHE_HOME/clausediff``; ``--no-cache``), so a second
run only compares new or changed files, and Ctrl+C stops cleanly: what was done is written and
the next run resumes. Progress goes to stderr. Exit codes as for every command: 0 done, 2 bad
input (a bad template, no file to review, no readable contract), 130 interrupted (results so
far written). :mod:`clausediff.cli.main` registers :func:`add_portfolio_command`; this module does
not import it back.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from clausediff.cli.exit_codes import EXIT_INTERRUPTED, EXIT_OK
from clausediff.cli.parsing import RunCommand, Subcommands, add_ignore_flags, compare_options_from
from clausediff.errors import InputError

if TYPE_CHECKING:  # the portfolio engine is imported when the command runs
    from clausediff.portfolio.cache import ReviewCache
    from clausediff.portfolio.jsonout import Summary
    from clausediff.portfolio.run import PortfolioRun
    from clausediff.progress import Monitor

_OUTPUTS = ("json", "csv", "xlsx", "html")


def add_portfolio_command(commands: Subcommands) -> RunCommand:
    """Add the ``portfolio`` subcommand to a subparsers action; returns its run function."""
    sub = commands.add_parser(
        "portfolio", help="compare one template with many contracts (files or folders)"
    )
    sub.add_argument("template", help="the standard contract")
    sub.add_argument("paths", nargs="+", metavar="PATH", help="contract files or folders")
    sub.add_argument("--json", metavar="PATH", required=True, help="write the results as JSON")
    sub.add_argument("--csv", metavar="PATH", help="write the deviation matrix as CSV")
    sub.add_argument("--xlsx", metavar="PATH", help="write the deviation matrix as Excel")
    sub.add_argument("--html", metavar="PATH", help="write the deviation matrix as HTML")
    sub.add_argument("--jobs", "-j", type=_positive, metavar="N", help="processes (default: all)")
    sub.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on a Dask cluster")
    sub.add_argument("--cache", metavar="PATH", help="results cache file (SQLite)")
    sub.add_argument("--no-cache", action="store_true", help="review every file again")
    add_ignore_flags(sub)
    sub.add_argument("--quiet", "-q", action="store_true", help="no progress or summary")
    return run_portfolio_command


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (1 or more), got {text!r}"
        )
    return value


def run_portfolio_command(options: argparse.Namespace) -> int:
    """Run the subcommand (see the module docstring); returns the exit code."""
    from clausediff.portfolio.cache import ReviewCache, default_cache_path
    from clausediff.portfolio.run import Settings, run_portfolio

    _check_paths(options)
    settings = Settings(
        options=compare_options_from(options),
        jobs=options.jobs,
        scheduler=options.scheduler,
    )
    cache = ReviewCache(None if options.no_cache else (options.cache or default_cache_path()))
    progress = _Progress(enabled=not options.quiet and sys.stderr.isatty())
    started = time.monotonic()
    try:
        run = run_portfolio(options.template, options.paths, cache, settings, progress.monitor())
        progress.finish()
        summary = _write_outputs(run, cache, options)
    finally:
        cache.close()
    if not options.quiet:
        print(
            f"clausediff: {summary.contracts} contracts: {summary.ok} reviewed, "
            f"{summary.errors} errors, {summary.ok - summary.identical} deviating; "
            f"{run.from_cache} from the cache, {run.reviewed} compared in "
            f"{time.monotonic() - started:.1f} s",
            file=sys.stderr,
        )
        if run.skipped:
            print(
                f"clausediff: warning: {len(run.skipped)} files of other types skipped "
                f"(first: {run.skipped[0]})",
                file=sys.stderr,
            )
    if run.interrupted:
        print(
            f"clausediff: interrupted: {run.pending} contracts not reviewed; "
            "results so far written, run again to resume",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    if summary.ok == 0:
        raise InputError(
            f"no readable contract among {summary.contracts} files (see {options.json})"
        )
    return EXIT_OK


def _check_paths(options: argparse.Namespace) -> None:
    """Before any work: outputs go to existing folders and never onto an input file."""
    inputs = {Path(options.template).resolve(), *(Path(p).resolve() for p in options.paths)}
    for name in _OUTPUTS:
        target = getattr(options, name)
        if not target:
            continue
        if target == "-":
            raise InputError(f"--{name}: give a file name (the output is too large for stdout)")
        path = Path(target)
        if not path.parent.is_dir():
            raise InputError(f"{target}: folder {path.parent} does not exist")
        resolved = path.resolve()
        if resolved in inputs or any(parent in inputs for parent in resolved.parents):
            raise InputError(f"{target}: refusing to write inside the contracts reviewed")
    if options.scheduler and options.jobs:
        raise InputError("--jobs and --scheduler exclude each other (Dask decides the workers)")


def _write_outputs(run: PortfolioRun, cache: ReviewCache, options: argparse.Namespace) -> Summary:
    """JSON first (it gives the summary), then each matrix asked for, rows read from the cache."""
    from clausediff.portfolio.html import write_html
    from clausediff.portfolio.jsonout import write_json
    from clausediff.portfolio.matrix import column_labels, rows_by_deviation
    from clausediff.portfolio.tables import write_csv, write_xlsx

    template = run.template.to_dict()
    labels = column_labels(template)
    try:
        summary = write_json(
            options.json,
            template,
            run.reviews(cache),
            pending=run.pending,
            interrupted=run.interrupted,
            skipped=len(run.skipped),
        )
        if options.csv:
            write_csv(options.csv, labels, rows_by_deviation(run, cache))
        if options.xlsx:
            write_xlsx(options.xlsx, labels, rows_by_deviation(run, cache))
        if options.html:
            write_html(options.html, template, labels, rows_by_deviation(run, cache))
    except OSError as error:
        raise InputError(f"cannot write the results ({error.strerror or error})") from error
    return summary


class _Progress:
    """One line on stderr: contracts done, rate, time left."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self._last = 0.0

    def monitor(self) -> Monitor:
        from clausediff.progress import Monitor

        return Monitor(progress=self.show)

    def show(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.2 and done < total):
            return
        self._last = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = f", {(total - done) / rate:.0f} s left" if rate > 0 and done < total else ""
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{total} contracts, {rate:.1f}/s{left}   ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
