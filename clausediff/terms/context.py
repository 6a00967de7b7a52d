"""Where a term is: a short excerpt of its sentence, with the subject and the verb.

Contract: :func:`excerpt` takes a text and a term's offsets into it and returns the words of the
term's sentence around it, on one line: the start of the sentence (its subject) when it is near,
the few words just before the term, the term, and the words just after it (the verb after "doit",
the event after "dans un délai de 30 jours"), with "…" where words were left out: "Le
Prestataire doit fournir les livrables …", "Le Client paie … dans un délai de 30 jours à compter
…". A lawyer reads from it who must do what, which the bare trigger ("doit") does not say.
Sentences end at ". ! ?" before a capital, at ";" and at a line break; "art. 3" and "1.5" do
not end one. No I/O, no Qt.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_END = re.compile(r"[.!?](?=\s+[«\"“(]?[A-ZÀ-ÖØ-Þ])|[;\n]")
_WORD = re.compile(r"\S+")
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)+\.?|\d+[.)]|\(?(?:[IVX]+|[a-z])[.)])$")
_REACH = 300  # characters searched on each side for the sentence's ends
HEAD_WORDS = 3  # the sentence's first words (its subject) kept when the term is far from them
BEFORE_WORDS = 3  # words kept just before the term
AFTER_WORDS = 3  # words kept just after the term


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the sentence holding ``[start, end)``."""
    low = max(0, start - _REACH)
    first = low
    for boundary in _END.finditer(text, low, start):
        first = boundary.end()
    if first == low and low > 0:
        first = start - len(text[low:start].split(" ", 1)[-1])  # cut inside a word: skip it
    stop = _END.search(text, end, min(len(text), end + _REACH))
    if stop is None:
        return first, min(len(text), end + _REACH)
    return first, stop.start() + (1 if stop.group() in ".!?" else 0)


def excerpt(text: str, start: int, end: int) -> str:
    """The excerpt of the sentence around ``text[start:end]`` (see the module)."""
    first, last = sentence_bounds(text, start, end)
    before = _WORD.findall(text, first, start)
    if before and _NUMBERING.match(before[0]):
        del before[0]  # the clause's own number ("5.1") is no part of what it says
    after = _WORD.findall(text, end, last)
    term = " ".join(text[start:end].split())
    if len(before) <= HEAD_WORDS + BEFORE_WORDS:
        head = " ".join(before)
    else:
        head = f"{' '.join(before[:HEAD_WORDS])} {ELLIPSIS} {' '.join(before[-BEFORE_WORDS:])}"
    tail = " ".join(after[:AFTER_WORDS])
    if len(after) > AFTER_WORDS:
        tail += f" {ELLIPSIS}"
    glue_before = "" if not head or (start > 0 and not text[start - 1].isspace()) else " "
    glue_after = "" if not tail or (end < len(text) and not text[end].isspace()) else " "
    return f"{head}{glue_before}{term}{glue_after}{tail}".strip()
