"""The variants view's state holder: the immutable state, the current group, its analysis.

:class:`VariantsController` owns a :class:`~clausediff.variants.choice.VariantsState`, the id of
the group on screen and the selected variant, and caches one
:class:`~clausediff.variants.model.VariantsResult` per (group, reference) so switching back and
forth costs nothing. Every user edit goes through :meth:`edit`, which pushes a
:class:`StateEdit` on the undo stack; ``redo``/``undo`` swap whole states. Widgets listen to
``state_changed`` (anything changed), ``result_changed`` (the analysis on screen changed) and
``variant_selected``. Analysis runs in the GUI thread: a group of 200 variants takes well under a
second (bench/speed_variants.py), and the widgets never compute.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from clausediff.options import CompareOptions
from clausediff.variants.analyse import analyse_group
from clausediff.variants.choice import GroupChoice, VariantsState
from clausediff.variants.model import VariantsResult


class StateEdit(QUndoCommand):
    """Replace the controller's state by ``after`` (redo) or ``before`` (undo).

    Successive edits of one group's note merge into one undo step (``merge_key``).
    """

    NOTE_ID = 71

    def __init__(
        self,
        controller: VariantsController,
        before: VariantsState,
        after: VariantsState,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        """Install the edited state."""
        self.controller.install(self.after)

    def undo(self) -> None:
        """Put the previous state back."""
        self.controller.install(self.before)

    def id(self) -> int:
        """Note edits merge; other edits do not."""
        return self.NOTE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Fold a following edit of the same note into this one."""
        if not isinstance(other, StateEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class VariantsController(QObject):
    """State, current group and selection, analysis cache, undo stack."""

    state_changed = Signal()
    result_changed = Signal()
    variant_selected = Signal(str)

    def __init__(self, state: VariantsState, language: str = "fr", parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.language = language
        self.options = CompareOptions()
        self.undo_stack = QUndoStack(self)
        self.group_id = state.groups[0].id if state.groups else ""
        self.selected = ""
        self._cache: dict[tuple[str, str | None, tuple[str, ...]], VariantsResult] = {}
        self._select_default()

    # --- reading ---------------------------------------------------------------------------

    def result(self, group_id: str | None = None) -> VariantsResult | None:
        """The analysis of a group (the current one by default), computed once and cached."""
        wanted = group_id or self.group_id
        if not wanted:
            return None
        group = self.state.group(wanted)
        reference = self.state.choice(wanted).reference
        key = (wanted, reference, group.variant_ids)
        if key not in self._cache:
            self._cache[key] = analyse_group(
                self.state.library, group, reference, self.options, self.language
            )
        return self._cache[key]

    def results(self) -> tuple[VariantsResult, ...]:
        """The analysis of every group, in order."""
        return tuple(r for g in self.state.groups if (r := self.result(g.id)) is not None)

    def choice(self) -> GroupChoice:
        """The user's choice for the current group."""
        return self.state.choice(self.group_id)

    # --- navigation ------------------------------------------------------------------------

    def set_group(self, group_id: str) -> None:
        """Show another group."""
        if group_id == self.group_id:
            return
        self.group_id = group_id
        self._select_default()
        self.result_changed.emit()

    def select(self, variant_id: str) -> None:
        """Select the variant the diff view and the editor show."""
        if variant_id != self.selected:
            self.selected = variant_id
            self.variant_selected.emit(variant_id)

    def _select_default(self) -> None:
        result = self.result()
        if result is None:
            self.selected = ""
            return
        others = [v for v in result.group.variant_ids if v != result.reference_id]
        self.selected = others[0] if others else result.reference_id

    # --- editing ---------------------------------------------------------------------------

    def edit(self, after: VariantsState, text: str, merge_key: str = "") -> None:
        """Push an undoable replacement of the state."""
        if after == self.state:
            return
        self.undo_stack.push(StateEdit(self, self.state, after, text, merge_key))

    def edit_choice(self, choice: GroupChoice, text: str, merge_key: str = "") -> None:
        """Push an undoable change of the current group's choice."""
        self.edit(self.state.with_choice(self.group_id, choice), text, merge_key)

    def install(self, state: VariantsState) -> None:
        """Make ``state`` current (called by the undo commands only)."""
        before = self.result()
        self.state = state
        if not any(g.id == self.group_id for g in state.groups):
            self.group_id = state.groups[0].id if state.groups else ""
        after = self.result()
        if after is not before:
            if after is not None and self.selected not in after.group.variant_ids:
                self._select_default()
            self.result_changed.emit()
        self.state_changed.emit()
