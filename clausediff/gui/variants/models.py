"""Qt table models over the current group's analysis: variants, grid, terms, similarity.

Each model reads the :class:`~clausediff.gui.variants.controller.VariantsController`'s current
:class:`~clausediff.variants.model.VariantsResult` and resets when it changes; none computes
anything. ``VARIANT_ROLE`` gives the variant id behind a row (or column, for the grid) and
``SORT_ROLE`` a number to sort by (a missing value sorts last). All are read-only tables.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clausediff.gui.variants.controller import VariantsController
from clausediff.variants.choice import CUSTOM
from clausediff.variants.model import TermColumn, VariantsResult

AnyIndex = QModelIndex | QPersistentModelIndex
VARIANT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_MISSING = float("inf")


def percent(value: float) -> str:
    """A share as a whole percentage ("15 %")."""
    return f"{round(value * 100)} %"


def short_name(result: VariantsResult, variant_id: str) -> str:
    """ "V3": the variant's number in its group."""
    return f"V{result.group.variant_ids.index(variant_id) + 1}"


def provision_label(result: VariantsResult, row: int, words: int = 5) -> str:
    """A grid row named by the provision it holds: the first words of its most central sentence,
    the reference's where it speaks, else that of the variant closest to the reference
    (e.g. "La responsabilité totale du Prestataire…")."""
    ids = result.grid.variant_ids
    spoken = [(v, c) for v, c in zip(ids, result.grid.rows[row].cells, strict=True) if c]
    if not spoken:
        return str(row + 1)
    _, central = max(
        spoken,
        key=lambda item: (item[0] == result.reference_id, result.similarity_to_reference(item[0])),
    )
    first = central.text.split()
    return " ".join(first[:words]) + ("…" if len(first) > words else "")


