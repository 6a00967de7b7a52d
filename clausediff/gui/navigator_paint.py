"""Painting of the navigator's similarity bar and term-change badges.

Both delegates read the model's roles (:class:`~clausediff.gui.navigator_roles.Role`) and draw; they
never edit. Colours come from :mod:`clausediff.gui.formats` so the navigator matches the view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clausediff.comparison import PairStatus, TermKind
from clausediff.gui.formats import Palette, is_dark, make_palette
from clausediff.gui.i18n import term_label
from clausediff.gui.navigator_roles import Role


class _PaletteDelegate(QStyledItemDelegate):
    """A delegate that knows the current :class:`Palette` (scheme set by the window)."""

    scheme = "legal"

    def palette(self) -> Palette:
        """The palette for the scheme in use and the window's light or dark mode."""
        return make_palette(self.scheme, is_dark(QApplication.palette()))

    def background(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        """Let the style draw selection/alternate background and focus, without text.

        The view's option already says selected, current and alternate row; the cell's own data
        (which initStyleOption would read, ten roles a cell) is drawn by the delegate itself.
        """
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)


class SimilarityDelegate(_PaletteDelegate):
    """A thin bar showing how much of the clause survived, with the percentage."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background, then a rounded track, the filled part and the number."""
        self.background(painter, option, index)
        value = index.data(Role.SIMILARITY)
        raw_status = index.data(Role.STATUS)  # a StrEnum crosses QVariant as a plain str
        if not isinstance(value, int | float) or raw_status not in set(PairStatus):
            return
        status = PairStatus(raw_status)
        value = float(value)
        palette = self.palette()
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        font_metrics = QFontMetrics(option.font)
        text_width = font_metrics.horizontalAdvance("100 %") + 4
        track = QRectF(rect.left(), rect.center().y() - 3, rect.width() - text_width, 6)
        painter.save()
        if value < 0:  # inserted or deleted: no similarity to show
            painter.setPen(palette.color("muted"))
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, "—")
            painter.restore()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("border"))
        painter.drawRoundedRect(track, 3, 3)
        if value > 0:
            filled = QRectF(track)
            filled.setWidth(max(6.0, track.width() * value))
            painter.setBrush(palette.status_color(status))
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            option.palette.highlightedText().color() if selected else palette.color("muted")
        )
        text_rect = QRectF(rect.right() - text_width, rect.top(), text_width, rect.height())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(index.data()),
        )
        painter.restore()


class BadgeDelegate(_PaletteDelegate):
    """Small coloured pills, one per kind of term change, with a count when more than one."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background, then the pills left to right."""
        self.background(painter, option, index)
        counts = index.data(Role.TERMS)
        if not isinstance(counts, dict) or not counts:
            return
        palette = self.palette()
        font = option.font
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        font.setBold(True)
        metrics = QFontMetrics(font)
        x = float(option.rect.left() + 4)
        height = metrics.height() + 2
        y = option.rect.center().y() - height / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for kind in TermKind:
            count = counts.get(kind, 0)
            if not count:
                continue
            label = term_label(kind, short=True) + (f" {count}" if count > 1 else "")
            width = metrics.horizontalAdvance(label) + 10
            if x + width > option.rect.right():
                break
            pill = QRectF(x, y, width, height)
            colour = palette.color(kind.value)
            fill = QColor(colour)
            fill.setAlpha(60 if not palette.dark else 90)
            painter.setPen(colour)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(palette.color("text"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.restore()
