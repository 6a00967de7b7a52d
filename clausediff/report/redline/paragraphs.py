"""The marked pieces cut into paragraphs, each with a marked paragraph mark, as Word needs them.

Word keeps a paragraph's end (its "paragraph mark") apart from its text: deleting the break between
two paragraphs is a deleted paragraph mark, and accepting it joins them. :func:`paragraphs`
turns the stream of :class:`~clausediff.report.redline.pieces.Piece` into :class:`RedlineParagraph`
objects so that, read with every revision accepted (or rejected), the paragraphs are those of the
new (or old) text, split at blank lines, and inside a paragraph the words are the same, spaces
folded:

* whitespace is looked at as a whole between two words, whatever pieces it is spread over: a
  blank line on both sides is a plain paragraph break; a blank line on one side only is a break
  whose paragraph mark is deleted or inserted (with the other side's space kept as a run);
  otherwise one space or line break, marked only if one side has none;
* whitespace before the first word and after the last is dropped (it is not text).

No Qt, no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from clausediff.report.redline.pieces import NEW_MARKS, OLD_MARKS, Mark, Piece

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: Whitespace a piece may keep inside its own text: no newline, so no break to decide.
_NEWLINE_SPACE = re.compile(r"[^\S\n]*\n\s*")


@dataclass(frozen=True, slots=True)
class Run:
    """Text with one mark; ``text`` may hold ``\\n`` (a line break inside the paragraph)."""

    mark: Mark
    text: str
    move: int = 0


@dataclass(slots=True)
class RedlineParagraph:
    """Runs, the mark of the paragraph's end, and where its first word comes from.

    ``left``/``right`` are the offsets of the first word in each document (-1 when not from it),
    for the paragraph's style.
    """

    runs: list[Run] = field(default_factory=list)
    end: Mark = Mark.EQUAL
    end_move: int = 0
    left: int = -1
    right: int = -1


def paragraphs(
    pieces: Iterable[Piece], left_heads: Sequence[int] = (), right_heads: Sequence[int] = ()
) -> list[RedlineParagraph]:
    """The paragraphs of the redline, in order (see the module docstring).

    ``left_heads``/``right_heads`` are sorted offsets where a clause body starts after a heading
    on its own line ("Article 3 – Prix\nLe prix…"): a newline there ends a paragraph too.
    """
    heads = _Heads(left_heads, right_heads)
    result: list[RedlineParagraph] = [RedlineParagraph()]
    spaces: list[Piece] = []  # whitespace seen since the last word
    for piece, is_space in _segments(pieces):
        if is_space:
            spaces.append(piece)
            continue
        current = result[-1]
        if spaces and (current.runs):
            _settle_space(spaces, result, heads)
            current = result[-1]
        spaces.clear()
        if not current.runs:
            current.left, current.right = piece.left, piece.right
        _append(current, Run(piece.mark, piece.text, piece.move))
    if not result[-1].runs and len(result) > 1:
        result.pop()
        result[-1].end, result[-1].end_move = Mark.EQUAL, 0
    return result


def _segments(pieces: Iterable[Piece]) -> Iterator[tuple[Piece, bool]]:
    """Each piece cut into words-with-inner-spaces and whitespace holding a newline or at an end.

    Spaces between words that hold no newline stay inside a word segment: they are the same on
    both sides of the piece's mark and need no decision.
    """
    for piece in pieces:
        text = piece.text
        position = 0
        for match in _NEWLINE_SPACE.finditer(text):
            yield from _words_and_edges(piece, position, match.start())
            yield _at(piece, match.start(), match.end()), True
            position = match.end()
        yield from _words_and_edges(piece, position, len(text))


def _words_and_edges(piece: Piece, start: int, end: int) -> Iterator[tuple[Piece, bool]]:
    """Leading spaces, the words, trailing spaces of ``piece.text[start:end]`` (no newline)."""
    text = piece.text
    inner_start = start + len(text[start:end]) - len(text[start:end].lstrip())
    inner_end = start + len(text[start:end].rstrip())
    if inner_start >= inner_end:
        if end > start:
            yield _at(piece, start, end), True
        return
    if inner_start > start:
        yield _at(piece, start, inner_start), True
    yield _at(piece, inner_start, inner_end), False
    if end > inner_end:
        yield _at(piece, inner_end, end), True


def _at(piece: Piece, start: int, end: int) -> Piece:
    """The part ``[start:end]`` of a piece, offsets moved along."""
    if start == 0 and end == len(piece.text):
        return piece
    return Piece(
        piece.mark,
        piece.text[start:end],
        piece.left + start if piece.left >= 0 else -1,
        piece.right + start if piece.right >= 0 else -1,
        piece.move,
    )


class _Heads:
    """Where a heading line ends on each side: a newline there is a paragraph break."""

    def __init__(self, left: Sequence[int], right: Sequence[int]) -> None:
        self.left, self.right = left, right

    def touches(self, spaces: list[Piece], new_side: bool) -> bool:
        """True if a newline of this side's whitespace ends at (or holds) a heading's end."""
        marks = NEW_MARKS if new_side else OLD_MARKS
        for piece in spaces:
            if piece.mark not in marks or "\n" not in piece.text:
                continue
            start, offsets = (piece.right, self.right) if new_side else (piece.left, self.left)
            if start < 0 and piece.mark is Mark.EQUAL:  # custom text: the other side's offset
                start, offsets = (piece.left, self.left) if new_side else (piece.right, self.right)
            if start < 0:
                continue
            at = bisect_left(offsets, start)
            if at < len(offsets) and offsets[at] <= start + len(piece.text):
                return True
        return False


def _settle_space(spaces: list[Piece], result: list[RedlineParagraph], heads: _Heads) -> None:
    """Write the whitespace between two words: a break, a marked break, a space or a line break."""
    old = "".join(p.text for p in spaces if p.mark in OLD_MARKS)
    new = "".join(p.text for p in spaces if p.mark in NEW_MARKS)
    old_break = bool(_BLANK_LINE.search(old)) or heads.touches(spaces, new_side=False)
    new_break = bool(_BLANK_LINE.search(new)) or heads.touches(spaces, new_side=True)
    current = result[-1]
    if old_break and new_break:
        result.append(RedlineParagraph())
    elif old_break or new_break:
        one_sided = [p for p in spaces if p.mark is not Mark.EQUAL]
        side_marks = OLD_MARKS if old_break else NEW_MARKS
        marked = next((p for p in one_sided if p.mark in side_marks), None)
        mark = marked.mark if marked else (Mark.DELETE if old_break else Mark.INSERT)
        other = new if old_break else old
        if other:  # the side without a break keeps its space, marked as that side's
            space = "\n" if "\n" in other else " "
            _append(current, Run(Mark.INSERT if old_break else Mark.DELETE, space))
        current.end, current.end_move = mark, marked.move if marked else 0
        result.append(RedlineParagraph())
    elif old and new:
        _append(current, Run(Mark.EQUAL, "\n" if "\n" in old and "\n" in new else " "))
    elif old:
        _append(current, Run(_one_sided_mark(spaces, OLD_MARKS), "\n" if "\n" in old else " "))
    else:
        _append(current, Run(_one_sided_mark(spaces, NEW_MARKS), "\n" if "\n" in new else " "))


def _one_sided_mark(spaces: list[Piece], marks: frozenset[Mark]) -> Mark:
    return next(p.mark for p in spaces if p.mark in marks and p.mark is not Mark.EQUAL)


def _append(paragraph: RedlineParagraph, run: Run) -> None:
    """Add a run, joined to the previous one when the mark (and move) is the same."""
    runs = paragraph.runs
    if runs and runs[-1].mark is run.mark and runs[-1].move == run.move:
        runs[-1] = Run(run.mark, runs[-1].text + run.text, run.move)
    else:
        runs.append(run)
