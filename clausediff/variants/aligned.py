"""A variant against the reference, provision by provision: the grid's rows, word-diffed.

Two variants of a clause often say the same things in another order or with another opening
sentence; a word diff of the whole texts then strikes most of both through (11-18 % similar
on the bundled library) although most provisions are shared. :func:`aligned_diff` reads the
provisions grid (:mod:`clausediff.variants.grid`, the one place sentences are aligned) and, for
every row where the reference or the variant speaks, word-diffs the two sentences of that row
with :func:`clausediff.worddiff.diff.diff_spans`:

* both speak: the ops of the two sentences (left = reference's source text, right = the
  variant's), ``similarity`` the share kept;
* only the reference speaks: the sentence is the variant's omission (``ops`` one ``delete``);
* only the variant speaks: its own provision (``ops`` one ``insert``).

Rows follow the grid's reading order; rows where neither speaks are left out. Every sentence
of both variants is in exactly one :class:`ProvisionDiff` (the grid's contract), so nothing is
dropped. Offsets point into each side's source text. :func:`aligned_text` does the same for the
user's own wording, which is in no grid: its sentences are aligned with the group's by the grid's
own method. No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import DiffOp, Op
from clausediff.options import CompareOptions
from clausediff.variants.grid import build_grid, variant_sentences
from clausediff.variants.model import Library, ProvisionGrid, Sentence, VariantsResult
from clausediff.variants.sentences import split_sentences
from clausediff.worddiff.diff import diff_spans

#: The column name of the user's own wording in :func:`aligned_text`.
OWN_TEXT = "custom"


@dataclass(frozen=True, slots=True)
class ProvisionDiff:
    """One provision seen from the reference (left) and the variant (right).

    ``row`` is the grid row; a side is None where that variant is silent. ``similarity`` is the
    share of the provision's words kept (0.0 when a side is silent).
    """

    row: int
    reference: Sentence | None
    variant: Sentence | None
    ops: tuple[DiffOp, ...]
    similarity: float
    truncated: bool = False

    @property
    def shared(self) -> bool:
        """Both variants state this provision."""
        return self.reference is not None and self.variant is not None


@dataclass(frozen=True, slots=True)
class AlignedDiff:
    """A variant's provisions against the reference's, in the grid's reading order."""

    variant_id: str
    reference_id: str
    provisions: tuple[ProvisionDiff, ...]

    @property
    def shared(self) -> int:
        """How many provisions both state."""
        return sum(p.shared for p in self.provisions)

    @property
    def truncated(self) -> bool:
        """True when a guardrail made some provision's diff coarse."""
        return any(p.truncated for p in self.provisions)


def _one_sided(sentence: Sentence, op: Op, other_at: int = 0) -> tuple[DiffOp, ...]:
    """The whole sentence deleted (reference only) or inserted (variant only)."""
    if op is Op.DELETE:
        return (DiffOp(op, sentence.text, sentence.start, sentence.end, other_at, other_at),)
    return (DiffOp(op, sentence.text, other_at, other_at, sentence.start, sentence.end),)


def aligned_diff(
    library: Library,
    result: VariantsResult,
    variant_id: str,
    options: CompareOptions | None = None,
) -> AlignedDiff:
    """The provisions of ``variant_id`` against the reference's (see the module docstring)."""
    reference_id = result.reference_id
    provisions = _provisions(
        result.grid,
        reference_id,
        variant_id,
        library.source_of(library.variant(reference_id)).text,
        library.source_of(library.variant(variant_id)).text,
        options or CompareOptions(),
    )
    return AlignedDiff(variant_id, reference_id, provisions)


def aligned_text(
    library: Library,
    result: VariantsResult,
    text: str,
    options: CompareOptions | None = None,
    base_id: str | None = None,
) -> AlignedDiff:
    """The user's own wording (``text``, in no grid) against the reference, provision by
    provision, as :func:`aligned_diff` shows a variant.

    The wording takes the place of the variant it was started from (``base_id``) among the
    group's variants, and :func:`~clausediff.variants.grid.build_grid` aligns them all: its
    sentences land in the rows the grid gives that variant, with the group's word weights (kept
    beside a near copy of itself, each word the two share would weigh as a word of two variants
    and pull the copy's sentences into rows of their own). Right-side offsets are into ``text``;
    the result's ``variant_id`` is :data:`OWN_TEXT`."""
    reference = library.variant(result.reference_id)
    own = tuple(
        Sentence(OWN_TEXT, index, start, end, text[start:end])
        for index, (start, end) in enumerate(split_sentences(text))
    )
    others = [v for v in result.group.variant_ids if v != base_id or v == reference.id]
    sentences = {v: variant_sentences(library, library.variant(v)) for v in others}
    sentences[OWN_TEXT] = own
    columns = (*others, OWN_TEXT)
    order = (reference.id, *(c for c in columns if c != reference.id))
    grid = build_grid(sentences, columns, order)
    provisions = _provisions(
        grid,
        reference.id,
        OWN_TEXT,
        library.source_of(reference).text,
        text,
        options or CompareOptions(),
    )
    return AlignedDiff(OWN_TEXT, reference.id, provisions)


def _provisions(
    grid: ProvisionGrid,
    reference_id: str,
    variant_id: str,
    left_text: str,
    right_text: str,
    options: CompareOptions,
) -> tuple[ProvisionDiff, ...]:
    """The rows of ``grid`` where either column speaks, word-diffed (the module docstring)."""
    left_column = grid.variant_ids.index(reference_id)
    right_column = grid.variant_ids.index(variant_id)
    provisions = []
    for number, row in enumerate(grid.rows):
        left, right = row.cells[left_column], row.cells[right_column]
        if left is None and right is None:
            continue
        if left is not None and right is not None:
            diff = diff_spans(
                left_text, [(left.start, left.end)], right_text, [(right.start, right.end)], options
            )
            provisions.append(
                ProvisionDiff(number, left, right, diff.ops, diff.similarity, diff.truncated)
            )
        elif left is not None:
            provisions.append(ProvisionDiff(number, left, None, _one_sided(left, Op.DELETE), 0.0))
        elif right is not None:
            provisions.append(ProvisionDiff(number, None, right, _one_sided(right, Op.INSERT), 0.0))
    return tuple(provisions)
