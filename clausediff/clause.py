"""The clause: the unit ClauseDiff aligns, diffs and annotates.

Segmentation turns a :class:`~clausediff.document.Document` into a flat, ordered,
non-overlapping tuple of :class:`Clause`. Each clause points back into the document text:
``start``/``end`` is its whole span, number and heading included; ``body_start``/``body_end`` is
the span of its body, so ``document.text[c.body_start:c.body_end] == c.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.pickling import pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Clause:
    """One alignable unit of a document.

    ``id`` is unique within the document ("c1", "c2", ... in document order). ``number`` is the
    clause number as written ("Article 1er", "3.2", "a)"; "" when none), ``heading`` its title
    ("" when none), ``text`` its body. ``level`` is the depth of its number or heading (1 = top).
    ``parent`` is the id of the clause whose span holds the enclosing heading (None at top level).
    ``title`` is set for clause-library variants: the clause name they are a variant of.
    """

    id: str
    number: str
    heading: str
    text: str
    level: int
    parent: str | None
    start: int
    end: int
    body_start: int
    body_end: int
    title: str = ""

    @property
    def label(self) -> str:
        """Number and heading as a reader would name the clause ("Article 3 – Prix")."""
        return " ".join(part for part in (self.number, self.heading) if part)
