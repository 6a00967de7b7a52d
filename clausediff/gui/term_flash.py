"""A term flashed in the comparison view, so the eye finds it after a jump.

:class:`TermFlash` is a small translucent frame laid over the comparison view's viewport, over
the characters of one term on one side of one pair. The details panel asks for it when the user
clicks a term change (:meth:`clausediff.gui.compare_view.CompareView.flash_term`). The frame
follows its row while the view settles after the jump (rows above may still change height),
fades out in :data:`FLASH_MS`, and never takes a click. Where the term lies in the row is asked
of the delegate's laid-out document; the offset into the shown text comes from
:meth:`clausediff.gui.spans.ComparisonIndex.shown_offset`, so nothing here does arithmetic on
the core's offsets.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QFrame, QWidget

from clausediff.comparison import Side
from clausediff.gui.compare_paint import GUTTER, PAD, PairDelegate

FLASH_MS = 1600
_TICK_MS = 40
_MARGIN = 3  # pixels of frame around the term's text


@dataclass(frozen=True, slots=True)
class FlashTarget:
    """Which characters to flash: ``[start, end)`` of the text shown for ``side`` of ``pair``."""

    pair: int
    side: Side
    start: int
    end: int


def _x_of(document: QTextDocument, position: int) -> tuple[float, float, float] | None:
    """Left edge, top and height (document coordinates) of the cursor before ``position``."""
    block = document.findBlock(position)
    layout = block.layout() if block.isValid() else None
    if layout is None:
        return None
    line = layout.lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    found = line.cursorToX(position - block.position())  # (x, position) in PySide6
    x = float(found[0]) if isinstance(found, tuple) else float(str(found))
    top = document.documentLayout().blockBoundingRect(block).top() + line.y()
    return x, top, line.height()


def text_rect(document: QTextDocument, start: int, end: int) -> QRectF:
    """The box, in document coordinates, of the characters ``[start, end)`` (from the top of the
    first line to the bottom of the last; the whole width when they span several lines)."""
    first = _x_of(document, start)
    last = _x_of(document, max(start, end - 1))
    if first is None or last is None:
        return QRectF()
    (x, top, height), (_, last_top, last_height) = first, last
    if abs(top - last_top) < 1:  # one line: from the term's first letter to after its last
        after = _x_of(document, end)
        right = after[0] if after is not None and abs(after[1] - top) < 1 else x + height
        return QRectF(x, top, max(4.0, right - x), height)
    return QRectF(0, top, document.textWidth(), last_top + last_height - top)


class TermFlash(QFrame):
    """The translucent frame over one term of the comparison view (see the module)."""

    def __init__(self, view: QAbstractItemView, delegate: PairDelegate) -> None:
        super().__init__(view.viewport())
        self.setObjectName("termFlash")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view = view
        self.delegate = delegate
        self.target: FlashTarget | None = None
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.hide()

    def start(self, target: FlashTarget) -> None:
        """Flash ``target`` from now on (a flash under way is replaced)."""
        self.target = target
        self._started = time.monotonic()
        self._tick()
        self._timer.start()

    def active(self) -> bool:
        """True while a flash is shown."""
        return self._timer.isActive()

    def place(self) -> QRect | None:
        """Where the target lies in the viewport now, or None when its row is not laid out."""
        target = self.target
        model = self.view.model()
        if target is None or model is None:
            return None
        row = getattr(model, "row_of_pair", lambda _pair: -1)(target.pair)
        if row < 0:
            return None
        cell = self.view.visualRect(model.index(row, 0))
        document = self.delegate.document(target.pair, target.side)
        if not cell.isValid() or document is None:
            return None
        box = text_rect(document, target.start, target.end)
        if box.isNull():
            return None
        left = float(cell.left() + GUTTER + PAD)
        if target.side is Side.RIGHT:
            left += self.delegate.cell_width() + 2 * PAD + 1
        top = cell.top() + self.delegate.meta_height()
        return box.translated(left, top).toAlignedRect().adjusted(-_MARGIN, -1, _MARGIN, 1)

    def _tick(self) -> None:
        elapsed = (time.monotonic() - self._started) * 1000
        place = self.place()
        if elapsed >= FLASH_MS or place is None:
            self._timer.stop()
            self.hide()
            return
        fade = 1.0 - max(0.0, elapsed - FLASH_MS / 3) / (FLASH_MS * 2 / 3)
        fill, edge = round(110 * fade), round(255 * fade)
        self.setStyleSheet(
            f"#termFlash{{background: rgba(255, 213, 79, {fill});"
            f"border: 2px solid rgba(242, 169, 0, {edge}); border-radius: 3px;}}"
        )
        self.setGeometry(place)
        self.show()
        self.raise_()


def flash_host(view: QWidget) -> TermFlash | None:
    """The view's flash frame, if it made one."""
    return view.findChild(TermFlash, "termFlash")
