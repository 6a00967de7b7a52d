"""The clause navigator's table model: one row per pair of the comparison on screen.

:class:`PairTableModel` exposes the comparison's pairs (status, both clause labels, similarity,
term-change badges, a clause deleted or inserted whole counting the terms it takes along, the
user's decision) through Qt's roles and the :class:`Role` values, and
answers which pairs hold a search text (:meth:`PairTableModel.matching`, the filter's matcher,
from a :class:`~clausediff.gui.search_index.PairSearch` it prepares in slices in idle time).
It only reads the workspace; :mod:`clausediff.gui.navigator` shows it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from clausediff.comparison import PairStatus, Side, TermKind
from clausediff.gui.formats import Palette
from clausediff.gui.i18n import status_label, term_label
from clausediff.gui.icons import status_icon
from clausediff.gui.navigator_roles import Role
from clausediff.gui.plain_text import plain_tooltip
from clausediff.gui.resources import icon_path
from clausediff.gui.search_index import PairSearch
from clausediff.gui.spans import ComparisonIndex
from clausediff.gui.state import Workspace
from clausediff.store.session import Keep

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Columns of the navigator table."""

    STATUS = 0  # icon only; the status name is in the tooltip and the accessible text
    CLAUSE = 1  # "Article 4" or "Article 16 → Article 4" when the label changed
    SIMILARITY = 2
    TERMS = 3
    DECISION = 4


