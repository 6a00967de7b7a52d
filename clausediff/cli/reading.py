"""``clausediff text FILE`` and ``clausediff segment FILE [--json PATH|-]``: one document read
and shown, as every other command reads it.

``text`` prints the extracted text that every offset in ClauseDiff refers to; ``segment`` lists
its clauses (or writes them with their offsets as JSON). Both print the reader's warnings on
stderr and take ``--revisions``.
"""

from __future__ import annotations

import argparse
import sys

from clausediff.cli.exit_codes import EXIT_OK
from clausediff.cli.files import dump_json, print_warnings, require_file, write_output
from clausediff.cli.parsing import RunCommand, Subcommands, add_revisions_flag
from clausediff.store.guard import refuse_overwriting


def add_text_command(commands: Subcommands) -> RunCommand:
    """Add ``text``; returns its run function."""
    sub = commands.add_parser("text", help="print the text extracted from a contract")
    sub.add_argument("file")
    add_revisions_flag(sub)
    return run_text


def run_text(options: argparse.Namespace) -> int:
    """Print the document's text, ending with a newline."""
    from clausediff.options import Revisions
    from clausediff.readers import read_document

    document = read_document(require_file(options.file), revisions=Revisions(options.revisions))
    print_warnings(document)
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK


def add_segment_command(commands: Subcommands) -> RunCommand:
    """Add ``segment``; returns its run function."""
    sub = commands.add_parser("segment", help="split a contract into clauses")
    sub.add_argument("file")
    sub.add_argument("--json", metavar="PATH|-", help="write the clauses as JSON")
    add_revisions_flag(sub)
    return run_segment


def run_segment(options: argparse.Namespace) -> int:
    """One line per clause (id, indented label, word count), or the clauses as JSON."""
    from clausediff.options import Revisions
    from clausediff.readers import read_document
    from clausediff.segment import segment
    from clausediff.store.serialize import document_to_dict

    source = require_file(options.file)
    refuse_overwriting((options.json,), (source,))
    document = read_document(source, revisions=Revisions(options.revisions))
    print_warnings(document)
    clauses = segment(document)
    if options.json:
        data = document_to_dict(document, clauses)
        write_output(options.json, dump_json(data))
    else:
        for clause in clauses:
            indent = "  " * max(clause.level - 1, 0)
            label = clause.label or clause.title or "(untitled)"
            words = len(clause.text.split())
            print(f"{clause.id:>5}  {indent}{label}  [{words} words]")
    return EXIT_OK
