"""The details panel: everything about the current pair, and the controls to decide on it.

Shows the pair's status, similarity and term changes in words ("Délai : 4 heures -> 5 jours
ouvrés"), each with an excerpt of its sentence on either side ("« Le Prestataire doit fournir … »
→ « Le Prestataire peut fournir … »", :func:`clausediff.terms.describe.in_context`); for a clause
deleted or inserted whole, the duties, deadlines and amounts it takes away or brings (its
``Pair.term_changes``, as the comparison counts them), never "no change". Then the
decision (keep left, keep right, custom text) and a note. It only emits what the user asked for
(:attr:`DetailsDock.choose_requested`, :attr:`custom_text_applied`, :attr:`note_edited`,
:attr:`term_requested` when an excerpt is clicked); the window turns those into undoable
commands, or shows and flashes the term in the comparison view.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clausediff.comparison import LinkReason, Pair, Side, TermChange
from clausediff.gui.i18n import status_label
from clausediff.gui.spans import ComparisonIndex
from clausediff.gui.state import Workspace
from clausediff.gui.text_edits import exact_text
from clausediff.store.session import Keep
from clausediff.terms.describe import in_context


class NoteEdit(QPlainTextEdit):
    """A plain text box that reports when it loses focus (to commit the note)."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Commit on leaving the box."""
        super().focusOutEvent(event)
        self.focus_lost.emit()


