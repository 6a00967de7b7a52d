"""Write the redline: the new text as a Word document whose differences from the left are revisions.

:func:`write_redline` takes a comparison (and the session, when the user decided clauses),
builds the marked pieces (:mod:`~clausediff.report.redline.pieces`), cuts them into paragraphs
(:mod:`~clausediff.report.redline.paragraphs`) and writes each paragraph with the revision
elements of :mod:`~clausediff.report.redline.ooxml`. Accepting every revision in Word or
LibreOffice gives the right-hand text (with a session: the text the user decided on), rejecting
every revision gives the left-hand text, paragraph for paragraph.

Clause headings standing on their own line become Word "Heading N" styles, a first all-capitals
line of the preamble the "Title" style; clause numbers stay in the text as written. The page and
language follow the documents (:mod:`~clausediff.report.redline.page`). With
``RedlineOptions.summary`` a cover page (not tracked) gives the number of clauses per status and
the term changes, as the PDF report does. Track changes is left on, so the other side's edits are
tracked too. Written atomically; no Qt.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from clausediff.clause import Clause
from clausediff.comparison import Comparison
from clausediff.document import Document
from clausediff.report.redline import ooxml
from clausediff.report.redline.page import new_document, page_for
from clausediff.report.redline.paragraphs import RedlineParagraph, paragraphs
from clausediff.report.redline.pieces import Mark, redline_pieces
from clausediff.store import atomic
from clausediff.store.session import Session


@dataclass(frozen=True, slots=True)
class RedlineOptions:
    """Who the revisions are by and when (now by default); ``summary`` adds a cover page.

    ``language`` is the language of the cover page's words ("fr"/"en"; default: the right
    document's).
    """

    author: str = "ClauseDiff"
    date: datetime | None = None
    summary: bool = False
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RedlineStats:
    """What was written: paragraphs and revisions (runs and paragraph marks), moves."""

    paragraphs: int
    revisions: int
    moves: int


def write_redline(
    comparison: Comparison,
    path: str | os.PathLike[str],
    session: Session | None = None,
    options: RedlineOptions | None = None,
) -> RedlineStats:
    """Write the redline of ``comparison`` to ``path`` (.docx), atomically."""
    options = options or RedlineOptions()
    page = page_for(comparison.right)
    document = new_document(page)
    core = document.core_properties
    core.author = options.author
    core.language = page.language
    core.title = ""
    body = document.element.body
    for element in list(body):
        if element.tag != _SECTION:
            body.remove(element)
    section = body[-1] if len(body) else None
    if options.summary:
        from clausediff.report.redline.cover import write_cover

        write_cover(document, comparison, session, options.language or comparison.right.language)
        for element in list(body):
            if element.tag != _SECTION:
                body.remove(element)
                section.addprevious(element) if section is not None else body.append(element)
    stamp = ooxml.Stamp(options.author)
    if options.date is not None:
        stamp.date = ooxml.iso_date(options.date)
    cut = paragraphs(
        redline_pieces(comparison, session),
        _head_ends(comparison.left_clauses, comparison.left.text),
        _head_ends(comparison.right_clauses, comparison.right.text),
    )
    styles = _Styles(comparison)
    writer = _BodyWriter(stamp)
    for redline_paragraph in cut:
        p = writer.paragraph(redline_paragraph, styles.style_id(redline_paragraph))
        if section is not None:
            section.addprevious(p)
        else:
            body.append(p)
    _track_changes(document)

    def save(temp: Path) -> None:
        document.save(str(temp))

    atomic.write_with(path, save)
    return RedlineStats(len(cut), stamp.last_id - writer.ranges, writer.moves)


_SECTION = ooxml.qn("w:sectPr")


class _BodyWriter:
    """Writes paragraphs in order, opening and closing the named ranges of moves."""

    def __init__(self, stamp: ooxml.Stamp) -> None:
        self.stamp = stamp
        self.open: tuple[Mark, int, str] | None = None  # mark, move number, range id
        self.ranges = 0
        self.moves = 0
        self.named: set[int] = set()

    def paragraph(self, source: RedlineParagraph, style_id: str) -> Any:
        p = ooxml.paragraph(style_id)
        for run in source.runs:
            self._range(p, run.mark, run.move)
            ooxml.add_text(p, run.mark, run.text, self.stamp)
        self._range(p, source.end, source.end_move)
        ooxml.mark_paragraph_end(p, source.end, self.stamp)
        return p

    def _range(self, p: Any, mark: Mark, move: int) -> None:
        """Close the open move range unless this text continues it; open one for a move."""
        moving = mark in (Mark.MOVE_FROM, Mark.MOVE_TO) and move > 0
        if self.open is not None and (not moving or self.open[:2] != (mark, move)):
            ooxml.close_move_range(p, self.open[0], self.open[2])
            self.open = None
        if moving and self.open is None:
            if move not in self.named:
                self.named.add(move)
                self.moves += 1
            range_id = ooxml.open_move_range(p, mark, f"move{move}", self.stamp)
            self.ranges += 1
            self.open = (mark, move, range_id)


def _head_ends(clauses: Sequence[Clause], text: str) -> list[int]:
    """Sorted offsets where a body starts after a heading on a line of its own."""
    return sorted(c.body_start for c in clauses if _stands_alone(c, text))


def _stands_alone(clause: Clause, text: str) -> bool:
    """A heading line: a number with a heading, or a header with a line break after it."""
    header = text[clause.start : clause.body_start]
    return bool(header.strip()) and (
        "\n" in header or clause.body_start >= clause.end or bool(clause.heading)
    )


class _Styles:
    """The Word style of a paragraph, from where its first word lies in its document."""

    def __init__(self, comparison: Comparison) -> None:
        self.sides = (
            _SideStyles(comparison.left, comparison.left_clauses),
            _SideStyles(comparison.right, comparison.right_clauses),
        )

    def style_id(self, paragraph: RedlineParagraph) -> str:
        if paragraph.right >= 0:
            return self.sides[1].style_id(paragraph.right)
        if paragraph.left >= 0:
            return self.sides[0].style_id(paragraph.left)
        return ""


class _SideStyles:
    def __init__(self, document: Document, clauses: Sequence[Clause]) -> None:
        text = self.text = document.text
        self.heads = [
            (c.start, c.body_start, max(1, min(c.level, 3)))
            for c in sorted(clauses, key=lambda c: c.start)
            if _stands_alone(c, text)
        ]
        self.head_starts = [start for start, _, _ in self.heads]
        first = min((c.start for c in clauses), default=len(text))
        preamble = text[:first].strip()
        title = preamble.split("\n", 1)[0].strip() if preamble else ""
        self.title_end = (
            text.find(title) + len(title)
            if title and title.upper() == title and any(ch.isalpha() for ch in title)
            else -1
        )

    def style_id(self, offset: int) -> str:
        if offset < self.title_end:
            return "Title"
        at = bisect_right(self.head_starts, offset) - 1
        if at >= 0:
            start, body_start, level = self.heads[at]
            line_end = self.text.find("\n", offset)
            # A heading line: it ends before the body ("7.1 En contrepartie…" is body text).
            if start <= offset < body_start and 0 <= line_end <= body_start:
                return f"Heading{level}"
        return ""


def _track_changes(document: Any) -> None:
    """Turn on track changes in the settings, so further edits are tracked too."""
    settings = document.settings.element
    if settings.find(ooxml.qn("w:trackRevisions")) is None:
        element = settings.makeelement(ooxml.qn("w:trackRevisions"), {})
        # The schema's order: after w:zoom and w:proofState, before w:defaultTabStop.
        following = settings.find(ooxml.qn("w:defaultTabStop"))
        if following is not None:
            following.addprevious(element)
        else:
            settings.append(element)
