"""Checks that a comparison read from a file is whole and self-consistent before anyone uses it.

A session or comparison file is data from outside: a damaged, hand-edited or crafted file must be
refused with one sentence, not crash the window (an offset past the end of the text), nor feed an
assembled contract with clauses three times over (the same pair listed thrice) or with nothing
(an empty pair list). :func:`check_comparison` checks every field the rest of the program relies
on: types, offsets inside their text and matching it, clause ids unique, every pair naming
existing clauses, and each clause of each side in exactly one pair. It raises
:class:`~clausediff.errors.InputError` naming the first problem. No Qt, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Op, Pair, Side, Term
from clausediff.document import Document
from clausediff.errors import InputError

#: Deepest clause nesting accepted (real contracts stay under 10).
MAX_LEVEL = 100


def check_comparison(comparison: Comparison) -> None:
    """Raise InputError unless ``comparison`` is whole and consistent (see the module doc)."""
    for side in Side:
        view = comparison.side(side)
        _check_document(view.document, side)
        _check_clauses(view.document.text, view.clauses, side)
        _check_terms(view.document.text, view.terms, view.by_id, side)
    _check_pairs(comparison)


def _fail(message: str) -> None:
    raise InputError(message)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _span(text: str, start: object, end: object, what: str) -> None:
    if not (_is_int(start) and _is_int(end)):
        _fail(f"{what}: offsets are not whole numbers")
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start <= end <= len(text):
        _fail(f"{what}: offsets {start}-{end} outside a text of {len(text)} characters")


def _check_document(document: Document, side: Side) -> None:
    fields: tuple[object, ...] = (document.text, document.path, document.language)
    if not all(isinstance(value, str) for value in fields):
        _fail(f"{side} document: its text, path or language is not text")
    for number, paragraph in enumerate(document.paragraphs, start=1):
        _span(document.text, paragraph.start, paragraph.end, f"{side} paragraph {number}")


def _check_clauses(text: str, clauses: Iterable[Clause], side: Side) -> None:
    seen: set[str] = set()
    for clause in clauses:
        name = f"{side} clause {clause.id!r}"
        words: tuple[object, ...] = (clause.number, clause.heading, clause.text, clause.title)
        identifier: object = clause.id
        if not isinstance(identifier, str) or not identifier or identifier in seen:
            _fail(f"{name}: missing or repeated id")
        seen.add(clause.id)
        if not all(isinstance(word, str) for word in words):
            _fail(f"{name}: number, heading or text is not text")
        _span(text, clause.start, clause.end, name)
        _span(text, clause.body_start, clause.body_end, name)
        if not clause.start <= clause.body_start <= clause.body_end <= clause.end:
            _fail(f"{name}: its body lies outside the clause")
        if text[clause.body_start : clause.body_end] != clause.text:
            _fail(f"{name}: its text does not match the document")
        if not _is_int(clause.level) or not 0 <= clause.level <= MAX_LEVEL:
            _fail(f"{name}: level {clause.level!r} out of range")
    for clause in clauses:
        if clause.parent is not None and clause.parent not in seen:
            _fail(f"{side} clause {clause.id!r}: parent {clause.parent!r} does not exist")


def _check_terms(
    text: str, terms: Mapping[str, tuple[Term, ...]], clauses: Mapping[str, Clause], side: Side
) -> None:
    for clause_id, found in terms.items():
        if clause_id not in clauses:
            _fail(f"{side} terms name clause {clause_id!r}, which does not exist")
        for term in found:
            _check_term(text, term, f"{side} term in {clause_id!r}")


def _check_term(text: str, term: Term, what: str) -> None:
    _span(text, term.start, term.end, what)
    value: object = term.value
    if text[term.start : term.end] != term.text or not isinstance(value, Mapping):
        _fail(f"{what}: it does not match the document")


def _check_pairs(comparison: Comparison) -> None:
    left, right = comparison.side(Side.LEFT), comparison.side(Side.RIGHT)
    used: dict[Side, list[str]] = {Side.LEFT: [], Side.RIGHT: []}
    for number, pair in enumerate(comparison.pairs, start=1):
        name = f"pair {number}"
        if not pair.left and not pair.right:
            _fail(f"{name} links no clause")
        for side, view in ((Side.LEFT, left), (Side.RIGHT, right)):
            ids = pair.ids(side)
            names: tuple[object, ...] = ids
            if not all(isinstance(i, str) and i in view.by_id for i in names):
                _fail(f"{name} names a {side} clause that does not exist")
            used[side].extend(ids)
        similarity: Any = pair.similarity
        if not isinstance(similarity, int | float) or isinstance(similarity, bool):
            _fail(f"{name}: similarity is not a number")
        if not (math.isfinite(similarity) and 0.0 <= similarity <= 1.0):
            _fail(f"{name}: similarity {similarity!r} outside 0-1")
        _check_diff(comparison, pair, name)
        for change in pair.term_changes:
            if change.left is not None:
                _check_term(left.document.text, change.left, f"{name} term change")
            if change.right is not None:
                _check_term(right.document.text, change.right, f"{name} term change")
    for side, view in ((Side.LEFT, left), (Side.RIGHT, right)):
        if sorted(used[side]) != sorted(view.by_id):
            _fail(f"the pairs do not use each {side} clause exactly once")


def _check_diff(comparison: Comparison, pair: Pair, name: str) -> None:
    left_text, right_text = comparison.left.text, comparison.right.text
    for op in pair.diff:
        _span(left_text, op.left_start, op.left_end, f"{name} diff")
        _span(right_text, op.right_start, op.right_end, f"{name} diff")
        source = left_text[op.left_start : op.left_end] if op.op is Op.DELETE else None
        if source is None:
            source = right_text[op.right_start : op.right_end]
        if op.text != source:
            _fail(f"{name}: its word diff does not match the documents")
