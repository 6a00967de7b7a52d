"""Painting of the comparison view's rows: both sides of a pair next to each other.

:class:`PairDelegate` draws a pair row as a meta line (status icon and name, similarity, what
else changed, the user's decision and note) above two cells, the left clause and the right clause,
each a :class:`QTextDocument` built by :mod:`clausediff.gui.render`. A fold row is one line
"12 identical clauses". Row heights are cached per pair for the current width and font, and
documents in a small LRU cache, so scrolling 1,500+ pairs only lays out what is on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QPainter,
    QPalette,
    QPen,
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

from clausediff.comparison import Pair, PairStatus, Side
from clausediff.gui.compare_tips import describe_position
from clausediff.gui.formats import Palette, make_palette
from clausediff.gui.i18n import status_label
from clausediff.gui.icons import status_icon
from clausediff.gui.plain_text import plain_tooltip
from clausediff.gui.render import Selection, build_document, char_formats, search_selections
from clausediff.gui.resources import icon_path
from clausediff.gui.spans import ComparisonIndex, SpanKind
from clausediff.gui.state import Workspace
from clausediff.store.session import Keep

GUTTER = 5
PAD = 14
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
        self._note_icon = QIcon(str(icon_path("note")))
        self._choice_icon = QIcon(str(icon_path("choice")))
        self._icons = {status: status_icon(status) for status in PairStatus}
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
        self._icons = {s: status_icon(s, palette.statuses[s]) for s in PairStatus}
        self.formats = char_formats(palette)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
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
            self._paint_fold(
                painter, rect, pair_index, int(index.data(Qt.ItemDataRole.UserRole + 3)), selected
            )
        else:
            self._paint_pair(painter, rect, pair_index, selected)
        painter.restore()

    def _paint_fold(
        self, painter: QPainter, rect: QRectF, first: int, count: int, selected: bool
    ) -> None:
        palette = self.palette
        painter.fillRect(
            rect, palette.color("selection") if selected else palette.color("alt_background")
        )
        pen = QPen(palette.color("border"))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        assert self.index_ is not None
        pairs = self.index_.comparison.pairs
        first_label = self.index_.label(pairs[first], Side.RIGHT)
        last_label = self.index_.label(pairs[first + count - 1], Side.RIGHT)
        text = "⋯   " + self.tr("%n identical clause(s)", "", count)
        if first_label and last_label:
            text += f"   ({first_label}  …  {last_label})"
        text += "   ·   " + self.tr("click to show")
        painter.setFont(self.small)
        painter.setPen(palette.color("muted"))
        metrics = QFontMetrics(self.small)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, int(rect.width()) - 2 * PAD)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)

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
                self._paint_empty(painter, cell_rect, pair.status)
                continue
            painter.save()
            painter.translate(x, top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, palette.color("text"))
            context.selections = self.search_marks(pair_index, side, document)
            document.documentLayout().draw(painter, context)
            painter.restore()
        self._paint_meta(painter, rect, pair, choice)

    def _paint_empty(self, painter: QPainter, rect: QRectF, status: PairStatus) -> None:
        palette = self.palette
        brush = QBrush(palette.color("border"), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(rect.adjusted(2, 2, -2, -2), palette.color("alt_background"))
        painter.fillRect(rect.adjusted(2, 2, -2, -2), brush)
        text = (
            self.tr("Inserted clause: not in the left document")
            if status is PairStatus.INSERTED
            else self.tr("Deleted clause: not in the right document")
        )
        font = QFont(self.small)
        font.setItalic(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label = QRectF(0, 0, metrics.horizontalAdvance(text) + 16, metrics.height() + 6)
        label.moveCenter(rect.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("background"))
        painter.drawRoundedRect(label, 4, 4)
        painter.setPen(palette.color("muted"))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_meta(self, painter: QPainter, rect: QRectF, pair: Pair, choice: Any) -> None:
        palette = self.palette
        metrics = QFontMetrics(self.small)
        line = QRectF(
            rect.left() + GUTTER + PAD,
            rect.top() + 5,
            rect.width() - GUTTER - 2 * PAD,
            metrics.height() + 2,
        )
        icon_size = metrics.height() - 1
        self._icons[pair.status].paint(
            painter, int(line.left()), int(line.top() + 1), icon_size, icon_size
        )
        x = line.left() + icon_size + 6
        bold = QFont(self.small)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(
            palette.status_color(pair.status) if pair.changed else palette.color("muted")
        )
        name = status_label(pair.status)
        painter.drawText(QPointF(x, line.top() + metrics.ascent() + 1), name)
        x += QFontMetrics(bold).horizontalAdvance(name) + 8
        extras = []
        if pair.left and pair.right:
            extras.append(self.tr("%1 % similar").replace("%1", str(round(pair.similarity * 100))))
        if pair.number_changed:
            extras.append(self.tr("renumbered"))
        if pair.heading_changed:
            extras.append(self.tr("retitled"))
        if pair.truncated:
            extras.append(self.tr("too long for a word diff"))
        if self.workspace.linked_by_hand(pair):
            extras.append(self.tr("linked by hand"))
        count = len(pair.term_changes)
        if count:
            extras.append(self.tr("%n term change(s)", "", count))
        painter.setFont(self.small)
        painter.setPen(palette.color("muted"))
        painter.drawText(QPointF(x, line.top() + metrics.ascent() + 1), "  ·  ".join(extras))
        self._paint_pills(painter, line, choice)

    def _paint_pills(self, painter: QPainter, line: QRectF, choice: Any) -> None:
        if choice is None:
            return
        palette = self.palette
        metrics = QFontMetrics(self.small)
        pills = []
        if choice.side is not None:
            words = {
                Keep.LEFT: self.tr("Left kept"),
                Keep.RIGHT: self.tr("Right kept"),
                Keep.CUSTOM: self.tr("Custom text"),
            }
            pills.append((self._choice_icon, words[choice.side]))
        if choice.note:
            note = choice.note.replace("\n", " ")
            pills.append(
                (self._note_icon, metrics.elidedText(note, Qt.TextElideMode.ElideRight, 220))
            )
        x = line.right()
        height = metrics.height() + 2
        for icon, text in reversed(pills):
            width = metrics.horizontalAdvance(text) + height + 14
            pill = QRectF(x - width, line.top() - 1, width, height)
            painter.setPen(palette.color("border"))
            painter.setBrush(palette.color("alt_background"))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            icon.paint(painter, int(pill.left() + 5), int(pill.top() + 2), height - 4, height - 4)
            painter.setPen(palette.color("text"))
            painter.drawText(
                QRectF(pill.left() + height + 2, pill.top(), width - height - 6, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            x -= width + 6
