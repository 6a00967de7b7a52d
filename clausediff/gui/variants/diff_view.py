"""The selected variant against the reference, provision by provision, with term highlights.

:class:`DiffPane` shows one table: a row per provision of the provisions grid where the
reference or the variant speaks (the grid's row number, and how much of the provision is kept),
the reference's sentence on the left (text the variant lacks struck through in red) and the
variant's on the right (text it adds underlined in blue). A provision only one of them states
is marked whole on its side, the other cell says it is absent. Obligations, deadlines and
amounts are tinted on both sides with the GUI's formats (:mod:`clausediff.gui.formats`).
The rows come from :func:`clausediff.variants.aligned.aligned_diff` (asked through the
controller, which caches it) and the runs from :func:`clausediff.variants.runs.provision_runs`:
nothing is computed here. :func:`write_provisions` writes such a table into a ``QTextDocument``
and is reused by the editor's live diff of the user's own wording; :func:`fill` writes plain
display runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QApplication,
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
from clausediff.gui.variants.models import SORT_ROLE, short_name
from clausediff.gui.variants.models import provision_label as grid_row_name
from clausediff.marks import Run
from clausediff.variants.aligned import ProvisionDiff
from clausediff.variants.model import TermColumn, VariantsResult
from clausediff.variants.runs import provision_runs

_OP_KIND = {Op.DELETE: SpanKind.DELETE, Op.INSERT: SpanKind.INSERT}
_TERM_KIND = {
    TermKind.OBLIGATION: SpanKind.OBLIGATION,
    TermKind.DEADLINE: SpanKind.DEADLINE,
    TermKind.AMOUNT: SpanKind.AMOUNT,
}
#: Widths of the table's columns, in % of the pane: provision, reference, variant.
COLUMN_WIDTHS = (14, 43, 43)


def write_runs(cursor: QTextCursor, runs: Sequence[Run], palette: Palette) -> None:
    """Insert the runs at ``cursor``, each with its diff and term formats."""
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


def fill(document: QTextDocument, runs: Sequence[Run], palette: Palette) -> None:
    """Replace the document's content by the runs, each with its diff and term formats."""
    document.clear()
    write_runs(QTextCursor(document), runs, palette)


def muted_format(palette: Palette) -> QTextCharFormat:
    """Grey italics: the notes under a provision's number and "absent"."""
    fmt = QTextCharFormat()
    fmt.setForeground(palette.color("muted"))
    fmt.setFontItalic(True)
    return fmt


@dataclass(frozen=True)
class ProvisionTable:
    """What a provisions table shows besides the provisions: the column titles, each side's
    source text and terms, the note of a provision only the second side states ("only in this
    variant", "only in your wording") and the words of an absent side."""

    heads: tuple[str, str, str]
    texts: tuple[str, str]
    terms: tuple[Sequence[Term], Sequence[Term]]
    only_other: str
    absent: str
    #: Each grid row's name as the Provisions tab shows it (:func:`row_names`).
    names: Mapping[int, str] = field(default_factory=dict)


def row_names(result: VariantsResult) -> dict[int, str]:
    """The grid's rows named as the Provisions tab's header names them ("La responsabilité
    totale du Prestataire…"), so a row reads the same in every tab."""
    return {row: grid_row_name(result, row) for row in range(len(result.grid.rows))}


def provision_label(
    provision: ProvisionDiff, only_other: str, names: Mapping[int, str] | None = None
) -> tuple[str, str]:
    """A row's label cell: the name the Provisions tab gives its row (its number when it has
    none), then how much of the provision the other side keeps, or which side alone states it."""
    name = (names or {}).get(provision.row) or _tr("Provision %1").replace(
        "%1", str(provision.row + 1)
    )
    if provision.shared:
        note = _tr("%1 % in common").replace("%1", str(round(provision.similarity * 100)))
    elif provision.reference is not None:
        note = _tr("only in the reference")
    else:
        note = only_other
    return name, note


def _tr(text: str) -> str:
    """``text`` in the interface language, in the context the Differences tab's words have."""
    return QCoreApplication.translate("DiffPane", text)


