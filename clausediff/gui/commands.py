"""Undoable edits: each command swaps one immutable Session for another.

Choosing a side, editing a custom text, writing a note, linking and unlinking clauses are all
:class:`SessionEdit` commands on the window's :class:`QUndoStack`; ``redo`` installs the new
session, ``undo`` the old one. Successive edits of the same note or custom text merge into one
undo step. No computation here: the new session is built by the caller (the core relinks).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QUndoCommand

from clausediff.gui.state import Workspace
from clausediff.store.session import Session


class EditId(IntEnum):
    """Command ids Qt uses to merge successive edits of one field."""

    NONE = -1
    NOTE = 1
    CUSTOM_TEXT = 2


class SessionEdit(QUndoCommand):
    """Replace the workspace's session by ``after`` (redo) or ``before`` (undo)."""

    def __init__(
        self,
        workspace: Workspace,
        before: Session,
        after: Session,
        text: str,
        *,
        structural: bool = False,
        merge_id: EditId = EditId.NONE,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.before = before
        self.after = after
        self.structural = structural
        self.merge_id = merge_id
        self.merge_key = merge_key

    def redo(self) -> None:
        """Install the edited session."""
        self.workspace.replace(self.after, structural=self.structural)

    def undo(self) -> None:
        """Put the previous session back."""
        self.workspace.replace(self.before, structural=self.structural)

    def id(self) -> int:
        """Merge id: notes and custom texts typed in several goes make one undo step."""
        return int(self.merge_id)

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later edit of the same field of the same pair."""
        if not isinstance(other, SessionEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
