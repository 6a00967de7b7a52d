"""Clause segmentation: Document -> flat, ordered, non-overlapping clauses.

Public API (the rest of ClauseDiff calls exactly this):

* :func:`segment` — ``segment(document) -> tuple[Clause, ...]``: clauses "c1", "c2", ... in text
  order, each with its number as written, heading, body text and offsets; text before the first
  clause (title, version line, copyright line) belongs to no clause;
* :func:`number_key` — a normalised clause number ("Article 1er" -> "1", "5.1." -> "5.1");
* :func:`is_library_page` — whether a document is a clause-library page ("… Clauses
  Exemplaires" / "… Sample Clauses"), which :func:`segment` splits into one clause per variant
  and per related clause, each with its ``title``.

Pure functions of the document: no I/O, no Qt, deterministic.
"""

from __future__ import annotations

from clausediff.clause import Clause
from clausediff.document import Document
from clausediff.segment.builder import build_clauses
from clausediff.segment.library import is_library_page, segment_library
from clausediff.text.number_keys import number_key

__all__ = ["is_library_page", "number_key", "segment"]


def segment(document: Document) -> tuple[Clause, ...]:
    """Split a document into clauses (library pages by variant, contracts by structure)."""
    if is_library_page(document):
        return segment_library(document)
    return build_clauses(document)
