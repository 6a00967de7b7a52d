"""The variants view's state holder: the immutable state, the current group, its analysis.

:class:`VariantsController` owns a :class:`~clausediff.variants.choice.VariantsState`, the id of
the group on screen and the selected variant, and caches one
:class:`~clausediff.variants.model.VariantsResult` per (group, reference) so switching back and
forth costs nothing. Every user edit goes through :meth:`edit`, which pushes a
:class:`StateEdit` on the undo stack; ``redo``/``undo`` swap whole states. Widgets listen to
``state_changed`` (anything changed), ``result_changed`` (the analysis on screen changed) and
``variant_selected``. A group of up to :data:`SYNC_LIMIT` variants is analysed at once in the
GUI thread (milliseconds); a larger one in a worker thread (:class:`~clausediff.gui.worker.
JobRunner`, the latest request wins), during which :meth:`result` returns None, ``busy`` says so
and ``result_changed`` fires when the analysis lands. :meth:`aligned` gives (and caches) a
variant's provision-by-provision diff against the reference. The widgets never compute.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from clausediff.gui.worker import JobRunner
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.variants.aligned import AlignedDiff, aligned_diff
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


#: Groups with more variants than this are analysed in a worker thread.
SYNC_LIMIT = 40

_Key = tuple[str, str | None, tuple[str, ...]]


class VariantsController(QObject):
    """State, current group and selection, analysis cache, undo stack."""

    state_changed = Signal()
    result_changed = Signal()
    variant_selected = Signal(str)
    busy = Signal(bool)
    scheme_changed = Signal()  # the colour scheme of the user's settings changed

    def __init__(self, state: VariantsState, language: str = "fr", parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.language = language
        self.scheme = "legal"  # the settings' colour scheme: "legal" or "colorblind"
        self.options = CompareOptions()
        self.undo_stack = QUndoStack(self)
        self.group_id = state.groups[0].id if state.groups else ""
        self.selected = ""
        self._cache: dict[_Key, VariantsResult] = {}
        self._aligned: dict[tuple[str, str, tuple[str, ...], str], AlignedDiff] = {}
        self._pending: _Key | None = None
        self.failure = ""
        self.runner = JobRunner(self)
        self.runner.failed.connect(self._analysis_failed)
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
        if key in self._cache:
            return self._cache[key]
        library, options, language = self.state.library, self.options, self.language
        if len(group.variant_ids) <= SYNC_LIMIT:
            self._cache[key] = analyse_group(library, group, reference, options, language)
            return self._cache[key]
        if self._pending != key:
            self._pending = key

            def work(monitor: Monitor) -> tuple[_Key, VariantsResult]:
                return key, analyse_group(library, group, reference, options, language, monitor)

            self.runner.start(work, self._analysed)
            self.busy.emit(True)
        return None

    def aligned(self, variant_id: str) -> AlignedDiff | None:
        """A variant of the current group against its reference, provision by provision
        (computed once per analysis and variant; None while the analysis runs)."""
        result = self.result()
        if result is None or variant_id not in result.group.variant_ids:
            return None
        group = result.group
        key = (group.id, result.reference_id, group.variant_ids, variant_id)
        if key not in self._aligned:
            library = self.state.library
            self._aligned[key] = aligned_diff(library, result, variant_id, self.options)
        return self._aligned[key]

    def _analysed(self, outcome: tuple[_Key, VariantsResult]) -> None:
        key, result = outcome
        self._cache[key] = result
        self._pending = None
        self.busy.emit(False)
        if key[0] == self.group_id:
            if self.selected not in result.group.variant_ids:
                self._select_default()
            self.result_changed.emit()

    def _analysis_failed(self, message: str) -> None:
        """A failed analysis leaves the group empty on screen; the message is logged by Qt."""
        self._pending = None
        self.busy.emit(False)
        self.failure = message

    def set_scheme(self, scheme: str) -> None:
        """Use the colour scheme of the user's settings ("legal" or "colorblind")."""
        if scheme != self.scheme:
            self.scheme = scheme
            self.scheme_changed.emit()

    def wait(self) -> None:
        """Block until a background analysis ended (on close, in tests)."""
        self.runner.wait()

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
