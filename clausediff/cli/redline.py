"""The Word redline's flags and writer, shared by ``compare --docx`` and ``assemble --redline``.

The flags are checked before any work (a ``.docx`` name in an existing folder, an author), so a
bad one costs no comparison; the redline itself is :mod:`clausediff.report.redline`'s.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from clausediff.errors import InputError

if TYPE_CHECKING:
    from clausediff.comparison import Comparison
    from clausediff.store.session import Session


def add_redline_flags(sub: argparse.ArgumentParser, flag: str) -> None:
    """``flag PATH`` (the redline to write), ``--docx-summary`` and ``--author``."""
    sub.add_argument(
        flag,
        dest=flag.lstrip("-"),
        metavar="PATH",
        help="write a Word redline: the right text with the changes as tracked revisions",
    )
    sub.add_argument(
        "--docx-summary", action="store_true", help="open the redline with a summary page"
    )
    sub.add_argument(
        "--author", default="ClauseDiff", help="author of the tracked revisions (ClauseDiff)"
    )


def check_redline_flags(options: argparse.Namespace, target: str | None) -> None:
    """InputError for flags that cannot give a redline, before anything is read."""
    if options.docx_summary and not target:
        raise InputError("--docx-summary needs a redline to write")
    if target and not target.lower().endswith(".docx"):
        raise InputError(f"{target}: a Word redline is written as .docx")
    if target and not Path(target).parent.is_dir():
        raise InputError(f"{target}: folder {Path(target).parent} does not exist")
    if not options.author.strip():
        raise InputError("--author must not be empty")


def write_redline(
    comparison: Comparison, session: Session | None, target: str, options: argparse.Namespace
) -> None:
    """The redline of ``comparison`` (with the session's decisions, if any) to ``target``."""
    from clausediff.report.redline import RedlineOptions
    from clausediff.report.redline import write_redline as write_docx

    settings = RedlineOptions(
        author=options.author.strip(),
        summary=options.docx_summary,
        language=getattr(options, "lang", None),
    )
    try:
        write_docx(comparison, target, session, settings)
    except OSError as error:
        raise InputError(f"{target}: cannot write ({error.strerror})") from error
