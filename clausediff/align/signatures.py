"""Clause signatures: what matching needs to know about each clause, computed once.

Input: the clauses of both documents and the comparison options. Output, per clause:

* a ``key``: the body in the form the unchanged test compares. Equal keys mean equal bodies after
  :func:`clausediff.normalize.fold` under the options. A body found verbatim on the other side
  keeps its raw text as key and is never folded (equal raw texts fold equal): on a light revision
  of a megabyte contract that saves most of the folding;
* a word set (:class:`Stemmer`): the body folded for matching
  (:func:`clausediff.normalize.fold_for_matching`), split into words cut to their first
  :data:`STEM` letters, a crude language-neutral stemmer that lets ``contributeur`` and
  ``contributeurs`` meet. Distinct whitespace-separated tokens are folded once through a cache
  (``"l’Œuvre,"`` -> ``l``, ``oeuvre``) instead of clause by clause.

Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from clausediff.clause import Clause
from clausediff.normalize import fold, fold_for_matching
from clausediff.options import CompareOptions

__all__ = ["STEM", "Stemmer", "fold", "keys", "same_body"]

STEM = 7


class Stemmer:
    """Folds and stems distinct tokens once; one instance per alignment."""

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, ...]] = {}

    def words(self, clause: Clause) -> frozenset[str]:
        """Stemmed words of the body; of the heading when the body is empty."""
        cache = self._cache
        out: set[str] = set()
        for token in set((clause.text or clause.heading).casefold().split()):
            stems = cache.get(token)
            if stems is None:
                stems = tuple(word[:STEM] for word in fold_for_matching(token).split())
                cache[token] = stems
            out.update(stems)
        return frozenset(out)


def keys(
    left: Sequence[Clause], right: Sequence[Clause], options: CompareOptions
) -> tuple[list[str], list[str]]:
    """Unchanged-test keys of both sides ("" for an empty body, which never matches by key)."""
    left_raw = {clause.text for clause in left}
    right_raw = {clause.text for clause in right}

    def key(clause: Clause, other_raw: set[str]) -> str:
        text = clause.text
        if not text.strip():
            return ""
        if text in other_raw:
            return "=" + text
        return "~" + fold(text, options)

    return [key(c, right_raw) for c in left], [key(c, left_raw) for c in right]


def same_body(left: Sequence[Clause], right: Sequence[Clause], options: CompareOptions) -> bool:
    """True when the joined bodies of two clause groups are equal after folding."""
    a = "\n\n".join(clause.text for clause in left)
    b = "\n\n".join(clause.text for clause in right)
    return a == b or fold(a, options) == fold(b, options)
