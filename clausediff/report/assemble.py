"""The assembled contract: the right-hand document rebuilt from the user's choices.

:func:`assemble` walks the pairs of a session's comparison in order (the right document's reading
order, deleted clauses where they stood) and keeps, for each pair, the side the user chose: the
right clauses by default, the left clauses for ``Keep.LEFT`` (so a deleted clause chosen "left"
comes back at its place and an inserted clause chosen "left" disappears; a renumbered clause
keeps its left wording under its right number, :mod:`clausediff.report.renumber`), or the
user's text for ``Keep.CUSTOM`` (it replaces the bodies; the clause number and heading are
kept). Text of the right document outside every clause (a title, a preamble, signatures) stays
where it was.

A changed pair without a decision is never silently taken from one side: :func:`assemble` raises
:class:`UndecidedClauses` listing them, unless the caller names the side to take for them
(``undecided=Keep.RIGHT`` or ``Keep.LEFT``); then the contract lists them in ``undecided`` and
in a final note, so the reader sees what nobody decided.

Every clause becomes blocks: its number and heading as a heading block (when it has a heading or
they stand on their own line; one block per line, source markup such as Markdown ``#`` and
``**`` removed), then one paragraph block per paragraph of its body, as written in the source
document. An all-capitals first line before the first clause is the title. :func:`write_docx`
(python-docx; "Title" and "Heading N" styles, page and language as the documents say, see
:mod:`clausediff.report.redline.page`) and :func:`write_txt` write the result atomically. No Qt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Pair
from clausediff.errors import InputError
from clausediff.report import strings
from clausediff.report.model import pair_titles
from clausediff.report.redline.page import FRENCH_A4, Page, new_document, page_for
from clausediff.report.renumber import kept_left_text, renumbers
from clausediff.store import atomic
from clausediff.store.session import Choice, Keep, Session, pair_key

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n+")
#: Source markup around a heading line: Markdown "#"s, emphasis marks, a trailing "#" run.
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*))?$", re.DOTALL)
_EMPHASIS = re.compile(r"\*\*|__")
_HEADING_MARKUP = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$|\*\*|__|(?<!\w)[*_]|[*_](?!\w)")


class BlockKind(StrEnum):
    """What a block of the assembled contract is."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


