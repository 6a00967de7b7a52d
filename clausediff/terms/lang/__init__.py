"""The words of each language the term rules are built from: :mod:`.fr` and :mod:`.en`.

Contract: plain, commented Python data (tuples, dicts), one module per language, with no
behaviour. The rule modules (``deadlines.py``, ``obligations*.py``, ``periodicity.py``,
``amounts.py``, ``values.py``) build their patterns and lookup tables from these words, and
``describe.py`` its wording of units and periods, so that a word is written once. Each module
ends with ``POSITIVE`` and ``NEGATIVE`` examples (as duckling keeps a corpus per rule) that
``tests/test_terms_lang.py`` runs through :func:`clausediff.terms.annotate`. No I/O, no Qt.
"""

from __future__ import annotations

from typing import TypeAlias


def split_words(table: str) -> tuple[str, ...]:
    """A word table written as one string, several words a line (easier to read than a list
    of quoted words)."""
    return tuple(table.split())


# An example the engine must find: (paragraph, label, the span's exact text).
Positive: TypeAlias = tuple[str, str, str]
# An example the engine must not label: (paragraph, label, the words that must stay unlabelled).
Negative: TypeAlias = tuple[str, str, str]
