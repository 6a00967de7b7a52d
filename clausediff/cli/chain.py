"""``clausediff compare V1 V2 V3``: three versions of a contract compared as a chain.

Reads the three files, compares v1 → v2, v2 → v3 and v1 → v3
(:func:`~clausediff.compare.chain.compare_chain_files`), prints each version's reader warnings
and one summary per step, and writes the ``clausediff.chain/1`` JSON
(:mod:`clausediff.store.chain_json`) with ``--json``. The reports and the redline show two
documents, so with three files they are refused before any work (exit code 2, one line): compare
two of the versions for those. Called by :mod:`clausediff.cli.main`, which turns
:class:`~clausediff.errors.InputError` into exit code 2.
"""

from __future__ import annotations

import argparse

from clausediff.cli.files import print_reader_warnings, require_file, write_output
from clausediff.compare.chain import compare_chain_files
from clausediff.errors import InputError
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.store.chain_json import chain_to_json
from clausediff.store.guard import refuse_overwriting

EXIT_OK = 0


def run_chain(options: argparse.Namespace, compare: CompareOptions, monitor: Monitor) -> int:
    """Compare ``options.left``, ``options.right`` and ``options.third`` as v1, v2, v3."""
    for flag, value in (("--html", options.html), ("--pdf", options.pdf), ("--docx", options.docx)):
        if value:
            raise InputError(
                f"{flag} shows two versions: with three files only --json is written "
                "(compare two of them for a report or a redline)"
            )
    if options.docx_summary:
        raise InputError("--docx-summary needs a redline to write")
    paths = [require_file(path) for path in (options.left, options.right, options.third)]
    refuse_overwriting((options.json,), paths)
    chain = compare_chain_files(paths, compare, monitor)
    for document in chain.versions:
        print_reader_warnings(document.path, document.warnings)
    if options.json:
        write_output(options.json, chain_to_json(chain))
    if not options.quiet and options.json != "-":
        for step in chain.steps:
            counts = step.comparison.summary()
            terms = step.comparison.term_change_counts()
            pairs = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
            changes = ", ".join(f"{count} {kind}" for kind, count in terms.items() if count)
            print(f"{step.label}: pairs: {pairs or 'none'}; term changes: {changes or 'none'}")
    return EXIT_OK
