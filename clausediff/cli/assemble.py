"""``clausediff assemble SESSION [--docx PATH] [--txt PATH] [--redline PATH]``: the contract
built from a saved session's decisions, and its Word redline.

A changed clause without a decision stops the command with the list of such clauses, unless
``--undecided left|right`` says which side to take (they are then named on stderr and in a note
at the end of the contract). That refusal comes before anything is written, and no output may
overwrite the session or the contracts it compares.
"""

from __future__ import annotations

import argparse
import sys

from clausediff.cli.exit_codes import EXIT_OK
from clausediff.cli.files import require_file
from clausediff.cli.parsing import RunCommand, Subcommands
from clausediff.cli.redline import add_redline_flags, check_redline_flags, write_redline
from clausediff.errors import InputError
from clausediff.store.guard import refuse_overwriting


def add_assemble_command(commands: Subcommands) -> RunCommand:
    """Add ``assemble``; returns its run function."""
    sub = commands.add_parser("assemble", help="build the contract from a session's choices")
    sub.add_argument("session", help="a .clausediff session file")
    sub.add_argument("--docx", metavar="PATH", help="write the assembled contract as .docx")
    sub.add_argument("--txt", metavar="PATH", help="write the assembled contract as .txt")
    sub.add_argument(
        "--undecided",
        choices=("left", "right"),
        help="for changed clauses without a decision, take this side and list them in a final "
        "note (default: refuse and list them)",
    )
    add_redline_flags(sub, "--redline")
    return run_assemble


def run_assemble(options: argparse.Namespace) -> int:
    """Load the session, assemble the contract, write each output asked for."""
    from clausediff.report.assemble import UndecidedClauses, assemble, write_docx, write_txt
    from clausediff.store.session import Keep, load_session

    if not (options.docx or options.txt or options.redline):
        raise InputError(
            "say where to write the contract: --docx PATH, --txt PATH and/or --redline PATH"
        )
    check_redline_flags(options, options.redline)
    source = require_file(options.session)
    outputs = (options.docx, options.txt, options.redline)
    refuse_overwriting(outputs, (source,))
    session = load_session(source)
    refuse_overwriting(outputs, (session.comparison.left.path, session.comparison.right.path))
    contract = None
    if options.docx or options.txt:  # refused before anything is written
        try:
            contract = assemble(session, Keep(options.undecided) if options.undecided else None)
        except UndecidedClauses as error:
            raise InputError(
                f"{error}; decide them in the app, or pass --undecided right (or left)"
            ) from error
    if options.redline:
        write_redline(session.comparison, session, options.redline, options)
    if contract is None:
        return EXIT_OK
    if contract.undecided:
        print(
            f"clausediff: note: took the {options.undecided}-hand text for "
            f"{len(contract.undecided)} clause(s) without a decision (listed at the end of "
            f"the contract): {'; '.join(contract.undecided)}",
            file=sys.stderr,
        )
    if options.docx:
        write_docx(contract, options.docx)
    if options.txt:
        write_txt(contract, options.txt)
    return EXIT_OK
