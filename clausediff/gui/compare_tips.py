"""Tooltips of the comparison view: what the mark under the mouse means, in words.

:func:`describe_position` maps a character position of one side's shown text back to the
document (the same windows as :meth:`~clausediff.gui.spans.ComparisonIndex.side_text`) and lists
what is there: a deleted or inserted run, a term and its value, and for a changed term the
terms engine's wording ("Délai : 4 heures -> 5 jours ouvrés"), and for a part of a split or
merged pair how much of it was kept and in which clause of the other side
(:func:`clausediff.worddiff.parts.part_links`). Read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clausediff.comparison import Op, Pair, PairStatus, Side, Term
from clausediff.gui.i18n import describe_term_change, term_label
from clausediff.gui.spans import CLAUSE_SEPARATOR, ComparisonIndex
from clausediff.worddiff.parts import part_links


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
    lines.extend(_part_line(index, pair, side, offset))
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


def _part_line(index: ComparisonIndex, pair: Pair, side: Side, offset: int) -> list[str]:
    """For a part of a split or merged pair: how much of it was kept, and where it went."""
    links = [link for link in part_links(index.comparison, pair) if link.side is side]
    for number, link in enumerate(links, start=1):
        if not link.clause.start <= offset < link.clause.end:
            continue
        if not link.other_ids:
            return [
                QCoreApplication.translate("CompareTips", "Part %1 of %2: rewritten")
                .replace("%1", str(number))
                .replace("%2", str(len(links)))
            ]
        others = index.comparison.side(side.other).by_id
        where = " + ".join(
            others[i].label or others[i].text[:40] for i in link.other_ids if i in others
        )
        return [
            QCoreApplication.translate("CompareTips", "Part %1 of %2: %3 % kept, in %4")
            .replace("%1", str(number))
            .replace("%2", str(len(links)))
            .replace("%3", str(round(100 * link.similarity)))
            .replace("%4", where)
        ]
    return []


def _same_place(candidate: Term | None, term: Term) -> bool:
    """The same term: kind and document span (values may be rebuilt by the terms engine)."""
    return candidate is not None and (candidate.kind, candidate.start, candidate.end) == (
        term.kind,
        term.start,
        term.end,
    )