def write_provisions(
    document: QTextDocument,
    provisions: Sequence[ProvisionDiff],
    table_text: ProvisionTable,
    palette: Palette,
    widths: Sequence[int] = COLUMN_WIDTHS,
) -> QTextTable:
    """Replace the document's content by one row per provision: its label, the reference's
    sentence (what the other side lacks struck through) and the other side's (what it adds
    underlined), terms tinted; a silent side says it is absent."""
    document.clear()
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBorder(1)
    fmt.setBorderBrush(QBrush(palette.color("border")))
    fmt.setBorderCollapse(True)
    fmt.setHeaderRowCount(1)
    table = QTextCursor(document).insertTable(len(provisions) + 1, 3, fmt)
    bold = QTextCharFormat()
    bold.setFontWeight(700)
    for column, text in enumerate(table_text.heads):
        table.cellAt(0, column).firstCursorPosition().insertText(text, bold)
    muted = muted_format(palette)
    for number, provision in enumerate(provisions, start=1):
        name, note = provision_label(provision, table_text.only_other, table_text.names)
        cursor = table.cellAt(number, 0).firstCursorPosition()
        cursor.insertText(name)
        cursor.insertBlock()
        cursor.insertText(note, muted)
        for column, side in ((1, Side.LEFT), (2, Side.RIGHT)):
            index = column - 1
            cursor = table.cellAt(number, column).firstCursorPosition()
            runs = provision_runs(provision, side, table_text.texts[index], table_text.terms[index])
            if runs:
                write_runs(cursor, runs, palette)
            else:
                cursor.insertText(table_text.absent, muted)
    return table


def terms_of(result: VariantsResult, variant_id: str) -> list[Term]:
    """Every term of one variant (source offsets)."""
    row = result.matrix.row(variant_id)
    return [cell.term for column in TermColumn for cell in row.cells(column)]


class DiffPane(QWidget):
    """Reference | selected variant, aligned provision by provision (see the module docstring)."""

    def __init__(self, controller: VariantsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; padding: 2px 0;")
        self.browser = QTextBrowser()
        self.browser.setObjectName("provisionsDiff")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self.table: QTextTable | None = None
        controller.result_changed.connect(self.refresh)
        controller.variant_selected.connect(self.refresh)
        controller.scheme_changed.connect(self.refresh)
        self.refresh()

    def palette_(self) -> Palette:
        """The GUI palette of the user's scheme for the current light/dark mode."""
        return make_palette(self.controller.scheme, is_dark(self.palette()))

    def cell_text(self, row: int, column: int) -> str:
        """The plain text of a table cell (row 0: the titles; column 1 the reference, 2 the
        variant)."""
        if self.table is None:
            return ""
        cell = self.table.cellAt(row, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def column_text(self, column: int) -> str:
        """Every provision cell of a column, one line each (1: the reference, 2: the variant)."""
        return "\n".join(self.cell_text(row, column) for row in range(1, self.rows() + 1))

    def rows(self) -> int:
        """Provision rows shown (without the title row)."""
        return self.table.rows() - 1 if self.table is not None else 0

    def refresh(self) -> None:
        """Show the selected variant against the reference, provision by provision."""
        result = self.controller.result()
        variant_id = self.controller.selected
        self.browser.clear()
        self.table = None
        if result is None or variant_id not in result.group.variant_ids:
            self.title.setText("")
            return
        aligned = self.controller.aligned(variant_id)
        if aligned is None:
            return
        library = self.controller.state.library
        reference = library.variant(result.reference_id)
        variant = library.variant(variant_id)
        share = round(result.similarity_to_reference(variant_id) * 100)
        self.title.setText(
            self.tr("V%1 against the reference — %2 % similar · provisions in common: %3 of %4")
            .replace("%1", short_name(result, variant_id)[1:])
            .replace("%2", str(share))
            .replace("%3", str(aligned.shared))
            .replace("%4", str(len(aligned.provisions)))
        )
        table_text = ProvisionTable(
            (
                self.tr("Provision"),
                self.tr("Reference: %1 · %2")
                .replace("%1", short_name(result, reference.id))
                .replace("%2", reference.label or reference.title),
                f"{short_name(result, variant_id)} · {variant.label or variant.title}",
            ),
            (library.source_of(reference).text, library.source_of(variant).text),
            (terms_of(result, reference.id), terms_of(result, variant_id)),
            self.tr("only in this variant"),
            self.tr("— absent"),
            row_names(result),
        )
        document = self.browser.document()
        self.table = write_provisions(document, aligned.provisions, table_text, self.palette_())


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
