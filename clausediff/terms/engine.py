"""Annotate a text with obligations, deadlines and amounts.

Contract: :func:`annotate` runs every rule table over ``text`` and returns the kept
:class:`~clausediff.comparison.Term` objects sorted by start, with offsets into ``text`` and
``text[start:end] == term.text``; spans never overlap, whatever their labels. Overlaps are settled
by rule priority (a 24/7 idiom beats the durations inside it, an amount's "par jour" beats a
periodicity), then by length, then by position. Both languages' rules always run, so a French
contract quoting English (or the reverse) is covered; the text is tokenised once and each rule is
tried only next to its anchor words (see :mod:`.rules`). No I/O, no Qt, no state: safe to call
from several threads.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from clausediff.comparison import Term
from clausediff.terms.amounts import AMOUNTS
from clausediff.terms.calendar import CALENDAR
from clausediff.terms.clock import CLOCK
from clausediff.terms.deadlines import DURATIONS, VAGUE
from clausediff.terms.obligations import OBLIGATIONS
from clausediff.terms.periodicity import PERIODICITIES, RELATIVE
from clausediff.terms.rules import Scan, Table
from clausediff.terms.values import Candidate

TABLES: tuple[Table, ...] = (
    OBLIGATIONS,
    AMOUNTS,
    CALENDAR,
    CLOCK,
    DURATIONS,
    VAGUE,
    PERIODICITIES,
    RELATIVE,
)

# One index over every table's rules: the text's tokens are looked up once, not once per table.
ALL_RULES = Table(tuple(rule for table in TABLES for rule in table.rules))


def candidates(text: str) -> list[Candidate]:
    """Every candidate of every table, before overlaps are settled (for debugging and tests)."""
    return list(ALL_RULES.scan(Scan(text)))


def resolve(found: Iterable[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: priority, then length, then leftmost."""
    ordered = sorted(found, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    starts: list[int] = []
    kept: list[Candidate] = []
    for candidate in ordered:
        index = bisect.bisect_left(starts, candidate.start)
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        starts.insert(index, candidate.start)
        kept.insert(index, candidate)
    return kept


def _trim(text: str, candidate: Candidate) -> tuple[int, int]:
    """Spans never start or end with whitespace or a dangling comma."""
    start, end = candidate.start, candidate.end
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def annotate(text: str, language: str = "fr") -> tuple[Term, ...]:
    """Obligations, deadlines and amounts in ``text``, sorted by start, never overlapping.

    ``language`` ("fr" or "en", anything else is accepted too) is part of the public contract
    but the rules of both languages always run, because contracts mix them (quoted clauses,
    English defined terms in French text) and no rule of one language fires on the other's
    ordinary words.
    """
    terms: list[Term] = []
    for candidate in resolve(candidates(text)):
        start, end = _trim(text, candidate)
        if start < end:
            terms.append(Term(candidate.kind, start, end, text[start:end], candidate.value))
    return tuple(terms)
