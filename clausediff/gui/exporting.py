"""Exporting: the report (PDF, HTML, JSON), the Word redline and the assembled contract.

:class:`Exporter` asks where to write, then runs the report/redline/assemble modules of the core
in its own :class:`~clausediff.gui.worker.JobRunner` with progress and cancel, and says how it
went with :attr:`Exporter.exported` / :attr:`Exporter.failed`; every write is atomic in the core
(:func:`clausediff.report.export.export_report`, :func:`clausediff.report.redline.write_redline`,
:mod:`clausediff.report.assemble`). Before the contract is assembled, changed clauses without a
decision are named and the user picks the side to take for them (or cancels); the contract lists
them in a final note. Of the window only the :class:`~clausediff.gui.host.WindowHost` protocol
is used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from clausediff.compare.chain import step_label
from clausediff.errors import ErrorCode, write_failure
from clausediff.gui import dialogs
from clausediff.gui.error_text import disk_error_text
from clausediff.gui.host import WindowHost
from clausediff.gui.worker import JobRunner
from clausediff.progress import Monitor
from clausediff.report.assemble import assemble, undecided_pairs, write_docx, write_txt
from clausediff.report.export import ExportOptions, export_chain_report, export_report
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import pair_titles
from clausediff.report.redline import RedlineOptions, write_redline
from clausediff.store.chain_session import chain_of, step_sessions, versions_of
from clausediff.store.guard import clobbered
from clausediff.store.session import Keep, Session

SUFFIXES = {
    "pdf": ".pdf",
    "html": ".html",
    "json": ".json",
    "docx": ".docx",
    "txt": ".txt",
    "redline": ".docx",
}


def export_work(
    kind: str,
    session: Session,
    path: str,
    language: str,
    monitor: Monitor,
    undecided: Keep | None = None,
    author: str = "ClauseDiff",
    letterhead: Letterhead | None = None,
    all_steps: bool = False,
) -> str:
    """Write ``session`` as ``kind`` to ``path`` (runs in the worker). Returns ``path``.

    ``undecided`` is the side the contract takes for changed clauses without a decision;
    ``author`` signs the redline's revisions; ``all_steps`` makes a PDF or HTML report cover
    every step of the session's chain of versions instead of the step on screen. A write the
    disk refuses is an InputError (:data:`ErrorCode.CANNOT_EXPORT`, the system's words kept),
    not a bug.
    """
    try:
        return _write_export(
            kind, session, path, language, monitor, undecided, author, letterhead, all_steps
        )
    except OSError as error:
        raise write_failure(ErrorCode.CANNOT_EXPORT, path, error) from error


def _write_export(
    kind: str,
    session: Session,
    path: str,
    language: str,
    monitor: Monitor,
    undecided: Keep | None,
    author: str,
    letterhead: Letterhead | None,
    all_steps: bool = False,
) -> str:
    if kind in ("docx", "txt"):
        contract = assemble(session, undecided=undecided)
        monitor.check()
        (write_docx if kind == "docx" else write_txt)(contract, path)
        return path
    if kind == "redline":
        options = RedlineOptions(author=author or "ClauseDiff", language=language)
        write_redline(session.comparison, path, session, options)
        return path
    targets = {kind: path}
    if all_steps:
        export_chain_report(
            chain_of(session),
            sessions=step_sessions(session),
            options=ExportOptions(language=language, letterhead=letterhead or Letterhead()),
            monitor=monitor,
            **targets,  # pdf= or html=
        )
        return path
    export_report(
        session.comparison,
        session=session,
        options=ExportOptions(language=language, letterhead=letterhead or Letterhead()),
        monitor=monitor,
        **targets,  # pdf=, html= or json=
    )
    return path


def default_export_name(kind: str, left: str, right: str) -> str:
    """The file name an export suggests, from the documents' names, in the UI language:
    "v1 compared with v2.pdf" for a report, "v2 (final).docx", "v2 (redline).docx"."""
    left_stem = Path(left).stem if left else ""
    right_stem = Path(right).stem if right else "ClauseDiff"
    suffix = SUFFIXES[kind]
    if kind in ("pdf", "html", "json"):
        if not left_stem:
            return f"{right_stem}{suffix}"
        words = QCoreApplication.translate("Exporter", "%1 compared with %2")
        return words.replace("%1", left_stem).replace("%2", right_stem) + suffix
    words = (
        QCoreApplication.translate("Exporter", "%1 (redline)")
        if kind == "redline"
        else QCoreApplication.translate("Exporter", "%1 (final)")
    )
    return words.replace("%1", right_stem) + suffix


class Exporter(QObject):
    """Runs exports for one window (its :class:`~clausediff.gui.host.WindowHost`)."""

    exported = Signal(str)  # the path written
    failed = Signal(str)  # the one-line message the user saw

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.runner = JobRunner(self)
        self.runner.started.connect(lambda: host.set_busy(True, self.tr("Exporting…")))
        self.runner.progress.connect(host.show_progress)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: host.set_busy(False))
        self._note = ""  # what the status bar adds after the export (undecided clauses)
        #: Matter, client and "Confidential" of the PDF report, as last typed in this window.
        self.letterhead = Letterhead()

    def export(self, kind: str, path: str = "") -> None:
        """Ask for a path (unless given) and write the export in the background."""
        session = self.host.workspace.session
        if session is None:
            return
        self.host.commit_note()
        session = self.host.workspace.session
        assert session is not None
        undecided: Keep | None = None
        self._note = ""
        letterhead = self.letterhead
        all_steps = False
        if kind in ("pdf", "html") and session.chain is not None:
            step = step_label(*session.chain.steps[session.chain.active])
            scope = dialogs.ask_chain_scope(self.host.dialog_parent(), step)
            if scope is None:
                return
            all_steps = scope is dialogs.ReportScope.ALL
        versions = versions_of(session) if all_steps else ()
        if kind == "pdf":
            asked = dialogs.ask_letterhead(self.host.dialog_parent(), self.letterhead)
            if asked is None:
                return
            letterhead = self.letterhead = asked
        if kind in ("docx", "txt"):
            open_pairs = undecided_pairs(session)
            if open_pairs:
                labels = pair_titles(
                    session.comparison, open_pairs, session.comparison.right.language
                )
                undecided = dialogs.ask_undecided(self.host.dialog_parent(), labels)
                if undecided is None:
                    return
                self._note = (
                    self.tr(
                        "%n clause(s) without a decision took the right-hand text", "", len(labels)
                    )
                    if undecided is Keep.RIGHT
                    else self.tr(
                        "%n clause(s) without a decision took the left-hand text", "", len(labels)
                    )
                )
        if not path:
            suffix = SUFFIXES[kind]
            first, last = (
                (versions[0].path, versions[-1].path)
                if versions
                else (session.comparison.left.path, session.comparison.right.path)
            )
            name = default_export_name(kind, first, last)
            label = "DOCX" if kind == "redline" else kind.upper()
            folder = Path(
                self.host.workspace.session_path or session.comparison.right.path or "."
            ).parent
            path = dialogs.save_file(
                self.host.dialog_parent(),
                self.tr("Export"),
                f"{label} (*{suffix})",
                str(folder / name),
            )
            if not path:
                return
            if not path.endswith(suffix):
                path += suffix
        compared = {session.comparison.left.path, session.comparison.right.path} - {""}
        compared |= {version.path for version in versions} - {""}
        if clobbered((path,), compared) is not None:
            # The CLI refuses this too: one mistaken "Replace?" would destroy a contract.
            dialogs.show_error(
                self.host.dialog_parent(),
                self.tr("Cannot export"),
                self.tr("%1 is one of the compared contracts: choose another name.").replace(
                    "%1", Path(path).name
                ),
            )
            return
        language = self.host.ui_language()
        author = self.host.settings.redline_author
        self.runner.start(
            lambda m: export_work(
                kind, session, path, language, m, undecided, author, letterhead, all_steps
            ),
            self._done,
        )

    def print_report(self) -> None:
        """File > Print: Qt's print dialog, then the report drawn as the PDF lays it out."""
        from clausediff.report.model import build_report
        from clausediff.report.pdf.writer import print_report

        if self.host.workspace.session is None:
            return
        self.host.commit_note()
        session = self.host.workspace.session
        assert session is not None
        printer = dialogs.ask_printer(self.host.dialog_parent())
        if printer is None:
            return
        report = build_report(session.comparison, session, self.host.ui_language())
        try:
            print_report(report, printer)
        except OSError as error:
            dialogs.show_error(
                self.host.dialog_parent(),
                self.tr("Cannot print"),
                disk_error_text(ErrorCode.CANNOT_PRINT, "", error),
            )
            return
        self.host.show_message(self.tr("Report sent to the printer"), 5000)

    def _done(self, path: str) -> None:
        self.host.set_busy(False)
        message = self.tr("Exported to %1").replace("%1", path)
        if self._note:
            message = f"{message} — {self._note}"
        self.host.show_message(message, 10000)
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.host.set_busy(False)
        dialogs.show_error(self.host.dialog_parent(), self.tr("Cannot export"), message)
        self.failed.emit(message)

    def shutdown(self) -> None:
        """Quit: cancel and wait for a running export."""
        self.runner.cancel()
        self.runner.wait(10000)
