"""Keeping the user's work in the variants window: saving the choices, and groups by hand.

Split from :mod:`clausediff.gui.variants.window` to keep each module about one thing.
:class:`VariantChoicesMixin` saves the library's choices to the app's data folder
(:mod:`clausediff.gui.variants.memory`) and asks before unsaved choices are closed away;
:class:`VariantGroupsMixin` splits and merges groups from the variant list (undoable edits
through the controller, computed by :mod:`clausediff.variants.grouping`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMainWindow, QMenu, QTableView

from clausediff.errors import ErrorCode
from clausediff.gui import dialogs
from clausediff.gui.error_text import disk_error_text
from clausediff.gui.variants.memory import remember
from clausediff.gui.variants.models import VARIANT_ROLE
from clausediff.variants.grouping import merge_groups, split_group

if TYPE_CHECKING:
    from clausediff.gui.variants.choice_panel import ChoicePanel
    from clausediff.gui.variants.controller import VariantsController
    from clausediff.gui.variants.models import VariantListModel


class VariantChoicesMixin(QMainWindow):
    """Save choices, ask before closing unsaved ones, quit (see the module docstring)."""

    controller: VariantsController
    choice_panel: ChoicePanel
    #: Where "Save choices" keeps this library's choices (None: only a session saves them).
    memory_dir: Path | None

    def has_unsaved_choices(self) -> bool:
        """True when an edit (choice, note, group) was made since the last save."""
        return not self.controller.undo_stack.isClean()

    def save_choices(self) -> bool:
        """Keep the choices of this library for the next time it opens (False when it failed)."""
        if self.memory_dir is None:
            return False
        self.choice_panel.note.clearFocus()  # a note being typed is an edit already
        try:
            remember(self.memory_dir, self.controller.state)
        except OSError as error:
            message = disk_error_text(ErrorCode.CANNOT_SAVE_CHOICES, "", error)
            dialogs.show_error(self, self.tr("Cannot save"), message)
            return False
        self.controller.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Choices saved"), 4000)
        return True

    def may_close(self) -> bool:
        """Before the window goes: offer to save unsaved choices (False: the user cancelled)."""
        if self.memory_dir is None or not self.has_unsaved_choices():
            return True
        answer = dialogs.ask_save_changes(self)
        if answer is dialogs.SaveAnswer.SAVE:
            return self.save_choices()
        return answer is dialogs.SaveAnswer.DISCARD

    def quit_app(self) -> None:
        """Ctrl+Q here quits ClauseDiff as in the main window (which asks every window first)."""
        owner = self.parentWidget()
        (owner.window() if owner is not None else self).close()


class VariantGroupsMixin(QMainWindow):
    """Split and merge groups from the variant list (see the module docstring)."""

    controller: VariantsController
    variant_view: QTableView
    variant_model: VariantListModel

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.variant_view.selectionModel().selectedRows()})
        ids = [self.variant_model.index(r, 0).data(VARIANT_ROLE) for r in rows]
        return [i for i in ids if isinstance(i, str)]

    def _variant_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        split = menu.addAction(self.tr("Move to a new group"))
        split.triggered.connect(self.split_selected)
        self._fill_merge_menu(menu.addMenu(self.tr("Merge this group with")))
        menu.popup(self.variant_view.viewport().mapToGlobal(position))

    def _fill_merge_menu(self, menu: QMenu) -> None:
        """One entry per other group: merging it into the current one."""
        menu.clear()
        for group in self.controller.state.groups:
            if group.id != self.controller.group_id:
                action = menu.addAction(group.title.replace("&", "&&"))  # literal &
                action.triggered.connect(lambda _=False, g=group.id: self.merge_with(g))

    def split_selected(self) -> None:
        """Move the selected variants to a group of their own (undoable)."""
        ids = self._selected_ids()
        try:
            groups = split_group(self.controller.state.groups, self.controller.group_id, ids)
        except ValueError as error:
            dialogs.show_error(self, self.tr("Split group"), str(error))
            return
        self.controller.edit(self.controller.state.with_groups(groups), self.tr("Split group"))

    def merge_with(self, group_id: str) -> None:
        """Merge another group into the current one (undoable)."""
        groups = merge_groups(self.controller.state.groups, [self.controller.group_id, group_id])
        self.controller.edit(self.controller.state.with_groups(groups), self.tr("Merge groups"))
