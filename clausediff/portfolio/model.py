"""The result of reviewing one contract against the template, as immutable values.

A :class:`ContractReview` says, for every template clause, what became of it in the contract
(:class:`ClauseOutcome`: unchanged, modified, moved, split, merged or missing, with its
similarity, the contract clauses it maps to and its term changes), and lists the contract's
clauses that the template does not have (:class:`ExtraClause`). A file that could not be
reviewed is a review with ``status == "error"`` and a one-line ``error`` (English), with the
error's code and parameters when it has them (``error_code``, ``error_params``).

The JSON form (:meth:`ContractReview.to_dict`) is the ``clausediff.portfolio/1`` schema of one
contract, without its path: the same bytes give the same review wherever they are stored.
No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ClauseStatus(StrEnum):
    """What became of a template clause in a contract."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class TemplateClauseRef:
    """A template clause as the reader names it: its id, number as written and heading."""

    id: str
    number: str
    heading: str

    def to_dict(self) -> dict[str, str]:
        """JSON form."""
        return {"id": self.id, "number": self.number, "heading": self.heading}


@dataclass(frozen=True, slots=True)
class TermDeviation:
    """An obligation, deadline or amount changed, added or removed, as written on each side."""

    kind: str  # obligation | deadline | amount
    change: str  # changed | added | removed
    before: str | None
    after: str | None

    def to_dict(self) -> dict[str, str | None]:
        """JSON form."""
        return {
            "kind": self.kind,
            "change": self.change,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True, slots=True)
class ClauseOutcome:
    """One template clause in one contract."""

    template: TemplateClauseRef
    status: ClauseStatus
    similarity: float
    contract_clauses: tuple[str, ...]
    term_changes: tuple[TermDeviation, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "template": self.template.to_dict(),
            "status": self.status.value,
            "similarity": self.similarity,
            "contract_clauses": list(self.contract_clauses),
            "term_changes": [change.to_dict() for change in self.term_changes],
        }


@dataclass(frozen=True, slots=True)
class ExtraClause:
    """A contract clause with no counterpart in the template."""

    id: str
    number: str
    heading: str
    text: str

    def to_dict(self) -> dict[str, str]:
        """JSON form."""
        return {"id": self.id, "number": self.number, "heading": self.heading, "text": self.text}


@dataclass(frozen=True, slots=True)
class ContractReview:
    """Everything the portfolio says about one contract file (its path aside)."""

    sha256: str
    status: str  # ok | error
    error: str | None = None
    warnings: tuple[str, ...] = ()
    clauses: tuple[ClauseOutcome, ...] = ()
    extra: tuple[ExtraClause, ...] = ()
    #: The error's :class:`~clausediff.errors.ErrorCode` and parameters, for a front end to word
    #: it in its language ("" and () when it has none: ``error`` is then all there is).
    error_code: str = ""
    error_params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def failed(
        cls, sha256: str, error: str, code: str = "", params: Mapping[str, str] | None = None
    ) -> ContractReview:
        """The entry of a file that could not be reviewed."""
        if code == "other":
            code = ""
        pairs = tuple(sorted((params or {}).items())) if code else ()
        return cls(sha256=sha256, status="error", error=error, error_code=code, error_params=pairs)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the schema's contract entry without ``path``."""
        return {
            "sha256": self.sha256,
            "status": self.status,
            "error": self.error,
            "error_code": self.error_code or None,
            "error_params": dict(self.error_params),
            "warnings": list(self.warnings),
            "clauses": [outcome.to_dict() for outcome in self.clauses],
            "extra": [extra.to_dict() for extra in self.extra],
        }
