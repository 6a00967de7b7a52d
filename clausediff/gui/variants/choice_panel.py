"""Deciding: the preferred variant, the reference, a note, and the user's own wording.

:class:`ChoicePanel` shows what is chosen for the current group and offers the buttons that
change it (each an undoable edit through the controller): mark the selected variant preferred,
make it the reference, clear the choice, and a note field whose successive keystrokes make one
undo step. :class:`VariantEditor` lets the user write a new variant starting from any variant,
with its word diff against the reference kept live (debounced), and retain it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clausediff.gui.formats import is_dark, make_palette
from clausediff.gui.plain_text import plain_label
from clausediff.gui.text_edits import exact_text
from clausediff.gui.variants.controller import VariantsController
from clausediff.gui.variants.diff_view import (
    ProvisionTable,
    row_names,
    terms_of,
    write_provisions,
)
from clausediff.gui.variants.models import short_name
from clausediff.terms import annotate
from clausediff.variants.aligned import aligned_text
from clausediff.variants.choice import CUSTOM

#: Milliseconds of quiet typing before the live diff is recomputed.
DEBOUNCE_MS = 250


class ChoicePanel(QWidget):
    """The current group's choice, the buttons that change it, and the note."""

    def __init__(self, controller: VariantsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        #: True when "Save choices" keeps this library's choices in the app's data folder (a
        #: library opened from the main window); False when only a comparison session does.
        self.saved_in_library = False
        self.summary = plain_label()
        self.summary.setObjectName("choiceSummary")
        self.summary.setWordWrap(True)
        self.prefer_button = QPushButton()
        self.reference_button = QPushButton()
        self.clear_button = QPushButton()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        # Two rows: on one the three buttons kept the left column ~480 px wide, leaving the
        # grid four of eight variants on a 1366x768 laptop.
        buttons = QGridLayout()
        buttons.addWidget(self.prefer_button, 0, 0)
        buttons.addWidget(self.reference_button, 0, 1)
        buttons.addWidget(self.clear_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.prefer_button.clicked.connect(self.mark_preferred)
        self.reference_button.clicked.connect(self.use_as_reference)
        self.clear_button.clicked.connect(self.clear)
        self.note.textChanged.connect(self._note_changed)
        controller.state_changed.connect(self.refresh)
        controller.result_changed.connect(self.refresh)
        controller.variant_selected.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (the window calls it on a language change)."""
        self.prefer_button.setText(self.tr("★ Mark as preferred"))
        self.reference_button.setText(self.tr("⚑ Use as reference"))
        self.clear_button.setText(self.tr("Clear choice"))
        self.note.setPlaceholderText(self.note_placeholder())
        self.refresh()

    def note_placeholder(self) -> str:
        """What the empty note field says, including where the note is really kept."""
        if self.saved_in_library:
            return self.tr(
                "Note on this clause, kept with this library's choices by Save Choices (Ctrl+S)"
            )
        return self.tr(
            "Note on this clause, kept in the comparison session by Save Session in the main window"
        )

    def _name(self, variant_id: str | None) -> str:
        result = self.controller.result()
        if result is None or variant_id not in result.group.variant_ids:
            return "—"
        variant = self.controller.state.library.variant(variant_id or "")
        number = result.group.variant_ids.index(variant.id) + 1
        return f"V{number} · {variant.label or variant.title}"

    def refresh(self) -> None:
        """Show the current choice; keep the note's cursor when its text did not change."""
        choice = self.controller.choice()
        if choice.preferred == CUSTOM:
            text = self.tr("Preferred: own wording, from %1").replace(
                "%1", self._name(choice.custom_base)
            )
        elif choice.preferred:
            text = self.tr("Preferred: %1").replace("%1", self._name(choice.preferred))
        else:
            text = self.tr("No variant chosen yet.")
        self.summary.setText(text)
        if exact_text(self.note) != choice.note:
            self.note.blockSignals(True)
            self.note.setPlainText(choice.note)
            self.note.blockSignals(False)
        result = self.controller.result()
        selected = self.controller.selected
        self.reference_button.setEnabled(
            result is not None and bool(selected) and selected != result.reference_id
        )
        self.prefer_button.setEnabled(bool(selected) and choice.preferred != selected)
        self.clear_button.setEnabled(bool(choice.preferred))

    def mark_preferred(self) -> None:
        """Retain the selected variant."""
        selected = self.controller.selected
        if not selected:
            return
        choice = replace(self.controller.choice(), preferred=selected)
        self.controller.edit_choice(
            choice, self.tr("Mark %1 preferred").replace("%1", self._name(selected))
        )

    def use_as_reference(self) -> None:
        """Diff every variant against the selected one."""
        selected = self.controller.selected
        if not selected:
            return
        choice = replace(self.controller.choice(), reference=selected)
        self.controller.edit_choice(
            choice, self.tr("Use %1 as reference").replace("%1", self._name(selected))
        )

    def clear(self) -> None:
        """Forget the preferred variant (the note and reference stay)."""
        choice = replace(self.controller.choice(), preferred=None, custom_text="", custom_base=None)
        self.controller.edit_choice(choice, self.tr("Clear choice"))

    def _note_changed(self) -> None:
        choice = replace(self.controller.choice(), note=exact_text(self.note))
        self.controller.edit_choice(
            choice, self.tr("Edit note"), merge_key=self.controller.group_id
        )


class VariantEditor(QWidget):
    """Write a new variant from any variant, with its diff against the reference kept live."""

    def __init__(self, controller: VariantsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.base: str | None = None
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.live = QTextBrowser()
        self.live.setObjectName("liveDiff")
        self.status = plain_label()
        self.start_button = QPushButton()
        self.use_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        panes = QSplitter()
        panes.addWidget(self.editor)
        panes.addWidget(self.live)  # the wider: a table of three columns
        panes.setStretchFactor(0, 2)
        panes.setStretchFactor(1, 3)
        panes.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(panes, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_diff)
        self.editor.textChanged.connect(self.timer.start)
        self.start_button.clicked.connect(self.start_from_selected)
        self.use_button.clicked.connect(self.retain)
        controller.result_changed.connect(self._group_changed)
        controller.scheme_changed.connect(self.update_diff)
        self._group_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (the window calls it on a language change)."""
        self.editor.setPlaceholderText(self.tr("Start from a variant, then edit the wording here"))
        self.start_button.setText(self.tr("Start from selected variant"))
        self.use_button.setText(self.tr("★ Retain this wording"))
        self.update_diff()

    def _group_changed(self) -> None:
        choice = self.controller.choice()
        if choice.preferred == CUSTOM:
            self.base = choice.custom_base
            self.editor.setPlainText(choice.custom_text)
        self.update_diff()

    def start_from_selected(self) -> None:
        """Copy the selected variant's text into the editor."""
        selected = self.controller.selected
        if not selected:
            return
        self.base = selected
        self.editor.setPlainText(self.controller.state.library.variant(selected).text)
        self.update_diff()

    def update_diff(self) -> None:
        """Recompute the live diff of the edited text against the reference."""
        self.timer.stop()
        result = self.controller.result()
        text = exact_text(self.editor)
        if result is None or not text.strip():
            self.live.clear()
            self.status.setText("")
            return
        library = self.controller.state.library
        reference = library.variant(result.reference_id)
        aligned = aligned_text(library, result, text, self.controller.options, self.base)
        table_text = ProvisionTable(
            (
                self.tr("Provision"),
                self.tr("Reference: %1").replace("%1", short_name(result, reference.id)),
                self.tr("Your wording"),
            ),
            (library.source_of(reference).text, text),
            (terms_of(result, reference.id), annotate(text, reference.language)),
            self.tr("only in your wording"),
            self.tr("— absent"),
            row_names(result),
        )
        palette = make_palette(self.controller.scheme, is_dark(self.palette()))
        write_provisions(
            self.live.document(), aligned.provisions, table_text, palette, (20, 40, 40)
        )
        self.status.setText(
            self.tr("provisions in common with the reference: %1 of %2")
            .replace("%1", str(aligned.shared))
            .replace("%2", str(len(aligned.provisions)))
        )

    def retain(self) -> None:
        """Make the edited text the group's preferred wording."""
        text = exact_text(self.editor)
        if not text.strip():
            return
        choice = replace(
            self.controller.choice(), preferred=CUSTOM, custom_text=text, custom_base=self.base
        )
        self.controller.edit_choice(choice, self.tr("Retain own wording"))
