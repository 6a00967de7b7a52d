"""The overview ruler beside the comparison: where the changes are in the whole document.

A narrow strip draws one tick per changed pair at its place in the document (by pixel once the
rows are measured, by row until then), in the pair's status colour, plus a frame for the part
on screen. Clicking a tick, or anywhere on the strip, scrolls there. Read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from clausediff.comparison import PairStatus
from clausediff.gui.compare_view import CompareView


class OverviewBar(QWidget):
    """Change ticks for the whole comparison; follows and drives the view's scroll position."""

    def __init__(self, view: CompareView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewBar")
        self.view = view
        self.setFixedWidth(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._key: tuple[int, int, int, int] = (0, 0, 0, 0)
        self._ticks: list[tuple[float, float, PairStatus]] = []
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)
        model = view.compare_model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:
        """Narrow and as tall as the view."""
        return QSize(14, 100)

    def _fractions(self) -> list[tuple[float, float, PairStatus]]:
        """(top, height) as fractions of the document, and status, for each changed row.

        Cached while the rows and the document height stay the same: scrolling repaints the
        strip often and must not measure every row again.
        """
        model = self.view.compare_model
        comparison = model.workspace.comparison
        key = (
            id(comparison),
            id(model.rows),
            model.rowCount(),
            self.view.verticalScrollBar().maximum(),
        )
        if key != self._key:
            self._key, self._ticks = key, self._measure()
        return self._ticks

    def _measure(self) -> list[tuple[float, float, PairStatus]]:
        model = self.view.compare_model
        comparison = model.workspace.comparison
        rows = model.rowCount()
        if comparison is None or rows == 0:
            return []
        last = self.view.rectForIndex(model.index(rows - 1))
        total = float(last.bottom() + 1) if last.isValid() else 0.0
        found: list[tuple[float, float, PairStatus]] = []
        for number, row in enumerate(model.rows):
            if row.folded:
                continue
            status = comparison.pairs[row.pair].status
            if status is PairStatus.UNCHANGED:
                continue
            rect = self.view.rectForIndex(model.index(number)) if total else None
            if rect is not None and rect.isValid():
                found.append((rect.top() / total, rect.height() / total, status))
            else:
                found.append((number / rows, 1 / rows, status))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background, ticks, then the frame of the visible part."""
        painter = QPainter(self)
        palette = self.view.delegate.palette
        painter.fillRect(self.rect(), palette.color("alt_background"))
        height = float(self.height())
        for top, size, status in self._fractions():
            tick = QRectF(2, top * height, self.width() - 4, max(2.0, size * height))
            painter.fillRect(tick, palette.status_color(status))
        bar = self.view.verticalScrollBar()
        span = bar.maximum() + bar.pageStep()
        if span > 0 and bar.maximum() > 0:
            frame = QRectF(
                0.5,
                bar.value() / span * height,
                self.width() - 1.0,
                max(6.0, bar.pageStep() / span * height),
            )
            colour = palette.color("text", 90)
            painter.setPen(colour)
            painter.setBrush(palette.color("text", 22))
            painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Scroll so the clicked place is in the middle of the view."""
        self._scroll_to(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging on the strip scrolls along."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())

    def _scroll_to(self, y: float) -> None:
        bar = self.view.verticalScrollBar()
        span = bar.maximum() + bar.pageStep()
        if self.height() > 0 and span > 0:
            bar.setValue(int(y / self.height() * span - bar.pageStep() / 2))
