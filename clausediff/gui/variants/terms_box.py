"""The terms matrix under the variants window's tabs, folded or at the height the user left it.

On a 1366x768 laptop the matrix (title, header and eight rows: about 230 pixels) left the
provisions grid room for one and a half rows. :class:`TermsBox` is the matrix with a title that
folds it away (a click, or the splitter handle dragged down); :func:`split_height` gives the
height it opens at: the height the user last left it at (0: folded), else, in a window lower
than :data:`ROOMY_WINDOW` (a laptop's), the header and :data:`COMPACT_ROWS` rows (the rest
scrolls), in a taller one the whole matrix and no more (at most two fifths of the window). The
window reports the user's changes through :attr:`TermsBox.height_chosen`, for the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget

#: Windows at least this tall (pixels) show the whole matrix by default (the window opens at 860
#: on a large screen, at about 720 on a 1366x768 laptop).
ROOMY_WINDOW = 800
#: Rows of the matrix shown by default on a shorter screen.
COMPACT_ROWS = 3
#: No height remembered: the default for the screen.
UNSET = -1


class TermsBox(QWidget):
    """The terms matrix and its folding title (see the module docstring)."""

    #: The height the user chose for the matrix (0: folded), by a click or a drag.
    height_chosen = Signal(int)

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setMinimumHeight(1)  # the handle can be dragged down to the title: that folds it
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        self.title = QToolButton()
        self.title.setObjectName("termsToggle")
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title.setAutoRaise(True)
        self.title.setCheckable(True)
        self.title.setChecked(True)
        self.title.setArrowType(Qt.ArrowType.DownArrow)
        self.title.setStyleSheet("font-weight: 600;")
        self.title.toggled.connect(self._toggled)
        layout.addWidget(self.title)
        layout.addWidget(view, 1)
        self._open_height = 0  # the matrix's height before it was folded
        self._quiet = False  # folding by program (the remembered state): not the user's choice

    @property
    def folded(self) -> bool:
        """True while only the title shows."""
        return not self.title.isChecked()

    def title_height(self) -> int:
        """Pixels the box takes folded: its title and margins."""
        margins = self._layout.contentsMargins()
        return self.title.sizeHint().height() + margins.top() + margins.bottom()

    def compact_height(self, rows: int = COMPACT_ROWS) -> int:
        """The title, the header and ``rows`` rows."""
        row = self.view.rowHeight(0) or self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        return self.title_height() + header + row * rows + 2 * self.view.frameWidth() + 2

    def full_height(self) -> int:
        """The title, the header and every row: no empty space under the matrix."""
        return self.compact_height(max(self.view.model().rowCount(), COMPACT_ROWS))

    def set_folded(self, folded: bool, *, by_user: bool = True) -> None:
        """Fold the matrix away (only its title shows) or open it again."""
        self._quiet = not by_user
        try:
            self.title.setChecked(not folded)
        finally:
            self._quiet = False

    def open_at(self, height: int) -> None:
        """Give the box ``height`` pixels of its splitter (0: folded), not as the user's choice."""
        splitter = self.parentWidget()
        if height == 0:
            self.set_folded(True, by_user=False)
        elif isinstance(splitter, QSplitter):
            total = sum(splitter.sizes())
            splitter.setSizes([max(total - height, 0), height])

    def _toggled(self, shown: bool) -> None:
        self.title.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        splitter = self.parentWidget()
        if not shown and self.view.isVisible():
            self._open_height = self.height()
        self.view.setVisible(shown)
        if isinstance(splitter, QSplitter):
            total = sum(splitter.sizes())
            height = (self._open_height or self.compact_height()) if shown else 0
            height = max(height, self.title_height())
            splitter.setSizes([total - height, height])
        if not self._quiet:
            self.height_chosen.emit(self.height_now() if shown else 0)

    def height_now(self) -> int:
        """The box's height as the splitter gives it (0 when folded)."""
        splitter = self.parentWidget()
        if self.folded:
            return 0
        if isinstance(splitter, QSplitter):
            return splitter.sizes()[-1]
        return self.height()

    def dragged(self) -> None:
        """The user moved the splitter: a box dragged down to its title is folded."""
        splitter = self.parentWidget()
        height = splitter.sizes()[-1] if isinstance(splitter, QSplitter) else self.height()
        if self.folded and height > self.title_height() + 4:
            self._open_height = height
            self.set_folded(False)  # emits height_chosen
            return
        if not self.folded and height <= self.title_height() + 4:
            self.set_folded(True)  # emits height_chosen(0)
            return
        if not self.folded:
            self.height_chosen.emit(height)


def split_height(box: TermsBox, remembered: int, window_height: int) -> int:
    """The height the terms box opens at (see the module docstring); 0 means folded."""
    if remembered >= 0:
        return remembered
    if window_height < ROOMY_WINDOW:
        return box.compact_height()
    return min(box.full_height(), window_height * 2 // 5)
