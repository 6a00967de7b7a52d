"""The provisions grid's table: every variant's column in view, rows named by their provision.

:class:`ProvisionsView` shows the :class:`~clausediff.gui.variants.models.GridModel`. Its columns
share the width of the view (never narrower than :data:`MIN_COLUMN` pixels, beyond which the
grid scrolls sideways and :meth:`show_variant` brings a variant's column into view), so the eight
variants of a library page sit side by side on a 1366x768 laptop instead of four. Cells wrap
their sentence; a row is at most :data:`MAX_ROW` pixels high and at most a
:data:`ROWS_IN_VIEW`-th of the view's height, so four provisions always show at once (a laptop's
grid is about 450 pixels high; with rows up to 260 pixels it showed one and a half); a cut cell
ends with "…", the whole sentence in the tooltip. Folding the terms matrix gives the rows more.
Row titles are the provision's first words, wrapped on a few lines in a fixed-width header (its
full sentence in the tooltip). Nothing is computed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from clausediff.gui.variants.models import GridModel

#: Narrowest column (pixels) before the grid scrolls sideways: about 14 characters a line.
MIN_COLUMN = 92
#: Width of the row titles (pixels).
ROW_TITLES = 120
#: Tallest row (pixels); longer sentences are read in full in the cell's tooltip.
MAX_ROW = 260
#: Rows the view always has room for: no row is taller than this share of the view's height.
ROWS_IN_VIEW = 4
#: ... yet no row is capped below this (pixels): five lines of a cell.
MIN_ROW_CAP = 84


class ProvisionsView(QTableView):
    """The provisions grid (see the module docstring)."""

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provisionsGrid")
        self.setModel(model)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move inside
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # "…" ends a cell cut by MAX_ROW
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(MAX_ROW)  # until the view knows its height (row_cap)
        rows.setFixedWidth(ROW_TITLES)
        # Wrapped, not elided: a provision's first words on up to three lines.
        rows.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        self.horizontalHeader().setMinimumSectionSize(MIN_COLUMN)
        model.modelReset.connect(self.fit_columns)

    def column_width(self) -> int:
        """The width each column gets: an equal share of the view, at least MIN_COLUMN."""
        columns = self.model().columnCount()
        if not columns:
            return MIN_COLUMN
        available = self.viewport().width()
        if self.verticalScrollBar().isVisible():
            available = self.width() - self.verticalHeader().width() - 2 * self.frameWidth()
            available -= self.verticalScrollBar().width()
        return max(MIN_COLUMN, available // columns)

    def row_cap(self) -> int:
        """The tallest a row may be: :data:`MAX_ROW`, or less so that :data:`ROWS_IN_VIEW` rows
        fit the view's height."""
        return max(MIN_ROW_CAP, min(MAX_ROW, self.viewport().height() // ROWS_IN_VIEW))

    def fit_columns(self) -> None:
        """Share the width between the columns, then let the rows take their wrapped height."""
        width = self.column_width()
        header = self.horizontalHeader()
        for column in range(self.model().columnCount()):
            header.resizeSection(column, width)
        self.verticalHeader().setMaximumSectionSize(self.row_cap())
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the columns to a new width, the rows to a new height."""
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.fit_columns()

    def show_variant(self, variant_id: str) -> None:
        """Scroll to the variant's column, at its first provision.

        With more variants than fit, the grid used to stay on the first columns whatever
        variant was selected, its first rows blank where the others spoke.
        """
        model = self.model()
        if not isinstance(model, GridModel) or model.result is None:
            return
        grid = model.result.grid
        if variant_id not in grid.variant_ids or not grid.rows:
            return
        column = grid.variant_ids.index(variant_id)
        row = next((r for r, line in enumerate(grid.rows) if line.cells[column] is not None), 0)
        self.scrollTo(model.index(row, column), QAbstractItemView.ScrollHint.EnsureVisible)
