"""Term changes as table rows: which clause, which term, before -> after, which direction.

The wording of a term value ("4 heures", "110 € HT") comes from :mod:`clausediff.terms`
(``describe_value``) when it offers one; otherwise, and for any value it cannot describe, the
term is shown as written in the contract, which a lawyer can always check. No Qt, no I/O.
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


def term_change_rows(
    pair: Pair, index: int, clause_title: str, language: str
) -> tuple[TermChangeRow, ...]:
    """The rows of every term change of ``pair`` (pair number ``index``, named ``clause_title``)."""
    return tuple(_row(change, index, clause_title, language) for change in pair.term_changes)


def _row(change: TermChange, index: int, clause_title: str, language: str) -> TermChangeRow:
    """One row; a missing side reads as a dash."""
    none = strings.text(language, "none")
    return TermChangeRow(
        section=index,
        clause=clause_title,
        kind=change.kind,
        kind_text=strings.text(language, f"kind.{change.kind}"),
        change=change.change,
        change_text=strings.text(language, f"change.{change.change}"),
        before=describe(change.left, language) if change.left else none,
        after=describe(change.right, language) if change.right else none,
        direction=change.direction,
        direction_text=(
            strings.text(language, f"direction.{change.direction}") if change.direction else ""
        ),
    )


def describe(term: Term, language: str) -> str:
    """A term in words: the terms module's description when it has one, else the text as written."""
    describer = _describer()
    if describer is not None:
        try:
            worded = describer(term, language).strip()
        except (KeyError, ValueError, TypeError):
            worded = ""
        if worded:
            return worded if _same_words(worded, term.text) else f"{term.text} ({worded})"
    return " ".join(term.text.split())


def _same_words(worded: str, written: str) -> bool:
    """True when the description adds nothing to the text as written (case and spaces aside)."""
    return " ".join(worded.split()).casefold() == " ".join(written.split()).casefold()


def _describer() -> Callable[[Term, str], str] | None:
    """``clausediff.terms.describe_value`` if that module offers it (it is written separately)."""
    try:
        module = importlib.import_module("clausediff.terms")
    except ImportError:
        return None
    function = getattr(module, "describe_value", None)
    return cast("Callable[[Term, str], str]", function) if callable(function) else None
