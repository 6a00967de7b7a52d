"""The clause navigator: one table row per pair, with a filter and a search box, in a dock.

:class:`~clausediff.gui.navigator_model.PairTableModel` exposes the comparison's pairs;
:class:`PairFilterProxy` keeps the rows a filter and a search ask for; :class:`NavigatorDock`
lays them out and emits :attr:`NavigatorDock.pair_activated` when the user moves to a row.
Painting of the similarity bar and badges is in :mod:`clausediff.gui.navigator_paint`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clausediff.gui import latency
from clausediff.gui.navigator_filter import Filter, PairFilterProxy
from clausediff.gui.navigator_model import Column, PairTableModel
from clausediff.gui.navigator_paint import BadgeDelegate, SimilarityDelegate
from clausediff.gui.navigator_roles import Role
from clausediff.gui.state import Workspace


class NavigatorDock(QDockWidget):
    """Dock with the filter, the search box and the pair table.

    The search runs once the keys already typed are handled (a zero-delay timer restarted by
    each change of the box: keys that queued up while a search ran give one search, the latest
    text wins), then emits :attr:`search_applied` for the comparison to mark the same text.
    The search index is prepared in idle time after each new comparison.
    """

    pair_activated = Signal(int)
    search_applied = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self._syncing = False
        self.model = PairTableModel(workspace, self)
        self.proxy = PairFilterProxy(self.model.matching, self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._apply_search)
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_search)
        self.model.modelReset.connect(self._warm_timer.start)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.filter_box = QComboBox(body)
        self.filter_box.setObjectName("navigatorFilter")
        self.search_box = QLineEdit(body)
        self.search_box.setObjectName("navigatorSearch")
        self.search_box.setClearButtonEnabled(True)
        bar.addWidget(self.filter_box, 0)
        bar.addWidget(self.search_box, 1)
        layout.addLayout(bar)
        self.table = QTableView(body)
        self.table.setObjectName("navigatorTable")
        # Tab leaves the list (arrows move in it); by default Tab walked the cells forever.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setItemDelegateForColumn(Column.SIMILARITY, SimilarityDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.TERMS, BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in (
            (Column.STATUS, 30),
            (Column.CLAUSE, 190),
            (Column.SIMILARITY, 78),
            (Column.TERMS, 86),
            (Column.DECISION, 30),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.CLAUSE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Clauses"))
        self.search_box.setPlaceholderText(self.tr("Search clauses (Ctrl+F)"))
        labels = {
            Filter.ALL: self.tr("All clauses"),
            Filter.CHANGED: self.tr("Changed"),
            Filter.TERMS: self.tr("Term changes"),
            Filter.INSERTED_DELETED: self.tr("Inserted / deleted"),
            Filter.MOVED: self.tr("Moved"),
        }
        current = self.filter_box.currentIndex()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for mode, label in labels.items():
            self.filter_box.addItem(label, mode.value)
        self.filter_box.setCurrentIndex(max(0, current))
        self.filter_box.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_search(self) -> None:
        text = self.search_box.text()
        self.proxy.set_search(text)
        latency.note("search", text.strip())
        self.search_applied.emit(text)

    def _warm_search(self) -> None:
        if self.model.warm_search():
            self._warm_timer.stop()

    def _filter_changed(self, position: int) -> None:
        self.proxy.set_mode(Filter(self.filter_box.itemData(position)))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.pair_activated.emit(int(current.data(Role.PAIR)))

    def select_pair(self, pair: int) -> None:
        """Make ``pair`` the current row (if the filter shows it) without re-emitting."""
        source = self.model.index(pair, 0)
        proxy_index = self.proxy.mapFromSource(source)
        if not proxy_index.isValid():
            return
        selection = self.table.selectionModel()
        if selection.currentIndex().row() == proxy_index.row():
            return
        self._syncing = True
        try:
            selection.setCurrentIndex(
                proxy_index,
                selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False
        self.table.scrollTo(proxy_index)

    def selected_pairs(self) -> list[int]:
        """Pair indexes of the selected rows, in order."""
        rows = {int(i.data(Role.PAIR)) for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)
