"""The terms matrix: each variant's deadlines, service hours, amounts and obligations.

:func:`variant_terms` annotates a variant with :func:`clausediff.terms.annotate` and shifts the
terms into its source text's offsets; :func:`build_matrix` sorts them into the columns of
:class:`~clausediff.variants.model.TermsRow`:

* ``deadlines``: durations ("4 heures", "5 jours ouvrés"), worded by
  :func:`clausediff.terms.describe_value`, sort key = length in hours;
* ``hours``: service hours and days, periodicities, vague limits ("24h/24 et 7j/7", "du lundi au
  vendredi", "dans les meilleurs délais"), shown as written, sort key = length in hours when
  it has one (24 for "24h/24");
* ``amounts``: worded ("110 € HT"), sort key = the quantity;
* ``obligations``: as written ("doit", "s'engage à"); the column sorts by their number.

No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from clausediff.comparison import Term, TermKind
from clausediff.terms import annotate, describe_value
from clausediff.terms.describe import written
from clausediff.terms.values import duration_seconds
from clausediff.variants.model import Library, TermCell, TermsMatrix, TermsRow, Variant


def variant_terms(variant: Variant) -> tuple[Term, ...]:
    """The terms of a variant, with offsets in its source text."""
    return tuple(
        replace(term, start=term.start + variant.start, end=term.end + variant.start)
        for term in annotate(variant.text, variant.language)
    )


def _is_duration(value: Mapping[str, Any]) -> bool:
    return "quantity" in value and "unit" in value and "type" not in value


def _hours(value: Mapping[str, Any]) -> float | None:
    seconds = duration_seconds(value)
    return None if seconds is None else seconds / 3600.0


def term_cell(term: Term, language: str) -> TermCell:
    """One term in words, with its sort key (see the module docstring)."""
    value = term.value
    if term.kind is TermKind.AMOUNT:
        quantity = value.get("quantity")
        key = float(quantity) if isinstance(quantity, int | float) else None
        return TermCell(term, describe_value(term, language), key)
    if term.kind is TermKind.DEADLINE:
        if _is_duration(value):
            return TermCell(term, describe_value(term, language), _hours(value))
        return TermCell(term, written(term), _hours(value))
    return TermCell(term, written(term), None)


def terms_row(variant: Variant, terms: Sequence[Term], language: str) -> TermsRow:
    """The matrix row of one variant from its terms."""
    deadlines: list[TermCell] = []
    hours: list[TermCell] = []
    amounts: list[TermCell] = []
    obligations: list[TermCell] = []
    for term in terms:
        cell = term_cell(term, language)
        if term.kind is TermKind.AMOUNT:
            amounts.append(cell)
        elif term.kind is TermKind.OBLIGATION:
            obligations.append(cell)
        elif _is_duration(term.value):
            deadlines.append(cell)
        else:
            hours.append(cell)
    return TermsRow(variant.id, tuple(deadlines), tuple(hours), tuple(amounts), tuple(obligations))


def build_matrix(
    library: Library,
    variant_ids: Sequence[str],
    language: str = "fr",
    terms: Mapping[str, Sequence[Term]] | None = None,
) -> TermsMatrix:
    """One row per variant, in the given order (terms computed unless given)."""
    rows = []
    for variant_id in variant_ids:
        variant = library.variant(variant_id)
        found = terms[variant_id] if terms is not None else variant_terms(variant)
        rows.append(terms_row(variant, found, language))
    return TermsMatrix(tuple(rows))
