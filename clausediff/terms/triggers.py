"""Shared vocabulary of the obligation rules (:mod:`.obligations`, :mod:`.obligations_en`).

Contract: the label, the two polarity values and their builder (a negation inside the trigger
makes a prohibition), the apostrophe pattern, and the context pattern of a prohibition that comes
from the law rather than from a party. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.rules import constant
from clausediff.terms.values import Value

OBLIGATION = TermKind.OBLIGATION
DUTY = constant({"polarity": "duty"})
PROHIBITION = constant({"polarity": "prohibition"})
A = "['’]\\s?"  # an apostrophe, straight or curly, maybe followed by a space


def polarity(match: re.Match[str]) -> Value:
    """Prohibition when the trigger holds a negation ("s'engage à ne pas", "agrees not to")."""
    tokens = re.split(r"[\s'’]+", match.group(0).lower())
    negative = {"ne", "pas", "not", "jamais", "never"} & set(tokens)
    return {"polarity": "prohibition" if negative else "duty"}


# "interdites par la loi", "prohibited by applicable law": the law forbids, no party undertakes.
BY_LAW = (
    r"^\s+(?:par|by|under)\s+(?:la\s+|les\s+|l['’]|une\s+|the\s+)?(?:applicable\s+|any\s+)?"
    r"(?:loi|lois|réglementation|législation|law|laws|statute|regulations?|legislation)\b"
)
