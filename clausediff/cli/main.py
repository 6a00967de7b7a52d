"""The ``clausediff`` command: headless subcommands, or the desktop app.

``clausediff text|segment|compare|annotate|assemble|variants|portfolio ...`` run the Qt-free
engine and write results; ``clausediff [LEFT RIGHT] [--demo]`` opens the window. Exit codes
(:mod:`clausediff.cli.exit_codes`): 0 success, 2 bad input or usage (one line
``clausediff: error: ...`` on stderr, never a traceback), 1 a bug, 130 when interrupted. Outputs
are written atomically; nothing is written when an input is bad.

This module only dispatches and turns failures into messages and exit codes; each subcommand's
flags and work live in its own module (:mod:`~clausediff.cli.reading` for ``text`` and
``segment``, :mod:`~clausediff.cli.compare`, :mod:`~clausediff.cli.annotate`,
:mod:`~clausediff.cli.assemble`, :mod:`~clausediff.cli.variants`,
:mod:`~clausediff.cli.portfolio`), which never imports this one back.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from clausediff import __version__
from clausediff.cli.annotate import add_annotate_command
from clausediff.cli.assemble import add_assemble_command
from clausediff.cli.compare import add_compare_command
from clausediff.cli.exit_codes import EXIT_BUG, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK
from clausediff.cli.files import require_file
from clausediff.cli.monitor import stop_cleanly_on_sigterm, terminated
from clausediff.cli.parsing import CommandParser, RunCommand, Subcommands
from clausediff.cli.portfolio import add_portfolio_command
from clausediff.cli.reading import add_segment_command, add_text_command
from clausediff.cli.variants import add_variants_command
from clausediff.errors import Cancelled, InputError

#: Each subcommand, in the order ``--help`` lists them, and the function that adds its parser.
_SUBCOMMANDS: dict[str, Callable[[Subcommands], RunCommand]] = {
    "text": add_text_command,
    "segment": add_segment_command,
    "compare": add_compare_command,
    "annotate": add_annotate_command,
    "assemble": add_assemble_command,
    "variants": add_variants_command,
    "portfolio": add_portfolio_command,
}
SUBCOMMANDS = tuple(_SUBCOMMANDS)


#: Subcommands whose process ends as soon as their work is done (see :func:`_end_at_once`).
_ENDING_AT_ONCE = frozenset({"compare"})


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``clausediff`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    status = _main(args, real_command=argv is None)
    if argv is None and args and args[0] in _ENDING_AT_ONCE:
        _end_at_once(status)
    return status


def _end_at_once(status: int) -> None:
    """End this process now with ``status``, without tearing the interpreter down.

    Python's own exit frees every object one by one (a comparison of the Code civil pair holds
    hundreds of thousands) and then every module: 0.02 s at the end of ``compare``, a twentieth
    of its run, for memory the system takes back at once. Nothing is lost by skipping it for
    ``compare``: its files are written and closed by then, it registers nothing to run at exit
    and starts no thread; the standard streams are flushed here. Should flushing them fail (a
    closed pipe), this returns and Python's exit reports it as it always did.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        return
    os._exit(status)


def _main(args: list[str], *, real_command: bool) -> int:
    """Run ``args``; the exit code. ``real_command``: the command itself, not a test calling
    :func:`main` in its own process."""
    try:
        if args and args[0] in SUBCOMMANDS:
            if real_command:
                stop_cleanly_on_sigterm()
            status = _run_subcommand(args)
            if terminated():
                raise Cancelled("terminated")
            return status
        return _run_gui(args)
    except InputError as error:
        print(f"clausediff: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    except (Cancelled, KeyboardInterrupt):
        print("clausediff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # the disk, not ClauseDiff: full, read-only, immutable, gone
        where = f"{error.filename}: " if error.filename else ""
        print(
            f"clausediff: error: {where}cannot write ({error.strerror or error})", file=sys.stderr
        )
        return EXIT_INPUT
    except MemoryError:
        print(
            "clausediff: error: not enough memory for these files on this machine",
            file=sys.stderr,
        )
        return EXIT_INPUT
    except Exception as error:
        print(f"clausediff: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        from clausediff.readers.guards import DEBUG_VARIABLE, debugging

        if debugging():
            import traceback

            traceback.print_exc()
        else:
            print(f"clausediff: set {DEBUG_VARIABLE}=1 for details", file=sys.stderr)
        return EXIT_BUG


def main_gui() -> int:
    """Entry point of the ``clausediff-gui`` script (no console on Windows)."""
    return main(sys.argv[1:])


def _run_gui(args: list[str]) -> int:
    """The desktop app, on two files, the samples (``--demo``) or its welcome page."""
    parser = CommandParser(
        prog="clausediff",
        description="Compare contracts clause by clause. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (clausediff SUBCOMMAND --help).",
    )
    parser.add_argument("left", nargs="?", help="the earlier contract")
    parser.add_argument("right", nargs="?", help="the later contract")
    parser.add_argument("--demo", action="store_true", help="compare the bundled sample contracts")
    parser.add_argument(
        "--demo-variants",
        action="store_true",
        help="open the variants window on the bundled clause library",
    )
    parser.add_argument("--version", action="version", version=f"ClauseDiff {__version__}")
    options = parser.parse_args(args)
    if bool(options.left) != bool(options.right):
        raise InputError("give two files to compare, or none")
    for path in (options.left, options.right):
        if path:
            require_file(path)
    from clausediff.gui.app import run_app

    return run_app(options.left, options.right, options.demo, options.demo_variants)


def _run_subcommand(args: list[str]) -> int:
    """Parse ``args`` (a subcommand first) and run that subcommand; returns its exit code."""
    parser = CommandParser(prog="clausediff", description="ClauseDiff headless commands.")
    commands = parser.add_subparsers(dest="command", required=True)
    runs = {name: add_command(commands) for name, add_command in _SUBCOMMANDS.items()}
    options = parser.parse_args(args)
    return runs[options.command](options)
