"""Term changes as table rows: which clause, which term, before -> after, which direction, where.

The wording of a term value ("4 heures", "110 € HT") comes from
:func:`clausediff.terms.describe.describe_sides`, which normalises it; when it cannot describe a
value, the term is shown as written. Given the two documents' texts, each row also says where
the term is: an excerpt of its sentence with the subject and verb (``before_context`` /
``after_context``, :func:`clausediff.terms.context.excerpt`) and the term's document offsets
(``before_start`` / ``after_start``), which the HTML report links to. An obligation's bare
trigger ("doit") tells a reader nothing, so its ``before``/``after`` *are* the excerpts; a
penalty (:mod:`clausediff.terms.penalties`) is named as such, and a duty kept in another voice
says that its subject changed. A clause deleted or inserted whole lists every term it takes away
or brings (the comparison's own ``Pair.term_changes``). No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import (
    Direction,
    Pair,
    TermChange,
    TermChangeKind,
    TermKind,
)
from clausediff.report import strings
from clausediff.terms.context import excerpt
from clausediff.terms.describe import describe_sides, is_penalty_change, is_subject_change


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
    before_context: str = ""
    after_context: str = ""
    before_start: int | None = None
    after_start: int | None = None


def term_change_rows(
    pair: Pair,
    index: int,
    clause_title: str,
    language: str,
    texts: tuple[str, str] | None = None,
) -> tuple[TermChangeRow, ...]:
    """The rows of every term change of ``pair`` (pair number ``index``, named ``clause_title``);
    ``texts`` are the left and right documents' texts, for the excerpts."""
    return tuple(_row(change, index, clause_title, language, texts) for change in pair.term_changes)


def _row(
    change: TermChange,
    index: int,
    clause_title: str,
    language: str,
    texts: tuple[str, str] | None,
) -> TermChangeRow:
    """One row; a missing side reads as a dash."""
    sides = describe_sides(change, language, strings.text(language, "none"))
    # Every white space as one plain space (also the narrow no-break space of "1 250 €"): the
    # report's tables have always been written so, and the golden exports hold them so.
    before, after = (" ".join(side.split()) for side in sides)
    left, right = change.left, change.right
    before_context = excerpt(texts[0], left.start, left.end) if texts and left else ""
    after_context = excerpt(texts[1], right.start, right.end) if texts and right else ""
    if change.kind is TermKind.OBLIGATION:
        before, after = before_context or before, after_context or after
    penalty = is_penalty_change(change)
    gender = TermKind.OBLIGATION if penalty else change.kind  # "Peine" agrees like "Obligation"
    direction_key = "subject" if is_subject_change(change) else change.direction
    return TermChangeRow(
        section=index,
        clause=clause_title,
        kind=change.kind,
        kind_text=strings.text(language, "kind.penalty" if penalty else f"kind.{change.kind}"),
        change=change.change,
        change_text=strings.text(language, f"change.{change.change}.{gender}"),
        before=before,
        after=after,
        direction=change.direction,
        direction_text=(
            strings.text(language, f"direction.{direction_key}") if direction_key else ""
        ),
        before_written=left.text if left else "",
        after_written=right.text if right else "",
        before_context=before_context,
        after_context=after_context,
        before_start=left.start if left else None,
        after_start=right.start if right else None,
    )
