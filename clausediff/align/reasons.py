"""Why each link was made: the reason a reader is shown next to a pair.

Input: a finished link under construction (:class:`~clausediff.align.splits.Group`), the clauses
of both sides and the sparse similarity map. Output: a :class:`~clausediff.comparison.LinkReason`:

* ``TEXT`` when the text alone links the two sides: a one-to-one pair at least as similar as a
  move needs to be (:data:`TEXT_EVIDENCE`, the bar for a pair that no position vouches for) or
  tied by a sentence surviving from one to the other, and every split or merge (its pieces were
  attached on containment or a shared sentence);
* ``NUMBER`` when the text evidence is weaker but both clauses carry the same number and the same
  heading (none on both sides counts: the articles of a code have numbers only);
* ``POSITION`` otherwise: the order-preserving chain kept the pair between linked neighbours.

A one-sided link (deleted, inserted) has no reason. Manual links get theirs in
:mod:`clausediff.compare.relink`. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clausediff.align.moves import MOVE_THRESHOLD
from clausediff.align.splits import Group
from clausediff.clause import Clause
from clausediff.comparison import LinkReason
from clausediff.text.normalize import fold_for_matching

#: Similarity at which two clauses are linked on their text alone, wherever they sit.
TEXT_EVIDENCE = MOVE_THRESHOLD


def same_label(a: Clause, b: Clause) -> bool:
    """Same non-empty number and same heading (after folding; both empty counts as the same)."""
    if not a.number or fold_for_matching(a.number) != fold_for_matching(b.number):
        return False
    return fold_for_matching(a.heading) == fold_for_matching(b.heading)


def reason(
    group: Group,
    left: Sequence[Clause],
    right: Sequence[Clause],
    sims: Mapping[tuple[int, int], float],
    same_body: bool,
) -> LinkReason | None:
    """The reason of one link (``None`` when it has one side only)."""
    if not group.lefts or not group.rights:
        return None
    if len(group.lefts) > 1 or len(group.rights) > 1 or same_body or group.sentence:
        return LinkReason.TEXT
    i, j = group.lefts[0], group.rights[0]
    if sims.get((i, j), 0.0) >= TEXT_EVIDENCE:
        return LinkReason.TEXT
    if same_label(left[i], right[j]):
        return LinkReason.NUMBER
    return LinkReason.POSITION
