"""Clause signatures: what matching needs to know about each clause, computed once.

Input: the clauses of both documents and the comparison options. Output, per clause:

* a ``key``: the body in the form the unchanged test compares. Equal keys mean equal bodies after
  :func:`clausediff.text.normalize.fold` under the options. A body found verbatim on the other side
  keeps its raw text as key and is never folded (equal raw texts fold equal): on a light revision
  of a megabyte contract that saves most of the folding;
* a word set (:class:`Stemmer`): the body folded for matching
  (:func:`clausediff.text.normalize.fold_for_matching`), split into words cut to their first
  :data:`STEM` letters, a crude language-neutral stemmer that lets ``contributeur`` and
  ``contributeurs`` meet. Distinct whitespace-separated tokens are folded once through a cache
  (``"l’Œuvre,"`` -> ``l``, ``oeuvre``) instead of clause by clause. Division headings that end
  a body ("Chapitre III : Des conséquences du divorce" after an article's last sentence, where
  segmentation left them) are no words of the clause: they open what follows, and two
  unrelated articles that both precede a heading would otherwise share its rare words
  (:func:`provisions`).

Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausediff.clause import Clause
from clausediff.options import CompareOptions
from clausediff.text.normalize import fold, fold_for_matching

__all__ = ["STEM", "Bodies", "Stemmer", "fold", "keys"]

STEM = 7
#: A line that names a division above the clause: keyword, a number ("Ier", "2", "préliminaire",
#: "Ier bis"), then nothing, a separator or a capitalised title ("Part 2 of the Schedule
#: applies." is a sentence).
_DIVISION = re.compile(
    r"\n[ \t]*(?i:livre|(?:sous-)?titre|chapitre|(?:sous-)?section|paragraphe|partie|book|"
    r"title|chapter|(?:sub)?section|part)[ \t]+(?:[0-9]+(?:er|e)?|[IVXLC]+(?:er|e)?\b|"
    r"(?i:premier|première|unique|préliminaire|preliminary))(?:[ \t]+(?:bis|ter|quater))?"
    r"(?:[ \t]*[:.–—-][^\n]*|[ \t]+[A-ZÀ-ÖØ-Þ«\"“][^\n]*)?\s*$"
)


def provisions(text: str) -> str:
    """The body without the division headings that end it (see the module docstring)."""
    if "\n" not in text:
        return text
    while True:
        found = _DIVISION.search(text)
        if found is None:
            return text
        text = text[: found.start()]


class Stemmer:
    """Folds and stems distinct tokens once; one instance per alignment."""

    __slots__ = ("_cache", "_texts")

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, ...]] = {}
        self._texts: dict[str, frozenset[str]] = {}

    def words(self, clause: Clause) -> frozenset[str]:
        """Stemmed words of the body; of the heading when the body is empty."""
        return self.text_words(provisions(clause.text) or clause.heading)

    def text_words(self, text: str) -> frozenset[str]:
        """Stemmed words of any piece of text (a body, a sentence)."""
        known = self._texts.get(text)
        if known is not None:  # repeated boilerplate bodies are stemmed once
            return known
        cache = self._cache
        out: set[str] = set()
        for token in set(text.casefold().split()):
            stems = cache.get(token)
            if stems is None:
                stems = tuple(word[:STEM] for word in fold_for_matching(token).split())
                cache[token] = stems
            out.update(stems)
        words = self._texts[text] = frozenset(out)
        return words


def keys(
    left: Sequence[Clause], right: Sequence[Clause], options: CompareOptions
) -> tuple[list[str], list[str]]:
    """Unchanged-test keys of both sides ("" for an empty body, which never matches by key)."""
    left_raw = {clause.text for clause in left}
    right_raw = {clause.text for clause in right}

    def key(clause: Clause, other_raw: set[str]) -> str:
        text = clause.text
        if not text.strip():
            # a heading of its own ("Chapitre II : Du respect du corps humain") matches the
            # same heading, so a code's divisions anchor the chain like unchanged articles
            heading = clause.heading.strip()
            return "#" + fold(f"{clause.number} {heading}", options) if heading else ""
        if text in other_raw:
            return "=" + text
        return "~" + fold(text, options)

    return [key(c, right_raw) for c in left], [key(c, left_raw) for c in right]


class Bodies:
    """The folded bodies of one side, folded at most once (reusing the keys that hold them)."""

    __slots__ = ("_cache", "_clauses", "_keys", "_options", "_separator")

    def __init__(
        self, clauses: Sequence[Clause], keys: Sequence[str], options: CompareOptions
    ) -> None:
        self._clauses = clauses
        self._keys = keys
        self._options = options
        self._cache: dict[int, str] = {}
        # fold works character by character (numbering per line), so folding pieces and joining
        # them equals folding the joined text, if the separator folds the same way
        self._separator = "" if options.ignore_whitespace else "\n\n"

    def folded(self, index: int) -> str:
        """The body of clause ``index`` folded under the options."""
        key = self._keys[index]
        if key.startswith("~"):
            return key[1:]
        found = self._cache.get(index)
        if found is None:
            found = fold(self._clauses[index].text, self._options)
            self._cache[index] = found
        return found

    def joined(self, indices: Sequence[int]) -> str:
        """The folded bodies of several clauses, as one text."""
        if len(indices) == 1:
            return self.folded(indices[0])
        return self._separator.join(self.folded(i) for i in indices)
