"""Exporting: the report (PDF, HTML, JSON) and the assembled contract (.docx, .txt).

:class:`Exporter` asks where to write, then runs the report/assemble modules of the core in its
own :class:`~clausediff.gui.worker.JobRunner` with progress and cancel; every write is atomic in
the core. The core modules are looked up when an export starts, so the window opens even when an
optional exporter is missing, and says so if asked to use it.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from clausediff.atomic import write_text
from clausediff.errors import InputError
from clausediff.gui import dialogs
from clausediff.gui.worker import JobRunner
from clausediff.progress import Monitor
from clausediff.session import Session

if TYPE_CHECKING:
    from clausediff.gui.main_window import MainWindow

SUFFIXES = {"pdf": ".pdf", "html": ".html", "json": ".json", "docx": ".docx", "txt": ".txt"}


def _core(module: str, name: str) -> Any:
    """A function of a core module, or InputError saying this export is not available."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        found = None
    if found is None:
        raise InputError(f"this export is not available in this build ({module}.{name})")
    return found


def export_work(kind: str, session: Session, path: str, language: str, monitor: Monitor) -> str:
    """Write ``session`` as ``kind`` to ``path`` (runs in the worker). Returns ``path``."""
    if kind in ("docx", "txt"):
        assembled = _core("clausediff.assemble", "assemble")(session)
        writer = _core("clausediff.assemble", f"write_{kind}")
        writer(assembled, path)
        return path
    report = _core("clausediff.report.model", "build_report")(
        session.comparison, session, language, False
    )
    monitor.check()
    if kind == "pdf":
        _core("clausediff.report.pdf", "write_pdf")(report, path, "A4", monitor)
    elif kind == "html":
        write_text(path, _core("clausediff.report.html", "render_html")(report))
    else:
        data = _core("clausediff.report.json", "report_to_dict")(report)
        write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path


class Exporter(QObject):
    """Runs exports for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = JobRunner(self)
        self.runner.started.connect(lambda: window.set_busy(True, self.tr("Exporting…")))
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
