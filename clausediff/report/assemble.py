"""The assembled contract: the right-hand document rebuilt from the user's choices.

:func:`assemble` walks the pairs of a session's comparison in order (the right document's reading
order, deleted clauses where they stood) and keeps, for each pair, the side the user chose: the
right clauses by default, the left clauses for ``Side.LEFT`` (so a deleted clause chosen "left"
comes back at its place and an inserted clause chosen "left" disappears), or the user's text for
``Side.CUSTOM`` (it replaces the bodies; the clause number and heading are kept). Text of the
right document outside every clause (a title, a preamble, signatures) stays where it was.

Every clause becomes blocks: its number and heading as a heading block (when it has a heading or
they stand on their own line), then one paragraph block per paragraph of its body, all as
written in the source document. :func:`write_docx` (python-docx, headings as Word "Heading N"
styles) and :func:`write_txt` write the result atomically. No Qt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from clausediff.clause import Clause
from clausediff.comparison import Comparison, Pair
from clausediff.store import atomic
from clausediff.store.session import Choice, Session, Side, pair_key

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n+")


class BlockKind(StrEnum):
    """What a block of the assembled contract is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Block:
    """A heading (``level`` 1 = top) or a paragraph, and the pair it came from ("" for none)."""

    kind: BlockKind
    text: str
    level: int = 0
    pair: str = ""


@dataclass(frozen=True, slots=True)
class AssembledContract:
    """The contract as a flat list of blocks, and the language of the right document."""

    blocks: tuple[Block, ...]
    language: str

    @property
    def text(self) -> str:
        """Plain text: blocks separated by blank lines."""
        return "\n\n".join(block.text for block in self.blocks) + "\n"


def assemble(session: Session) -> AssembledContract:
    """The right-hand document with each pair replaced by the user's choice, in order."""
    comparison = session.comparison
    right_text = comparison.right.text
    gaps = list(_gaps(right_text, comparison.right_clauses))
    right_starts = {c.id: c.start for c in comparison.right_clauses}
    blocks: list[Block] = []
    for pair in comparison.pairs:
        anchor = min((right_starts[i] for i in pair.right if i in right_starts), default=None)
        while anchor is not None and gaps and gaps[0][0] < anchor:
            blocks.extend(_paragraphs(right_text[gaps[0][0] : gaps[0][1]], ""))
            gaps.pop(0)
        blocks.extend(_pair_blocks(comparison, pair, session.choice_for(pair)))
    for start, end in gaps:
        blocks.extend(_paragraphs(right_text[start:end], ""))
    return AssembledContract(tuple(blocks), comparison.right.language)


def _pair_blocks(comparison: Comparison, pair: Pair, choice: Choice | None) -> list[Block]:
    """The blocks one pair contributes, per the user's choice (right when none)."""
    key = pair_key(pair)
    side = choice.side if choice is not None and choice.side is not None else Side.RIGHT
    left = _clauses(comparison.left_clauses, pair.left)
    right = _clauses(comparison.right_clauses, pair.right)
    if side is Side.LEFT:
        return [b for c in left for b in _clause_blocks(comparison.left.text, c, key)]
    if side is Side.RIGHT:
        return [b for c in right for b in _clause_blocks(comparison.right.text, c, key)]
    assert choice is not None  # Side.CUSTOM always comes from a choice
    source, clauses = (comparison.right.text, right) if right else (comparison.left.text, left)
    blocks: list[Block] = []
    if clauses:
        blocks.extend(_header_blocks(source, clauses[0], key))
    blocks.extend(_paragraphs(choice.custom_text, key))
    return blocks


def _clauses(clauses: Sequence[Clause], ids: Sequence[str]) -> list[Clause]:
    by_id = {c.id: c for c in clauses}
    return [by_id[i] for i in ids if i in by_id]


def _clause_blocks(text: str, clause: Clause, key: str) -> list[Block]:
    """A clause as written: its heading block (if it has one), then its body paragraphs."""
    header = _header_blocks(text, clause, key)
    if header:
        return header + _paragraphs(text[clause.body_start : clause.body_end], key)
    return _paragraphs(text[clause.start : clause.body_end], key)


def _header_blocks(text: str, clause: Clause, key: str) -> list[Block]:
    """The clause's number and heading as a heading block, when they stand apart from the body.

    "Article 3 – Prix" on its own line is a heading; "3.2 Le Prestataire…" (number run into the
    body, no heading) is not, and stays at the start of its paragraph.
    """
    written = text[clause.start : clause.body_start].strip()
    if not written:
        return []
    stands_alone = "\n" in text[clause.start : clause.body_start] or clause.body_start == clause.end
    if not clause.heading and not stands_alone:
        return []
    words = " ".join(written.split())
    return [Block(BlockKind.HEADING, words, max(1, min(clause.level, 9)), key)]


def _paragraphs(text: str, key: str) -> list[Block]:
    """Paragraph blocks of a text: split at blank lines, lines inside a paragraph kept."""
    return [
        Block(BlockKind.PARAGRAPH, part.strip("\n"), 0, key)
        for part in _PARAGRAPH_BREAK.split(text)
        if part.strip()
    ]


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
    import docx  # python-docx: imported here so the core loads without it

    document = docx.Document()
    for block in contract.blocks:
        if block.kind is BlockKind.HEADING:
            document.add_heading(block.text, level=block.level)
        else:
            document.add_paragraph(block.text)
    core = document.core_properties
    core.language = contract.language
    core.title = ""

    def save(temp: Path) -> None:
        document.save(str(temp))

    atomic.write_with(path, save)
