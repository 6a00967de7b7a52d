"""The types of the clause-variants feature: variants, groups, diffs, grid, terms matrix.

A :class:`Library` holds the :class:`Source` texts variants come from (a clause-library page, one
file per variant, pasted text, the documents of a comparison) and the :class:`Variant` list. A
variant points into its source text by offsets (``source.text[start:end] == variant.text``), so
the GUI, the report and the JSON can always show the words as written. Several variants may share
one source (a library page) or each have their own (one file per variant).

A :class:`VariantGroup` gathers the variants of one clause; :class:`VariantsResult` is everything
computed for one group: the reference, the similarity matrix, each variant's word diff against the
reference, the :class:`ProvisionGrid` and the :class:`TermsMatrix`. Everything is immutable; no
I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clausediff.comparison import DiffOp, Term
from clausediff.document import ReaderWarning


@dataclass(frozen=True, slots=True)
class Source:
    """A text variants come from: ``key`` is unique in the library (a path, "pasted-1", ...)."""

    key: str
    name: str
    text: str
    language: str = "fr"
    path: str = ""
    #: What the reader warned about the file (see :mod:`clausediff.readers`).
    warnings: tuple[ReaderWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Variant:
    """One version of a clause: its body as written, and where it lies in its source.

    ``title`` is the clause name the source gives ("" when none: the variant is then grouped by
    similarity). ``label`` is a short human name ("Support client 3", a file name).
    """

    id: str
    title: str
    source: str
    text: str
    start: int
    end: int
    label: str = ""
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class Library:
    """Sources and the variants read from them, in reading order."""

    sources: tuple[Source, ...] = ()
    variants: tuple[Variant, ...] = ()

    def variant(self, variant_id: str) -> Variant:
        """The variant with this id (KeyError when unknown)."""
        for variant in self.variants:
            if variant.id == variant_id:
                return variant
        raise KeyError(variant_id)

    def source_of(self, variant: Variant) -> Source:
        """The source a variant was read from."""
        for source in self.sources:
            if source.key == variant.source:
                return source
        raise KeyError(variant.source)


@dataclass(frozen=True, slots=True)
class VariantGroup:
    """The variants of one clause. ``titled``: grouped by a title the sources give."""

    id: str
    title: str
    variant_ids: tuple[str, ...]
    titled: bool = True


@dataclass(frozen=True, slots=True)
class VariantDiff:
    """A variant's word diff against the reference (left = reference, right = the variant).

    Offsets are in the reference's source text (left) and the variant's source text (right);
    ``similarity`` is the share of characters kept (1.0 for the reference itself).
    """

    variant_id: str
    reference_id: str
    ops: tuple[DiffOp, ...]
    similarity: float
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a variant: ``index`` in the variant, offsets in its source text."""

    variant_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ProvisionRow:
    """Equivalent provisions: at most one sentence per variant (None where a variant is silent).

    ``cohesion`` is the mean similarity of the row's sentences to each other (1.0 when alone).
    """

    cells: tuple[Sentence | None, ...]
    cohesion: float = 1.0

    @property
    def count(self) -> int:
        """How many variants have a sentence in this row."""
        return sum(cell is not None for cell in self.cells)


@dataclass(frozen=True, slots=True)
class ProvisionGrid:
    """Sentences of N variants aligned into rows; ``variant_ids`` name the columns."""

    variant_ids: tuple[str, ...]
    rows: tuple[ProvisionRow, ...]

    def cell(self, row: int, variant_id: str) -> Sentence | None:
        """The sentence of ``variant_id`` in ``row`` (None when the variant is silent)."""
        return self.rows[row].cells[self.variant_ids.index(variant_id)]


class TermColumn(StrEnum):
    """Columns of the terms matrix."""

    DEADLINES = "deadlines"  # durations: "4 heures", "5 jours ouvrés"
    HOURS = "hours"  # service hours and days, periodicities, vague limits
    AMOUNTS = "amounts"
    OBLIGATIONS = "obligations"


@dataclass(frozen=True, slots=True)
class TermCell:
    """One term in the matrix: the term (source offsets), its wording, its sort key.

    ``sort_key`` is a duration in hours for deadlines and service hours, an amount for amounts
    (in its currency), None when the value has no place on a scale.
    """

    term: Term
    description: str
    sort_key: float | None = None


@dataclass(frozen=True, slots=True)
class TermsRow:
    """The terms of one variant, by column, and the keys to sort the matrix by."""

    variant_id: str
    deadlines: tuple[TermCell, ...] = ()
    hours: tuple[TermCell, ...] = ()
    amounts: tuple[TermCell, ...] = ()
    obligations: tuple[TermCell, ...] = ()

    def cells(self, column: TermColumn) -> tuple[TermCell, ...]:
        """The cells of one column."""
        return tuple(getattr(self, column.value))

    def sort_key(self, column: TermColumn) -> float | None:
        """Shortest deadline (hours), longest service time (hours), lowest amount, duty count."""
        if column is TermColumn.OBLIGATIONS:
            return float(len(self.obligations))
        keys = [cell.sort_key for cell in self.cells(column) if cell.sort_key is not None]
        if not keys:
            return None
        return max(keys) if column is TermColumn.HOURS else min(keys)


@dataclass(frozen=True, slots=True)
class TermsMatrix:
    """One row per variant, in the group's order."""

    rows: tuple[TermsRow, ...]

    def row(self, variant_id: str) -> TermsRow:
        """The row of one variant."""
        for row in self.rows:
            if row.variant_id == variant_id:
                return row
        raise KeyError(variant_id)


@dataclass(frozen=True, slots=True)
class VariantsResult:
    """Everything computed for one group.

    ``similarity[i][j]`` compares ``group.variant_ids[i]`` and ``[j]`` (word-level, in [0, 1]);
    ``diffs`` has one entry per variant of the group, in its order (the reference's own diff is
    all equal). ``truncated`` is True when a guardrail made some diff coarse.
    """

    group: VariantGroup
    reference_id: str
    similarity: tuple[tuple[float, ...], ...]
    diffs: tuple[VariantDiff, ...]
    grid: ProvisionGrid
    matrix: TermsMatrix
    truncated: bool = False

    def diff(self, variant_id: str) -> VariantDiff:
        """The diff of one variant against the reference."""
        for diff in self.diffs:
            if diff.variant_id == variant_id:
                return diff
        raise KeyError(variant_id)

    def similarity_to_reference(self, variant_id: str) -> float:
        """Word-level similarity of a variant to the reference (from the similarity matrix)."""
        ids = self.group.variant_ids
        return self.similarity[ids.index(variant_id)][ids.index(self.reference_id)]
