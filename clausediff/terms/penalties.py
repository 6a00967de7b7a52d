"""Criminal and administrative penalties: the prison terms and fines a statute imposes.

Contract: :func:`mark_penalties` takes the terms :func:`.engine.annotate` found in ``text`` and
returns them with ``"penalty": True`` added to the value of each deadline and amount that states
a penalty ("trois ans d'emprisonnement et 45 000 euros d'amende", "puni de deux ans de prison",
"an administrative fine of up to €20,000,000", "imprisonment for a term not exceeding two
years"). Spans and labels do not change: the annotation guidelines label what the text says (a
quantity of time, a sum of money), and the scores stay theirs. What changes is how a change of
such a term is worded (:mod:`.describe`: "Peine : 3 ans -> 5 ans", not "Délai"): a prison
term is not a time limit the parties must keep, nor a fine a price they agreed. Contractual
penalties ("pénalités de retard", "liquidated damages") are amounts of the parties and stay
ordinary amounts. No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from clausediff.comparison import Term, TermKind

# Just after the quantity: what it is a quantity of ("3 ans d'emprisonnement", "45 000 € d'amende").
_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:d['’]\s*emprisonnement|de\s+prison|de\s+réclusion|"
    r"de\s+détention|d['’]\s*amende|of\s+imprisonment|imprisonment|in\s+prison|in\s+jail)\b",
    re.IGNORECASE,
)
# Just before it, in the same clause of the sentence: the penalty that is being measured.
_BEFORE = re.compile(
    r"\b(?:puni(?:e|s|es)?|passibles?|amendes?|emprisonnement|prison|"
    r"réclusion|sanctions?\s+pécuniaires?|imprisonment|imprisoned|jail|prison|fines?|fined|"
    r"punishable|(?:civil|administrative|criminal)\s+penalt(?:y|ies))\b[^.;:()]{0,40}$",
    re.IGNORECASE,
)
_CONTEXT = 80
# A text without any of these words names no penalty (plain substring tests: the fastest).
_STEMS: tuple[str, ...] = (
    *("puni", "passible", "amende", "prison", "réclusion", "détention", "pécuniaire", "jail"),
    *(" fine", "\nfine", "(fine", "penalt"),  # " fine": not "defined", "définie"
)
# Every word of either pattern holds one of these: a term far from all of them is no penalty.
_WORDS = re.compile(
    r"puni|passible|amende|prison|réclusion|détention|pécuniaire|jail|fine|penalt", re.I
)


def is_penalty(text: str, term: Term) -> bool:
    """Whether the deadline or amount ``term`` of ``text`` measures a criminal or administrative
    penalty (its offsets point into ``text``)."""
    if term.kind is TermKind.OBLIGATION:
        return False
    low = max(0, term.start - _CONTEXT)
    # the cheap test first: almost no term has one of the words anywhere near it
    if _WORDS.search(text, low, term.end + 40) is None:
        return False
    if _AFTER.match(text, term.end) is not None:
        return True
    return _BEFORE.search(text[low : term.start]) is not None


def mark_penalties(text: str, terms: Sequence[Term]) -> tuple[Term, ...]:
    """``terms`` with ``"penalty": True`` in the value of every penalty (see the module)."""
    marked = list(terms)
    if all(t.kind is TermKind.OBLIGATION for t in marked):
        return tuple(marked)
    lowered = text.lower()
    if not any(word in lowered for word in _STEMS):
        return tuple(marked)  # most texts name no penalty at all
    for index, term in enumerate(marked):
        if term.kind is not TermKind.OBLIGATION and is_penalty(text, term):
            marked[index] = replace(term, value={**term.value, "penalty": True})
    return tuple(marked)
