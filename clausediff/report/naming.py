"""How a report names clauses and pairs: the way a reader refers to them.

A clause is named by its number and heading as written ("Article 3 – Prix"), else by the start of
its text, else by its position; a pair by its clauses' names, and its status is put in words
with where a clause went ("Déplacée : Article 9 → Article 6"). The report's sections, its term
tables and the messages about pairs (:func:`pair_titles`) all name things here, so a pair is
called the same everywhere. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Pair, PairStatus, Side
from clausediff.report import strings


def pair_titles(comparison: Comparison, pairs: Sequence[Pair], language: str) -> tuple[str, ...]:
    """How the report names each of ``pairs`` ("Article 3 – Prix"), for messages and notes."""
    namer = Namer(comparison, language)
    return tuple(namer.title(pair) for pair in pairs)


class Namer:
    """Names clauses and pairs the way a reader refers to them."""

    def __init__(self, comparison: Comparison, language: str) -> None:
        self.language = language
        self.comparison = comparison
        self.position = {
            side: {c.id: n for n, c in enumerate(comparison.side(side).clauses, start=1)}
            for side in Side
        }

    def clauses(self, pair: Pair, side: Side) -> tuple[Clause, ...]:
        """The pair's clauses on ``side`` (ids unknown to the comparison are skipped)."""
        return self.comparison.side(side).of(pair)

    def label(self, clause: Clause, side: Side) -> str:
        """The clause's number and heading as written, or the start of its text, or its position.

        The words before the body are taken from the document when they fit on one line
        ("Article 3 – Prix", typography kept); otherwise the clause's number and heading.
        """
        text = self.comparison.side(side).document.text
        written = text[clause.start : clause.body_start].strip()
        if written and "\n" not in written and len(written) <= 120:
            return written
        if clause.label:
            return clause.label
        excerpt = " ".join(clause.text.split())
        if excerpt:
            return excerpt if len(excerpt) <= 60 else excerpt[:57].rstrip() + "…"
        return self.reference(clause, side)

    def reference(self, clause: Clause, side: Side) -> str:
        """A short reference: the clause number, else its position ("clause n° 4")."""
        if clause.number:
            return clause.number
        position = self.position[side][clause.id]
        return strings.text(self.language, "position", n=position)

    def title(self, pair: Pair) -> str:
        """The pair's name: its right clauses' labels, or its left ones' for a deletion."""
        side = Side.RIGHT if self.clauses(pair, Side.RIGHT) else Side.LEFT
        return " + ".join(self.label(c, side) for c in self.clauses(pair, side))

    def status_text(self, pair: Pair) -> str:
        """The status in words, with where a clause went for moves, splits and merges."""
        language = self.language
        name = strings.text(language, f"status.{pair.status}")
        if pair.status is PairStatus.INSERTED:
            return f"{name} {strings.text(language, 'absent.left')}"
        if pair.status is PairStatus.DELETED:
            return f"{name} {strings.text(language, 'absent.right')}"
        lefts = " + ".join(self.reference(c, Side.LEFT) for c in self.clauses(pair, Side.LEFT))
        rights = " + ".join(self.reference(c, Side.RIGHT) for c in self.clauses(pair, Side.RIGHT))
        colon = "\u202f: " if language == "fr" else ": "
        if pair.status in (PairStatus.MOVED, PairStatus.SPLIT, PairStatus.MERGED):
            name = f"{name}{colon}{lefts} → {rights}"
        elif pair.number_changed and lefts != rights:
            name = f"{name}, {strings.text(language, 'renumbered')}{colon}{lefts} → {rights}"
        if pair.heading_changed:
            name = f"{name}, {strings.text(language, 'retitled')}"
        return name
