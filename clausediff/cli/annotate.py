"""``clausediff annotate --jsonl INPUT|- [--output PATH|-]``: obligations, deadlines and amounts
found in lines of ``{"id", "text"}``, one JSON line out per line in.

The annotations are computed in full before anything is written, so a line that is not UTF-8
leaves no half-written output.
"""

from __future__ import annotations

import argparse
import sys

from clausediff.cli.exit_codes import EXIT_OK
from clausediff.cli.files import require_file, write_output
from clausediff.cli.parsing import RunCommand, Subcommands
from clausediff.errors import InputError
from clausediff.store.guard import refuse_overwriting


def add_annotate_command(commands: Subcommands) -> RunCommand:
    """Add ``annotate``; returns its run function."""
    sub = commands.add_parser("annotate", help="find obligations, deadlines and amounts")
    sub.add_argument("--jsonl", metavar="INPUT|-", required=True, help='lines {"id", "text"}')
    sub.add_argument("--output", "-o", metavar="PATH|-", default="-", help="where to write")
    return run_annotate


def run_annotate(options: argparse.Namespace) -> int:
    """Annotate the JSONL file (or stdin for ``-``) into ``--output``."""
    import io

    from clausediff.terms.jsonl import annotate_jsonl

    if options.jsonl != "-":
        refuse_overwriting((options.output,), (require_file(options.jsonl),))
    sink = io.StringIO()
    try:
        if options.jsonl == "-":
            annotate_jsonl(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"), sink)
        else:
            with open(require_file(options.jsonl), encoding="utf-8") as source:
                annotate_jsonl(source, sink)
    except UnicodeDecodeError as error:
        raise InputError(f"{options.jsonl}: not UTF-8 text ({error.reason})") from error
    write_output(options.output, sink.getvalue())
    return EXIT_OK
