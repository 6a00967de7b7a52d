"""The ``clausediff`` command: headless subcommands, or the desktop app.

``clausediff text|segment|compare|annotate|assemble|variants ...`` run the Qt-free engine and write
results; ``clausediff [LEFT RIGHT] [--demo]`` opens the window. Exit codes: 0 success, 2 bad input
or usage (one line ``clausediff: error: ...`` on stderr, never a traceback), 1 a bug, 130 when
interrupted. Outputs are written atomically; nothing is written when an input is bad.
"""

from __future__ import annotations

import argparse
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from clausediff import __version__
from clausediff.cli.files import dump_json, print_reader_warnings, require_file, write_output
from clausediff.errors import Cancelled, InputError
from clausediff.store.guard import refuse_overwriting

if TYPE_CHECKING:
    from clausediff.comparison import Comparison
    from clausediff.document import Document
    from clausediff.progress import Monitor
    from clausediff.store.session import Session

EXIT_OK, EXIT_BUG, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
SUBCOMMANDS = ("text", "segment", "compare", "annotate", "assemble", "variants", "portfolio")


class _Parser(argparse.ArgumentParser):
    """argparse with our one-line error format and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise InputError(message)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``clausediff`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            if argv is None:  # the real command, not a test calling main() in its own process
                _stop_cleanly_on_sigterm()
            status = _run_subcommand(args)
            if _TERMINATED.is_set():
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
            traceback.print_exc()
        else:
            print(f"clausediff: set {DEBUG_VARIABLE}=1 for details", file=sys.stderr)
        return EXIT_BUG


def main_gui() -> int:
    """Entry point of the ``clausediff-gui`` script (no console on Windows)."""
    return main(sys.argv[1:])


# --- the desktop app ------------------------------------------------------------------------


def _run_gui(args: list[str]) -> int:
    parser = _Parser(
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


# --- headless subcommands -------------------------------------------------------------------


def _run_subcommand(args: list[str]) -> int:
    parser = _Parser(prog="clausediff", description="ClauseDiff headless commands.")
    commands = parser.add_subparsers(dest="command", required=True)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}
    for name, build in _SUBCOMMAND_BUILDERS.items():
        handlers[name] = build(commands)
    options = parser.parse_args(args)
    return handlers[options.command](options)


def _text_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
    sub = commands.add_parser("text", help="print the text extracted from a contract")
    sub.add_argument("file")
    _add_revisions_flag(sub)

    def run(options: argparse.Namespace) -> int:
        from clausediff.options import Revisions
        from clausediff.readers import read_document

        document = read_document(require_file(options.file), revisions=Revisions(options.revisions))
        print_warnings(document)
        sys.stdout.write(document.text)
        if not document.text.endswith("\n"):
            sys.stdout.write("\n")
        return EXIT_OK

    return run


def _segment_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
    sub = commands.add_parser("segment", help="split a contract into clauses")
    sub.add_argument("file")
    sub.add_argument("--json", metavar="PATH|-", help="write the clauses as JSON")
    _add_revisions_flag(sub)

    def run(options: argparse.Namespace) -> int:
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

    return run


def _compare_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
    sub = commands.add_parser("compare", help="compare two contracts clause by clause")
    sub.add_argument("left")
    sub.add_argument("right")
    sub.add_argument(
        "third",
        nargs="?",
        help="a third version: compare v1 → v2, v2 → v3 and v1 → v3 as a chain",
    )
    sub.add_argument(
        "--step",
        type=int,
        metavar="N",
        help="with three versions, write only step N (1: v1 → v2, 2: v2 → v3, 3: v1 → v3)",
    )
    sub.add_argument("--json", metavar="PATH|-", help="write the comparison as JSON")
    sub.add_argument(
        "--json-indent",
        action="store_true",
        help="indent the JSON for reading (the default is compact, which is faster to write; "
        "JSON printed on a terminal is always indented)",
    )
    sub.add_argument("--html", metavar="PATH", help="write a self-contained HTML report")
    sub.add_argument("--pdf", metavar="PATH", help="write a PDF report")
    _add_redline_flags(sub, "--docx")
    sub.add_argument("--lang", choices=("fr", "en"), help="report language (default: locale)")
    sub.add_argument("--all-clauses", action="store_true", help="report unchanged clauses too")
    sub.add_argument("--letter", action="store_true", help="US Letter pages instead of A4")
    sub.add_argument("--matter", default="", help="matter name on the PDF report's cover")
    sub.add_argument("--client", default="", help="client name on the PDF report's cover")
    sub.add_argument("--confidential", action="store_true", help="'Confidential' on every PDF page")
    for flag in ("case", "punctuation", "whitespace", "numbering"):
        sub.add_argument(f"--ignore-{flag}", action="store_true", help=f"ignore {flag}")
    sub.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    _add_revisions_flag(sub)

    def run(options: argparse.Namespace) -> int:
        from clausediff.compare.forked import spare_core
        from clausediff.compare.pipeline import compare_files
        from clausediff.options import CompareOptions

        compare_options = CompareOptions(
            ignore_case=options.ignore_case,
            ignore_punctuation=options.ignore_punctuation,
            ignore_whitespace=options.ignore_whitespace,
            ignore_numbering=options.ignore_numbering,
            revisions=options.revisions,
        )
        _check_redline_flags(options, options.docx)
        if options.third:
            from clausediff.cli.chain import run_chain

            step = run_chain(options, compare_options, _cli_monitor())
            if step is None:
                return EXIT_OK
            comparison = step  # --step N: that step, written as a pair is
        else:
            if options.step is not None:
                raise InputError("--step picks a step of three versions: give a third file")
            left, right = require_file(options.left), require_file(options.right)
            refuse_overwriting(
                (options.json, options.html, options.pdf, options.docx), (left, right)
            )
            comparison = compare_files(
                left, right, compare_options, _cli_monitor(), parallel=spare_core()
            )
            print_warnings(comparison.left, comparison.right)
        if options.json:
            from clausediff.store.serialize import comparison_to_json

            indented = options.json_indent or (options.json == "-" and sys.stdout.isatty())
            write_output(
                options.json, comparison_to_json(comparison, indent=1 if indented else None)
            )
        if options.html or options.pdf:
            _write_reports(comparison, options)
        if options.docx:
            _write_redline(comparison, None, options.docx, options)
        if not options.quiet and options.json != "-":
            _print_summary(comparison.summary(), comparison.term_change_counts())
        return EXIT_OK

    return run


def _annotate_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
    sub = commands.add_parser("annotate", help="find obligations, deadlines and amounts")
    sub.add_argument("--jsonl", metavar="INPUT|-", required=True, help='lines {"id", "text"}')
    sub.add_argument("--output", "-o", metavar="PATH|-", default="-", help="where to write")

    def run(options: argparse.Namespace) -> int:
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

    return run


def _assemble_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
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
    _add_redline_flags(sub, "--redline")

    def run(options: argparse.Namespace) -> int:
        from clausediff.report.assemble import assemble, write_docx, write_txt
        from clausediff.store.session import load_session

        if not (options.docx or options.txt or options.redline):
            raise InputError(
                "say where to write the contract: --docx PATH, --txt PATH and/or --redline PATH"
            )
        _check_redline_flags(options, options.redline)
        source = require_file(options.session)
        outputs = (options.docx, options.txt, options.redline)
        refuse_overwriting(outputs, (source,))
        session = load_session(source)
        refuse_overwriting(outputs, (session.comparison.left.path, session.comparison.right.path))
        from clausediff.report.assemble import UndecidedClauses
        from clausediff.store.session import Keep

        contract = None
        if options.docx or options.txt:  # refused before anything is written
            try:
                contract = assemble(session, Keep(options.undecided) if options.undecided else None)
            except UndecidedClauses as error:
                raise InputError(
                    f"{error}; decide them in the app, or pass --undecided right (or left)"
                ) from error
        if options.redline:
            _write_redline(session.comparison, session, options.redline, options)
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

    return run


def _variants_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
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

    def run(options: argparse.Namespace) -> int:
        from clausediff.cli.variants import run_variants

        return run_variants(options)

    return run


def _portfolio_command(commands: argparse._SubParsersAction[_Parser]) -> Callable[..., int]:
    from clausediff.cli.portfolio import add_portfolio_command

    run: Callable[..., int] = add_portfolio_command(commands)
    return run


_SUBCOMMAND_BUILDERS: dict[
    str, Callable[[argparse._SubParsersAction[_Parser]], Callable[[argparse.Namespace], int]]
] = {
    "text": _text_command,
    "segment": _segment_command,
    "compare": _compare_command,
    "annotate": _annotate_command,
    "assemble": _assemble_command,
    "variants": _variants_command,
    "portfolio": _portfolio_command,
}


# --- helpers --------------------------------------------------------------------------------


def _write_reports(comparison: Comparison, options: argparse.Namespace) -> None:
    from clausediff.report import build_report, render_html, write_pdf
    from clausediff.report.strings import default_language

    language = options.lang or default_language()
    report = build_report(comparison, None, language, options.all_clauses)
    if options.html:
        write_output(options.html, render_html(report))
    if options.pdf:
        try:
            from clausediff.report.letterhead import Letterhead

            letterhead = Letterhead(options.matter, options.client, options.confidential)
            page = "Letter" if options.letter else "A4"
            write_pdf(report, options.pdf, page, _cli_monitor(), letterhead)
        except OSError as error:
            raise InputError(f"{options.pdf}: cannot write ({error.strerror})") from error


def _add_redline_flags(sub: argparse.ArgumentParser, flag: str) -> None:
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


def _check_redline_flags(options: argparse.Namespace, target: str | None) -> None:
    if options.docx_summary and not target:
        raise InputError("--docx-summary needs a redline to write")
    if target and not target.lower().endswith(".docx"):
        raise InputError(f"{target}: a Word redline is written as .docx")
    if target and not Path(target).parent.is_dir():
        raise InputError(f"{target}: folder {Path(target).parent} does not exist")
    if not options.author.strip():
        raise InputError("--author must not be empty")


def _write_redline(
    comparison: Comparison, session: Session | None, target: str, options: argparse.Namespace
) -> None:
    from clausediff.report.redline import RedlineOptions, write_redline

    settings = RedlineOptions(
        author=options.author.strip(),
        summary=options.docx_summary,
        language=getattr(options, "lang", None),
    )
    try:
        write_redline(comparison, target, session, settings)
    except OSError as error:
        raise InputError(f"{target}: cannot write ({error.strerror})") from error


#: Set by SIGTERM: long work stops at its next progress check (through :func:`_cli_monitor`),
#: as on Ctrl+C, so an export under way removes its temporary file and leaves the old one.
_TERMINATED = threading.Event()


def _stop_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into a cancel request rather than an exception raised at a random point.

    An exception raised by a signal handler inside a Qt call (the PDF is painted by Qt) surfaces
    as a SystemError; a flag that the monitor checks between pages is always safe.
    """
    import signal

    def request_stop(signum: int, frame: object) -> None:
        _TERMINATED.set()

    if threading.current_thread() is threading.main_thread():
        _TERMINATED.clear()
        signal.signal(signal.SIGTERM, request_stop)


def _cli_monitor() -> Monitor:
    """Progress on stderr when it is a terminal; stops the work once SIGTERM has arrived."""
    from clausediff.progress import Monitor

    if not sys.stderr.isatty():
        return Monitor(should_cancel=_TERMINATED.is_set)

    def progress(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{message} {done}/{total}   ")
        sys.stderr.flush()

    return Monitor(progress=progress, should_cancel=_TERMINATED.is_set)


def _add_revisions_flag(sub: argparse.ArgumentParser) -> None:
    """``--revisions accepted|original``: which state of tracked changes is read."""
    from clausediff.options import Revisions

    sub.add_argument(
        "--revisions",
        choices=[state.value for state in Revisions],
        default=Revisions.ACCEPTED.value,
        help="documents with tracked changes: compare them with every change accepted "
        "(default) or the original text (every change rejected)",
    )


def print_warnings(*documents: Document) -> None:
    """What a reader noticed but could live with (tracked changes, notes placed, pages without
    text), one line each on stderr, for every command that reads a document."""
    for document in documents:
        print_reader_warnings(document.path, document.warnings)


def _print_summary(counts: dict[str, int], term_counts: dict[str, int]) -> None:
    pairs = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
    terms = ", ".join(f"{count} {kind}" for kind, count in term_counts.items() if count)
    print(f"pairs: {pairs or 'none'}")
    print(f"term changes: {terms or 'none'}")
