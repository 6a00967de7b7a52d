"""Review one contract against the template: the ``compare`` engine, reduced per template clause.

:func:`review_document` compares a contract already read with the prepared template
(:func:`clausediff.compare.pipeline.compare_prepared`, the very code ``clausediff compare`` runs)
and keeps, for every template clause, its status, similarity, contract clauses and term changes,
plus the contract clauses the template lacks. :func:`review_bytes` is what a worker runs: it
reads the contract from the bytes the coordinator hashed (so the cached result always belongs to
those bytes, even if the file changes meanwhile) and never raises for a bad file: the error
becomes the review. No Qt; reads no file of the user's (writes the bytes to a private temporary
file because the readers take a path).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clausediff.clause import Clause
from clausediff.compare.pipeline import compare_prepared, prepare_document
from clausediff.comparison import Comparison, Op, Pair, PairStatus, TermChange
from clausediff.document import Document
from clausediff.errors import Cancelled, ErrorCode, InputError
from clausediff.options import CompareOptions
from clausediff.portfolio.model import (
    ClauseOutcome,
    ClauseStatus,
    ContractReview,
    ExtraClause,
    TermDeviation,
)
from clausediff.portfolio.template import Template, sha256_of
from clausediff.readers import read_document

#: A file is taken for a contract of the template's kind only if at least one template clause is
#: found in it with at least this similarity; below, it is an error entry ("not a contract").
RECOGNISED_SIMILARITY = 0.5
#: A template clause joined with others in one pair is missing when less than this share of its
#: own body is found in the contract (see :func:`_survival`).
MISSING_SURVIVAL = 0.3


def review_bytes(
    template: Template, name: str, data: bytes, options: CompareOptions
) -> dict[str, Any]:
    """The JSON form of the review of one contract file's bytes (see the module docstring)."""
    sha256 = sha256_of(data)
    try:
        with tempfile.TemporaryDirectory(prefix="clausediff-portfolio-") as folder:
            path = Path(folder) / (Path(name).name or "contract")
            path.write_bytes(data)
            document = read_document(path)
        review = review_document(template, document, options, sha256)
    except Cancelled:
        raise
    except InputError as error:
        review = ContractReview.failed(sha256, _one_line(str(error)), error.code, error.params)
    except MemoryError:
        review = ContractReview.failed(
            sha256, "too large to compare in memory", ErrorCode.TOO_LARGE_IN_MEMORY
        )
    except Exception as error:  # a bug on one contract must not stop a run of thousands
        review = ContractReview.failed(
            sha256, _one_line(f"internal error: {type(error).__name__}: {error}")
        )
    return review.to_dict()


def review_document(
    template: Template, document: Document, options: CompareOptions, sha256: str
) -> ContractReview:
    """Compare one contract with the template; InputError when it is not such a contract."""
    contract = prepare_document(document)
    comparison = compare_prepared(template.prepared, contract, options)
    outcomes = _outcomes(template, comparison)
    best = max((o.similarity for o in outcomes if o.status is not ClauseStatus.MISSING), default=0)
    if best < RECOGNISED_SIMILARITY:
        raise InputError(
            "not a contract of this template: no template clause found in it "
            f"(best similarity {best:.0%})",
            ErrorCode.NOT_TEMPLATE_CONTRACT,
            similarity=f"{best * 100:.0f}",
        )
    by_id = {clause.id: clause for clause in contract.clauses}
    extra = tuple(
        _extra(by_id[clause_id])
        for pair in comparison.pairs
        if not pair.left
        for clause_id in pair.right
    )
    return ContractReview(
        sha256=sha256,
        status="ok",
        warnings=tuple(str(warning) for warning in document.warnings),
        clauses=outcomes,
        extra=extra,
    )


def _outcomes(template: Template, comparison: Comparison) -> tuple[ClauseOutcome, ...]:
    """One outcome per template clause, in template order."""
    refs = {ref.id: ref for ref in template.refs}
    spans = {c.id: c for c in template.prepared.clauses}
    found: dict[str, ClauseOutcome] = {}
    for pair in comparison.pairs:
        if not pair.left:
            continue
        changes = _changes_by_clause(pair, [spans[i] for i in pair.left])
        for clause_id in pair.left:
            similarity = pair.similarity
            if len(pair.left) > 1:
                similarity = _survival(pair, spans[clause_id])
            found[clause_id] = _outcome(
                refs[clause_id], pair, similarity, changes.get(clause_id, ())
            )
    return tuple(found[ref.id] for ref in template.refs)


def _survival(pair: Pair, clause: Clause) -> float:
    """The share of one template clause's body that the word diff found in the contract.

    A pair that joins several template clauses (merged, or split many-to-many) has one
    similarity for all of them; a lawyer asks about each. A template clause dropped from the
    contract next to a kept neighbour is often joined to it by the alignment: its own words are
    then absent, which this share says (and :data:`MISSING_SURVIVAL` turns into "missing").
    """
    length = clause.body_end - clause.body_start
    if length <= 0:
        return pair.similarity
    kept = sum(
        max(0, min(op.left_end, clause.body_end) - max(op.left_start, clause.body_start))
        for op in pair.diff
        if op.op is Op.EQUAL
    )
    return round(kept / length, 4)


def _outcome(
    ref: Any, pair: Pair, similarity: float, changes: Sequence[TermChange]
) -> ClauseOutcome:
    if pair.status is PairStatus.DELETED or similarity < MISSING_SURVIVAL:
        return ClauseOutcome(ref, ClauseStatus.MISSING, 0.0, (), ())
    return ClauseOutcome(
        template=ref,
        status=ClauseStatus(pair.status.value),
        similarity=similarity,
        contract_clauses=pair.right,
        term_changes=tuple(_deviation(change) for change in changes),
    )


def _changes_by_clause(pair: Pair, clauses: Sequence[Clause]) -> dict[str, list[TermChange]]:
    """Each term change goes to the template clause holding its template-side term; an added
    term (no template side) goes to the first template clause of the pair."""
    by_clause: dict[str, list[TermChange]] = {}
    for change in pair.term_changes:
        owner = clauses[0].id
        if change.left is not None:
            start = change.left.start
            owner = next((c.id for c in clauses if c.start <= start < c.end), owner)
        by_clause.setdefault(owner, []).append(change)
    return by_clause


def _deviation(change: TermChange) -> TermDeviation:
    return TermDeviation(
        kind=change.kind.value,
        change=change.change.value,
        before=change.left.text if change.left else None,
        after=change.right.text if change.right else None,
    )


def _extra(clause: Clause) -> ExtraClause:
    return ExtraClause(clause.id, clause.number, clause.heading, clause.text)


def _one_line(message: str) -> str:
    return " ".join(message.split())
