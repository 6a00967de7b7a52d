"""The argument parser of the ``clausediff`` command line, and the flags several subcommands
share.

argparse prints its usage and exits on a bad argument; :class:`CommandParser` raises
:class:`~clausediff.errors.InputError` instead, so a usage error reads like any other bad input:
one line ``clausediff: error: …`` and exit code 2, written by :func:`clausediff.cli.main.main`.
Each subcommand module adds its parser to :data:`Subcommands` and hands back its run function.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from clausediff.errors import InputError

if TYPE_CHECKING:
    from clausediff.options import CompareOptions

#: What each subcommand adds its parser to (the dispatcher's ``add_subparsers()``).
Subcommands: TypeAlias = "argparse._SubParsersAction[CommandParser]"

#: A subcommand's run function: the parsed options in, the exit code out.
RunCommand: TypeAlias = Callable[[argparse.Namespace], int]


class CommandParser(argparse.ArgumentParser):
    """argparse with our one-line error format and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise InputError(message)


def add_revisions_flag(sub: argparse.ArgumentParser) -> None:
    """``--revisions accepted|original``: which state of tracked changes is read."""
    from clausediff.options import Revisions

    sub.add_argument(
        "--revisions",
        choices=[state.value for state in Revisions],
        default=Revisions.ACCEPTED.value,
        help="documents with tracked changes: compare them with every change accepted "
        "(default) or the original text (every change rejected)",
    )


def add_ignore_flags(sub: argparse.ArgumentParser) -> None:
    """``--ignore-case`` and its kin: what the comparison folds before matching."""
    for flag in ("case", "punctuation", "whitespace", "numbering"):
        sub.add_argument(f"--ignore-{flag}", action="store_true", help=f"ignore {flag}")


def compare_options_from(options: argparse.Namespace) -> CompareOptions:
    """The comparison's options from :func:`add_ignore_flags`' flags and ``--revisions`` (the
    default state when the command has no such flag)."""
    from clausediff.options import CompareOptions, Revisions

    return CompareOptions(
        ignore_case=options.ignore_case,
        ignore_punctuation=options.ignore_punctuation,
        ignore_whitespace=options.ignore_whitespace,
        ignore_numbering=options.ignore_numbering,
        revisions=Revisions(getattr(options, "revisions", Revisions.ACCEPTED.value)),
    )
