"""One group's analysis: reference, similarity matrix, word diffs, provisions grid, terms matrix.

:func:`analyse_group` is what the CLI, the GUI and the report call. The reference is the one the
caller names, else the most central variant (:func:`clausediff.variants.reference.most_central`).
Each variant is diffed word by word against it with :func:`clausediff.worddiff.diff.diff_spans`
(reference on the left, the variant on the right; both may lie in one document or in two),
under the guardrails of :class:`~clausediff.options.CompareOptions`. The grid adds the reference
first, then the others from the most to the least similar. :func:`analyse` does every group.

Progress and cancel go through :class:`~clausediff.progress.Monitor`. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from clausediff.options import CompareOptions
from clausediff.progress import SILENT, Monitor
from clausediff.variants.grid import build_grid, variant_sentences
from clausediff.variants.matrix import build_matrix
from clausediff.variants.model import Library, VariantDiff, VariantGroup, VariantsResult
from clausediff.variants.reference import most_central, similarity_matrix
from clausediff.worddiff.diff import diff_spans


def diff_against(
    library: Library, reference_id: str, variant_id: str, options: CompareOptions
) -> VariantDiff:
    """The word diff of one variant against the reference (reference = left side)."""
    reference = library.variant(reference_id)
    variant = library.variant(variant_id)
    result = diff_spans(
        library.source_of(reference).text,
        [(reference.start, reference.end)],
        library.source_of(variant).text,
        [(variant.start, variant.end)],
        options,
    )
    return VariantDiff(variant_id, reference_id, result.ops, result.similarity, result.truncated)


def analyse_group(
    library: Library,
    group: VariantGroup,
    reference_id: str | None = None,
    options: CompareOptions | None = None,
    language: str = "fr",
    monitor: Monitor = SILENT,
) -> VariantsResult:
    """Everything the variants view shows for one group (see the module docstring)."""
    options = options or CompareOptions()
    ids = group.variant_ids
    if not ids:
        raise ValueError(f"group {group.id} has no variant")
    matrix = similarity_matrix([library.variant(v).text for v in ids])
    if reference_id is None or reference_id not in ids:
        reference_id = ids[most_central(matrix)]
    diffs = []
    for number, variant_id in enumerate(ids):
        if number % 16 == 0:
            monitor.report(number, len(ids), "diff")
        diffs.append(diff_against(library, reference_id, variant_id, options))
    monitor.check()
    position = ids.index(reference_id)
    order = sorted(ids, key=lambda v: (v != reference_id, -matrix[position][ids.index(v)]))
    sentences = {v: variant_sentences(library, library.variant(v)) for v in ids}
    grid = build_grid(sentences, ids, order)
    monitor.check()
    terms_matrix = build_matrix(library, ids, language)
    return VariantsResult(
        group,
        reference_id,
        matrix,
        tuple(diffs),
        grid,
        terms_matrix,
        any(d.truncated for d in diffs),
    )


def analyse(
    library: Library,
    groups: Sequence[VariantGroup],
    references: dict[str, str] | None = None,
    options: CompareOptions | None = None,
    language: str = "fr",
    monitor: Monitor = SILENT,
) -> tuple[VariantsResult, ...]:
    """Every group analysed; ``references`` maps group ids to a chosen reference."""
    chosen = references or {}
    results = []
    for number, group in enumerate(groups):
        monitor.report(number, len(groups), "variants")
        results.append(
            analyse_group(library, group, chosen.get(group.id), options, language, monitor)
        )
    return tuple(results)


def diff_text(
    library: Library, reference_id: str, text: str, options: CompareOptions | None = None
) -> VariantDiff:
    """The diff of a free text (the user's own wording) against the reference.

    Right-side offsets are into ``text``; the result's ``variant_id`` is "custom".
    """
    reference = library.variant(reference_id)
    result = diff_spans(
        library.source_of(reference).text,
        [(reference.start, reference.end)],
        text,
        [(0, len(text))],
        options or CompareOptions(),
    )
    return VariantDiff("custom", reference_id, result.ops, result.similarity, result.truncated)
