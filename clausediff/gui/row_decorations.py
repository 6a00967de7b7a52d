"""What a comparison row shows around the clause texts: the meta line above the two cells
(status, similarity, what else changed, the decision and note pills), the hatching of a side
with no clause, and the one line of a fold row.

Painting only, from what :class:`~clausediff.gui.compare_paint.PairDelegate` hands over: the
pair, the user's choice, the looks of the moment (:class:`RowLooks`). The words keep the
``PairDelegate`` translation context they were written under, so the catalogue is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon, QPainter, QPen

from clausediff.comparison import Pair, PairStatus
from clausediff.gui.formats import Palette
from clausediff.gui.i18n import status_label
from clausediff.gui.icons import status_icon
from clausediff.gui.resources import icon_path
from clausediff.store.session import Choice, Keep

#: Room (pixels) between the row's edges and its text, and the width of the status stripe.
GUTTER = 5
PAD = 14


@dataclass(frozen=True)
class RowLooks:
    """The colours, the small font and the icons the rows are decorated with."""

    palette: Palette
    small: QFont
    status_icons: dict[PairStatus, QIcon]
    note_icon: QIcon
    choice_icon: QIcon

    @classmethod
    def of(cls, palette: Palette, small: QFont, default_icons: bool = False) -> RowLooks:
        """The looks for ``palette`` (status icons in its colours, or the default ones)."""
        icons = {
            status: status_icon(status)
            if default_icons
            else status_icon(status, palette.statuses[status])
            for status in PairStatus
        }
        return cls(
            palette,
            small,
            icons,
            QIcon(str(icon_path("note"))),
            QIcon(str(icon_path("choice"))),
        )


def paint_fold(
    painter: QPainter,
    rect: QRectF,
    looks: RowLooks,
    count: int,
    labels: tuple[str, str],
    selected: bool,
) -> None:
    """A fold row: "⋯ 12 identical clauses (first … last) · click to show", on a dashed line."""
    palette = looks.palette
    painter.fillRect(
        rect, palette.color("selection") if selected else palette.color("alt_background")
    )
    pen = QPen(palette.color("border"))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    first_label, last_label = labels
    text = "⋯   " + QCoreApplication.translate("PairDelegate", "%n identical clause(s)", "", count)
    if first_label and last_label:
        text += f"   ({first_label}  …  {last_label})"
    text += "   ·   " + QCoreApplication.translate("PairDelegate", "click to show")
    painter.setFont(looks.small)
    painter.setPen(palette.color("muted"))
    metrics = QFontMetrics(looks.small)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, int(rect.width()) - 2 * PAD)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)


def paint_empty_side(painter: QPainter, rect: QRectF, looks: RowLooks, status: PairStatus) -> None:
    """The side an inserted or deleted clause lacks: hatched, with a label saying why."""
    palette = looks.palette
    brush = QBrush(palette.color("border"), Qt.BrushStyle.BDiagPattern)
    painter.fillRect(rect.adjusted(2, 2, -2, -2), palette.color("alt_background"))
    painter.fillRect(rect.adjusted(2, 2, -2, -2), brush)
    text = (
        QCoreApplication.translate("PairDelegate", "Inserted clause: not in the left document")
        if status is PairStatus.INSERTED
        else QCoreApplication.translate("PairDelegate", "Deleted clause: not in the right document")
    )
    font = QFont(looks.small)
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


def paint_meta(
    painter: QPainter,
    rect: QRectF,
    looks: RowLooks,
    pair: Pair,
    choice: Choice | None,
    linked_by_hand: bool,
    term_changes: int,
) -> None:
    """The line at the top of the pair row drawn in ``rect``: status icon and name, then what
    else is true of the pair (``term_changes`` as the details panel counts them, a clause
    deleted or inserted whole counting its terms), then the decision and note pills at the
    right."""
    palette = looks.palette
    metrics = QFontMetrics(looks.small)
    line = QRectF(
        rect.left() + GUTTER + PAD,
        rect.top() + 5,
        rect.width() - GUTTER - 2 * PAD,
        metrics.height() + 2,
    )
    icon_size = metrics.height() - 1
    looks.status_icons[pair.status].paint(
        painter, int(line.left()), int(line.top() + 1), icon_size, icon_size
    )
    x = line.left() + icon_size + 6
    bold = QFont(looks.small)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(palette.status_color(pair.status) if pair.changed else palette.color("muted"))
    name = status_label(pair.status)
    painter.drawText(QPointF(x, line.top() + metrics.ascent() + 1), name)
    x += QFontMetrics(bold).horizontalAdvance(name) + 8
    painter.setFont(looks.small)
    painter.setPen(palette.color("muted"))
    painter.drawText(
        QPointF(x, line.top() + metrics.ascent() + 1),
        "  ·  ".join(_facts(pair, linked_by_hand, term_changes)),
    )
    if choice is not None:
        _paint_pills(painter, line, looks, choice)


def _facts(pair: Pair, linked_by_hand: bool, count: int) -> list[str]:
    """'92 % similar', 'renumbered', 'linked by hand', '2 term changes'... as they apply."""
    facts = []
    if pair.left and pair.right:
        facts.append(
            QCoreApplication.translate("PairDelegate", "%1 % similar").replace(
                "%1", str(round(pair.similarity * 100))
            )
        )
    if pair.number_changed:
        facts.append(QCoreApplication.translate("PairDelegate", "renumbered"))
    if pair.heading_changed:
        facts.append(QCoreApplication.translate("PairDelegate", "retitled"))
    if pair.truncated:
        facts.append(QCoreApplication.translate("PairDelegate", "too long for a word diff"))
    if linked_by_hand:
        facts.append(QCoreApplication.translate("PairDelegate", "linked by hand"))
    if count:
        facts.append(QCoreApplication.translate("PairDelegate", "%n term change(s)", "", count))
    return facts


def _paint_pills(painter: QPainter, line: QRectF, looks: RowLooks, choice: Choice) -> None:
    """The decision ("Left kept") and the note's first words, as pills ending at the right."""
    palette = looks.palette
    metrics = QFontMetrics(looks.small)
    pills = []
    if choice.side is not None:
        words = {
            Keep.LEFT: QCoreApplication.translate("PairDelegate", "Left kept"),
            Keep.RIGHT: QCoreApplication.translate("PairDelegate", "Right kept"),
            Keep.CUSTOM: QCoreApplication.translate("PairDelegate", "Custom text"),
        }
        pills.append((looks.choice_icon, words[choice.side]))
    if choice.note:
        note = choice.note.replace("\n", " ")
        pills.append((looks.note_icon, metrics.elidedText(note, Qt.TextElideMode.ElideRight, 220)))
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
