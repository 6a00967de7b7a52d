"""Term changes as table rows: which clause, which term, before -> after, which direction.

The wording of a term value ("4 heures", "110 € HT") comes from :mod:`clausediff.terms`
(``describe_value``), which normalises it; when it cannot describe a value, the term is shown as
written. The words as written are kept beside it (``before_written``/``after_written``), and the
side-by-side text shows them in context. No Qt, no I/O.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from clausediff.comparison import Direction, Pair, Term, TermChange, TermChangeKind, TermKind
from clausediff.report import strings


@dataclass(frozen=True, slots=True)
class TermChangeRow:
    """One term change, in words, with the pair it belongs to (``section`` = pair index)."""

    section: int
    clause: str
    kind: TermKind
    kind_text: str
    change: TermChangeKind
    change_text: str
    before: str
    after: str
    direction: Direction | None
    direction_text: str
    before_written: str = ""
    after_written: str = ""


def term_change_rows(
    pair: Pair, index: int, clause_title: str, language: str
) -> tuple[TermChangeRow, ...]:
    """The rows of every term change of ``pair`` (pair number ``index``, named ``clause_title``)."""
    return tuple(_row(change, index, clause_title, language) for change in pair.term_changes)


def _row(change: TermChange, index: int, clause_title: str, language: str) -> TermChangeRow:
    """One row; a missing side reads as a dash."""
    none = strings.text(language, "none")
    before = describe(change.left, language) if change.left else none
    after = describe(change.right, language) if change.right else none
    if change.left and change.right and before == after:
        # Same value in other words ("quinze jours" / "15 jours"): show what changed, the words.
        before, after = _written(change.left), _written(change.right)
    return TermChangeRow(
        section=index,
        clause=clause_title,
        kind=change.kind,
        kind_text=strings.text(language, f"kind.{change.kind}"),
        change=change.change,
        change_text=strings.text(language, f"change.{change.change}.{change.kind}"),
        before=before,
        after=after,
        direction=change.direction,
        direction_text=(
            strings.text(language, f"direction.{change.direction}") if change.direction else ""
        ),
        before_written=change.left.text if change.left else "",
        after_written=change.right.text if change.right else "",
    )


def describe(term: Term, language: str) -> str:
    """A term's value in words ("4 heures", "1 250 € HT"), else the term as written."""
    describer = _describer()
    if describer is not None:
        try:
            worded = " ".join(describer(term, language).split())
        except (KeyError, ValueError, TypeError):
            worded = ""
        if worded:
            return worded
    return _written(term)


def _written(term: Term) -> str:
    """The term as written, spaces folded (a term may wrap across lines in the source)."""
    return " ".join(term.text.split())


def _describer() -> Callable[[Term, str], str] | None:
    """``clausediff.terms.describe_value`` if that module offers it (it is written separately)."""
    try:
        module = importlib.import_module("clausediff.terms")
    except ImportError:
        return None
    function = getattr(module, "describe_value", None)
    return cast("Callable[[Term, str], str]", function) if callable(function) else None
