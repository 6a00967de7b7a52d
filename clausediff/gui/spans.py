"""What to highlight on each side of a pair: text to show plus typed spans over it.

Input: a :class:`~clausediff.comparison.Comparison` and one of its pairs. Output: a
:class:`SideText` per side, the clauses of that side as written (number and heading included,
joined by a blank line) and :class:`Span` ranges into that text, each tagged with a
:class:`SpanKind`. Offsets are converted once from document offsets, so the widgets never do
arithmetic on the core's data. No Qt, no I/O: :mod:`clausediff.gui.formats` maps kinds to looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Op, Pair, PairStatus, Term, TermKind


class Side(StrEnum):
    """Which document a piece of text comes from."""

    LEFT = "left"
    RIGHT = "right"


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
    """Clause look-ups for one comparison, built once so each pair is rendered in O(its size)."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.left = {clause.id: clause for clause in comparison.left_clauses}
        self.right = {clause.id: clause for clause in comparison.right_clauses}

    def clauses(self, pair: Pair, side: Side) -> list[Clause]:
        """The clauses of ``pair`` on ``side``, in the pair's order."""
        pool, ids = (self.left, pair.left) if side is Side.LEFT else (self.right, pair.right)
        return [pool[i] for i in ids if i in pool]

    def label(self, pair: Pair, side: Side) -> str:
        """Number and heading of the side's clauses ("Article 3 – Prix"), joined by " + "."""
        return " + ".join(c.label or c.text[:60] for c in self.clauses(pair, side))

    def side_text(self, pair: Pair, side: Side) -> SideText:
        """The text of ``side`` and its spans (diff, headings, terms)."""
        comparison = self.comparison
        document = comparison.left if side is Side.LEFT else comparison.right
        terms_by_clause = comparison.left_terms if side is Side.LEFT else comparison.right_terms
        clauses = self.clauses(pair, side)
        parts: list[str] = []
        spans: list[Span] = []
        # (document start, document end, base offset in the shown text) per clause
        windows: list[tuple[int, int, int]] = []
        base = 0
        for clause in clauses:
            text = document.text[clause.start : clause.end].rstrip()
            end = clause.start + len(text)
            windows.append((clause.start, end, base))
            if clause.body_start > clause.start:
                head_end = min(clause.body_start, end) - clause.start + base
                spans.append(Span(base, head_end, SpanKind.HEADING))
            parts.append(text)
            base += len(text) + len(CLAUSE_SEPARATOR)

        def mapped(start: int, end: int) -> list[tuple[int, int]]:
            out = []
            for w_start, w_end, w_base in windows:
                lo, hi = max(start, w_start), min(end, w_end)
                if lo < hi:
                    out.append((lo - w_start + w_base, hi - w_start + w_base))
            return out

        whole = SpanKind.DELETE if side is Side.LEFT else SpanKind.INSERT
        if pair.status in (PairStatus.DELETED, PairStatus.INSERTED):
            for clause in clauses:
                for lo, hi in mapped(clause.body_start, clause.body_end):
                    spans.append(Span(lo, hi, whole))
        else:
            wanted = Op.DELETE if side is Side.LEFT else Op.INSERT
            for op in pair.diff:
                if op.op is not wanted:
                    continue
                start, end = (
                    (op.left_start, op.left_end)
                    if side is Side.LEFT
                    else (op.right_start, op.right_end)
                )
                for lo, hi in mapped(start, end):
                    spans.append(Span(lo, hi, whole))
        changed = self._changed_terms(pair, side)
        listed: set[tuple[int, int]] = set()
        for clause in clauses:
            for term in terms_by_clause.get(clause.id, ()):
                listed.add((term.start, term.end))
                for lo, hi in mapped(term.start, term.end):
                    spans.append(Span(lo, hi, TERM_SPAN[term.kind]))
        # Changed terms are tinted even when the terms engine only found them while comparing
        # (e.g. "peut", a permission, appears as the weakened form of "doit").
        for (start, end), kind in changed.items():
            for lo, hi in mapped(start, end):
                if (start, end) not in listed:
                    spans.append(Span(lo, hi, TERM_SPAN[kind]))
                spans.append(Span(lo, hi, SpanKind.TERM_CHANGED))
        return SideText(CLAUSE_SEPARATOR.join(parts), tuple(spans))

    @staticmethod
    def _changed_terms(pair: Pair, side: Side) -> dict[tuple[int, int], TermKind]:
        """Document spans (and kinds) of the terms the pair's term changes point at on ``side``."""
        found: dict[tuple[int, int], TermKind] = {}
        for change in pair.term_changes:
            term: Term | None = change.left if side is Side.LEFT else change.right
            if term is not None:
                found[(term.start, term.end)] = term.kind
        return found
