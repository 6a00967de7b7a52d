"""The open session as the window sees it: one immutable Session value plus change signals.

Every edit replaces :attr:`Workspace.session` by a new :class:`~clausediff.store.session.Session`
(choices and manual links live there, the core's relink returns new comparisons), so undo is
"put the previous value back" and nothing is mutated in place. Views listen to
:attr:`Workspace.structure_changed` (pairs changed: reset models) and
:attr:`Workspace.choices_changed` (decisions changed: repaint).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from clausediff.comparison import Comparison, Pair
from clausediff.store.session import Choice, LinkAction, Session, pair_key


class Workspace(QObject):
    """Holds the current session, the session file path and whether it is saved."""

    structure_changed = Signal()
    choices_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.session_path: str = ""
        self._modified = False

    @property
    def comparison(self) -> Comparison | None:
        """The comparison on screen, or None before the first one."""
        return self.session.comparison if self.session is not None else None

    @property
    def modified(self) -> bool:
        """True when the session has changes not saved to :attr:`session_path`."""
        return self._modified

    def set_modified(self, modified: bool) -> None:
        """Mark the session saved (False) or changed (True)."""
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def replace(self, session: Session | None, *, structural: bool, modified: bool = True) -> None:
        """Swap the session value; ``structural`` when the pairs themselves changed."""
        before = self.session
        self.session = session
        if structural or before is None or session is None:
            self.structure_changed.emit()
        else:
            if before.comparison is not session.comparison:
                self.structure_changed.emit()
            self.choices_changed.emit()
        self.set_modified(modified)

    def linked_by_hand(self, pair: Pair) -> bool:
        """True when the user linked this pair's clauses themselves (File > Link)."""
        if self.session is None or not self.session.links:
            return False
        return any(
            link.action is LinkAction.LINK and (link.left, link.right) == (pair.left, pair.right)
            for link in self.session.links
        )

    def choice(self, pair: Pair) -> Choice | None:
        """The user's decision on ``pair``."""
        return self.session.choices.get(pair_key(pair)) if self.session else None
