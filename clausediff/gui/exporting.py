"""Exporting: the report (PDF, HTML, JSON) and the assembled contract (.docx, .txt).

:class:`Exporter` asks where to write, then runs the report/assemble modules of the core in its
own :class:`~clausediff.gui.worker.JobRunner` with progress and cancel; every write is atomic in
the core (:func:`clausediff.report.export.export_report`, :mod:`clausediff.report.assemble`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from clausediff.gui import dialogs
from clausediff.gui.worker import JobRunner
from clausediff.progress import Monitor
from clausediff.report.assemble import assemble, write_docx, write_txt
from clausediff.report.export import ExportOptions, export_report
from clausediff.store.guard import clobbered
from clausediff.store.session import Session, Side

if TYPE_CHECKING:
    from clausediff.gui.main_window import MainWindow

SUFFIXES = {"pdf": ".pdf", "html": ".html", "json": ".json", "docx": ".docx", "txt": ".txt"}


def export_work(kind: str, session: Session, path: str, language: str, monitor: Monitor) -> str:
    """Write ``session`` as ``kind`` to ``path`` (runs in the worker). Returns ``path``."""
    if kind in ("docx", "txt"):
        # Undecided clauses take the right-hand text and are listed in the contract's final note.
        contract = assemble(session, undecided=Side.RIGHT)
        monitor.check()
        (write_docx if kind == "docx" else write_txt)(contract, path)
        return path
    targets = {kind: path}
    export_report(
        session.comparison,
        session=session,
        options=ExportOptions(language=language),
        monitor=monitor,
        **targets,  # pdf=, html= or json=
    )
    return path


class Exporter(QObject):
    """Runs exports for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = JobRunner(self)
        self.runner.started.connect(lambda: window.set_busy(True, self.tr("Exporting…")))
        self.runner.progress.connect(window.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: window.set_busy(False))

    def export(self, kind: str, path: str = "") -> None:
        """Ask for a path (unless given) and write the export in the background."""
        session = self.window.workspace.session
        if session is None:
            return
        self.window.details.commit_note()
        session = self.window.workspace.session
        assert session is not None
        if not path:
            stem = Path(session.comparison.right.path or "clausediff").stem
            suffix = SUFFIXES[kind]
            name = (
                f"{stem}-{self.tr('report')}{suffix}"
                if kind in ("pdf", "html", "json")
                else f"{stem}-{self.tr('final')}{suffix}"
            )
            folder = Path(
                self.window.workspace.session_path or session.comparison.right.path or "."
            ).parent
            path = dialogs.save_file(
                self.window, self.tr("Export"), f"{kind.upper()} (*{suffix})", str(folder / name)
            )
            if not path:
                return
            if not path.endswith(suffix):
                path += suffix
        compared = {session.comparison.left.path, session.comparison.right.path} - {""}
        if clobbered((path,), compared) is not None:
            # The CLI refuses this too: one mistaken "Replace?" would destroy a contract.
            dialogs.show_error(
                self.window,
                self.tr("Cannot export"),
                self.tr("%1 is one of the compared contracts: choose another name.").replace(
                    "%1", Path(path).name
                ),
            )
            return
        language = self.window.translations.language
        self.runner.start(lambda m: export_work(kind, session, path, language, m))

    def _finished(self, path: object) -> None:
        self.window.set_busy(False)
        self.window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(path)), 5000
        )
        self.window.export_finished.emit(str(path))

    def _failed(self, message: str) -> None:
        self.window.set_busy(False)
        dialogs.show_error(self.window, self.tr("Cannot export"), message)
        self.window.export_failed.emit(message)

    def shutdown(self) -> None:
        """Quit: cancel and wait for a running export."""
        self.runner.cancel()
        self.runner.wait(10000)
