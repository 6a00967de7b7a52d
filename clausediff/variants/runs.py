"""Display runs of a variant's diff against the reference, cut by :mod:`clausediff.marks`.

:func:`diff_runs` gives one view of a :class:`~clausediff.variants.model.VariantDiff`:
``Side.LEFT`` the reference as written (equal and deleted text), ``Side.RIGHT`` the variant
(equal and inserted text), ``None`` the inline form (deletions then insertions). Each run
carries at most one term kind, taken from the terms of its side (offsets in that side's source
text), so renderers can tint obligations, deadlines and amounts inside the diff marks. The text
of every run is the source's own wording. :func:`provision_runs` does the same for one
provision of a variant aligned with the reference (:mod:`clausediff.variants.aligned`). No Qt,
no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

from clausediff.comparison import Op, Side, Term
from clausediff.marks import Run, cut, op_marks
from clausediff.variants.aligned import ProvisionDiff
from clausediff.variants.model import VariantDiff


def diff_runs(
    diff: VariantDiff,
    side: Side | None,
    reference_terms: Iterable[Term] = (),
    variant_terms: Iterable[Term] = (),
    reference_text: str = "",
) -> tuple[Run, ...]:
    """Runs of one side (``Side.LEFT``, ``Side.RIGHT``) or of the inline diff (``None``).

    ``reference_text`` (the reference's source text) gives the left side's equal text as
    written there; without it the variant's wording of the equal runs is shown.
    """
    if side is Side.LEFT and reference_text and diff.ops:
        start = min(op.left_start for op in diff.ops)
        end = max(op.left_end for op in diff.ops)
        return cut(reference_text, start, end, Side.LEFT, diff.ops, terms=reference_terms)
    sides = frozenset(Side) if side is None else frozenset((Side(side),))
    return op_marks(diff.ops, sides, reference_terms, variant_terms)


def provision_runs(
    provision: ProvisionDiff, side: Side, source_text: str, terms: Iterable[Term] = ()
) -> tuple[Run, ...]:
    """Runs of one side of an aligned provision (:mod:`clausediff.variants.aligned`).

    ``source_text`` is the source text of that side's variant, ``terms`` its terms. A sentence
    the other variant lacks is marked whole (deleted on the left, inserted on the right); a
    side that is silent has no runs.
    """
    sentence = provision.reference if side is Side.LEFT else provision.variant
    if sentence is None:
        return ()
    base = Op.EQUAL if provision.shared else side.marked
    return cut(source_text, sentence.start, sentence.end, side, provision.ops, base, terms)
