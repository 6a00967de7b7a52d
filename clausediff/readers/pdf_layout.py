"""Rebuild paragraphs from the text lines of a PDF (pure geometry and text rules).

Input: the lines of each page, in drawing order, with their position and font size (see
:class:`Line`); output: paragraph blocks (:func:`read_layout`). Five steps:

1. **Page furniture is dropped**: among the two top and two bottom lines of each page (in the
   outer fifth of the page), a line whose text recurs on at least half of the pages (and two
   pages or more) is a running header or footer, and so is a short line that recurs once its
   numbers are folded ("Contrat n° 12 – page 3"); a line that is only a page number ("3",
   "Page 3 / 12", "- 3 -", "3 sur 12") is dropped too.
2. **Note areas** at the foot of the pages are taken out and kept as notes
   (:mod:`clausediff.readers.pdf_notes`).
3. **Columns** are read one after the other (:mod:`clausediff.readers.pdf_columns`).
4. **Paragraph breaks** between two lines: the vertical gap exceeds 1.3 times the body line
   pitch (scaled by font size); the font size changes; the previous line stopped short (the
   first word of the next line, or the amount it starts with, would have fitted in the space
   left in its column, so the break was hard); a bold line is followed by a regular one; the
   previous line ends a sentence (``. : ; ! ?``) and the next one starts with a clause number
   ("Article 3", "3.2", "a)", "IV.", "§ 2"); or the next line is indented further and either
   the previous one ends a sentence or the line after it returns to the margin (a first-line
   indent, as opposed to the continuation lines of a hanging indent, which align with the text
   after the number that starts the previous line).
5. **Lines are joined** with a space, or across an end-of-line hyphen as
   :mod:`clausediff.readers.pdf_hyphens` decides ("contrac-" + "tuel" -> "contractuel",
   "ci-" + "après" -> "ci-après"); note calls are written ``[1]`` and each note follows the
   paragraph that calls it as its own paragraph ``[1] ...`` (style "Footnote Text").

No I/O, no Qt.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from clausediff.readers.blocks import Block
from clausediff.readers.pdf_columns import order_page
from clausediff.readers.pdf_hyphens import HYPHENS, Evidence, joint
from clausediff.readers.pdf_lines import Line
from clausediff.readers.pdf_notes import Notes, find_notes, strip_note_number

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page|p\.)?\s*\d{1,4}\s*(?:(?:/|sur|of|de)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
_CLAUSE_START = re.compile(
    r"^(?:(?:article|art\.|clause|section|chapitre|chapter|titre|annexe|schedule)\s+\w+"
    r"|\d{1,3}(?:\.\d{1,3})*[.)]?\s"
    r"|[a-z]\)|\([a-z0-9]{1,4}\)|[IVXLC]{1,6}[.)\-–]\s|[A-Z][.)]\s|§\s*\d)",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".:;!?")
_AMOUNT = re.compile(r"\s*\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?:[ \u00a0\u202f]?[€%$£])?")


def _furniture_keys(text: str) -> tuple[str, str]:
    """The line as written (spaces and case folded), and with its numbers folded to ``#``."""
    exact = " ".join(text.split()).casefold()
    return exact, re.sub(r"\d+", "#", exact)


def _edge_lines(page: Sequence[Line]) -> list[Line]:
    """The two top and two bottom lines of a page, when they sit in its outer fifth."""
    ordered = sorted(page, key=lambda line: line.top)
    edges = [*ordered[:2], *ordered[-2:]]
    return [
        line
        for line in dict.fromkeys(edges)
        if line.top < 0.2 * line.page_height or line.top > 0.8 * line.page_height
    ]


