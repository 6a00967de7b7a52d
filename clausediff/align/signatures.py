"""Clause signatures: the folded body, its word set and rare-word weights used for matching.

Input: the clauses of both documents and the comparison options. Output: one :class:`Signature`
per clause (folded body for the unchanged test, a folded form for fuzzy matching, the set of its
words) and one IDF table shared by both sides, so that a word common to every clause (``la``,
``the``, ``Licence``) weighs next to nothing and a rare word (``hébergement``, ``NCSA``) weighs a
lot (see :mod:`clausediff.align.score`). That weighting is what keeps near-duplicate boilerplate from stealing a clause from its true
counterpart. Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clausediff.clause import Clause
from clausediff.normalize import fold, fold_for_matching
from clausediff.options import CompareOptions

__all__ = ["Signature", "fold", "fold_for_matching", "signature", "signatures"]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    """What matching needs to know about one clause.

    ``exact`` is the body folded per the options (equal ``exact`` means unchanged); ``matching``
    the aggressively folded body; ``words`` its set of words; ``heading`` the folded heading.
    """

    index: int
    exact: str
    matching: str
    words: frozenset[str]
    heading: str
    number: str


def signature(index: int, clause: Clause, options: CompareOptions) -> Signature:
    """Build the signature of one clause."""
    matching = fold_for_matching(clause.text)
    return Signature(
        index=index,
        exact=fold(clause.text, options),
        matching=matching,
        words=frozenset(_WORD.findall(matching)),
        heading=fold_for_matching(clause.heading),
        number=fold_for_matching(clause.number),
    )


def signatures(clauses: Sequence[Clause], options: CompareOptions) -> tuple[Signature, ...]:
    """Signatures of a document's clauses, in document order."""
    return tuple(signature(i, clause, options) for i, clause in enumerate(clauses))
