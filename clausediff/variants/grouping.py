"""Group variants by clause: by the title their source gives, else by similarity.

:func:`group_variants` puts variants whose titles fold to the same key ("Support client",
"SUPPORT CLIENT ", "Support  client.") in one group, in order of first appearance. A variant with
no title joins the group holding the variant it is most similar to, when that similarity reaches
``threshold`` (variants of one clause can differ widely, so the closest member speaks for the
group better than the average), else opens a group named after its label or first words.
Similarity here ignores word order (Dice
overlap of the sets of content-word stems, :func:`clausediff.variants.words.stems`): variants of
a clause often reorder their provisions, which an order-aware measure reads as another clause.

:func:`extend_groups` groups variants added later without undoing the user's corrections;
:func:`split_group`, :func:`merge_groups` and :func:`move_variant` are those corrections,
as pure functions returning new group tuples (group ids stay stable; new groups get fresh ids).
No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from clausediff.text.normalize import fold_for_matching
from clausediff.variants.model import Variant, VariantGroup
from clausediff.variants.words import stems

#: Content-word overlap with a group's closest member an untitled variant needs to join it.
THRESHOLD = 0.45
_NAME_WORDS = 6


def title_key(title: str) -> str:
    """The form titles are grouped by: case, accents, punctuation and spaces folded."""
    return fold_for_matching(title)


def _name(variant: Variant) -> str:
    if variant.label:
        return variant.label
    words = variant.text.split()
    name = " ".join(words[:_NAME_WORDS])
    return name + ("…" if len(words) > _NAME_WORDS else "")


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Dice overlap of two word sets, in [0, 1] (1.0 for two empty ones)."""
    total = len(left) + len(right)
    if not total:
        return 1.0
    return 2 * len(left & right) / total


def group_variants(
    variants: Sequence[Variant], threshold: float = THRESHOLD
) -> tuple[VariantGroup, ...]:
    """Groups of variants (see the module docstring), in order of first appearance."""
    members: list[list[int]] = []
    titles: list[str] = []
    titled: list[bool] = []
    by_key: dict[str, int] = {}
    untitled: list[int] = []
    for index, variant in enumerate(variants):
        key = title_key(variant.title)
        if not key:
            untitled.append(index)
            continue
        if key not in by_key:
            by_key[key] = len(members)
            members.append([])
            titles.append(" ".join(variant.title.split()))
            titled.append(True)
        members[by_key[key]].append(index)
    if untitled:
        bags: dict[int, frozenset[str]] = {}

        def bag(i: int) -> frozenset[str]:
            if i not in bags:
                bags[i] = frozenset(stems(variants[i].text))
            return bags[i]

        for index in untitled:
            best, best_score = -1, threshold
            for number, group in enumerate(members):
                score = max(overlap(bag(index), bag(m)) for m in group)
                if score >= best_score:
                    best, best_score = number, score
            if best < 0:
                members.append([index])
                titles.append(_name(variants[index]))
                titled.append(False)
            else:
                members[best].append(index)
    return tuple(
        VariantGroup(
            f"g{number + 1}",
            titles[number],
            tuple(variants[i].id for i in sorted(group)),
            titled[number],
        )
        for number, group in enumerate(members)
    )


def _fresh_id(groups: Sequence[VariantGroup]) -> str:
    used = {group.id for group in groups}
    number = len(groups) + 1
    while f"g{number}" in used:
        number += 1
    return f"g{number}"


def split_group(
    groups: Sequence[VariantGroup], group_id: str, variant_ids: Sequence[str]
) -> tuple[VariantGroup, ...]:
    """Move ``variant_ids`` out of group ``group_id`` into a new group placed right after it.

    Raises ValueError when the ids are not all in that group or would leave it empty.
    """
    result: list[VariantGroup] = []
    chosen = set(variant_ids)
    for group in groups:
        if group.id != group_id:
            result.append(group)
            continue
        if not chosen or not chosen <= set(group.variant_ids):
            raise ValueError("the variants to split off must belong to the group")
        kept = tuple(v for v in group.variant_ids if v not in chosen)
        if not kept:
            raise ValueError("a split must leave at least one variant in the group")
        moved = tuple(v for v in group.variant_ids if v in chosen)
        result.append(VariantGroup(group.id, group.title, kept, group.titled))
        result.append(VariantGroup(_fresh_id(groups), f"{group.title} (2)", moved, False))
    if len(result) == len(groups):
        raise ValueError(f"no group {group_id}")
    return tuple(result)


def merge_groups(
    groups: Sequence[VariantGroup], group_ids: Sequence[str]
) -> tuple[VariantGroup, ...]:
    """Merge the named groups into the first of them (its id, title and place)."""
    wanted = [g for g in groups if g.id in set(group_ids)]
    if len(wanted) < 2:
        raise ValueError("name at least two groups to merge")
    first = wanted[0]
    merged = VariantGroup(
        first.id,
        first.title,
        tuple(v for g in wanted for v in g.variant_ids),
        first.titled,
    )
    return tuple(
        merged if g.id == first.id else g for g in groups if g.id == first.id or g not in wanted
    )


def move_variant(
    groups: Sequence[VariantGroup], variant_id: str, target_id: str
) -> tuple[VariantGroup, ...]:
    """Move one variant into another group; a group left empty disappears."""
    if not any(g.id == target_id for g in groups):
        raise ValueError(f"no group {target_id}")
    result = []
    for group in groups:
        ids = tuple(v for v in group.variant_ids if v != variant_id)
        if group.id == target_id:
            ids = (*ids, variant_id)
        if ids:
            result.append(VariantGroup(group.id, group.title, ids, group.titled))
    return tuple(result)


def extend_groups(
    groups: Sequence[VariantGroup], variants: Sequence[Variant], threshold: float = THRESHOLD
) -> tuple[VariantGroup, ...]:
    """Keep ``groups`` (and the user's splits and merges); group only the variants not in them.

    A newcomer joins the group its automatic grouping puts it with (by title, else by
    similarity) when that group shares a member or a title with an existing one, else a new group.
    """
    known = {v for g in groups for v in g.variant_ids}
    result = list(groups)
    by_title = {title_key(g.title): n for n, g in enumerate(result)}
    for group in group_variants(variants, threshold):
        new_ids = tuple(v for v in group.variant_ids if v not in known)
        if not new_ids:
            continue
        shared = [n for n, g in enumerate(result) if set(g.variant_ids) & set(group.variant_ids)]
        target = shared[0] if shared else by_title.get(title_key(group.title))
        if target is None:
            result.append(VariantGroup(_fresh_id(result), group.title, new_ids, group.titled))
        else:
            old = result[target]
            result[target] = VariantGroup(old.id, old.title, old.variant_ids + new_ids, old.titled)
    return tuple(result)
