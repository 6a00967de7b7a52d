"""Side-by-side word diff of a variant against the reference, with term highlights.

:class:`DiffPane` shows the reference on the left (text the variant lacks struck through in red)
and the selected variant on the right (text it adds underlined in blue); obligations, deadlines
and amounts are tinted on both sides, with the GUI's formats (:mod:`clausediff.gui.formats`).
:func:`fill` writes display runs into a ``QTextDocument`` and is reused by the editor's live diff.
The runs come from :func:`clausediff.variants.runs.diff_runs`: nothing is computed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clausediff.comparison import Op, Side, Term, TermKind
from clausediff.gui.formats import Palette, char_format, is_dark, make_palette
from clausediff.gui.plain_text import plain_label
from clausediff.gui.spans import SpanKind
from clausediff.gui.variants.controller import VariantsController
from clausediff.gui.variants.models import SORT_ROLE
from clausediff.marks import Run
from clausediff.variants.model import TermColumn, VariantsResult
from clausediff.variants.runs import diff_runs

_OP_KIND = {Op.DELETE: SpanKind.DELETE, Op.INSERT: SpanKind.INSERT}
_TERM_KIND = {
    TermKind.OBLIGATION: SpanKind.OBLIGATION,
    TermKind.DEADLINE: SpanKind.DEADLINE,
    TermKind.AMOUNT: SpanKind.AMOUNT,
}


def fill(document: QTextDocument, runs: Sequence[Run], palette: Palette) -> None:
    """Replace the document's content by the runs, each with its diff and term formats."""
    document.clear()
    cursor = QTextCursor(document)
    cache: dict[tuple[Op, TermKind | None], QTextCharFormat] = {}
    for run in runs:
        key = (run.op, run.term)
        fmt = cache.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if run.op in _OP_KIND:
                fmt.merge(char_format(_OP_KIND[run.op], palette))
            if run.term is not None:
                fmt.merge(char_format(_TERM_KIND[run.term], palette))
            cache[key] = fmt
        cursor.insertText(run.text, fmt)


def terms_of(result: VariantsResult, variant_id: str) -> list[Term]:
    """Every term of one variant (source offsets)."""
    row = result.matrix.row(variant_id)
    return [cell.term for column in TermColumn for cell in row.cells(column)]


class DiffPane(QWidget):
    """Reference | selected variant, word diff and term highlights."""

    def __init__(self, controller: VariantsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.left_title = plain_label()
        self.right_title = plain_label()
        for label in (self.left_title, self.right_title):
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: 600; padding: 2px 0;")
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        self.left.setObjectName("referenceText")
        self.right.setObjectName("variantText")
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        for title, browser in ((self.left_title, self.left), (self.right_title, self.right)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(browser, 1)
            columns.addLayout(column, 1)
        controller.result_changed.connect(self.refresh)
        controller.variant_selected.connect(self.refresh)
        controller.scheme_changed.connect(self.refresh)
        self.refresh()

    def palette_(self) -> Palette:
        """The GUI palette of the user's scheme for the current light/dark mode."""
        return make_palette(self.controller.scheme, is_dark(self.palette()))

    def refresh(self) -> None:
        """Show the selected variant against the reference."""
        result = self.controller.result()
        variant_id = self.controller.selected
        if result is None or variant_id not in result.group.variant_ids:
            self.left.clear()
            self.right.clear()
            return
        library = self.controller.state.library
        reference = library.variant(result.reference_id)
        variant = library.variant(variant_id)
        diff = result.diff(variant_id)
        reference_terms = terms_of(result, reference.id)
        variant_terms = terms_of(result, variant_id)
        source_text = library.source_of(reference).text
        palette = self.palette_()
        fill(
            self.left.document(),
            diff_runs(diff, Side.LEFT, reference_terms, variant_terms, source_text),
            palette,
        )
        fill(
            self.right.document(),
            diff_runs(diff, Side.RIGHT, reference_terms, variant_terms),
            palette,
        )
        number = result.group.variant_ids.index
        self.left_title.setText(
            self.tr("Reference: V%1 · %2")
            .replace("%1", str(number(reference.id) + 1))
            .replace("%2", reference.label or reference.title)
        )
        share = round(result.similarity_to_reference(variant_id) * 100)
        self.right_title.setText(
            self.tr("V%1 · %2 — %3 % similar")
            .replace("%1", str(number(variant_id) + 1))
            .replace("%2", variant.label or variant.title)
            .replace("%3", str(share))
        )


class SimilarityBar(QStyledItemDelegate):
    """A small bar left of the percentage: how close a variant is to the reference."""

    def __init__(self, controller: VariantsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller  # for the user's colour scheme

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell's background (selection included), a rounded bar, then the number."""
        value = index.data(SORT_ROLE)
        if not isinstance(value, float):
            super().paint(painter, option, index)
            return
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        text = style_option.text
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        palette = make_palette(self.controller.scheme, is_dark(option.palette))
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        metrics = QFontMetricsF(option.font)
        text_width = metrics.horizontalAdvance("100 %") + 6
        track = QRectF(rect.left(), rect.center().y() - 2.5, rect.width() - text_width, 5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("border"))
        painter.drawRoundedRect(track, 2.5, 2.5)
        filled = QRectF(track)
        filled.setWidth(max(5.0, track.width() * value))
        painter.setBrush(palette.color("insert"))
        painter.drawRoundedRect(filled, 2.5, 2.5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        painter.drawText(
            QRectF(rect.right() - text_width, rect.top(), text_width, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the bar and "100 %"."""
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), hint.height())
