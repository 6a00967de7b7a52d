"""Rebuild paragraphs from the text lines of a PDF (pure geometry and text rules).

Input: the lines of each page, top to bottom, with their position and font size (see
:class:`Line`); output: paragraph blocks. Three steps:

1. **Page furniture is dropped**: among the two top and two bottom lines of each page (in the
   outer fifth of the page), a line whose text recurs on at least half of the pages (and two
   pages or more) is a running header or footer, and so is a short line that recurs once its
   numbers are folded ("Contrat n° 12 – page 3"); a line that is only a page number ("3",
   "Page 3 / 12", "- 3 -", "3 sur 12") is dropped too.
2. **Paragraph breaks** between two lines: the vertical gap exceeds 1.3 times the body line
   pitch (scaled by font size); the font size changes; the previous line stopped short (the
   first word of the next line would have fitted in the space left, so the break was hard);
   a bold line is followed by a regular one; the previous line ends a sentence
   (``. : ; ! ?``) and the next one starts with a clause number ("Article 3", "3.2", "a)",
   "IV.", "§ 2"); or the next line is indented further and either the previous one ends a
   sentence or the line after it returns to the margin (a first-line indent, as opposed to
   the continuation lines of a hanging indent, which align with the text after the number
   that starts the previous line).
3. **Lines are joined** with a space, except end-of-line hyphens: "contrac-" + "tuel" becomes
   "contractuel" when the next line starts in lower case, unless the document writes the
   hyphenated form elsewhere, or does not write the joined word elsewhere while the left part is
   a usual compound prefix (vingt-, sous-, demi-, self-...) or the right part a usual compound
   suffix (-deux, -ci, -là, -même...). A hyphen before a capital or digit is kept, unspaced.

No I/O, no Qt.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clausediff.readers.blocks import Block

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page|p\.)?\s*\d{1,4}\s*(?:(?:/|sur|of|de)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
_CLAUSE_START = re.compile(
    r"^(?:(?:article|art\.|clause|section|chapitre|chapter|titre|annexe|schedule)\s+\w+"
    r"|\d{1,3}(?:\.\d{1,3})*[.)]?\s"
    r"|[a-z]\)|\([a-z0-9]{1,4}\)|[IVXLC]{1,6}[.)\-–]\s|[A-Z][.)]\s|§\s*\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = tuple(".:;!?")
_HYPHENS = ("-", "\u00ad", "\u2010", "\x02")
_COMPOUND_LEFT = frozenset((
    "vingt", "trente", "quarante", "cinquante", "soixante", "quatre", "dix", "sous", "demi",
    "semi", "self", "arrière",
))  # fmt: skip
_COMPOUND_RIGHT = frozenset((
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "vingt", "ci", "là", "même", "mêmes", "être", "t", "il", "ils", "elle",
    "elles", "on",
))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: text, horizontal extent, baseline distance from the page top, size;
    whether its first and its last characters are bold; whether it ends with a soft hyphen;
    where its second, third and fourth words start (to recognise a hanging indent)."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    page: int
    page_height: float
    bold: bool = False
    soft_hyphen: bool = False
    bold_end: bool = False
    word_starts: tuple[float, ...] = ()


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


def _is_break(prev: Line, cur: Line, after: Line | None, metrics: _Metrics) -> bool:
    """Whether a new paragraph starts at ``cur`` (step 2); ``after`` is the line after it."""
    if abs(cur.size - prev.size) > 0.15 * metrics.body_size:
        return True
    if cur.page == prev.page:
        gap = cur.top - prev.top
        expected = metrics.pitch * max(prev.size, cur.size) / metrics.body_size
        if gap > 1.3 * expected or gap < 0:
            return True
    char = _char_width(cur) or _char_width(prev)
    first_word = cur.text.split(maxsplit=1)[0] if cur.text.strip() else ""
    if metrics.right - prev.x1 > (len(first_word) + 2) * char * 1.1:
        return True
    if prev.bold and prev.bold_end and not cur.bold:
        return True  # a bold line (a heading) followed by regular text
    ends_sentence = prev.text.rstrip().endswith(_SENTENCE_END)
    if ends_sentence and _CLAUSE_START.match(cur.text.lstrip()):
        return True
    if cur.x0 <= prev.x0 + 1.5 * char:
        return False
    if _CLAUSE_START.match(prev.text.lstrip()) and any(
        abs(cur.x0 - start) < char for start in prev.word_starts
    ):
        return False  # a hanging indent: aligned with the text after the previous line's number
    # indented further: a first-line indent when the line after comes back to the margin
    # (with a hanging indent, the lines after stay indented)
    returns = after is not None and after.page == cur.page and abs(after.x0 - prev.x0) < char
    return ends_sentence or returns


def _word_evidence(lines: Iterable[Line]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds the document writes inside lines."""
    words: set[str] = set()
    compounds: set[str] = set()
    for line in lines:
        for match in _WORD.finditer(line.text.rstrip("-\u00ad\x02 ")):
            token = match.group().casefold()
            (compounds if "-" in token else words).add(token)
    return words, compounds


def _joint(left: str, right: str, soft: bool, evidence: tuple[set[str], set[str]]) -> str:
    """How the line ``left`` meets the next line ``right`` (step 3): the text to put between
    ``left`` without its end-of-line hyphen and ``right`` ("" or " ", or "-" to keep it)."""
    if not left.endswith(_HYPHENS) or len(left) < 2 or not left[-2].isalpha():
        return " "
    if not right[:1].islower():
        return "-"
    head = re.search(r"[^\W\d_]+$", left.rstrip("".join(_HYPHENS)))
    tail = re.match(r"[^\W\d_]+", right)
    left_part = head.group().casefold() if head else ""
    right_part = tail.group().casefold() if tail else ""
    words, compounds = evidence
    keep = not soft and (
        f"{left_part}-{right_part}" in compounds
        or (
            f"{left_part}{right_part}" not in words
            and (left_part in _COMPOUND_LEFT or right_part in _COMPOUND_RIGHT)
        )
    )
    return "-" if keep else ""


def _join_lines(lines: Sequence[Line], evidence: tuple[set[str], set[str]]) -> str:
    """The text of one paragraph from its lines (linear in its length)."""
    pieces = [lines[0].text.strip()]
    for prev, cur in itertools.pairwise(lines):
        right = cur.text.strip()
        joint = _joint(pieces[-1], right, prev.soft_hyphen, evidence)
        if joint != " ":
            pieces[-1] = pieces[-1].rstrip("".join(_HYPHENS))
        pieces += [joint, right]
    return "".join(pieces)


def rebuild_paragraphs(pages: Sequence[Sequence[Line]]) -> list[Block]:
    """Paragraph blocks from the lines of every page (the whole module's job)."""
    lines = [line for page in drop_furniture(pages) for line in page if line.text.strip()]
    if not lines:
        return []
    metrics = _metrics(lines)
    evidence = _word_evidence(lines)
    blocks: list[Block] = []
    paragraph = [lines[0]]
    for index, (prev, cur) in enumerate(itertools.pairwise(lines)):
        after = lines[index + 2] if index + 2 < len(lines) else None
        if _is_break(prev, cur, after, metrics):
            blocks.append(Block(_join_lines(paragraph, evidence), bold=paragraph[0].bold))
            paragraph = []
        paragraph.append(cur)
    blocks.append(Block(_join_lines(paragraph, evidence), bold=paragraph[0].bold))
    return blocks