class _Base(QAbstractTableModel):
    """Shared plumbing: the controller, reset on change, no children."""

    def __init__(self, controller: VariantsController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result = controller.result()
        controller.result_changed.connect(self.reload)
        controller.state_changed.connect(self.refresh)

    def reload(self) -> None:
        """Take the controller's current analysis (model reset)."""
        self.beginResetModel()
        self.result = self.controller.result()
        self.endResetModel()

    def refresh(self) -> None:
        """Repaint every cell (marks and notes changed, not the shape)."""
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _ids(self) -> tuple[str, ...]:
        return self.result.group.variant_ids if self.result is not None else ()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, enabled, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class VariantColumn(IntEnum):
    """Columns of the variant list."""

    MARK = 0
    NAME = 1
    SIMILARITY = 2


class VariantListModel(_Base):
    """One row per variant of the group: reference / preferred marks, name, similarity."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One row per variant."""
        return 0 if parent.isValid() else len(self._ids())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """Mark, name, similarity."""
        return 0 if parent.isValid() else len(VariantColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: "", 1: self.tr("Variant"), 2: self.tr("Similarity")}.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Marks (⚑ reference, ★ preferred), "V3 · label", similarity to the reference."""
        result = self.result
        if result is None or not index.isValid():
            return None
        variant_id = result.group.variant_ids[index.row()]
        choice = self.controller.state.choice(result.group.id)
        reference = variant_id == result.reference_id
        preferred = choice.preferred == variant_id or (
            choice.preferred == CUSTOM and choice.custom_base == variant_id
        )
        column = index.column()
        if role == VARIANT_ROLE:
            return variant_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VariantColumn.MARK:
                return ("⚑" if reference else "") + ("★" if preferred else "")
            if column == VariantColumn.NAME:
                variant = self.controller.state.library.variant(variant_id)
                label = variant.label or variant.title or variant.id
                return f"{short_name(result, variant_id)} · {label}"
            return percent(result.similarity_to_reference(variant_id))
        if role == SORT_ROLE and column == VariantColumn.SIMILARITY:
            return result.similarity_to_reference(variant_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            marks = []
            if reference:
                marks.append(self.tr("Reference"))
            if preferred:
                marks.append(self.tr("Preferred"))
            return ", ".join(marks) or None
        if role == Qt.ItemDataRole.FontRole and reference:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != VariantColumn.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GridModel(_Base):
    """The provisions grid: one row per provision, one column per variant."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One row per provision."""
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.grid.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One column per variant."""
        return 0 if parent.isValid() else len(self._ids())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """ "V3 ⚑" across; down, each provision's first words (its number and the words in the
        tooltip); the variant's label as tooltip across."""
        result = self.result
        if result is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(result.grid.rows):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return provision_label(result, section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{section + 1}. {provision_label(result, section, words=40)}"
            return None
        if not 0 <= section < len(result.grid.variant_ids):
            return None
        variant_id = result.grid.variant_ids[section]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = " ⚑" if variant_id == result.reference_id else ""
            return short_name(result, variant_id) + mark
        if role == Qt.ItemDataRole.ToolTipRole:
            variant = self.controller.state.library.variant(variant_id)
            return variant.label or variant.title
        if role == VARIANT_ROLE:
            return variant_id
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The sentence, or an empty cell where the variant is silent."""
        result = self.result
        if result is None or not index.isValid():
            return None
        cell = result.grid.rows[index.row()].cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                cell.text
                if cell is not None
                else ("" if role == Qt.ItemDataRole.DisplayRole else self.tr("Silent"))
            )
        if role == VARIANT_ROLE:
            return result.grid.variant_ids[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and cell is None:
            return QBrush(QColor(128, 128, 128, 28))
        return None


class TermsModel(_Base):
    """The terms matrix: one row per variant; sortable by shortest deadline, lowest amount…"""

    COLUMNS = (
        None,
        None,
        TermColumn.DEADLINES,
        TermColumn.HOURS,
        TermColumn.AMOUNTS,
        TermColumn.OBLIGATIONS,
    )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One row per variant."""
        return 0 if parent.isValid() else len(self._ids())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """Variant, similarity, then the term columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; tooltips say how each column sorts."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Variant"),
            self.tr("Similarity"),
            self.tr("Deadlines"),
            self.tr("Hours and periods"),
            self.tr("Amounts"),
            self.tr("Obligations"),
        )
        tips = (
            "",
            self.tr("Similarity to the reference"),
            self.tr("Sorts by the shortest deadline"),
            self.tr("Sorts by the longest service time"),
            self.tr("Sorts by the lowest amount"),
            self.tr("Sorts by the number of obligations"),
        )
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(titles):
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(tips):
            return tips[section] or None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Descriptions ("4 heures; 5 jours ouvrés"), and numeric sort keys in ``SORT_ROLE``."""
        result = self.result
        if result is None or not index.isValid():
            return None
        variant_id = result.group.variant_ids[index.row()]
        column = self.COLUMNS[index.column()]
        if role == VARIANT_ROLE:
            return variant_id
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                variant = self.controller.state.library.variant(variant_id)
                name = short_name(result, variant_id)
                if role == SORT_ROLE:
                    return float(index.row())
                return f"{name} · {variant.label or variant.title}"
            return None
        if index.column() == 1:
            value = result.similarity_to_reference(variant_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return percent(value)
            return value if role == SORT_ROLE else None
        assert column is not None
        row = result.matrix.row(variant_id)
        if role == Qt.ItemDataRole.DisplayRole:
            unique = list(dict.fromkeys(c.description for c in row.cells(column)))
            return "; ".join(unique) if unique else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(c.term.text for c in row.cells(column)) or None
        if role == SORT_ROLE:
            key = row.sort_key(column)
            return _MISSING if key is None else key
        return None


class SimilarityModel(_Base):
    """The similarity matrix, tinted by value."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One row per variant."""
        return 0 if parent.isValid() else len(self._ids())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One column per variant."""
        return 0 if parent.isValid() else len(self._ids())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """ "V1", "V2", … both ways."""
        result = self.result
        if result is None or not 0 <= section < len(result.group.variant_ids):
            return None
        variant_id = result.group.variant_ids[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_name(result, variant_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            variant = self.controller.state.library.variant(variant_id)
            return variant.label or variant.title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Percentages; the background deepens with similarity."""
        result = self.result
        if result is None or not index.isValid():
            return None
        value = result.similarity[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(value)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(18, 86, 176, int(20 + 150 * value)))
        if role == Qt.ItemDataRole.ForegroundRole and value > 0.6:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
