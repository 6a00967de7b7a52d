"""End-of-line hyphens in a PDF: a syllable break to undo, or a hyphen the text really has.

A PDF keeps the hyphen a typesetter added at a line end and the hyphen of a compound that
happens to fall there alike (pdfium even reports both as soft hyphens in LibreOffice's PDFs),
so the choice is made on the words: ``left-`` at a line end and ``right`` on the next line

* stay hyphenated, unspaced, when the document writes ``left-right`` elsewhere (or a
  compound holding that pair, as "c'est-à-dire" holds "est-à" and "à-dire"); when the left
  part is a usual French compound head (sous-, non-, vingt-, à-...) or the right part a
  usual compound tail (-ci, -là, -même, -après, -dessous, -deux...: ci-après, celle-ci) and
  the document never writes the joined word; when ``right`` starts with a capital
  ("Jean-Pierre"); when the hyphen is inside a URL or an e-mail address
  ("site-policy"); and between digits ("01-23-45");
* are joined without the hyphen otherwise ("contrac-" + "tuels" -> "contractuels").

No I/O, no Qt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

HYPHENS = ("-", "\u00ad", "\u2010", "\x02")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_URL_OR_MAIL = re.compile(r"://|^www\.|@|\w\.\w+/|/\w", re.IGNORECASE)
_COMPOUND_LEFT = frozenset((
    "vingt", "trente", "quarante", "cinquante", "soixante", "quatre", "dix", "sous", "demi",
    "semi", "self", "arrière", "non", "à",
))  # fmt: skip
_COMPOUND_RIGHT = frozenset((
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "vingt", "ci", "là", "même", "mêmes", "être", "t", "il", "ils", "elle",
    "elles", "on", "après", "dessus", "dessous", "dedans", "dehors", "delà", "devant",
    "derrière", "joint", "jointe", "joints", "jointes", "inclus", "incluse", "annexé",
    "annexée", "annexés", "annexées", "à", "vis", "value", "values", "vente", "contrat",
    "propos",
))  # fmt: skip
"""Parts that make compounds and never a syllable break a French hyphenation dictionary
makes (no "ef-" + "fort", "ren-" + "contre", "au-" + "tomatique" here)."""


class Evidence:
    """The words and the hyphenated pairs a document writes inside its lines (gathered on the
    first question: most documents never ask, having no hyphen at a line end)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts
        self._words: set[str] | None = None
        self._pairs: set[str] = set()

    def _gather(self) -> set[str]:
        words: set[str] = set()
        text = "\n".join(line.rstrip("-\u00ad\x02 ") for line in self._texts)
        for token in {match.group().casefold() for match in _WORD.finditer(text)}:
            if "-" not in token:
                words.add(token)
                continue
            parts = token.split("-")
            self._pairs.update(f"{a}-{b}" for a, b in itertools.pairwise(parts))
        return words

    @property
    def words(self) -> set[str]:
        """Words written without a hyphen."""
        if self._words is None:
            self._words = self._gather()
        return self._words

    @property
    def pairs(self) -> set[str]:
        """Adjacent parts of the hyphenated compounds written ("est-à", "à-dire")."""
        if self._words is None:
            self._words = self._gather()
        return self._pairs


def joint(left: str, right: str, evidence: Evidence) -> str:
    """What goes between ``left`` without its end-of-line hyphen and the next line ``right``:
    "-" to keep the hyphen (unspaced), "" to join a broken word, " " when ``left`` does not end
    with a hyphen after a letter or digit (a dash or a plain line end)."""
    if not left.endswith(HYPHENS) or len(left) < 2 or not right:
        return " "
    before = left[-2]
    token = left.rsplit(None, 1)[-1]
    if before.isdigit():
        return "-" if right[0].isdigit() else " "
    if not before.isalpha():
        return " "
    if _URL_OR_MAIL.search(token) or not right[0].islower():
        return "-"
    head = re.search(r"[^\W\d_]+$", left.rstrip("".join(HYPHENS)))
    tail = re.match(r"[^\W\d_]+", right)
    left_part = head.group().casefold() if head else ""
    right_part = tail.group().casefold() if tail else ""
    if f"{left_part}-{right_part}" in evidence.pairs:
        return "-"
    if f"{left_part}{right_part}" in evidence.words:
        return ""
    if left_part in _COMPOUND_LEFT or right_part in _COMPOUND_RIGHT:
        return "-"
    return ""
