"""Term changes as table rows: which clause, which term, before -> after, which direction.

The wording of a term value ("4 heures", "110 € HT") comes from
:func:`clausediff.terms.describe.describe_sides`, which normalises it; when it cannot describe a
value, the term is shown as written. The words as written are kept beside it
(``before_written``/``after_written``), and the side-by-side text shows them in context. No Qt,
no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import Direction, Pair, TermChange, TermChangeKind, TermKind
from clausediff.report import strings
from clausediff.terms.describe import describe_sides


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
    sides = describe_sides(change, language, strings.text(language, "none"))
    # Every white space as one plain space (also the narrow no-break space of "1 250 €"): the
    # report's tables have always been written so, and the golden exports hold them so.
    before, after = (" ".join(side.split()) for side in sides)
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
