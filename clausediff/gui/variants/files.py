"""Loading and exporting in the variants window: open files, folders, pasted text; PDF, .docx and
clipboard exports.

Split from :mod:`clausediff.gui.variants.window` to keep each module about one thing. The mixin
asks the core (``clausediff.variants`` and the report modules) to read or write and shows errors
through :mod:`clausediff.gui.dialogs`; it never computes a comparison itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow

from clausediff.errors import ErrorCode, InputError
from clausediff.gui import dialogs
from clausediff.gui.error_text import disk_error_text, error_text
from clausediff.readers import SUPPORTED_SUFFIXES
from clausediff.variants.choice import VariantsState
from clausediff.variants.grouping import extend_groups
from clausediff.variants.load import extend, load_paths, load_text
from clausediff.variants.report import report_html, report_text

#: An export's name from the clause's title, per report language ("variantes" alone without one).
_VARIANTS_NAME = {"fr": "%1 (variantes)", "en": "%1 (variants)"}
_VARIANTS_ALONE = {"fr": "variantes", "en": "variants"}
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _file_safe(title: str) -> str:
    """A clause title as a file name: characters no system accepts become spaces."""
    return " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split())[:80]


if TYPE_CHECKING:
    from clausediff.gui.variants.controller import VariantsController
    from clausediff.variants.model import Library, VariantsResult


class VariantFilesMixin(QMainWindow):
    """Opening and exporting for :class:`~clausediff.gui.variants.window.VariantsWindow`."""

    controller: VariantsController
    language: str

    # --- loading -----------------------------------------------------------------------------

    def add_library(self, library: Library) -> None:
        """Add variants to the window (undoable); new variants are grouped with the rest."""
        state = self.controller.state
        merged = extend(state.library, library)
        groups = extend_groups(state.groups, merged.variants)
        self.controller.edit(
            VariantsState(merged, groups, dict(state.choices)), self.tr("Add variants")
        )

    def load(self, paths: list[str]) -> bool:
        """Read files or folders and add their variants; False (and a dialog) on bad input."""
        try:
            library = load_paths(paths)
        except InputError as error:
            dialogs.show_error(self, self.tr("Cannot open"), error_text(error))
            return False
        self.add_library(library)
        return True

    def ask_open_files(self) -> None:
        """Ask for variant files (or a clause-library page)."""
        paths = dialogs.open_files(
            self, self.tr("Open variants"), dialogs.contract_filter(SUPPORTED_SUFFIXES)
        )
        if paths:
            self.load(paths)

    def ask_open_folder(self) -> None:
        """Ask for a folder of variant files."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of variants"))
        if folder:
            self.load([folder])

    def paste_text(self) -> None:
        """Add the clipboard's text as a variant (or as a library page)."""
        text = QApplication.clipboard().text()
        if not text.strip():
            text, accepted = QInputDialog.getMultiLineText(
                self, self.tr("Paste a variant"), self.tr("Clause text:")
            )
            if not accepted:
                return
        try:
            library = load_text(text, self.tr("pasted text"), "pasted")
        except InputError as error:
            dialogs.show_error(self, self.tr("Cannot add"), error_text(error))
            return
        self.add_library(library)

    # --- exports -----------------------------------------------------------------------------

    def exported_results(self, all_groups: bool = False) -> tuple[VariantsResult, ...]:
        """The group the user works on (every group when asked, or when none is current)."""
        current = self.controller.result()
        return self.controller.results() if all_groups or current is None else (current,)

    def suggested_file(self, suffix: str) -> str:
        """Where an export is offered: next to the library's first file, named after the clause
        worked on in the report's language ("Support client (variantes).pdf"), so the files of
        several clauses do not overwrite one another as one "variants.pdf"."""
        result = self.controller.result()
        title = result.group.title if result is not None and result.group.title else ""
        language = self.language if self.language in _VARIANTS_NAME else "en"
        name = (
            _VARIANTS_NAME[language].replace("%1", _file_safe(title))
            if title
            else _VARIANTS_ALONE[language]
        )
        paths = [source.path for source in self.controller.state.library.sources if source.path]
        folder = Path(paths[0]).parent if paths else Path.cwd()
        return str(folder / f"{name}{suffix}")

    def export_pdf(self, path: str, all_groups: bool = False) -> None:
        """Write the variants report of the current group (or every group) to ``path``."""
        from clausediff.report.pdf.variants import write_variants_pdf

        results = self.exported_results(all_groups)
        write_variants_pdf(self.controller.state, results, path, self.language)

    def ask_export_pdf(self, all_groups: bool = False) -> None:
        """Ask where to write the PDF report (current group, or every group), then write it."""
        path = dialogs.save_file(
            self, self.tr("Export the variants report"), "PDF (*.pdf)", self.suggested_file(".pdf")
        )
        if path:
            try:
                self.export_pdf(path, all_groups)
            except InputError as error:
                dialogs.show_error(self, self.tr("Export failed"), error_text(error))
            except OSError as error:
                message = disk_error_text(ErrorCode.CANNOT_EXPORT, path, error)
                dialogs.show_error(self, self.tr("Export failed"), message)

    def export_docx(self, path: str) -> None:
        """Write the current group's decision and terms as a Word document."""
        from clausediff.variants.export import write_docx

        write_docx(self.controller.state, self.exported_results(), path, self.language)

    def ask_export_docx(self) -> None:
        """Ask where to write the .docx, then write it."""
        path = dialogs.save_file(
            self, self.tr("Save as Word"), "Word (*.docx)", self.suggested_file(".docx")
        )
        if path:
            try:
                self.export_docx(path)
            except InputError as error:
                dialogs.show_error(self, self.tr("Export failed"), error_text(error))
            except OSError as error:
                message = disk_error_text(ErrorCode.CANNOT_EXPORT, path, error)
                dialogs.show_error(self, self.tr("Export failed"), message)

    def copy_text(self) -> None:
        """Copy the current group's report as plain text (and rich text) to the clipboard."""
        from PySide6.QtCore import QMimeData

        result = self.controller.result()
        if result is None:
            return
        data = QMimeData()
        data.setText(report_text(self.controller.state, [result], self.language))
        data.setHtml(report_html(self.controller.state, [result], self.language))
        QApplication.clipboard().setMimeData(data)
