"""The deviation matrix: contracts x template clauses, most deviating contracts first.

:func:`row_of` turns one contract's review JSON into a :class:`Row` of :class:`Cell` (one per
template clause, in template order): unchanged, modified / moved / split / merged with the
similarity, missing, or "term changed" when an obligation, deadline or amount of the clause
changed. :func:`deviation` scores how far a contract strays from the template, so a lawyer reads
the worst first: a missing clause counts 1, a changed one what it lost (1 - similarity), a clause
with a term change 0.5 more, a clause the template does not have 0.5. Error rows come last.
:func:`rows_by_deviation` yields the rows of a run in that order, holding only one score per
contract in memory. The CSV, XLSX and HTML writers and the window all show these rows. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clausediff.portfolio.model import ClauseStatus

if TYPE_CHECKING:
    from clausediff.portfolio.cache import ReviewCache
    from clausediff.portfolio.run import PortfolioRun

#: Added to a clause's deviation when one of its terms changed, and per extra clause.
TERM_CHANGE_WEIGHT = 0.5
EXTRA_CLAUSE_WEIGHT = 0.5
TERM_CHANGED = "term changed"


@dataclass(frozen=True, slots=True)
class Cell:
    """One template clause in one contract."""

    status: ClauseStatus
    similarity: float
    term_changes: tuple[str, ...]  # one line per change: "deadline: 30 jours -> 60 jours"

    @property
    def kind(self) -> str:
        """What the cell shows: the status, or "term changed" when a term of the clause did."""
        if self.term_changes and self.status is not ClauseStatus.MISSING:
            return TERM_CHANGED
        return self.status.value

    @property
    def text(self) -> str:
        """The cell as one short line: "unchanged", "missing", "modified 87%"."""
        if self.status in (ClauseStatus.UNCHANGED, ClauseStatus.MISSING):
            return self.kind
        return f"{self.kind} {self.similarity:.0%}"

    @property
    def deviation(self) -> float:
        """This clause's share of the contract's deviation (see the module docstring)."""
        if self.status is ClauseStatus.MISSING:
            return 1.0
        return (1.0 - self.similarity) + (TERM_CHANGE_WEIGHT if self.term_changes else 0.0)


@dataclass(frozen=True, slots=True)
class Row:
    """One contract: its path, status, error line, score, cells and extra clauses."""

    path: str
    status: str
    error: str | None
    deviation: float
    cells: tuple[Cell, ...]
    extra: tuple[str, ...]  # labels of the contract clauses the template lacks
    error_code: str = ""  # the error's ErrorCode value, for a front end to word it ("": none)
    error_params: tuple[tuple[str, str], ...] = ()

    def count(self, kind: str) -> int:
        """Cells of one kind ("missing", "term changed", ...)."""
        return sum(1 for cell in self.cells if cell.kind == kind)

    @property
    def changed(self) -> int:
        """Cells neither unchanged nor missing."""
        return sum(
            1 for c in self.cells if c.status not in (ClauseStatus.UNCHANGED, ClauseStatus.MISSING)
        )


def column_labels(template: dict[str, Any]) -> list[str]:
    """One header per template clause: its number and heading ("5.3", "Article 12 Assurances")."""
    labels = []
    for clause in template["clauses"]:
        label = " ".join(part for part in (clause["number"], clause["heading"]) if part)
        labels.append(label or clause["id"])
    return labels


def row_of(review: dict[str, Any]) -> Row:
    """The matrix row of one contract review (JSON form, with its path)."""
    cells = tuple(
        Cell(
            ClauseStatus(outcome["status"]),
            float(outcome["similarity"]),
            tuple(_change_line(change) for change in outcome["term_changes"]),
        )
        for outcome in review["clauses"]
    )
    extra = tuple(
        " ".join(p for p in (e["number"], e["heading"]) if p) or e["id"] for e in review["extra"]
    )
    return Row(
        review["path"],
        review["status"],
        review["error"],
        deviation(cells, extra),
        cells,
        extra,
        review.get("error_code") or "",  # absent from reviews cached before codes existed
        tuple(sorted((review.get("error_params") or {}).items())),
    )


def deviation(cells: tuple[Cell, ...], extra: tuple[str, ...]) -> float:
    """How far a contract strays from the template (see the module docstring), 3 decimals."""
    return round(sum(c.deviation for c in cells) + EXTRA_CLAUSE_WEIGHT * len(extra), 3)


def sort_key(row: Row, index: int) -> tuple[int, float, int]:
    """Most deviating first, errors last, file order among equals."""
    return (row.status != "ok", -row.deviation, index)


def rows_by_deviation(run: PortfolioRun, cache: ReviewCache) -> Iterator[Row]:
    """The rows of a run, most deviating first, each read back from the cache when yielded."""
    entries = [entry for entry in run.entries if entry is not None]
    keys: list[tuple[tuple[int, float, int], int]] = []
    for index, entry in enumerate(entries):
        review = run.review(entry, cache)
        if review is not None:
            keys.append((sort_key(row_of(review), index), index))
    keys.sort()
    for _, index in keys:
        review = run.review(entries[index], cache)
        assert review is not None
        yield row_of(review)


def _change_line(change: dict[str, Any]) -> str:
    before, after = change["before"] or "—", change["after"] or "—"
    return f"{change['kind']} {change['change']}: {before} -> {after}"
