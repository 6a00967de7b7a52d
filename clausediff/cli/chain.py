"""``clausediff compare V1 V2 V3``: three versions of a contract compared as a chain.

Reads the three files, compares v1 → v2, v2 → v3 and v1 → v3
(:func:`~clausediff.compare.chain.compare_chain_files`), prints each version's reader warnings
and one summary per step, and writes the ``clausediff.chain/1`` JSON
(:mod:`clausediff.store.chain_json`) with ``--json``, and with ``--html`` / ``--pdf`` one report
over the chain (:mod:`clausediff.report.chain`: where each clause changed, then every step).
The Word redline shows one step, so ``--docx`` needs ``--step N``; with ``--step N`` every
output is that step's, written as a two-file compare writes it (:func:`run_chain` hands the
step's comparison back to :mod:`clausediff.cli.compare`, its caller). :mod:`clausediff.cli.main`
turns :class:`~clausediff.errors.InputError` into exit code 2.
"""

from __future__ import annotations

import argparse

from clausediff.cli.files import print_warnings, require_file, write_output
from clausediff.cli.outputs import pair_counts, term_change_counts, write_chain_reports
from clausediff.compare.chain import compare_chain_files, step_label, step_order
from clausediff.comparison import Comparison
from clausediff.errors import InputError
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.store.chain_json import chain_to_json
from clausediff.store.guard import refuse_overwriting


def step_choices(versions: int) -> str:
    """ "1: v1 → v2, 2: v2 → v3, 3: v1 → v3", for messages."""
    return ", ".join(
        f"{number}: {step_label(*step)}" for number, step in enumerate(step_order(versions), 1)
    )


def run_chain(
    options: argparse.Namespace, compare: CompareOptions, monitor: Monitor
) -> Comparison | None:
    """Compare ``options.left``, ``options.right`` and ``options.third`` as v1, v2, v3.

    With ``--step N``, return that step's comparison for the caller to write as a pair; without,
    write the chain's JSON and reports here and return None.
    """
    paths = [require_file(path) for path in (options.left, options.right, options.third)]
    steps = step_order(len(paths))
    if options.step is not None and not 1 <= options.step <= len(steps):
        raise InputError(f"--step {options.step}: choose one of {step_choices(len(paths))}")
    if options.step is None and options.docx:
        raise InputError(
            "--docx shows one step: choose it with --step N "
            f"({step_choices(len(paths))}), e.g. --step 2"
        )
    refuse_overwriting((options.json, options.html, options.pdf, options.docx), paths)
    chain = compare_chain_files(paths, compare, monitor)
    print_warnings(*chain.versions)
    if options.step is not None:
        return chain.steps[int(options.step) - 1].comparison
    if options.json:
        write_output(options.json, chain_to_json(chain))
    if options.html or options.pdf:
        write_chain_reports(chain, options, monitor)
    if not options.quiet and options.json != "-":
        for step in chain.steps:
            pairs, changes = pair_counts(step.comparison), term_change_counts(step.comparison)
            print(f"{step.label}: pairs: {pairs}; term changes: {changes}")
    return None
