"""The navigator's filter: which pairs to list (all, changed, term changes, ...) and search.

:class:`PairFilterProxy` sits between :class:`~clausediff.gui.navigator.PairTableModel` and the
table; it never changes the data, only which rows show.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from clausediff.comparison import PairStatus, Side
from clausediff.text.fold import fold_key as fold

if TYPE_CHECKING:
    from clausediff.gui.navigator import PairTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class Filter(StrEnum):
    """Which pairs the navigator shows."""

    ALL = "all"
    CHANGED = "changed"
    TERMS = "terms"
    INSERTED_DELETED = "inserted_deleted"
    MOVED = "moved"


class PairFilterProxy(QSortFilterProxyModel):
    """Keeps the pairs a :class:`Filter` and a search text (in labels and texts) select."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = Filter.ALL
        self.search = ""
        self._haystacks: dict[int, str] = {}

    def setSourceModel(self, model: Any) -> None:
        """Forget cached search texts when the source resets."""
        super().setSourceModel(model)
        model.modelReset.connect(self._haystacks.clear)

    def _refilter(self, change: Callable[[], object]) -> None:
        """Apply ``change()`` to the filter state, then re-filter the rows.

        Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange(); both are supported.
        """
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            change()
            self.invalidateRowsFilter()

    def set_mode(self, mode: Filter) -> None:
        """Show only the pairs of ``mode``."""
        self._refilter(lambda: setattr(self, "mode", mode))

    def set_search(self, text: str) -> None:
        """Show only the pairs whose labels or texts contain ``text`` (case and accents aside)."""
        self._refilter(lambda: setattr(self, "search", fold(text.strip())))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Apply the mode, then the search."""
        from clausediff.gui.navigator import PairTableModel  # imports this module: import late

        model = self.sourceModel()
        if not isinstance(model, PairTableModel) or model.workspace.comparison is None:
            return True
        pair = model.workspace.comparison.pairs[source_row]
        keep = {
            Filter.ALL: True,
            Filter.CHANGED: pair.changed,
            Filter.TERMS: bool(pair.term_changes),
            Filter.INSERTED_DELETED: pair.status in (PairStatus.INSERTED, PairStatus.DELETED),
            Filter.MOVED: pair.status is PairStatus.MOVED,
        }[self.mode]
        if not keep or not self.search:
            return keep
        return self.search in self._haystack(model, source_row)

    def _haystack(self, model: PairTableModel, row: int) -> str:
        if row not in self._haystacks and model.index_ is not None:
            pair = model.index_.comparison.pairs[row]
            texts = [c.text for s in Side for c in model.index_.clauses(pair, s)]
            labels = [model.index_.label(pair, s) for s in Side]
            self._haystacks[row] = fold("\n".join(labels + texts))
        return self._haystacks.get(row, "")
