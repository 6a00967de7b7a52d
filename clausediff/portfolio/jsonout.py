"""The ``clausediff.portfolio/1`` JSON file, written as a stream, and the summary it ends with.

:func:`write_json` writes the template, then each contract's review read back from the cache one
at a time (so 10,000 contracts take no more memory than one), then the :class:`Summary` counted
along the way. The file replaces the target atomically. The summary holds only what the
reviews say (never timings or cache hits), so two runs on the same files, local or on Dask, write
the same bytes. No Qt.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from clausediff.portfolio.cache import SCHEMA
from clausediff.portfolio.model import ClauseStatus
from clausediff.store.atomic import atomic_open


@dataclass(slots=True)
class Summary:
    """Counts over the reviews: contracts by status, template clauses by outcome, term changes."""

    contracts: int = 0
    ok: int = 0
    errors: int = 0
    identical: int = 0  # every template clause unchanged and no extra clause
    clauses: Counter[str] = field(default_factory=Counter)
    term_changes: Counter[str] = field(default_factory=Counter)
    extra_clauses: int = 0
    missing_by_clause: Counter[str] = field(default_factory=Counter)

    def add(self, review: dict[str, Any]) -> None:
        """Count one contract's review."""
        self.contracts += 1
        if review["status"] != "ok":
            self.errors += 1
            return
        self.ok += 1
        self.extra_clauses += len(review["extra"])
        unchanged = not review["extra"]
        for outcome in review["clauses"]:
            self.clauses[outcome["status"]] += 1
            unchanged = unchanged and outcome["status"] == ClauseStatus.UNCHANGED
            if outcome["status"] == ClauseStatus.MISSING:
                self.missing_by_clause[outcome["template"]["id"]] += 1
            for change in outcome["term_changes"]:
                self.term_changes[change["kind"]] += 1
        self.identical += unchanged

    def to_dict(self, pending: int, interrupted: bool, skipped: int) -> dict[str, Any]:
        """The ``summary`` object of the JSON file."""
        return {
            "contracts": self.contracts,
            "ok": self.ok,
            "errors": self.errors,
            "identical": self.identical,
            "deviating": self.ok - self.identical,
            "clauses": {status.value: self.clauses[status.value] for status in ClauseStatus},
            "term_changes": {k: self.term_changes[k] for k in ("obligation", "deadline", "amount")},
            "extra_clauses": self.extra_clauses,
            "missing_by_clause": dict(sorted(self.missing_by_clause.items())),
            "pending": pending,
            "interrupted": interrupted,
            "skipped_files": skipped,
        }


def write_json(
    target: str | os.PathLike[str],
    template: dict[str, Any],
    reviews: Iterable[dict[str, Any]],
    *,
    pending: int = 0,
    interrupted: bool = False,
    skipped: int = 0,
) -> Summary:
    """Write the portfolio JSON to ``target`` (atomically) and return its summary."""
    with atomic_open(target) as stream:
        return _write(stream, template, reviews, pending, interrupted, skipped)


def _write(
    stream: BinaryIO,
    template: dict[str, Any],
    reviews: Iterable[dict[str, Any]],
    pending: int,
    interrupted: bool,
    skipped: int,
) -> Summary:
    def put(text: str) -> None:
        stream.write(text.encode("utf-8"))

    summary = Summary()
    put(f'{{"schema": {_dump(SCHEMA)},\n "template": {_dump(template)},\n "contracts": [')
    for index, review in enumerate(reviews):
        summary.add(review)
        put(("\n  " if index == 0 else ",\n  ") + _dump(review))
    put(f'\n ],\n "summary": {_dump(summary.to_dict(pending, interrupted, skipped))}\n}}\n')
    return summary


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
