"""The portfolio review window: pick a template and a folder, watch the matrix fill, open a pair.

:class:`PortfolioWindow` runs the Qt-free review (:func:`clausediff.portfolio.run.run_portfolio`,
on every core, results cached as the command line caches them) in a background job with a
progress bar and Cancel; a cancelled review keeps what it did in the cache, so reviewing again
resumes. The finished matrix (:class:`~clausediff.gui.portfolio.model.PortfolioModel`) is sorted
by deviation, can be filtered by file name and re-sorted by any column; double-clicking a contract
(or pressing Enter) emits :attr:`PortfolioWindow.open_comparison` with the template and that
contract, which the main window opens as a two-document comparison. Errors from the core
(``InputError``: a bad template, a folder with no contract) are shown in a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clausediff.errors import Cancelled
from clausediff.gui import dialogs
from clausediff.gui.portfolio.model import PATH_ROLE, SORT_ROLE, PortfolioModel
from clausediff.gui.worker import JobRunner
from clausediff.portfolio.cache import ReviewCache, default_cache_path
from clausediff.portfolio.matrix import Row, column_labels, rows_by_deviation
from clausediff.portfolio.run import Settings, run_portfolio
from clausediff.progress import Monitor
from clausediff.readers import SUPPORTED_SUFFIXES


@dataclass(frozen=True, slots=True)
class _Matrix:
    """What a finished review hands to the window."""

    labels: list[str]
    rows: list[Row]
    deviating: int
    errors: int


class PortfolioWindow(QMainWindow):
    """One template against a folder of contracts (see the module docstring)."""

    open_comparison = Signal(str, str)  # template path, contract path
    review_finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        cache_path: Path | None = None,
        jobs: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioWindow")
        self.setWindowTitle(self.tr("Portfolio review"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cache_path = cache_path or default_cache_path()
        self.jobs = jobs
        self.template = ""
        self.folder = ""
        self.model = PortfolioModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.runner = JobRunner(self)
        self._build()
        self.runner.progress.connect(self._progress)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self._update_labels()
        self.resize(1200, 700)

    def _build(self) -> None:
        self.template_label = QLabel()
        self.folder_label = QLabel()
        self.template_button = QPushButton(self.tr("Template…"))
        self.folder_button = QPushButton(self.tr("Folder…"))
        self.review_button = QPushButton(self.tr("Review"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter contracts by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.status = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._activated)
        self.template_button.clicked.connect(self.choose_template)
        self.folder_button.clicked.connect(self.choose_folder)
        self.review_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.runner.cancel)
        top = QHBoxLayout()
        widgets: list[QWidget] = [self.template_button, self.template_label, self.folder_button]
        widgets += [self.folder_label, self.review_button, self.progress, self.cancel_button]
        for widget in widgets:
            top.addWidget(widget, 1 if widget is self.folder_label else 0)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    # --- choosing -------------------------------------------------------------------------

    def choose_template(self) -> bool:
        """Ask for the template file; False when the user cancelled."""
        path = dialogs.open_file(
            self, self.tr("Choose the template"), dialogs.contract_filter(SUPPORTED_SUFFIXES)
        )
        if path:
            self.template = path
            self._update_labels()
        return bool(path)

    def choose_folder(self) -> bool:
        """Ask for the folder of contracts; False when the user cancelled."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of contracts"))
        if path:
            self.folder = path
            self._update_labels()
        return bool(path)

    def choose_and_start(self) -> None:
        """What File ▸ Portfolio review… does: ask for a template and a folder, then review."""
        if self.choose_template() and self.choose_folder():
            self.start()

    def set_inputs(self, template: str, folder: str) -> None:
        """Set the template and the folder (the dialogs do this; so do tests)."""
        self.template, self.folder = template, folder
        self._update_labels()

    def _update_labels(self) -> None:
        none = self.tr("(none)")
        self.template_label.setText(Path(self.template).name if self.template else none)
        self.folder_label.setText(self.folder or none)
        self.review_button.setEnabled(bool(self.template and self.folder))

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Review the folder against the template in the background."""
        if not (self.template and self.folder):
            return
        template, folder = self.template, self.folder
        settings = Settings(jobs=self.jobs)
        cache_path = self.cache_path

        def work(monitor: Monitor) -> _Matrix:
            cache = ReviewCache(cache_path)
            try:
                run = run_portfolio(template, [folder], cache, settings, monitor)
                if run.interrupted:
                    raise Cancelled("cancelled")
                rows = list(rows_by_deviation(run, cache))
            finally:
                cache.close()
            labels = column_labels(run.template.to_dict())
            deviating = sum(1 for r in rows if r.status == "ok" and r.deviation > 0)
            errors = sum(1 for r in rows if r.status != "ok")
            return _Matrix(labels, rows, deviating, errors)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.review_button.setEnabled(False)
        self.status.setText(self.tr("Reviewing…"))
        self.runner.start(work, self._finished)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Reviewing: %1 of %2 contracts")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self._update_labels()

    def _finished(self, result: _Matrix) -> None:
        self._idle()
        self.model.set_matrix(result.labels, result.rows, self.folder)
        self.table.resizeColumnToContents(0)
        self.status.setText(
            self.tr("%1 contracts: %2 deviate from the template, %3 could not be reviewed")
            .replace("%1", str(len(result.rows)))
            .replace("%2", str(result.deviating))
            .replace("%3", str(result.errors))
        )
        self.review_finished.emit()

    def _failed(self, message: str) -> None:
        self._idle()
        self.status.setText("")
        dialogs.show_error(self, self.tr("Cannot review the portfolio"), message)

    def _cancelled(self) -> None:
        self._idle()
        self.status.setText(
            self.tr("Cancelled. The contracts reviewed so far are kept: Review resumes.")
        )

    def _activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        row = self.model.row_at(source.row())
        if row.status == "ok":
            self.open_comparison.emit(self.template, str(self.model.data(source, PATH_ROLE)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running review (its results so far stay cached) before closing."""
        self.runner.cancel()
        self.runner.wait()
        super().closeEvent(event)