COLUMNS = len(Column)  # Qt asks columnCount() thousands of times a paint: no enum walk
#: The roles :meth:`PairTableModel.data` answers; it returns None at once for the others.
ANSWERED_ROLES = frozenset(
    {
        *Role,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class PairTableModel(QAbstractTableModel):
    """Read-only table over the workspace's pairs; resets when the pairs change."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.index_: ComparisonIndex | None = None
        self.search: PairSearch | None = None
        self._rows = 0
        self._labels: dict[int, tuple[str, str]] = {}  # row -> both labels, on demand
        self._icons = {status: status_icon(status) for status in PairStatus}
        self.palette: Palette | None = None
        self._choice_icon = QIcon(str(icon_path("choice")))
        self._note_icon = QIcon(str(icon_path("note")))
        self._link_icon = QIcon(str(icon_path("link")))
        workspace.structure_changed.connect(self.reload)
        workspace.choices_changed.connect(self._decisions_changed)
        self.reload()

    def reload(self) -> None:
        """Rebuild from the workspace's comparison (model reset).

        Only what the first screen needs: labels are made when a row is shown, the search
        index folds the documents later (:meth:`warm_search`).
        """
        self.beginResetModel()
        comparison = self.workspace.comparison
        self.index_ = ComparisonIndex(comparison) if comparison is not None else None
        self.search = PairSearch(comparison) if comparison is not None else None
        self._rows = len(comparison.pairs) if comparison is not None else 0
        self._labels = {}
        self.endResetModel()

    def matching(self, query: str) -> frozenset[int]:
        """Rows whose pair holds ``query`` (the filter's matcher); none without a comparison."""
        return self.search.matching(query) if self.search is not None else frozenset()

    def warm_search(self) -> bool:
        """Prepare a slice of the search index; True when it is ready (or there is none)."""
        return self.search is None or self.search.warm()

    def labels(self, row: int) -> tuple[str, str]:
        """Left and right label of ``row``'s pair (made once, when first asked)."""
        found = self._labels.get(row)
        if found is None and self.index_ is not None:
            pair = self.index_.comparison.pairs[row]
            found = (self.index_.label(pair, Side.LEFT), self.index_.label(pair, Side.RIGHT))
            self._labels[row] = found
        return found or ("", "")

    def set_palette(self, palette: Palette) -> None:
        """Status icons in the palette's colours (the same as the comparison's gutter)."""
        self.palette = palette
        self._icons = {s: status_icon(s, palette.statuses[s]) for s in PairStatus}
        if self.rowCount() > 0:
            top, bottom = self.index(0, Column.STATUS), self.index(self.rowCount() - 1, 0)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DecorationRole])

    def _decisions_changed(self) -> None:
        if self.rowCount() > 0:
            top = self.index(0, Column.DECISION)
            bottom = self.index(self.rowCount() - 1, Column.DECISION)
            self.dataChanged.emit(top, bottom)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """One row per pair; a table has no children."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt signature
        """The :class:`Column` values; no children."""
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, translated at call time so a language switch shows at once."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DECISION:
            return self.tr("Decision")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.STATUS: "",
            Column.CLAUSE: self.tr("Clause"),
            Column.SIMILARITY: self.tr("Similarity"),
            Column.TERMS: self.tr("Terms"),
            Column.DECISION: "✓",
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, icon, tooltip and the :class:`Role` values of one cell."""
        if role not in ANSWERED_ROLES:  # the view asks ~10 roles a cell at every paint
            return None
        comparison = self.workspace.comparison
        if not index.isValid() or comparison is None or index.row() >= self._rows:
            return None
        row, column = index.row(), Column(index.column())
        pair = comparison.pairs[row]
        if role == Role.PAIR:
            return row
        if role == Role.STATUS:
            return pair.status
        if role == Role.CHANGED:
            return pair.changed
        if role == Role.SIMILARITY:
            return pair.similarity if pair.left and pair.right else -1.0
        if role == Role.TERMS:
            counts: dict[TermKind, int] = {}
            for change in pair.term_changes:
                counts[change.kind] = counts.get(change.kind, 0) + 1
            return counts
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.STATUS:
                return self._icons[pair.status]
            if column is Column.CLAUSE and self.workspace.linked_by_hand(pair):
                return self._link_icon
            if column is Column.DECISION:
                choice = self.workspace.choice(pair)
                if choice is not None and choice.side is not None:
                    return self._choice_icon
                if choice is not None and choice.note:
                    return self._note_icon
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column in (Column.STATUS, Column.DECISION):
                return ""
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.DECISION:
                choice = self.workspace.choice(pair)
                text = self.decision_text(row)
                if choice is not None and choice.note:
                    text = f"{text}\n{choice.note}".strip()
                return plain_tooltip(text) or None
            if column is Column.CLAUSE:
                left, right = self.labels(row)
                left_word, right_word = self.tr("Left"), self.tr("Right")
                tip = f"{left_word}: {left or '—'}\n{right_word}: {right or '—'}"
                if self.workspace.linked_by_hand(pair):
                    tip += "\n" + self.tr("Linked by hand")
                return plain_tooltip(tip)
            changes = pair.term_changes
            if column is Column.TERMS and changes:
                return plain_tooltip(
                    "\n".join(
                        f"{term_label(c.kind)}: {c.left.text if c.left else '—'} → "
                        f"{c.right.text if c.right else '—'}"
                        for c in changes
                    )
                )
            return plain_tooltip(self._display(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SIMILARITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, column: Column) -> str:
        comparison = self.workspace.comparison
        assert comparison is not None
        pair = comparison.pairs[row]
        if column is Column.STATUS:
            return status_label(pair.status)
        if column is Column.CLAUSE:
            left, right = self.labels(row)
            if not left or not right or left == right:
                return left or right
            return f"{left} → {right}"
        if column is Column.SIMILARITY:
            return f"{round(pair.similarity * 100)} %" if pair.left and pair.right else "—"
        if column is Column.TERMS:
            changes = pair.term_changes
            return " ".join(f"{term_label(c.kind, short=True)}" for c in changes)
        return self.decision_text(row)

    def decision_text(self, row: int) -> str:
        """ "Left kept", "Right kept", "Custom text", with "+ note" when there is one."""
        comparison = self.workspace.comparison
        assert comparison is not None
        choice = self.workspace.choice(comparison.pairs[row])
        if choice is None:
            return ""
        words = {
            Keep.LEFT: self.tr("Left kept"),
            Keep.RIGHT: self.tr("Right kept"),
            Keep.CUSTOM: self.tr("Custom text"),
        }
        text = words[choice.side] if choice.side is not None else ""
        if choice.note:
            text = f"{text} ✎" if text else self.tr("Note")
        return text
