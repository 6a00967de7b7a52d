"""Rows of the comparison view: one per pair, runs of identical clauses folded into one row.

:class:`CompareModel` is a list model over the workspace's pairs. With folding on, every run of
at least :data:`MIN_FOLD` consecutive unchanged pairs becomes a single "12 identical clauses" row
that :meth:`CompareModel.expand` replaces by its pairs (rows removed/inserted, not a reset, so
the user's place and cached heights survive). Rows carry the pair index in :data:`PAIR_ROLE`
and their kind in :data:`KIND_ROLE`; the delegate in :mod:`clausediff.gui.compare_paint` draws.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from clausediff.comparison import Comparison, PairStatus, Side
from clausediff.gui.i18n import status_label
from clausediff.gui.spans import ComparisonIndex
from clausediff.gui.state import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # int: first pair of the row
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "pair" or "fold"
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # int: pairs in the row (1 for a pair row)
MIN_FOLD = 3


@dataclass(frozen=True, slots=True)
class Row:
    """A pair row (``count == 1``, not folded) or a fold of ``count`` identical pairs."""

    pair: int
    count: int = 1
    folded: bool = False


def fold_rows(comparison: Comparison | None, fold: bool) -> list[Row]:
    """The rows for ``comparison``: runs of >= MIN_FOLD unchanged pairs folded when ``fold``."""
    if comparison is None:
        return []
    pairs = comparison.pairs
    rows: list[Row] = []
    index = 0
    while index < len(pairs):
        end = index
        while end < len(pairs) and pairs[end].status is PairStatus.UNCHANGED:
            end += 1
        run = end - index
        if fold and run >= MIN_FOLD:
            rows.append(Row(index, run, folded=True))
            index = end
        elif run > 0:
            rows.extend(Row(i) for i in range(index, end))
            index = end
        else:
            rows.append(Row(index))
            index += 1
    return rows


class CompareModel(QAbstractListModel):
    """The rows of the comparison view; reset when the pairs change."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.fold = True
        self.rows: list[Row] = []
        self.index_: ComparisonIndex | None = None
        self._starts: list[int] = []
        workspace.structure_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Rebuild the rows from the workspace (model reset)."""
        self.beginResetModel()
        comparison = self.workspace.comparison
        self.index_ = ComparisonIndex(comparison) if comparison is not None else None
        self.rows = fold_rows(comparison, self.fold)
        self._starts = [row.pair for row in self.rows]
        self.endResetModel()

    def set_fold(self, fold: bool) -> None:
        """Fold (or unfold) every run of identical clauses."""
        if fold != self.fold:
            self.fold = fold
            self.reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """Number of rows; a list has no children."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Pair index, kind and count of a row; a short text for accessibility."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == PAIR_ROLE:
            return row.pair
        if role == KIND_ROLE:
            return "fold" if row.folded else "pair"
        if role == COUNT_ROLE:
            return row.count
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.folded:
                return self.tr("%n identical clause(s)", "", row.count)
            return self._describe(row.pair, role == Qt.ItemDataRole.AccessibleTextRole)
        return None

    def _describe(self, pair_index: int, spoken: bool) -> str:
        """The clause label (type-ahead jumps by it); for screen readers, status and both sides."""
        if self.index_ is None:
            return ""
        pair = self.index_.comparison.pairs[pair_index]
        left = self.index_.label(pair, Side.LEFT)
        right = self.index_.label(pair, Side.RIGHT)
        if not spoken:
            return right or left
        return f"{status_label(pair.status)}: {left or '—'} ⟷ {right or '—'}"

    def row_of_pair(self, pair: int) -> int:
        """The row showing ``pair`` (a fold row when it is folded), or -1."""
        if not self.rows or pair < 0:
            return -1
        position = bisect.bisect_right(self._starts, pair) - 1
        if position < 0:
            return -1
        row = self.rows[position]
        return position if pair < row.pair + row.count else -1

    def expand(self, row_number: int) -> None:
        """Replace the fold row ``row_number`` by one row per pair it holds."""
        if not 0 <= row_number < len(self.rows) or not self.rows[row_number].folded:
            return
        fold = self.rows[row_number]
        new = [Row(i) for i in range(fold.pair, fold.pair + fold.count)]
        self.beginRemoveRows(QModelIndex(), row_number, row_number)
        del self.rows[row_number]
        del self._starts[row_number]
        self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), row_number, row_number + len(new) - 1)
        self.rows[row_number:row_number] = new
        self._starts[row_number:row_number] = [r.pair for r in new]
        self.endInsertRows()
