"""Painting of the comparison view's rows: both sides of a pair next to each other.

:class:`PairDelegate` draws a pair row as a meta line (status icon and name, similarity, what
else changed, the user's decision and note) above two cells, the left clause and the right clause,
each a :class:`QTextDocument` built by :mod:`clausediff.gui.render`. A fold row is one line
"12 identical clauses". The meta line, a fold row and the side a clause lacks are drawn by
:mod:`clausediff.gui.row_decorations`; this module lays out the clause documents, draws them
and answers where the mouse is. Row heights are cached per pair for the current width and font,
and documents in a small LRU cache, so scrolling 1,500+ pairs only lays out what is on screen.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from clausediff.comparison import Side
from clausediff.gui.compare_tips import describe_position
from clausediff.gui.formats import Palette, make_palette
from clausediff.gui.plain_text import plain_tooltip
from clausediff.gui.render import Selection, build_document, char_formats, search_selections
from clausediff.gui.row_decorations import GUTTER as GUTTER
from clausediff.gui.row_decorations import PAD as PAD
from clausediff.gui.row_decorations import RowLooks, paint_empty_side, paint_fold, paint_meta
from clausediff.gui.spans import ComparisonIndex, SpanKind
from clausediff.gui.state import Workspace
from clausediff.store.session import Keep

DOC_CACHE = 300
AnyIndex = QModelIndex | QPersistentModelIndex


class PairDelegate(QStyledItemDelegate):
    """Draws pair rows and fold rows; owns the document and height caches."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.index_: ComparisonIndex | None = None
        self.palette = make_palette("legal", dark=False)
        self.font = QFont()
        self.small = QFont()
        self.hidden: frozenset[SpanKind] = frozenset()
        self.formats = char_formats(self.palette)
        self.width = 800
        self.language = "en"
        self.search = ""
        self._docs: OrderedDict[tuple[int, Side], QTextDocument] = OrderedDict()
        self._heights: dict[int, int] = {}
        # The search's finds in a document on screen, with the document they were found in.
        self._finds: dict[tuple[int, Side], tuple[QTextDocument, list[Selection]]] = {}
        self.looks = RowLooks.of(self.palette, self.small, default_icons=True)
        workspace.structure_changed.connect(self.reset)
        self.reset()

    # -- caches -------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything built for the previous comparison or looks."""
        comparison = self.workspace.comparison
        self.index_ = ComparisonIndex(comparison) if comparison is not None else None
        self._docs.clear()
        self._heights.clear()
        self._finds.clear()

    def set_looks(self, palette: Palette, font: QFont, hidden: frozenset[SpanKind]) -> None:
        """New colours, font size or term toggles: every document must be rebuilt."""
        self.palette, self.font, self.hidden = palette, QFont(font), hidden
        self.formats = char_formats(palette)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        self.looks = RowLooks.of(palette, self.small)
        self._docs.clear()
        self._heights.clear()
        self._finds.clear()

    def set_search(self, text: str) -> None:
        """Mark ``text`` in every clause (the navigator's search): drawn over the documents
        when painted, so nothing is rebuilt and heights do not change."""
        if text != self.search:
            self.search = text
            self._finds.clear()

    def search_marks(self, pair_index: int, side: Side, document: QTextDocument) -> list[Selection]:
        """The search's finds in ``document`` (one side of a pair), as selections to draw."""
        if not self.search.strip():
            return []
        key = (pair_index, side)
        cached = self._finds.get(key)
        if cached is not None and cached[0] is document:
            return cached[1]
        marks = search_selections(document, self.search, self.palette)
        if len(self._finds) > DOC_CACHE:
            self._finds.clear()
        self._finds[key] = (document, marks)
        return marks

    def set_width(self, width: int) -> bool:
        """The viewport width changed; True when heights must be recomputed."""
        if width == self.width:
            return False
        self.width = width
        self._docs.clear()
        self._heights.clear()
        return True

    # -- geometry -----------------------------------------------------------------------------

    def cell_width(self) -> float:
        """Text width of one side."""
        return max(60.0, (self.width - GUTTER - 4 * PAD - 1) / 2)

    def meta_height(self) -> int:
        """Height of the line above the two cells."""
        return QFontMetrics(self.small).height() + 12

    def fold_height(self) -> int:
        """Height of a fold row."""
        return QFontMetrics(self.small).height() + 18

    def document(self, pair_index: int, side: Side) -> QTextDocument | None:
        """The laid-out document of one side of a pair (None when the side is empty)."""
        key = (pair_index, side)
        cached = self._docs.get(key)
        if cached is not None:
            self._docs.move_to_end(key)
            return cached
        if self.index_ is None:
            return None
        pair = self.index_.comparison.pairs[pair_index]
        if not pair.ids(side):
            return None
        side_text = self.index_.side_text(pair, side)
        document = build_document(
            side_text,
            self.palette,
            self.font,
            self.cell_width(),
            self.hidden,
            self.formats,
        )
        self._docs[key] = document
        if len(self._docs) > DOC_CACHE:
            self._docs.popitem(last=False)
        return document

    def pair_height(self, pair_index: int) -> int:
        """Height of a pair row at the current width (cached)."""
        height = self._heights.get(pair_index)
        if height is None:
            docs = [self.document(pair_index, side) for side in Side]
            body = max(
                [QFontMetrics(self.font).height() * 2]
                + [int(d.size().height()) + 1 for d in docs if d is not None]
            )
            height = self.meta_height() + body + PAD
            self._heights[pair_index] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Fold rows are one line; pair rows as tall as their taller side."""
        if index.data(Qt.ItemDataRole.UserRole + 2) == "fold":
            return QSize(self.width, self.fold_height())
        return QSize(self.width, self.pair_height(int(index.data(Qt.ItemDataRole.UserRole + 1))))

    # -- tooltips -----------------------------------------------------------------------------

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """Explain the mark under the mouse (diff run, term, term change) in a tooltip."""
        if event.type() != QEvent.Type.ToolTip or self.index_ is None:
            return super().helpEvent(event, view, option, index)
        if not index.isValid():  # below the last row, or a row not laid out yet
            QToolTip.hideText()
            return True
        if index.data(Qt.ItemDataRole.UserRole + 2) == "fold":
            QToolTip.showText(event.globalPos(), self.tr("Click or press Enter to show"), view)
            return True
        pair_index = int(index.data(Qt.ItemDataRole.UserRole + 1))
        hit = self.hit(QRectF(option.rect), QPointF(event.pos()), pair_index)
        lines: list[str] = []
        if hit is not None:
            pair = self.index_.comparison.pairs[pair_index]
            lines = describe_position(self.index_, pair, hit[0], hit[1], self.language)
        if not lines:
            QToolTip.hideText()
            event.ignore()
            return True
        QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)), view)
        return True

    def text_origin(self, rect: QRectF, side: Side) -> QPointF:
        """Top left corner of ``side``'s text in the pair row drawn in ``rect``."""
        left_x = rect.left() + GUTTER + PAD
        x = left_x if side is Side.LEFT else left_x + self.cell_width() + 2 * PAD + 1
        return QPointF(x, rect.top() + self.meta_height())

    def hit(self, rect: QRectF, point: QPointF, pair_index: int) -> tuple[Side, int] | None:
        """The side and character position (in the side's shown text) under ``point`` of the
        pair row drawn in ``rect``, or None off the text."""
        right = self.text_origin(rect, Side.RIGHT)
        side = Side.LEFT if point.x() < right.x() - PAD else Side.RIGHT
        origin = self.text_origin(rect, side)
        document = self.document(pair_index, side)
        if document is None:
            return None
        position = document.documentLayout().hitTest(point - origin, Qt.HitTestAccuracy.ExactHit)
        return (side, position) if position >= 0 else None

    # -- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Draw a fold row or a pair row."""
        if self.index_ is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pair_index = int(index.data(Qt.ItemDataRole.UserRole + 1))
        if index.data(Qt.ItemDataRole.UserRole + 2) == "fold":
            count = int(index.data(Qt.ItemDataRole.UserRole + 3))
            pairs = self.index_.comparison.pairs
            labels = (
                self.index_.label(pairs[pair_index], Side.RIGHT),
                self.index_.label(pairs[pair_index + count - 1], Side.RIGHT),
            )
            paint_fold(painter, rect, self.looks, count, labels, selected)
        else:
            self._paint_pair(painter, rect, pair_index, selected)
        painter.restore()

    def _paint_pair(self, painter: QPainter, rect: QRectF, pair_index: int, selected: bool) -> None:
        assert self.index_ is not None
        palette = self.palette
        pair = self.index_.comparison.pairs[pair_index]
        choice = self.workspace.choice(pair)
        painter.fillRect(
            rect, palette.color("selection") if selected else palette.color("background")
        )
        painter.fillRect(
            QRectF(rect.left(), rect.top(), GUTTER, rect.height()),
            palette.status_color(pair.status),
        )
        painter.setPen(palette.color("border"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        cell = self.cell_width()
        left_x = self.text_origin(rect, Side.LEFT).x()
        mid_x = left_x + cell + PAD
        right_x = self.text_origin(rect, Side.RIGHT).x()
        top = rect.top() + self.meta_height()
        body_height = rect.bottom() - top - PAD + 4
        painter.drawLine(QPointF(mid_x, top - 2), QPointF(mid_x, rect.bottom() - 6))
        kept = choice.side if choice is not None else None
        for side, x in ((Side.LEFT, left_x), (Side.RIGHT, right_x)):
            cell_rect = QRectF(x - PAD / 2, top - 4, cell + PAD, body_height + 6)
            if (kept is Keep.LEFT and side is Side.LEFT) or (
                kept is Keep.RIGHT and side is Side.RIGHT
            ):
                tint = palette.color("insert" if palette.dark else "muted", 26)
                painter.fillRect(cell_rect, tint)
                painter.fillRect(
                    QRectF(cell_rect.left(), cell_rect.top(), 3, cell_rect.height()),
                    QColor("#1F7A4D"),
                )
            document = self.document(pair_index, side)
            if document is None:
                paint_empty_side(painter, cell_rect, self.looks, pair.status)
                continue
            painter.save()
            painter.translate(x, top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, palette.color("text"))
            context.selections = self.search_marks(pair_index, side, document)
            document.documentLayout().draw(painter, context)
            painter.restore()
        linked = self.workspace.linked_by_hand(pair)
        paint_meta(painter, rect, self.looks, pair, choice, linked, len(pair.term_changes))
