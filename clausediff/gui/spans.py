"""What to highlight on each side of a pair: text to show plus typed spans over it.

Input: a :class:`~clausediff.comparison.Comparison` and one of its pairs. Output: a
:class:`SideText` per side, the clauses of that side as written (number and heading included,
joined by a blank line) and :class:`Span` ranges into that text, each tagged with a
:class:`SpanKind`. The marks come from :mod:`clausediff.marks`, as in the report; this module only
moves them from document offsets to offsets in the shown text, once, so the widgets never do
arithmetic on the core's data. No Qt, no I/O: :mod:`clausediff.gui.formats` maps kinds to looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Op, Pair, Side, TermKind
from clausediff.marks import pair_marks

__all__ = ["CLAUSE_SEPARATOR", "ComparisonIndex", "Side", "SideText", "Span", "SpanKind"]


class SpanKind(StrEnum):
    """A look applied to a run of text; several kinds may overlap."""

    HEADING = "heading"  # number and heading of a clause
    DELETE = "delete"  # word deleted (left side)
    INSERT = "insert"  # word inserted (right side)
    OBLIGATION = "obligation"
    DEADLINE = "deadline"
    AMOUNT = "amount"
    TERM_CHANGED = "term_changed"  # a term that one of the pair's term changes points at


#: Between the clauses of one side (split and merged pairs): a blank line, as between paragraphs.
CLAUSE_SEPARATOR = "\n\n"

OP_SPAN = {Op.DELETE: SpanKind.DELETE, Op.INSERT: SpanKind.INSERT}

TERM_SPAN = {
    TermKind.OBLIGATION: SpanKind.OBLIGATION,
    TermKind.DEADLINE: SpanKind.DEADLINE,
    TermKind.AMOUNT: SpanKind.AMOUNT,
}


@dataclass(frozen=True, slots=True)
class Span:
    """A run ``[start, end)`` of :attr:`SideText.text` to show as ``kind``."""

    start: int
    end: int
    kind: SpanKind


@dataclass(frozen=True, slots=True)
class SideText:
    """The text of one side of a pair and its highlights; ``text`` is "" for a missing side."""

    text: str
    spans: tuple[Span, ...]


class ComparisonIndex:
    """Shown text and spans of each pair side of one comparison (clause look-ups built once)."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def clauses(self, pair: Pair, side: Side) -> tuple[Clause, ...]:
        """The clauses of ``pair`` on ``side``, in the pair's order."""
        return self.comparison.side(side).of(pair)

    def label(self, pair: Pair, side: Side) -> str:
        """Number and heading of the side's clauses ("Article 3 – Prix"), joined by " + "."""
        return " + ".join(c.label or c.text[:60] for c in self.clauses(pair, side))

    def side_text(self, pair: Pair, side: Side) -> SideText:
        """The text of ``side`` and its spans: headings, then the marks of :mod:`clausediff.marks`.

        Each clause is shown from its number to its last non-blank character; the marks cover
        its body, so the screen marks exactly what the report marks.
        """
        text = self.comparison.side(side).document.text
        parts: list[str] = []
        spans: list[Span] = []
        base = 0
        for marks in pair_marks(self.comparison, pair, side):
            clause = marks.clause
            shown = text[clause.start : clause.end].rstrip()
            shown_end = clause.start + len(shown)
            if clause.body_start > clause.start:
                head_end = min(clause.body_start, shown_end) - clause.start + base
                spans.append(Span(base, head_end, SpanKind.HEADING))
            term_start: int | None = None
            for run in marks.runs:
                lo = run.start - clause.start + base
                hi = min(run.end, shown_end) - clause.start + base
                if lo >= hi:
                    continue
                if run.op is not Op.EQUAL:
                    spans.append(Span(lo, hi, OP_SPAN[run.op]))
                if run.term_changed:
                    spans.append(Span(lo, hi, SpanKind.TERM_CHANGED))
                if run.term is not None:
                    term_start = lo if term_start is None else term_start
                    if run.term_end:
                        spans.append(Span(term_start, hi, TERM_SPAN[run.term]))
                        term_start = None
            parts.append(shown)
            base += len(shown) + len(CLAUSE_SEPARATOR)
        return SideText(CLAUSE_SEPARATOR.join(parts), tuple(_joined(spans)))

    def shown_range(self, pair: Pair, side: Side, start: int, end: int) -> tuple[int, int] | None:
        """Where the document range ``[start, end)`` of ``side`` lies in the text of
        :meth:`side_text` (the details panel flashes a term there), or None when not shown."""
        text = self.comparison.side(side).document.text
        base = 0
        for clause in self.clauses(pair, side):
            shown = len(text[clause.start : clause.end].rstrip())
            if clause.start <= start < clause.start + shown:
                last = min(end, clause.start + shown)
                return start - clause.start + base, last - clause.start + base
            base += shown + len(CLAUSE_SEPARATOR)
        return None


def _joined(spans: list[Span]) -> list[Span]:
    """Spans of one kind that touch joined into one (a mark cut by a term reads as one)."""
    ordered = sorted(spans, key=lambda span: (span.kind, span.start))
    out: list[Span] = []
    for span in ordered:
        last = out[-1] if out else None
        if last is not None and last.kind is span.kind and last.end == span.start:
            out[-1] = Span(last.start, span.end, span.kind)
        else:
            out.append(span)
    return sorted(out, key=lambda span: (span.start, span.end))
