"""Legal terms: obligations, deadlines and amounts, and how they change between two texts.

Public API (the contract other packages call):

* :func:`annotate` ``(text, language) -> tuple[Term, ...]``: terms with offsets into ``text``,
  sorted, never overlapping, values as in the annotation guidelines.
* :func:`term_changes` ``(left_terms, right_terms, diff) -> tuple[TermChange, ...]``: terms
  matched across a pair through the word diff, reported as changed (with a direction), added or
  removed.
* :func:`describe_value` / :func:`describe_change`: French or English wording for display.

Everything here is pure computation: no I/O, no Qt.
"""

from __future__ import annotations

from clausediff.terms.engine import annotate

__all__ = ["annotate"]
