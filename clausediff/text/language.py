"""Language detection: French or English, by counting stop words.

``detect_language(text)`` returns ``"fr"`` or ``"en"``. It counts the most frequent function
words of each language in a bounded sample of the text (a few slices spread over the whole
text), so a 50 MB document costs the same as a short one. French wins ties and texts with no
evidence at all, because ClauseDiff is French first.

No I/O, no Qt.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 60_000
"""Characters looked at, in three slices (start, middle, end)."""

_FRENCH = frozenset((
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "en", "au", "aux", "ou", "où",
    "est", "sont", "pour", "par", "sur", "dans", "avec", "sans", "ce", "cette", "ces", "qui",
    "que", "dont", "il", "elle", "ils", "elles", "nous", "vous", "leur", "leurs", "son", "sa",
    "ses", "se", "ne", "pas", "plus", "être", "été", "sera", "seront", "doit", "peut", "lors",
    "ainsi", "entre", "après", "avant", "selon", "tout", "toute", "tous", "toutes", "l", "d",
    "qu", "s", "n", "c",
))  # fmt: skip
_ENGLISH = frozenset((
    "the", "an", "and", "or", "of", "to", "in", "at", "by", "for", "with", "without", "this",
    "that", "these", "those", "which", "who", "whom", "is", "are", "was", "were", "be", "been",
    "shall", "will", "may", "must", "not", "no", "any", "all", "its", "it", "their", "his",
    "her", "from", "as", "such", "than", "other", "under", "upon", "into", "hereby", "herein",
    "thereof",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _sample(text: str) -> str:
    """A bounded sample: the whole text if short, else three slices spread over it."""
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle : middle + third], text[-third:]))


def detect_language(text: str) -> str:
    """Return ``"fr"`` or ``"en"``: the language whose stop words are more frequent."""
    french = english = 0
    for match in _WORD.finditer(_sample(text).lower()):
        word = match.group()
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    return "en" if english > french else "fr"
