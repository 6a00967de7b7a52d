"""Legal terms: obligations, deadlines and amounts, and how they change between two texts.

Public API (the contract other packages call):

* :func:`annotate` ``(text, language) -> tuple[Term, ...]``: terms with offsets into ``text``,
  sorted, never overlapping, values as in the annotation guidelines (``engine.py``; the rules
  are tables in ``obligations*.py``, ``deadlines.py``, ``calendar.py``, ``clock.py``,
  ``periodicity.py``, ``amounts.py``).
* :func:`term_changes` ``(left_terms, right_terms, diff) -> tuple[TermChange, ...]``: terms
  matched across a pair through the word diff, reported as changed (with a direction), added or
  removed (``changes.py``); :func:`taken_along` gives those of a clause deleted or inserted
  whole: every term it holds, removed or added (``one_side.py``).
* :func:`describe_value` / :func:`describe_change` (and ``describe.describe_sides`` for tables):
  French or English wording for display (``describe.py``).
* :func:`clausediff.terms.jsonl.annotate_jsonl`: the same engine over JSON Lines.

Everything here is pure computation: no I/O (except the streams given to ``annotate_jsonl``),
no Qt.
"""

from __future__ import annotations

from clausediff.terms.changes import term_changes
from clausediff.terms.describe import describe_change, describe_value
from clausediff.terms.engine import annotate
from clausediff.terms.one_side import taken_along

__all__ = ["annotate", "describe_change", "describe_value", "taken_along", "term_changes"]