def drop_furniture(pages: Sequence[Sequence[Line]]) -> list[list[Line]]:
    """Remove running headers, footers and page numbers (step 1).

    A line that recurs only once its numbers are folded ("Page 3", "Contrat n° 12 – 4/9")
    must also be short (under 60 % of the usual line width), so that the first lines of
    pages of a very repetitive text ("Article 17 – Le Prestataire ...") are not taken for it.
    """
    edge_sets = [_edge_lines(page) for page in pages]
    exact_counts: Counter[str] = Counter()
    folded_counts: Counter[str] = Counter()
    for edges in edge_sets:
        keys = [_furniture_keys(line.text) for line in edges]
        exact_counts.update({exact for exact, _ in keys})
        folded_counts.update({folded for _, folded in keys})
    widths = sorted(line.x1 - line.x0 for page in pages for line in page)
    short = 0.6 * widths[int(0.9 * (len(widths) - 1))] if widths else 0.0
    needed = max(2, (len(pages) + 1) // 2)

    def is_furniture(line: Line) -> bool:
        exact, folded = _furniture_keys(line.text)
        return (
            exact_counts[exact] >= needed
            or (folded_counts[folded] >= needed and line.x1 - line.x0 < short)
            or _PAGE_NUMBER.match(line.text.strip()) is not None
        )

    kept: list[list[Line]] = []
    for page, edges in zip(pages, edge_sets, strict=True):
        dropped = {id(line) for line in edges if is_furniture(line)}
        kept.append([line for line in page if id(line) not in dropped])
    return kept


@dataclass(frozen=True, slots=True)
class _Metrics:
    body_size: float
    pitch: float
    right: float


def _metrics(lines: Sequence[Line]) -> _Metrics:
    sizes = Counter(round(line.size * 2) / 2 for line in lines)
    body_size = sizes.most_common(1)[0][0] or 10.0
    gaps = [
        round(b.top - a.top, 1)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and abs(a.size - body_size) < 0.5 and 0.8 * body_size < b.top - a.top
        if b.top - a.top < 2.5 * body_size
    ]
    pitch = Counter(gaps).most_common(1)[0][0] if gaps else 1.2 * body_size
    rights = sorted(line.x1 for line in lines)
    right = rights[min(len(rights) - 1, int(0.9 * len(rights)))]
    return _Metrics(body_size, pitch, right)


def _char_width(line: Line) -> float:
    return (line.x1 - line.x0) / max(len(line.text), 1)


def _first_unit(text: str) -> str:
    """The first word of a line, or the first amount with its thousands groups and unit
    ("1 250,00 €"): typesetters bind those with no-break spaces, which PDFs often print as
    plain spaces, so the amount moved to the next line as one piece."""
    amount = _AMOUNT.match(text)
    if amount:
        return amount.group()
    return re.split(r"[ \t]", text.strip(), maxsplit=1)[0]


def _is_break(prev: Line, cur: Line, after: Line | None, metrics: _Metrics) -> bool:
    """Whether a new paragraph starts at ``cur`` (step 2); ``after`` is the line after it.

    Lines in columns are measured against their own column's edges; from the foot of one
    column (or page) to the top of the next, the vertical gap says nothing."""
    if abs(cur.size - prev.size) > 0.15 * metrics.body_size:
        return True
    same_column = cur.page == prev.page and cur.column == prev.column
    if same_column:
        gap = cur.top - prev.top
        expected = metrics.pitch * max(prev.size, cur.size) / metrics.body_size
        if gap > 1.3 * expected or gap < 0:
            return True
    char = _char_width(cur) or _char_width(prev)
    first_word = _first_unit(cur.text)
    right = prev.right or metrics.right
    if right - prev.x1 > (len(first_word) + 2) * char * 1.1:
        return True
    if prev.bold and prev.bold_end and not cur.bold:
        return True  # a bold line (a heading) followed by regular text
    ends_sentence = prev.text.rstrip().endswith(_SENTENCE_END)
    if ends_sentence and _CLAUSE_START.match(cur.text.lstrip()):
        return True
    shift = 0.0 if same_column else cur.left - prev.left  # compare within each one's column
    if cur.x0 - shift <= prev.x0 + 1.5 * char:
        return False
    if (
        cur.column == prev.column
        and _CLAUSE_START.match(prev.text.lstrip())
        and any(abs(cur.x0 - start) < char for start in prev.word_starts)
    ):
        return False  # a hanging indent: aligned with the text after the previous line's number
    # indented further: a first-line indent when the line after comes back to the margin
    # (with a hanging indent, the lines after stay indented)
    returns = (
        after is not None
        and (after.page, after.column) == (cur.page, cur.column)
        and abs(after.x0 - cur.left - (prev.x0 - prev.left)) < char
    )
    return ends_sentence or returns


def _join_lines(lines: Sequence[Line], evidence: Evidence, notes: Notes) -> str:
    """The text of one paragraph from its lines (linear in its length)."""
    pieces = [notes.text_of(lines[0]).strip()]
    for cur in lines[1:]:
        right = notes.text_of(cur).strip()
        between = joint(pieces[-1], right, evidence)
        if between != " ":
            pieces[-1] = pieces[-1].rstrip("".join(HYPHENS))
        pieces += [between, right]
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class Layout:
    """The paragraphs of a PDF, and what the reader should tell about how it read them."""

    blocks: list[Block]
    column_pages: tuple[int, ...]
    """Pages (numbered from 1) read column by column."""
    notes_placed: int


def read_layout(pages: Sequence[Sequence[Line]]) -> Layout:
    """Paragraph blocks from the lines of every page (the whole module's job)."""
    kept = [[line for line in page if line.text.strip()] for page in drop_furniture(pages)]
    if not any(kept):
        return Layout([], (), 0)
    body_size = _metrics([line for page in kept for line in page]).body_size
    kept, notes = find_notes(kept, body_size)
    lines: list[Line] = []
    column_pages: list[int] = []
    for page in kept:
        ordered, in_columns = order_page(page)
        if in_columns:
            column_pages.append(page[0].page + 1)
        lines += ordered
    if not lines:
        return Layout([], (), 0)
    metrics = _metrics(lines)
    evidence = Evidence([notes.text_of(line) for line in lines])
    blocks: list[Block] = []
    paragraph = [lines[0]]
    for index, (prev, cur) in enumerate(itertools.pairwise(lines)):
        after = lines[index + 2] if index + 2 < len(lines) else None
        if _is_break(prev, cur, after, metrics):
            blocks += _paragraph_blocks(paragraph, evidence, notes)
            paragraph = []
        paragraph.append(cur)
    blocks += _paragraph_blocks(paragraph, evidence, notes)
    return Layout(blocks, tuple(column_pages), len(notes.found))


def _paragraph_blocks(paragraph: Sequence[Line], evidence: Evidence, notes: Notes) -> list[Block]:
    """The paragraph's block, then one block per note it calls (``[1] Texte de la note``)."""
    blocks = [Block(_join_lines(paragraph, evidence, notes), bold=paragraph[0].bold)]
    for number, note in notes.called_by(paragraph):
        first = replace(note[0], text=strip_note_number(note[0].text))
        text = _join_lines([first, *note[1:]], evidence, notes)
        blocks.append(Block(f"[{number}] {text}", style="Footnote Text"))
    return blocks


def rebuild_paragraphs(pages: Sequence[Sequence[Line]]) -> list[Block]:
    """Paragraph blocks from the lines of every page (see :func:`read_layout`)."""
    return read_layout(pages).blocks