class UndecidedClauses(InputError):
    """Changed clauses have no decision; ``labels`` names them in document order."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        shown = ", ".join(labels[:8]) + (f" and {len(labels) - 8} more" if len(labels) > 8 else "")
        super().__init__(f"{len(labels)} changed clause(s) have no decision: {shown}")
        self.labels = labels


@dataclass(frozen=True, slots=True)
class Block:
    """A heading (``level`` 1 = top) or a paragraph, and the pair it came from ("" for none)."""

    kind: BlockKind
    text: str
    level: int = 0
    pair: str = ""


@dataclass(frozen=True, slots=True)
class AssembledContract:
    """The contract as a flat list of blocks, its language and page.

    ``undecided`` names the changed clauses that had no decision and took ``undecided_side``.
    """

    blocks: tuple[Block, ...]
    language: str
    page: Page = FRENCH_A4
    undecided: tuple[str, ...] = ()
    undecided_side: Keep | None = None

    @property
    def text(self) -> str:
        """Plain text: blocks separated by blank lines."""
        return "\n\n".join(block.text for block in self.blocks) + "\n"


def undecided_pairs(session: Session) -> tuple[Pair, ...]:
    """The changed pairs for which the user chose no side (a note alone is no decision)."""
    open_pairs: list[Pair] = []
    for pair in session.comparison.pairs:
        choice = session.choice_for(pair)
        if pair.changed and (choice is None or choice.side is None):
            open_pairs.append(pair)
    return tuple(open_pairs)


def assemble(session: Session, undecided: Keep | None = None) -> AssembledContract:
    """The right-hand document with each pair replaced by the user's choice, in order.

    Raises :class:`UndecidedClauses` when a changed pair has no decision, unless ``undecided``
    says which side to take for them (``Keep.LEFT`` or ``Keep.RIGHT``).
    """
    comparison = session.comparison
    open_pairs = undecided_pairs(session)
    labels = pair_titles(comparison, open_pairs, comparison.right.language)
    if labels and undecided not in (Keep.LEFT, Keep.RIGHT):
        raise UndecidedClauses(labels)
    default = undecided if undecided is not None else Keep.RIGHT
    right_text = comparison.right.text
    gaps = list(_gaps(right_text, comparison.right_clauses))
    right_starts = {c.id: c.start for c in comparison.right_clauses}
    blocks: list[Block] = []
    for pair in comparison.pairs:
        anchor = min((right_starts[i] for i in pair.right if i in right_starts), default=None)
        while anchor is not None and gaps and gaps[0][0] < anchor:
            blocks.extend(_gap_blocks(right_text, gaps[0], not blocks))
            gaps.pop(0)
        blocks.extend(_pair_blocks(comparison, pair, session.choice_for(pair), default))
    for gap in gaps:
        blocks.extend(_gap_blocks(right_text, gap, not blocks))
    language = comparison.right.language
    if labels:
        blocks.append(Block(BlockKind.HEADING, strings.text(language, "assemble.note"), 1))
        blocks.append(Block(BlockKind.PARAGRAPH, strings.text(language, f"assemble.{default}")))
        blocks.extend(Block(BlockKind.PARAGRAPH, f"– {label}") for label in labels)
    return AssembledContract(
        tuple(blocks),
        language,
        page_for(comparison.right),
        labels,
        default if labels else None,
    )


def _gap_blocks(text: str, gap: tuple[int, int], first: bool) -> list[Block]:
    """Text outside every clause; an all-capitals first line of the document is its title."""
    blocks = _paragraphs(text[gap[0] : gap[1]], "")
    if first and blocks:
        title = blocks[0].text
        if "\n" not in title and title.upper() == title and any(c.isalpha() for c in title):
            blocks[0] = Block(BlockKind.TITLE, _clean_heading(title))
    return blocks


def _pair_blocks(
    comparison: Comparison, pair: Pair, choice: Choice | None, default: Keep
) -> list[Block]:
    """The blocks one pair contributes, per the user's choice (``default`` when none)."""
    key = pair_key(pair)
    side = choice.side if choice is not None and choice.side is not None else default
    left = _clauses(comparison.left_clauses, pair.left)
    right = _clauses(comparison.right_clauses, pair.right)
    if side is Keep.LEFT:
        if right and renumbers(pair):
            return _kept_left_blocks(comparison, left[0], right[0], key)
        return [b for c in left for b in _clause_blocks(comparison.left.text, c, key)]
    if side is Keep.RIGHT:
        return [b for c in right for b in _clause_blocks(comparison.right.text, c, key)]
    assert choice is not None  # Keep.CUSTOM always comes from a choice
    source, clauses = (comparison.right.text, right) if right else (comparison.left.text, left)
    blocks: list[Block] = []
    lead = ""  # a number run into the body ("7.1 ") opens the user's first paragraph too
    if clauses:
        run_in = _run_in(source, clauses[0])
        blocks.extend(_header_blocks(source, clauses[0], key, run_in))
        lead = source[run_in : clauses[0].body_start] if run_in is not None else ""
    custom = lead + choice.custom_text.lstrip() if lead else choice.custom_text
    blocks.extend(_paragraphs(custom, key))
    return blocks


def _kept_left_blocks(comparison: Comparison, left: Clause, right: Clause, key: str) -> list[Block]:
    """A renumbered clause kept "left": the left wording under the right clause's number."""
    text = kept_left_text(comparison.left.text, left, comparison.right.text, right)
    header = len(text) - (left.end - left.body_start)
    body = left.body_end - left.body_start
    local = replace(left, start=0, body_start=header, body_end=header + body, end=len(text))
    return _clause_blocks(text, local, key)


def _clauses(clauses: Sequence[Clause], ids: Sequence[str]) -> list[Clause]:
    by_id = {c.id: c for c in clauses}
    return [by_id[i] for i in ids if i in by_id]


def _clause_blocks(text: str, clause: Clause, key: str) -> list[Block]:
    """A clause as written: its heading blocks (if it has any), then its body paragraphs.

    A number run into the first line of the body ("7.1 En contrepartie…") opens that paragraph,
    as in the source, also when the headings of an article stand above it ("Article 7 – Prix"
    on its own line, then "7.1 En contrepartie…").
    """
    run_in = _run_in(text, clause)
    if run_in is not None:
        header = _header_blocks(text, clause, key, run_in)
        return header + _paragraphs(text[run_in : clause.body_end], key)
    header = _header_blocks(text, clause, key, clause.body_start)
    if header:
        return header + _paragraphs(text[clause.body_start : clause.body_end], key)
    return _paragraphs(text[clause.start : clause.body_end], key)


