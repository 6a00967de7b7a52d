"""The comparison view: every pair on one row, left and right clause side by side.

:class:`CompareView` is a :class:`QListView` over a :class:`CompareModel`
drawn by :class:`~clausediff.gui.compare_paint.PairDelegate`, so both sides of a pair share one
row: they stay aligned and scroll together by construction. Clicking or pressing Enter on a fold
row expands it. Double-clicking a part of a split or merged pair flashes the text of the other
side it went to (:func:`clausediff.worddiff.parts.part_links`). Files dropped on the left or
right half open on that side. The view emits the current pair; it never computes anything about the
comparison.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from clausediff.comparison import Side
from clausediff.gui.compare_model import KIND_ROLE, PAIR_ROLE, CompareModel
from clausediff.gui.compare_paint import PairDelegate
from clausediff.gui.compare_tips import document_offset
from clausediff.gui.drops import carries_files, deliver_drop
from clausediff.gui.state import Workspace
from clausediff.gui.term_flash import FlashTarget, TermFlash
from clausediff.worddiff.parts import part_links

#: Rows laid out per pass between events: about a screen, so a key waits at most one pass.
BATCH = 12
#: How long after a jump the target row is held at the top while the layout settles.
SETTLE_MS = 1500


class CompareView(QListView):
    """Side-by-side rows; emits :attr:`current_pair_changed` and :attr:`file_dropped`."""

    current_pair_changed = Signal(int)
    file_dropped = Signal(str, str)  # side ("left"/"right"), path
    versions_dropped = Signal(list)  # three or more paths: the Open Versions dialog

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.compare_model = CompareModel(workspace, self)
        self.delegate = PairDelegate(workspace, self)
        self.setModel(self.compare_model)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Lay rows out in batches between events: the first screen shows at once and the
        # window stays responsive while the heights of thousands of rows are measured.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.verticalScrollBar().setSingleStep(24)
        self.selectionModel().currentChanged.connect(self._current_changed)
        # A decision changes how rows are painted (a badge, the kept side), never their size:
        # repaint only. A model dataChanged over the rows made QListView lay them all out again,
        # which clamped the scroll position to the first batch: the view then showed another
        # clause than the one just decided on.
        workspace.choices_changed.connect(self.viewport().update)
        self._syncing = False
        self._pending: QPersistentModelIndex | None = None
        self._placed_at: int | None = None  # scroll value we set; another value: the user's
        self._settle_until = 0.0
        self._pending_timer = QTimer(self)
        self._pending_timer.setInterval(15)
        self._pending_timer.timeout.connect(self._retry_pending)
        self.flash = TermFlash(self, self.delegate)

    # -- navigation ---------------------------------------------------------------------------

    def current_pair(self) -> int:
        """Index of the current pair (the first of a fold), or -1."""
        index = self.currentIndex()
        return int(index.data(PAIR_ROLE)) if index.isValid() else -1

    def go_to_pair(self, pair: int, *, notify: bool = False) -> None:
        """Show ``pair`` at the top of the view and make it current (unfolding if needed)."""
        row = self.compare_model.row_of_pair(pair)
        if row < 0:
            return
        if self.compare_model.rows[row].folded:
            self.compare_model.expand(row)
            row = self.compare_model.row_of_pair(pair)
        index = self.compare_model.index(row)
        self._syncing = not notify
        try:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._syncing = False
        self._stop_pending()
        self._settle_until = time.monotonic() + SETTLE_MS / 1000
        self._scroll_when_placed(index)

    def flash_term(self, pair: int, side: Side, start: int, end: int) -> None:
        """Show ``pair`` and flash the document range ``[start, end)`` of its ``side`` (a term
        change clicked in the details panel)."""
        index = self.delegate.index_
        if index is None or not 0 <= pair < len(index.comparison.pairs):
            return
        shown = index.shown_range(index.comparison.pairs[pair], side, start, end)
        if shown is None:
            return
        self.go_to_pair(pair)
        self.flash.start(FlashTarget(pair, side, *shown))

    def _scroll_when_placed(self, index: QModelIndex) -> None:
        """Scroll to ``index``, and hold it at the top while the layout settles.

        Batched layout places rows over several events, and rows above may change height after
        the scroll (their documents measured, the width known): the pixel offset then shows
        another clause. Until :data:`SETTLE_MS` after the last placement, or until the user
        scrolls, the row is put back at the top whenever it drifts.
        """
        bar = self.verticalScrollBar()
        if (
            self._pending is not None
            and self._placed_at is not None
            and bar.value() != (self._placed_at)
        ):
            self._stop_pending()  # the user scrolled: their place now
            return
        if not self.rectForIndex(index).isValid():  # not laid out yet: wait, unless they scroll
            self._pending = QPersistentModelIndex(index)
            self._placed_at = bar.value()
            self._settle_until = time.monotonic() + SETTLE_MS / 1000
            self._pending_timer.start()
            return
        if self.visualRect(index).top() != 0:
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self._placed_at = bar.value()
        self._pending = QPersistentModelIndex(index)
        if time.monotonic() >= self._settle_until:
            self._stop_pending()
        elif not self._pending_timer.isActive():
            self._pending_timer.start()

    def _stop_pending(self) -> None:
        self._pending = None
        self._placed_at = None
        self._pending_timer.stop()

    def _retry_pending(self) -> None:
        pending = self._pending
        if pending is None or not pending.isValid():
            self._stop_pending()
            return
        self._scroll_when_placed(self.compare_model.index(pending.row()))

    def prefetch(self, pair: int, screens: float = 1.0) -> None:
        """Build the documents of ``pair`` and of the pairs below it, about a screen's worth.

        Called in idle time for the next stop of Alt+Down, so the keypress only scrolls.
        """
        comparison = self.compare_model.workspace.comparison
        if comparison is None or not 0 <= pair < len(comparison.pairs):
            return
        budget = self.viewport().height() * screens
        index = pair
        while budget > 0 and index < len(comparison.pairs):
            row = self.compare_model.row_of_pair(index)
            if row >= 0 and self.compare_model.rows[row].folded:
                budget -= self.delegate.fold_height()
                index = self.compare_model.rows[row].pair + self.compare_model.rows[row].count
                continue
            for side in Side:  # built again if the cache let them go since the row was measured
                self.delegate.document(index, side)
            budget -= self.delegate.pair_height(index)
            index += 1

    def prefetch_next_page(self) -> None:
        """Build the documents of the rows one page below the screen (Page Down's next stop)."""
        height = self.viewport().height()
        top = self.indexAt(QPoint(4, height))
        if top.isValid():
            self.prefetch(
                int(top.data(PAIR_ROLE)), (height - self.visualRect(top).top()) / height + 1
            )

    def selected_pairs(self) -> list[int]:
        """Pairs of the selected pair rows (fold rows are skipped), in order."""
        pairs = {
            int(i.data(PAIR_ROLE))
            for i in self.selectionModel().selectedIndexes()
            if i.data(KIND_ROLE) == "pair"
        }
        return sorted(pairs)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.current_pair_changed.emit(int(current.data(PAIR_ROLE)))

    def expand_fold(self, index: QModelIndex) -> None:
        """Expand the fold at ``index`` and keep its first pair current."""
        if index.isValid() and index.data(KIND_ROLE) == "fold":
            first = int(index.data(PAIR_ROLE))
            self.compare_model.expand(index.row())
            self.go_to_pair(first, notify=True)

    # -- events -------------------------------------------------------------------------------

    def refresh_layout(self) -> None:
        """Looks or width changed: recompute row heights and repaint, keeping the user's place."""
        self._keep_place()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Heights depend on the width: recompute them when it changes."""
        if self.delegate.set_width(self.viewport().width()):
            self._keep_place()
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)

    def _keep_place(self) -> None:
        """Bring the row now at the top back to the top once the new layout has placed it.

        The scroll offset is in pixels; when the rows above grow or shrink (new width, zoom,
        the panels appearing) the same offset shows another clause. A navigation still waiting
        for its row keeps its own target.
        """
        if self._pending is None:
            top = self.indexAt(QPoint(4, 4))
            if not top.isValid():
                return
            self._pending = QPersistentModelIndex(top)
        self._placed_at = None
        self._settle_until = time.monotonic() + SETTLE_MS / 1000
        self._pending_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a fold row expands it."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.expand_fold(self.indexAt(event.position().toPoint()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click on a part of a split or merged pair flashes where it went."""
        super().mouseDoubleClickEvent(event)
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(KIND_ROLE) != "fold":
            self.jump_from_part(int(index.data(PAIR_ROLE)), event.position())

    def jump_from_part(self, pair: int, point: QPointF) -> bool:
        """Flash the other side's text the part under ``point`` went to; False if none."""
        found = self.delegate.index_
        row = self.compare_model.index(self.compare_model.row_of_pair(pair))
        hit = self.delegate.hit(QRectF(self.visualRect(row)), point, pair)
        if found is None or hit is None:
            return False
        side, position = hit
        offset = document_offset(found, found.comparison.pairs[pair], side, position)
        for link in part_links(found.comparison, found.comparison.pairs[pair]):
            inside = link.side is side and link.clause.start <= offset < link.clause.end
            if inside and link.other_ids:
                self.flash_term(pair, side.other, link.other_start, link.other_end)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space on a fold row expands it; Page Down / Page Up turn a page
        (:meth:`turn_page`); other keys as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid() and index.data(KIND_ROLE) == "fold":
                self.expand_fold(index)
                return
        pages = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if event.key() in pages and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.turn_page(pages[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def turn_page(self, direction: int) -> None:
        """Scroll one screen down (1) or up (-1); the first row that starts on the new screen
        becomes current (the row at the top when one row fills the screen).

        QListView's own Page Down moves the current row by the screen's height less twice the
        current row's: from a row taller than half the screen it moved up, and stayed there.
        """
        bar = self.verticalScrollBar()
        self._stop_pending()
        bar.setValue(bar.value() + direction * bar.pageStep())
        top = self.indexAt(QPoint(4, 0))
        if not top.isValid():
            return
        target = top
        next_top = self.visualRect(top).bottom() + 1
        if self.visualRect(top).top() < 0 and next_top < self.viewport().height():
            below = self.indexAt(QPoint(4, next_top))
            target = below if below.isValid() else top
        # Current without Qt's scroll to it: it would bring back the top of a row that began
        # above the screen.
        self.setAutoScroll(False)
        try:
            self.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self.setAutoScroll(True)
        if direction > 0:  # lay out the next page while the user reads this one
            QTimer.singleShot(0, self.prefetch_next_page)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if carries_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]  # same event data
        """Keep accepting while the files hover."""
        if carries_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Two files: left then right. One file: the side under the mouse."""
        deliver_drop(
            event, self.viewport().width(), self.versions_dropped.emit, self.file_dropped.emit
        )
