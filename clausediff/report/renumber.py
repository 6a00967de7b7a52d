"""A clause kept as the old version wrote it, under the number the new version gives it.

"Keep left" chooses the old *wording*; where the clause stands, and so its number, is the new
document's: assembling a contract in which "4.3 Incidents non critiques" sits between 5.2 and
5.4 would hand the other side a wrongly numbered contract. :func:`kept_left_text` rewrites the
numbers that open the lines of a left clause's header ("Article 4 – Niveaux de service",
"4.1 Horaires du support", or a number run into the body, "5.2 Chaque ticket…") with the right
clause's numbers, line for line from the clause's own line upwards, when both lines open with a
number of the same style; headings and body stay as the left wrote them.

:mod:`clausediff.report.assemble` (the contract) and :mod:`clausediff.report.redline.pieces` (the
redline whose accepted text is that contract) both call it. No Qt, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausediff.clause import Clause
from clausediff.comparison import Pair
from clausediff.text.numbering import marker_readings

#: Source markup before a number at the start of a line (Markdown "#", emphasis, spaces).
_LEAD = re.compile(r"[ \t\u00a0#*_]*")


def renumbers(pair: Pair) -> bool:
    """Whether a "keep left" of ``pair`` needs the right side's numbers: one clause a side
    (a split or merge keeps its parts as written) whose number changed."""
    return pair.number_changed and len(pair.left) == 1 and len(pair.right) == 1


def kept_left_parts(
    left_text: str,
    lefts: Sequence[Clause],
    right_text: str,
    rights: Sequence[Clause],
    end: int,
    renumber: bool,
) -> list[tuple[str, int, int]]:
    """A moved pair kept "left", as the redline writes it at its right place: the left clauses
    (under the right number when ``renumber``, :func:`renumbers`), then the right text from the last
    right clause's end to ``end`` (the gap before the next clause). Each part comes with the
    left and right offsets it starts at (-1: from neither text), which give it its Word style:
    a renumbered header that reads as the right one is the right's."""
    first, last = lefts[0], rights[-1]
    parts: list[tuple[str, int, int]] = []
    if renumber:
        text = kept_left_text(left_text, first, right_text, rights[0])
        header = text[: len(text) - (first.end - first.body_start)]
        same = header == right_text[rights[0].start : rights[0].body_start]
        parts.append((header, -1, rights[0].start if same else -1))
        parts.append((left_text[first.body_start : first.end], first.body_start, -1))
    else:
        parts.append((left_text[first.start : lefts[-1].end], first.start, -1))
    parts.append((right_text[last.end : end], -1, last.end))
    return [part for part in parts if part[0]]


def kept_left_text(left_text: str, left: Clause, right_text: str, right: Clause) -> str:
    """The left clause's text from its start to ``left.end``, its header's numbers as the right
    clause writes them."""
    header = left_text[left.start : left.body_start]
    to_header = right_text[right.start : right.body_start]
    return renumbered_header(header, to_header) + left_text[left.body_start : left.end]


def renumbered_header(header: str, to_header: str) -> str:
    """``header`` with the number opening each line replaced by the one opening the matching
    line of ``to_header`` (lines matched from the last, blank lines skipped); a line whose
    counterpart opens with no number, or one of another style, stays as it is."""
    lines = header.split("\n")
    targets = [line for line in to_header.split("\n") if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        if not targets:
            break
        lines[index] = _renumbered_line(lines[index], targets.pop())
    return "\n".join(lines)


def _renumbered_line(line: str, target: str) -> str:
    """``line`` with its opening number taken from ``target``, when both open with one."""
    start, target_start = _LEAD.match(line), _LEAD.match(target)
    assert start is not None and target_start is not None  # the pattern matches empty text
    own = marker_readings(line[start.end() :])
    other = marker_readings(target[target_start.end() :])
    if not own or not other or own[0].style != other[0].style:
        return line
    number = target[target_start.end() : target_start.end() + other[0].length]
    return line[: start.end()] + number + line[start.end() + own[0].length :]
