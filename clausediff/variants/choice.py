"""The user's decisions about variants: reference, preferred variant, own wording, note.

:class:`VariantsState` is what the GUI edits (each edit an undoable command) and the session file
keeps: the library, its groups (after any split or merge by hand) and one :class:`GroupChoice`
per group. Everything is immutable: each ``with_*`` method returns a new state. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from clausediff.variants.model import Library, VariantGroup

#: ``GroupChoice.preferred`` when the user wrote their own wording.
CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class GroupChoice:
    """Decisions on one group.

    ``reference`` is the variant the user picked as reference (None: the most central one);
    ``preferred`` a variant id, :data:`CUSTOM` for the user's own wording, or None; ``custom_text``
    that wording and ``custom_base`` the variant it was started from.
    """

    reference: str | None = None
    preferred: str | None = None
    custom_text: str = ""
    custom_base: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class VariantsState:
    """A library, its groups, and the user's choice per group id."""

    library: Library
    groups: tuple[VariantGroup, ...]
    choices: Mapping[str, GroupChoice] = field(default_factory=dict)

    def group(self, group_id: str) -> VariantGroup:
        """The group with this id."""
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def choice(self, group_id: str) -> GroupChoice:
        """The choice for a group (an empty one when none was made)."""
        return self.choices.get(group_id, GroupChoice())

    def with_choice(self, group_id: str, choice: GroupChoice) -> VariantsState:
        """A copy with ``choice`` for the group (an empty choice is dropped)."""
        choices = dict(self.choices)
        if choice == GroupChoice():
            choices.pop(group_id, None)
        else:
            choices[group_id] = choice
        return replace(self, choices=choices)

    def with_groups(self, groups: tuple[VariantGroup, ...]) -> VariantsState:
        """A copy with new groups; choices of groups that no longer exist are dropped."""
        ids = {g.id for g in groups}
        return replace(
            self, groups=groups, choices={k: v for k, v in self.choices.items() if k in ids}
        )

    def references(self) -> dict[str, str]:
        """Group id -> the reference the user chose."""
        return {k: c.reference for k, c in self.choices.items() if c.reference}
