"""The central comparison pane: file headers, the legend with term toggles, and the view.

:class:`SideHeader` names the file on each side (with an Open button; files dropped on a half
open on that side). :class:`LegendBar` explains every mark with a live sample and carries the
term-highlight toggles. :class:`~clausediff.gui.reader_warnings.ReaderWarningsBar` shows what
the readers warned about each document, under its name. :class:`ComparePane` stacks them above the
:class:`~clausediff.gui.compare_view.CompareView`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clausediff.comparison import Side
from clausediff.gui.compare_view import CompareView
from clausediff.gui.drops import carries_files, deliver_drop
from clausediff.gui.formats import Palette
from clausediff.gui.overview import OverviewBar
from clausediff.gui.plain_text import plain_label, plain_tooltip
from clausediff.gui.reader_warnings import ReaderWarningsBar
from clausediff.gui.state import Workspace


class SideHeader(QFrame):
    """File name and details of both sides, with Open buttons and drop targets."""

    open_requested = Signal(str)
    file_dropped = Signal(str, str)
    versions_dropped = Signal(list)  # three or more paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideHeader")
        self.setAcceptDrops(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 24, 6)
        layout.setSpacing(16)
        self.names: dict[Side, QLabel] = {}
        self.details: dict[Side, QLabel] = {}
        self.buttons: dict[Side, QToolButton] = {}
        self.paths: dict[Side, str] = {Side.LEFT: "", Side.RIGHT: ""}
        for side in Side:
            box = QHBoxLayout()
            box.setSpacing(8)
            text = QVBoxLayout()
            text.setSpacing(0)
            name = plain_label(self)
            name.setObjectName(f"{side.value}Name")
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail = plain_label(self)
            detail.setObjectName(f"{side.value}Detail")
            text.addWidget(name)
            text.addWidget(detail)
            button = QToolButton(self)
            button.setObjectName(f"open{side.value.title()}Button")
            button.clicked.connect(lambda _=False, s=side: self.open_requested.emit(s.value))
            box.addLayout(text, 1)
            box.addWidget(button, 0)
            layout.addLayout(box, 1)
            self.names[side], self.details[side], self.buttons[side] = name, detail, button
        self.retranslate()

    def set_file(self, side: Side, path: str, detail: str) -> None:
        """Show ``path``'s name (full path in the tooltip) and a detail line."""
        self.paths[side] = path
        self.names[side].setText(Path(path).name if path else self._empty(side))
        self.names[side].setToolTip(plain_tooltip(path))
        self.details[side].setText(detail)

    def _empty(self, side: Side) -> str:
        return self.tr("No left file") if side is Side.LEFT else self.tr("No right file")

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        for side in Side:
            self.buttons[side].setText(self.tr("Open…"))
            self.buttons[side].setToolTip(
                self.tr("Open the left document")
                if side is Side.LEFT
                else self.tr("Open the right document")
            )
            if not self.paths[side]:
                self.names[side].setText(self._empty(side))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if carries_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Two files open left then right; one file opens on the half it was dropped on."""
        deliver_drop(event, self.width(), self.versions_dropped.emit, self.file_dropped.emit)


class LegendBar(QFrame):
    """A sample of every mark, and the toggles for the three kinds of term highlight."""

    def __init__(self, term_actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(14)
        self.title = QLabel(self)
        self.samples = QLabel(self)
        self.samples.setTextFormat(Qt.TextFormat.RichText)
        self.terms_title = QLabel(self)
        layout.addWidget(self.title)
        layout.addWidget(self.samples)
        layout.addStretch(1)
        layout.addWidget(self.terms_title)
        self.toggles: list[QToolButton] = []
        for action in term_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            layout.addWidget(button)
            self.toggles.append(button)
        self.palette_: Palette | None = None
        self.retranslate()

    def set_palette(self, palette: Palette) -> None:
        """Draw the samples and toggles in ``palette``'s colours."""
        self.palette_ = palette
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Legend:"))
        self.terms_title.setText(self.tr("Highlight:"))
        palette = self.palette_
        if palette is None:
            return
        rgba = "rgba({},{},{},{})"

        def tint(name: str) -> str:
            c = palette.color(name)
            return rgba.format(
                c.red(), c.green(), c.blue(), round(palette.term_alpha / 255 * 1.6, 2)
            )

        deleted, inserted = self.tr("deleted"), self.tr("inserted")
        moved, changed = self.tr("moved"), self.tr("changed term in bold")
        gap = "&nbsp;&nbsp;&nbsp;"
        self.samples.setText(
            f'<span style="color:{palette.delete};background:{palette.delete_bg};'
            f'text-decoration:line-through">{deleted}</span>{gap}'
            f'<span style="color:{palette.insert};background:{palette.insert_bg};'
            f'text-decoration:underline">{inserted}</span>{gap}'
            f'<span style="color:{palette.move};font-weight:600">▌{moved}</span>{gap}'
            f"<b>{changed}</b>"
        )
        for button, kind in zip(self.toggles, ("obligation", "deadline", "amount"), strict=False):
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {palette.color(kind).name()};"
                f" border-radius: 9px; padding: 1px 9px; color: {palette.text}; }}"
                f"QToolButton:checked {{ background: {tint(kind)}; }}"
                f"QToolButton:!checked {{ color: {palette.muted}; border-style: dashed; }}"
            )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComparePane(QWidget):
    """Header, legend and comparison view, stacked."""

    def __init__(
        self, workspace: Workspace, term_actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = SideHeader(self)
        self.warnings = ReaderWarningsBar(self)
        self.legend = LegendBar(term_actions, self)
        self.view = CompareView(workspace, self)
        for widget in (self.header, self.warnings, self.legend):
            widget.setFrameShape(QFrame.Shape.NoFrame)
            layout.addWidget(widget)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setObjectName("paneSeparator")
        layout.addWidget(line)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        self.overview = OverviewBar(self.view, self)
        body.addWidget(self.overview)
        layout.addLayout(body, 1)
        self.header.file_dropped.connect(self.view.file_dropped)
        self.header.versions_dropped.connect(self.view.versions_dropped)
