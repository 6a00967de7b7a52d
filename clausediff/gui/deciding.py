"""Deciding: turn the user's choices, custom texts, notes and manual links into undo commands.

:class:`Decider` reads the current pair and session from its host (the
:class:`~clausediff.gui.host.WindowHost` protocol, never the window's class), builds the new
immutable :class:`~clausediff.store.session.Session` (the core's
:func:`~clausediff.compare.relink.relink` / :func:`~clausediff.compare.relink.unlink` re-diff the
pairs touched) and pushes a :class:`~clausediff.gui.commands.SessionEdit` on the host's undo
stack.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject

from clausediff.compare.relink import relink, unlink
from clausediff.comparison import Comparison, Pair
from clausediff.errors import InputError
from clausediff.gui import dialogs
from clausediff.gui.commands import EditId, SessionEdit
from clausediff.gui.error_text import error_text
from clausediff.gui.host import WindowHost
from clausediff.store.session import Choice, Keep, LinkAction, ManualLink, Session, pair_key


class Decider(QObject):
    """Undoable decisions on the window's current pair."""

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.workspace = host.workspace

    def _target(self) -> tuple[Session, Pair] | None:
        session = self.workspace.session
        pair = self.host.pair_on_screen()
        if session is None or pair is None:
            return None
        return session, pair

    def _current_choice(self) -> Choice | None:
        """The decision on the current pair so far (an empty one when none was made), or None
        when no pair is on screen: each edit keeps what it does not change (the note)."""
        target = self._target()
        if target is None:
            return None
        session, pair = target
        return session.choices.get(pair_key(pair)) or Choice(None)

    def _push_choice(self, text: str, choice: Choice | None, merge: EditId = EditId.NONE) -> None:
        target = self._target()
        if target is None:
            return
        session, pair = target
        if choice is not None and not choice.side and not choice.note and not choice.custom_text:
            choice = None
        if session.choices.get(pair_key(pair)) == choice:
            return
        after = session.with_choice(pair, choice)
        key = f"{merge.value}:{pair_key(pair)}"
        self.host.undo_stack.push(
            SessionEdit(self.workspace, session, after, text, merge_id=merge, merge_key=key)
        )

    def keep(self, side: str) -> None:
        """Keep the left or the right version of the current pair."""
        old = self._current_choice()
        if old is None:
            return
        keep = Keep(side)
        text = self.tr("Keep left") if keep is Keep.LEFT else self.tr("Keep right")
        self._push_choice(text, Choice(keep, "", old.note))

    def clear(self) -> None:
        """Forget the decision on the current pair (its note stays)."""
        old = self._current_choice()
        if old is None:
            return
        self._push_choice(self.tr("Clear decision"), Choice(None, "", old.note))

    def apply_custom(self, text: str) -> None:
        """Use ``text`` as the current pair's version."""
        old = self._current_choice()
        if old is None:
            return
        self._push_choice(
            self.tr("Custom text"), Choice(Keep.CUSTOM, text, old.note), EditId.CUSTOM_TEXT
        )

    def set_note(self, text: str) -> None:
        """Set the note of the current pair."""
        old = self._current_choice()
        if old is None:
            return
        self._push_choice(self.tr("Note"), dataclasses.replace(old, note=text), EditId.NOTE)

    # -- alignment corrections ----------------------------------------------------------------

    def _push_structure(self, text: str, comparison: Comparison, link: ManualLink) -> None:
        session = self.workspace.session
        assert session is not None
        after = dataclasses.replace(session, comparison=comparison, links=(*session.links, link))
        self.host.undo_stack.push(
            SessionEdit(self.workspace, session, after, text, structural=True)
        )
        wanted = (link.left, link.right)
        for index, pair in enumerate(comparison.pairs):
            if link.action is LinkAction.LINK and (pair.left, pair.right) == wanted:
                self.host.go_to_pair(index)
                break

    def link_selected(self) -> None:
        """Pair the left clauses and right clauses of the selected rows by hand."""
        session = self.workspace.session
        if session is None:
            return
        pairs = [session.comparison.pairs[i] for i in self.host.selected_pairs()]
        left = tuple(i for p in pairs for i in p.left)
        right = tuple(i for p in pairs for i in p.right)
        if not left or not right:
            dialogs.show_error(
                self.host.dialog_parent(),
                self.tr("Cannot link"),
                self.tr("Select at least one clause with a left side and one with a right side."),
            )
            return
        try:
            comparison = relink(session.comparison, left, right)
        except InputError as error:
            dialogs.show_error(self.host.dialog_parent(), self.tr("Cannot link"), error_text(error))
            return
        self._push_structure(
            self.tr("Link clauses"), comparison, ManualLink(LinkAction.LINK, left, right)
        )

    def unlink_current(self) -> None:
        """Break the current pair into a deleted and an inserted clause."""
        target = self._target()
        if target is None:
            return
        session, pair = target
        if not pair.left or not pair.right:
            return
        index = self.host.current_pair()
        try:
            comparison = unlink(session.comparison, index)
        except InputError as error:
            dialogs.show_error(
                self.host.dialog_parent(), self.tr("Cannot unlink"), error_text(error)
            )
            return
        self._push_structure(
            self.tr("Unlink pair"), comparison, ManualLink(LinkAction.UNLINK, pair.left, pair.right)
        )
