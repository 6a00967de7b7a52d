"""Annotate a text with obligations, deadlines and amounts.

Contract: :func:`annotate` runs every rule table over ``text`` and returns the kept
:class:`~clausediff.comparison.Term` objects sorted by start, with offsets into ``text`` and
``text[start:end] == term.text``; spans never overlap, whatever their labels. Overlaps are settled
by one policy, *the longest match wins* (a 24/7 idiom beats the durations inside it, an amount's
"par jour" beats the periodicity inside it), the leftmost on equal length, except where
:data:`OVERRIDES` says otherwise; every override is a reading of the same words that the length
cannot decide, each with its example in the tests. Markdown emphasis marks are read through
(:mod:`.markup`): ``*doit*`` is "doit", its offsets those of the text as written. Deadlines and
amounts that measure a criminal
or administrative penalty keep their label and get ``"penalty": True`` (:mod:`.penalties`).
Both languages' rules always run, so a French
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
from clausediff.terms.markup import has_emphasis, without_emphasis
from clausediff.terms.obligations import OBLIGATIONS
from clausediff.terms.penalties import mark_penalties
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


# Who wins where the length cannot decide: (winning rule, losing rule, the words they both read).
# A losing candidate is dropped when a winning one covers exactly the same characters; every
# other overlap goes to the longest candidate. Rules are named as in their tables.
OVERRIDES: tuple[tuple[str, str, str], ...] = (
    # a clock time after its marker is an hour of the day, not a quantity of hours
    ("avant 19 heures", "duration", "avant 19 heures"),
)
_LOSES_TO: dict[str, frozenset[str]] = {
    loser: frozenset(w for w, lost, _ in OVERRIDES if lost == loser) for _, loser, _ in OVERRIDES
}


_WINNERS = frozenset(winner for winner, _, _ in OVERRIDES)


def _overridden(found: list[Candidate]) -> set[int]:
    """Indexes of the candidates an override drops: a winner holds exactly their span."""
    if _WINNERS.isdisjoint({c.rule for c in found}):  # the usual case: no override applies
        return set()
    by_span: dict[tuple[int, int], set[str]] = {}
    for candidate in found:
        by_span.setdefault((candidate.start, candidate.end), set()).add(candidate.rule)
    return {
        i
        for i, c in enumerate(found)
        if c.rule in _LOSES_TO and _LOSES_TO[c.rule] & by_span[(c.start, c.end)]
    }


def resolve(found: Iterable[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: the longest, then the leftmost, once the
    :data:`OVERRIDES` have dropped their losers."""
    found = list(found)
    dropped = _overridden(found)
    if dropped:
        found = [c for i, c in enumerate(found) if i not in dropped]
    ordered = sorted(found, key=lambda c: (-(c.end - c.start), c.start))
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


def annotate(text: str, language: str = "fr") -> tuple[Term, ...]:
    """Obligations, deadlines and amounts in ``text``, sorted by start, never overlapping.

    ``language`` ("fr" or "en", anything else is accepted too) is part of the public contract
    but the rules of both languages always run, because contracts mix them (quoted clauses,
    English defined terms in French text) and no rule of one language fires on the other's
    ordinary words.
    """
    if has_emphasis(text):
        # Markdown emphasis in a plain text: the rules read the words, offsets stay the text's.
        read, at = without_emphasis(text)
        spans = [(c, at[c.start], at[c.end - 1] + 1) for c in resolve(candidates(read))]
    else:
        spans = [(c, c.start, c.end) for c in resolve(candidates(text))]
    # No trimming: every rule's pattern starts and ends on a word or a sign, never on a space or
    # a comma (tests/test_terms_engine.py checks it on real and hostile text).
    terms = [Term(c.kind, start, end, text[start:end], c.value) for c, start, end in spans]
    return mark_penalties(text, terms)