class DetailsDock(QDockWidget):
    """Dock showing the current pair and its decision controls."""

    custom_text_applied = Signal(str)
    # a term change's excerpt clicked: pair index, Side, document start and end of the term
    term_requested = Signal(int, object, int, int)
    note_edited = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        keep_actions: tuple[QAction, QAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.workspace = workspace
        self.language = "en"
        self.pair_index = -1
        self.index: ComparisonIndex | None = None
        #: The term changes listed for the pair on show (an excerpt's link is its number here).
        self.changes: tuple[TermChange, ...] = ()
        body = QWidget(self)
        # Three sections side by side when docked at the bottom, stacked when docked at a side.
        self.sections = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.sections.setContentsMargins(10, 6, 10, 8)
        self.sections.setSpacing(12)
        info = QWidget(body)
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        info_layout.setSpacing(6)
        self.title = QLabel(info)
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.status = QLabel(info)
        self.status.setObjectName("detailsStatus")
        self.status.setWordWrap(True)
        self.terms = QLabel(info)
        self.terms.setObjectName("detailsTerms")
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.terms.linkActivated.connect(self._term_link)
        for label in (self.title, self.status, self.terms):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            info_layout.addWidget(label)
        info_layout.addStretch(1)
        self.sections.addWidget(info, 3)
        self.decision = QGroupBox(body)
        box = QVBoxLayout(self.decision)
        box.setSpacing(4)
        row = QHBoxLayout()
        self.keep_buttons: list[QToolButton] = []
        for action in keep_actions:
            button = QToolButton(self.decision)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
            self.keep_buttons.append(button)
        self.apply_custom = QPushButton(self.decision)
        self.apply_custom.setObjectName("applyCustomText")
        self.apply_custom.clicked.connect(self._apply_custom)
        row.addWidget(self.apply_custom)
        box.addLayout(row)
        self.custom_label = QLabel(self.decision)
        self.custom = QPlainTextEdit(self.decision)
        self.custom.setObjectName("customText")
        self.custom.setTabChangesFocus(True)  # keyboard users Tab on to the note
        self.custom.setMinimumHeight(60)
        box.addWidget(self.custom_label)
        box.addWidget(self.custom, 1)
        self.sections.addWidget(self.decision, 4)
        self.note_box = QGroupBox(body)
        note_layout = QVBoxLayout(self.note_box)
        self.note = NoteEdit(self.note_box)
        self.note.setTabChangesFocus(True)
        self.note.setObjectName("noteEdit")
        self.note.setMinimumHeight(60)
        note_layout.addWidget(self.note)
        self.sections.addWidget(self.note_box, 2)
        self.dockLocationChanged.connect(self._placed)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: its controls take it
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(800)
        self._note_timer.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._note_timer.start)
        self.note.focus_lost.connect(self.commit_note)
        workspace.structure_changed.connect(self._reindex)
        workspace.choices_changed.connect(self.refresh)
        self.retranslate()
        self._reindex()

    def _placed(self, area: Qt.DockWidgetArea) -> None:
        """Side by side at the top or bottom of the window, stacked on its sides."""
        wide = area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        self.sections.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    # -- content ------------------------------------------------------------------------------

    def _reindex(self) -> None:
        comparison = self.workspace.comparison
        self.index = ComparisonIndex(comparison) if comparison is not None else None
        self.refresh()

    def show_pair(self, pair_index: int) -> None:
        """Show pair ``pair_index`` (committing a note being typed for the previous one)."""
        if pair_index != self.pair_index:
            self.commit_note()
        self.pair_index = pair_index
        self.refresh(reset_editors=True)

    def current_pair(self) -> Pair | None:
        """The pair on show, if any."""
        comparison = self.workspace.comparison
        if comparison is None or not 0 <= self.pair_index < len(comparison.pairs):
            return None
        return comparison.pairs[self.pair_index]

    def refresh(self, reset_editors: bool = False) -> None:
        """Re-read the pair and its decision from the workspace."""
        pair = self.current_pair()
        enabled = pair is not None and self.index is not None
        self.decision.setEnabled(enabled)
        self.note_box.setEnabled(enabled)
        comparison = self.workspace.comparison
        if pair is None or self.index is None or comparison is None:
            self.changes = ()
            self.title.setText(self.tr("No clause selected"))
            self.status.clear()
            self.terms.clear()
            return
        left = self.index.label(pair, Side.LEFT) or "—"
        right = self.index.label(pair, Side.RIGHT) or "—"
        self.title.setText(f"<b>{escape(left)}</b>  ⟷  <b>{escape(right)}</b>")
        parts = [status_label(pair.status)]
        if pair.left and pair.right:
            parts.append(
                self.tr("similarity %1 %").replace("%1", str(round(pair.similarity * 100)))
            )
        if pair.number_changed:
            parts.append(self.tr("renumbered"))
        if pair.heading_changed:
            parts.append(self.tr("retitled"))
        if pair.reason is not None:
            parts.append(self._reason_text(pair.reason))
        self.status.setText(" · ".join(parts))
        self.changes = pair.term_changes
        if self.changes:
            heading = escape(self._changes_heading(pair))
            self.terms.setText(f"<b>{heading}</b>" + self._term_lines(pair))
        else:
            none = escape(self.tr("No change of obligation, deadline or amount"))
            self.terms.setText(f"<i>{none}</i>")
        choice = self.workspace.choice(pair)
        if reset_editors or not self.custom.hasFocus():
            if choice is not None and choice.side is Keep.CUSTOM:
                text = choice.custom_text
            else:
                # Start from the side the user kept (the new version by default): after "Keep
                # left", editing the right wording would quietly bring back what was refused.
                first, second = (
                    (Side.LEFT, Side.RIGHT)
                    if choice is not None and choice.side is Keep.LEFT
                    else (Side.RIGHT, Side.LEFT)
                )
                clauses = self.index.clauses(pair, first) or self.index.clauses(pair, second)
                text = "\n\n".join(c.text for c in clauses)
            if exact_text(self.custom) != text:
                self.custom.setPlainText(text)
        if reset_editors or not self.note.hasFocus():
            note = choice.note if choice is not None else ""
            if exact_text(self.note) != note:
                self.note.blockSignals(True)
                self.note.setPlainText(note)
                self.note.blockSignals(False)

    def _reason_text(self, reason: LinkReason) -> str:
        """Why the pair was made, in the UI language (literal strings for lupdate)."""
        return {
            LinkReason.TEXT: self.tr("linked by text similarity"),
            LinkReason.NUMBER: self.tr("linked by number and heading"),
            LinkReason.POSITION: self.tr("linked by position"),
            LinkReason.MANUAL: self.tr("linked by hand"),
        }[reason]

    def _changes_heading(self, pair: Pair) -> str:
        """What the listed changes are: between the two sides, or gone or come with the clause."""
        if pair.left and pair.right:
            return self.tr("Term changes")
        if pair.left:
            return self.tr("Deleted with the clause")
        return self.tr("Added with the clause")

    def _term_lines(self, pair: Pair) -> str:
        """Each term change worded with where it is: its headline, then the excerpt of each
        side's sentence as a link that shows and flashes the term in the text."""
        comparison = self.workspace.comparison
        if comparison is None:
            return ""
        texts = (comparison.left.text, comparison.right.text)
        lines = []
        for number, change in enumerate(self.changes):
            worded = in_context(change, *texts, self.language)
            links = [
                f'<a href="term:{number}:{side.value}">« {escape(excerpt)} »</a>'
                for side, excerpt in ((Side.LEFT, worded.before), (Side.RIGHT, worded.after))
                if excerpt
            ]
            where = self._clause_of(pair, change)
            headline = f"{worded.headline} ({where})" if where else worded.headline
            lines.append(f"• {escape(headline)}<br>&nbsp;&nbsp;&nbsp;" + " → ".join(links))
        return "<br>" + "<br>".join(lines)

    def _clause_of(self, pair: Pair, change: TermChange) -> str:
        """The clause a change is in, when the pair joins several (a split or a merge): the
        panel's title names them all, the change names its own."""
        if self.index is None:
            return ""
        names = []
        for side, term in ((Side.LEFT, change.left), (Side.RIGHT, change.right)):
            clauses = self.index.clauses(pair, side)
            if term is None or len(clauses) < 2:
                continue
            found = next((c for c in clauses if c.start <= term.start < c.end), None)
            if found is not None:
                names.append(found.number or found.label or found.text[:30])
        return " → ".join(dict.fromkeys(names))

    def _term_link(self, link: str) -> None:
        """A term change's excerpt was clicked: ask the view to show its term."""
        pair = self.current_pair()
        _, number, side_name = link.split(":")
        if pair is None or not int(number) < len(self.changes):
            return
        change = self.changes[int(number)]
        side = Side(side_name)
        term = change.left if side is Side.LEFT else change.right
        if term is not None:
            self.term_requested.emit(self.pair_index, side, term.start, term.end)

    # -- edits --------------------------------------------------------------------------------

    def _apply_custom(self) -> None:
        if self.current_pair() is not None:
            self.custom_text_applied.emit(exact_text(self.custom))

    def commit_note(self) -> None:
        """Send the note if it differs from the one saved for the pair."""
        self._note_timer.stop()
        pair = self.current_pair()
        if pair is None:
            return
        choice = self.workspace.choice(pair)
        saved = choice.note if choice is not None else ""
        text = exact_text(self.note)
        if text != saved:
            self.note_edited.emit(text)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Details"))
        self.decision.setTitle(self.tr("Decision"))
        self.custom_label.setText(self.tr("Custom text (edit it, then click Use Custom Text):"))
        self.apply_custom.setText(self.tr("Use Custom Text"))
        self.note_box.setTitle(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A note for this clause (saved automatically)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