def _run_in(text: str, clause: Clause) -> int | None:
    """Where a number running into the body starts ("7.1 " before "En contrepartie…") when
    header lines stand above it ("Article 7 – Prix"); None otherwise."""
    written = text[clause.start : clause.body_start]
    line = written.rfind("\n") + 1
    if line and written[line:].strip() and clause.body_start < clause.end:
        return clause.start + line
    return None


def _header_blocks(text: str, clause: Clause, key: str, end: int | None = None) -> list[Block]:
    """The clause's number and heading as heading blocks, when they stand apart from the body.

    "Article 3 – Prix" on its own line is a heading; "3.2 Le Prestataire…" (number run into the
    body, no heading) is not, and stays at the start of its paragraph. ``end`` (the body's start
    by default) ends the header. Lines above the clause's own line, the headings of the article
    it opens ("Article 5 – Niveaux de service" above "5.1 Horaires du support"), take the level
    above the clause's: every article then has one level, whether its text starts at once or
    with a first sub-clause.
    """
    end = clause.body_start if end is None else end
    written = text[clause.start : end].strip()
    if not written:
        return []
    stands_alone = "\n" in text[clause.start : end] or end == clause.end or end < clause.body_start
    if not clause.heading and not stands_alone:
        return []
    level = max(1, min(clause.level, 9))
    lines = [
        cleaned for cleaned in (_clean_heading(line) for line in written.split("\n")) if cleaned
    ]
    own = _own_line(lines, clause.number)
    if own is None:  # no line opens with the number: all the clause's, or, above a line run
        own = 0 if end == clause.body_start else len(lines)  # into the body, its article's
    return [
        Block(BlockKind.HEADING, line, level if at >= own else max(1, level - 1), key)
        for at, line in enumerate(lines)
    ]


def _own_line(lines: list[str], number: str) -> int | None:
    """Which header line is the clause's own: the first that opens with its number."""
    if number:
        for at, line in enumerate(lines):
            if line.casefold().startswith(number.casefold()):
                return at
    return None


def _clean_heading(text: str) -> str:
    """A heading line without source markup (Markdown ``#``, ``**``), spaces folded."""
    return " ".join(_HEADING_MARKUP.sub(" ", text).split())


def _paragraphs(text: str, key: str) -> list[Block]:
    """Paragraph blocks of a text: split at blank lines, lines inside a paragraph kept.

    Source markup goes: a Markdown heading line ("## Titre") becomes a heading block, a line of
    markup alone is dropped, emphasis marks (``**``, ``__``) are removed.
    """
    blocks: list[Block] = []
    for part in _PARAGRAPH_BREAK.split(text):
        heading = _MARKDOWN_HEADING.match(part.strip())
        if heading:
            words = _clean_heading(heading.group(2) or "")
            if words:
                blocks.append(Block(BlockKind.HEADING, words, len(heading.group(1)), key))
            continue
        cleaned = _EMPHASIS.sub("", part).strip("\n")
        if cleaned.strip():
            blocks.append(Block(BlockKind.PARAGRAPH, cleaned, 0, key))
    return blocks


def _gaps(text: str, clauses: Sequence[Clause]) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that no clause covers and that hold more than whitespace."""
    position = 0
    for clause in sorted(clauses, key=lambda c: c.start):
        if text[position : clause.start].strip():
            yield position, clause.start
        position = max(position, clause.end)
    if text[position:].strip():
        yield position, len(text)


def write_txt(contract: AssembledContract, path: str | os.PathLike[str]) -> None:
    """Write the contract as UTF-8 plain text, atomically."""
    atomic.write_text(path, contract.text)


def write_docx(contract: AssembledContract, path: str | os.PathLike[str]) -> None:
    """Write the contract as a Word document, headings as "Heading N" styles, atomically."""
    document = new_document(contract.page)
    for block in contract.blocks:
        if block.kind is BlockKind.TITLE:
            document.add_paragraph(block.text, style="Title")
        elif block.kind is BlockKind.HEADING:
            document.add_heading(block.text, level=block.level)
        else:
            document.add_paragraph(block.text)
    core = document.core_properties
    core.language = contract.page.language
    core.title = ""

    def save(temp: Path) -> None:
        document.save(str(temp))

    atomic.write_with(path, save)
