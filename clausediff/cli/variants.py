"""``clausediff variants FILE... [--group TITLE] [--reference N] [--json PATH|-] [--pdf PATH]``.

:mod:`clausediff.cli.main` registers :func:`add_variants_command`, whose :func:`run_variants`
uses the helpers of :mod:`clausediff.cli.files` (``require_file``, ``write_output``: stdout for
``-``, else an atomic write) and :func:`clausediff.store.guard.refuse_overwriting`. Arguments
may be files (a clause-library page gives all its variants; any other file is one variant) or
folders. Without ``--json`` or ``--pdf`` a plain-text summary is printed: per group, the reference,
each variant's similarity to it, its deadlines and amounts, and the number of provision rows.
Bad input raises :class:`~clausediff.errors.InputError`; returns the exit code (0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clausediff.cli.exit_codes import EXIT_OK
from clausediff.cli.files import dump_json, print_reader_warnings, require_file, write_output
from clausediff.cli.parsing import RunCommand, Subcommands
from clausediff.errors import InputError
from clausediff.store.guard import refuse_overwriting

if TYPE_CHECKING:  # the variants engine is imported when the command runs, not on every command
    from clausediff.variants.model import Library, VariantGroup, VariantsResult


def add_variants_command(commands: Subcommands) -> RunCommand:
    """Add ``variants``; returns its run function."""
    sub = commands.add_parser("variants", help="compare many variants of one clause")
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub.add_argument("--group", metavar="TITLE", help="only the group with this title")
    sub.add_argument("--reference", type=int, metavar="N", help="variant N (1-based) as reference")
    sub.add_argument("--json", metavar="PATH|-", help="write groups, diffs, grid and matrix")
    sub.add_argument("--pdf", metavar="PATH", help="write the variants report as PDF")
    sub.add_argument(
        "--all-groups",
        action="store_true",
        help="PDF of every group of the page (default: the chosen group, else the largest)",
    )
    sub.add_argument("--lang", choices=("fr", "en"), help="report language (default: locale)")
    return run_variants


def _select(groups: tuple[VariantGroup, ...], title: str | None) -> tuple[VariantGroup, ...]:
    from clausediff.variants.grouping import title_key

    if not title:
        return groups
    wanted = title_key(title)
    chosen = tuple(g for g in groups if title_key(g.title) == wanted)
    if not chosen:
        names = ", ".join(f"{g.title!r}" for g in groups)
        raise InputError(f"no group titled {title!r}; the groups are: {names}")
    return chosen


def _reference(group: VariantGroup, number: int | None) -> str | None:
    if number is None:
        return None
    if not 1 <= number <= len(group.variant_ids):
        raise InputError(
            f"--reference {number}: the group {group.title!r} has "
            f"{len(group.variant_ids)} variants (give 1 to {len(group.variant_ids)})"
        )
    return group.variant_ids[number - 1]


def _summary(library: Library, results: tuple[VariantsResult, ...]) -> str:
    from clausediff.variants.model import TermColumn

    lines: list[str] = []
    for result in results:
        ids = result.group.variant_ids
        reference = library.variant(result.reference_id)
        lines.append(
            f"{result.group.title} — {len(ids)} variant(s), "
            f"reference: {ids.index(reference.id) + 1} ({reference.label or reference.id}), "
            f"{len(result.grid.rows)} provision rows"
        )
        for number, variant_id in enumerate(ids, start=1):
            variant = library.variant(variant_id)
            row = result.matrix.row(variant_id)
            terms = [
                c.description
                for column in (TermColumn.DEADLINES, TermColumn.HOURS, TermColumn.AMOUNTS)
                for c in row.cells(column)
            ]
            mark = "*" if variant_id == result.reference_id else " "
            similarity = result.similarity_to_reference(variant_id)
            lines.append(
                f"  {mark}{number:>3}  {similarity:6.1%}  {variant.label or variant.id}"
                + (f"  [{'; '.join(terms)}]" if terms else "")
            )
    return "\n".join(lines) + "\n"


def main_result(results: tuple[VariantsResult, ...]) -> VariantsResult:
    """The group a page is about: the one with the most variants (the first on a tie)."""
    return max(results, key=lambda r: len(r.group.variant_ids))


def run_variants(options: argparse.Namespace) -> int:
    """Run the ``variants`` subcommand (see the module docstring)."""
    from clausediff.report.strings import default_language
    from clausediff.variants.analyse import analyse_group
    from clausediff.variants.choice import GroupChoice, VariantsState
    from clausediff.variants.grouping import group_variants
    from clausediff.variants.load import load_paths
    from clausediff.variants.serialize import analysis_to_dict

    paths: list[Path] = []
    for item in options.files:
        path = Path(item)
        paths.append(path if path.is_dir() else require_file(item))
    refuse_overwriting((options.json, options.pdf), paths)
    library = load_paths(paths)
    for source in library.sources:
        print_reader_warnings(source.path or source.name, source.warnings)
    refuse_overwriting((options.json, options.pdf), [s.path for s in library.sources])
    groups = _select(group_variants(library.variants), getattr(options, "group", None))
    number = getattr(options, "reference", None)
    if number is not None and len(groups) != 1:
        raise InputError("--reference needs exactly one group: choose it with --group TITLE")
    language = options.lang or default_language()
    results = tuple(
        analyse_group(library, g, _reference(g, number), language=language) for g in groups
    )
    if options.json:
        data = analysis_to_dict(library, results)
        write_output(options.json, dump_json(data))
    if options.pdf:
        from clausediff.report.pdf.variants import write_variants_pdf

        choices = {r.group.id: GroupChoice(reference=r.reference_id) for r in results}
        state = VariantsState(library, groups, choices)
        shown = results if getattr(options, "all_groups", False) else (main_result(results),)
        if len(shown) < len(results):
            others = ", ".join(r.group.title for r in results if r not in shown)
            print(
                f"clausediff: note: the PDF covers {shown[0].group.title!r}; also on the page: "
                f"{others} (--group TITLE for another, --all-groups for all)",
                file=sys.stderr,
            )
        try:
            write_variants_pdf(state, shown, options.pdf, language)
        except OSError as error:
            raise InputError(f"{options.pdf}: cannot write ({error.strerror})") from error
    if not options.json and not options.pdf:
        write_output("-", _summary(library, results))
    return EXIT_OK
