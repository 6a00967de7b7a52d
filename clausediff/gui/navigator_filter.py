"""The navigator's filter: which pairs to list (all, changed, term changes, ...) and search.

:class:`PairFilterProxy` sits between :class:`~clausediff.gui.navigator.PairTableModel` and the
table; it never changes the data, only which rows show. It reads the rows through the model's
data roles (:class:`~clausediff.gui.navigator_roles.Role`), never the model's class.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from clausediff.comparison import PairStatus
from clausediff.gui import latency
from clausediff.gui.navigator_roles import Role
from clausediff.text.fold import fold_key as fold

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
        latency.note("search", text.strip())

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Apply the mode, then the search, on the row's :class:`Role` data."""
        row = self.sourceModel().index(source_row, 0, source_parent)
        raw = row.data(Role.STATUS)
        if raw is None:
            return True  # no comparison behind the row
        status = PairStatus(raw)  # Qt may hand a str enum back as its plain value
        keep = {
            Filter.ALL: True,
            Filter.CHANGED: bool(row.data(Role.CHANGED)),
            Filter.TERMS: bool(row.data(Role.TERMS)),
            Filter.INSERTED_DELETED: status in (PairStatus.INSERTED, PairStatus.DELETED),
            Filter.MOVED: status is PairStatus.MOVED,
        }[self.mode]
        if not keep or not self.search:
            return keep
        return self.search in str(row.data(Role.SEARCH_TEXT) or "")
