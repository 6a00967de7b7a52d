"""The deviation matrix as a Qt table model: one row per contract, one column per template clause.

:class:`PortfolioModel` shows :class:`~clausediff.portfolio.matrix.Row` values already sorted by
the core (most deviating first): leading columns contract, deviation, missing, term changes,
then one column per template clause whose cell says its status in words ("missing", "modified
87 %") over a tint, with its term changes as tooltip. :data:`SORT_ROLE` gives numbers for
sorting; :data:`PATH_ROLE` the contract's path (to open its comparison). Read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from clausediff.gui.error_text import coded_text
from clausediff.portfolio.matrix import TERM_CHANGED, Row

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
LEADING = 4  # contract, deviation, missing, term changes

_KINDS = {
    "unchanged": QT_TRANSLATE_NOOP("PortfolioModel", "unchanged"),
    "modified": QT_TRANSLATE_NOOP("PortfolioModel", "modified"),
    "moved": QT_TRANSLATE_NOOP("PortfolioModel", "moved"),
    "split": QT_TRANSLATE_NOOP("PortfolioModel", "split"),
    "merged": QT_TRANSLATE_NOOP("PortfolioModel", "merged"),
    "missing": QT_TRANSLATE_NOOP("PortfolioModel", "missing"),
    TERM_CHANGED: QT_TRANSLATE_NOOP("PortfolioModel", "term changed"),
}
_TINTS = {
    "unchanged": "#e7f5ea",
    "missing": "#f6c6cb",
    TERM_CHANGED: "#fdd9b5",
}
_CHANGED_TINT = "#fff3c4"
_ERROR_TINT = "#eeeeee"
Index = QModelIndex | QPersistentModelIndex


def _tr(text: object) -> str:
    """A label kept as data (QT_TRANSLATE_NOOP) in the current language."""
    return QCoreApplication.translate("PortfolioModel", str(text))


class PortfolioModel(QAbstractTableModel):
    """Contracts x template clauses (see the module docstring)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._rows: list[Row] = []
        self._base = ""

    def set_matrix(self, labels: list[str], rows: list[Row], base: str = "") -> None:
        """Show a new matrix (rows in the order to show them); paths shown relative to ``base``."""
        self.beginResetModel()
        self._labels, self._rows, self._base = list(labels), list(rows), base
        self.endResetModel()

    def _shown_path(self, path: str) -> str:
        try:
            return str(Path(path).relative_to(self._base)) if self._base else path
        except ValueError:
            return path

    @staticmethod
    def _error(row: Row) -> str:
        """The row's error in the interface language (its English line when it has no code)."""
        return coded_text(row.error or "", row.error_code, row.error_params)

    def row_at(self, row: int) -> Row:
        """The contract shown on one row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's own default
        """Contracts; none under a valid parent (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's own default
        """Leading columns plus one per template clause."""
        return 0 if parent.isValid() else LEADING + len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles: the leading ones, then each template clause's number and heading."""
        if orientation is not Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if section < LEADING:
            titles = (
                QT_TRANSLATE_NOOP("PortfolioModel", "Contract"),
                QT_TRANSLATE_NOOP("PortfolioModel", "Deviation"),
                QT_TRANSLATE_NOOP("PortfolioModel", "Missing"),
                QT_TRANSLATE_NOOP("PortfolioModel", "Term changes"),
            )
            return _tr(titles[section])
        if section - LEADING < len(self._labels):
            return self._labels[section - LEADING]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tint, tooltip, sort value and path of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == PATH_ROLE:
            return row.path
        if column < LEADING:
            return self._leading(row, column, role)
        if row.status != "ok":
            return QColor(_ERROR_TINT) if role == Qt.ItemDataRole.BackgroundRole else None
        cell = row.cells[column - LEADING]
        if role == Qt.ItemDataRole.DisplayRole:
            word = _tr(_KINDS[cell.kind])
            if cell.kind in ("unchanged", "missing"):
                return word
            return f"{word} {round(cell.similarity * 100)}\u202f%"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(_TINTS.get(cell.kind, _CHANGED_TINT))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#222222")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(cell.term_changes) or None
        if role == SORT_ROLE:
            return 0.0 if cell.kind == "missing" else cell.similarity
        return None

    def _leading(self, row: Row, column: int, role: int) -> Any:
        values: tuple[Any, ...] = (
            row.path,
            row.deviation,
            row.count("missing"),
            row.count(TERM_CHANGED),
        )
        if role == SORT_ROLE:
            return values[column] if row.status == "ok" or column == 0 else -1
        if role == Qt.ItemDataRole.DisplayRole:
            if row.status != "ok" and column == 1:
                return _tr(QT_TRANSLATE_NOOP("PortfolioModel", "error: %1")).replace(
                    "%1", self._error(row)
                )
            if row.status != "ok" and column > 1:
                return None
            if column == 0:
                return self._shown_path(row.path)
            return f"{values[column]:.2f}" if column == 1 else str(values[column])
        if role == Qt.ItemDataRole.ToolTipRole and column <= 1:
            return self._error(row) if row.error else row.path
        if role == Qt.ItemDataRole.BackgroundRole and row.status != "ok":
            return QColor(_ERROR_TINT)
        return None
