"""Loading helpers of the variants window: regrouping after new variants arrive.

:func:`regroup` keeps the user's groups (and their splits and merges) when variants are added:
only the newcomers are grouped, by title or similarity, joining an existing group or opening one.
Pure function of the state; no Qt is used.
"""

from __future__ import annotations

from clausediff.variants.choice import VariantsState
from clausediff.variants.grouping import group_variants
from clausediff.variants.model import Library


def regroup(state: VariantsState, merged: Library) -> VariantsState:
    """Keep the user's groups; group only the new variants (by title, else by similarity)."""
    known = {v for g in state.groups for v in g.variant_ids}
    fresh = group_variants(merged.variants)
    groups = list(state.groups)
    by_title = {g.title: n for n, g in enumerate(groups)}
    for group in fresh:
        new_ids = tuple(v for v in group.variant_ids if v not in known)
        if not new_ids:
            continue
        old = [n for n, g in enumerate(groups) if set(g.variant_ids) & set(group.variant_ids)]
        target = old[0] if old else by_title.get(group.title)
        if target is None:
            used = {g.id for g in groups}
            number = len(groups) + 1
            while f"g{number}" in used:
                number += 1
            groups.append(type(group)(f"g{number}", group.title, new_ids, group.titled))
        else:
            existing = groups[target]
            groups[target] = type(existing)(
                existing.id, existing.title, existing.variant_ids + new_ids, existing.titled
            )
    return VariantsState(merged, tuple(groups), dict(state.choices))


def _suffixes() -> tuple[str, ...]:
    from clausediff.readers import SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES
