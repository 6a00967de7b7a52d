"""Tooltips of the comparison view: what the mark under the mouse means, in words.

:func:`describe_position` maps a character position of one side's shown text back to the
document (the same windows as :meth:`~clausediff.gui.spans.ComparisonIndex.side_text`) and lists
what is there: a deleted or inserted run, a term and its value, and for a changed term the
terms engine's wording ("Délai : 4 heures -> 5 jours ouvrés"). Read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clausediff.comparison import Op, Pair, PairStatus, Side, Term
from clausediff.gui.i18n import describe_term_change, term_label
from clausediff.gui.spans import CLAUSE_SEPARATOR, ComparisonIndex


def document_offset(index: ComparisonIndex, pair: Pair, side: Side, position: int) -> int:
    """The document offset of ``position`` in the side's shown text, or -1 (between clauses)."""
    document = index.comparison.side(side).document
    base = 0
    for clause in index.clauses(pair, side):
        length = len(document.text[clause.start : clause.end].rstrip())
        if base <= position < base + length:
            return clause.start + position - base
        base += length + len(CLAUSE_SEPARATOR)
    return -1


def describe_position(
    index: ComparisonIndex, pair: Pair, side: Side, position: int, language: str
) -> list[str]:
    """Lines describing the marks at ``position`` of ``side`` (empty when plain text)."""
    offset = document_offset(index, pair, side, position)
    if offset < 0:
        return []
    lines: list[str] = []
    if pair.status is PairStatus.INSERTED:
        lines.append(QCoreApplication.translate("CompareTips", "Inserted clause"))
    elif pair.status is PairStatus.DELETED:
        lines.append(QCoreApplication.translate("CompareTips", "Deleted clause"))
    else:
        wanted = side.marked
        for op in pair.diff:
            start, end = op.span(side)
            if op.op is wanted and start <= offset < end:
                lines.append(
                    QCoreApplication.translate("CompareTips", "Deleted: %1").replace("%1", op.text)
                    if wanted is Op.DELETE
                    else QCoreApplication.translate("CompareTips", "Inserted: %1").replace(
                        "%1", op.text
                    )
                )
                break
    described: list[Term] = []
    for change in pair.term_changes:
        term = change.term(side)
        if term is not None and term.start <= offset < term.end:
            lines.append(describe_term_change(change, language))
            described.append(term)
    terms = index.comparison.side(side).terms
    for clause in index.clauses(pair, side):
        for term in terms.get(clause.id, ()):
            if term.start <= offset < term.end and not any(_same_place(t, term) for t in described):
                lines.append(f"{term_label(term.kind)} : {term.text}")
    return lines


def _same_place(candidate: Term | None, term: Term) -> bool:
    """The same term: kind and document span (values may be rebuilt by the terms engine)."""
    return candidate is not None and (candidate.kind, candidate.start, candidate.end) == (
        term.kind,
        term.start,
        term.end,
    )
