"""Columns on a PDF page: reading order per column, and each line's own column edges.

A page is in two columns when a vertical gutter separates its lines: a band of at least 2 % of
the text width, in the middle half of it, that no line of the page crosses except lines wider
than 60 % of the text width (a title or a note across both columns), with at least three lines
on each side and most of the page's lines on one side or the other. Three columns are found by
looking for a second gutter in each half.

A page whose column lines were drawn alternately, left, right, left... is a table, drawn cell
by cell: it keeps its drawing order, row by row. Reading order on a page of columns: the
lines across the whole width cut the page into bands; within a band, the first column top to
bottom, then the next. Each column line gets its column number
and the column's left and right edges (the right edge is where most of its lines end), so
the paragraph rules ("the line stopped short", "the next line is indented") measure it
against its own column, and a paragraph that runs on from the foot of one column to the top of
the next stays one paragraph.

A one-column page is returned as drawn, its lines untouched. No I/O, no Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from clausediff.readers.pdf_lines import Line

_SPANNING = 0.6
_MIN_GUTTER = 0.02
_MIN_SIDE = 3


def _gutter(lines: Sequence[Line], left: float, right: float) -> float | None:
    """The x of a gutter between ``left`` and ``right`` (see the module docstring), or None."""
    width = right - left
    if width <= 0:
        return None
    narrow = sorted(
        (line for line in lines if line.x1 - line.x0 < _SPANNING * width),
        key=lambda line: line.x0,
    )
    if len(narrow) < 2 * _MIN_SIDE:
        return None
    reach = narrow[0].x1
    for line in narrow[1:]:
        gap = line.x0 - reach
        middle = (reach + line.x0) / 2
        if gap >= _MIN_GUTTER * width and left + 0.25 * width <= middle <= left + 0.75 * width:
            before = sum(1 for other in narrow if other.x1 <= reach)
            if before >= _MIN_SIDE and len(narrow) - before >= _MIN_SIDE:
                return middle
        reach = max(reach, line.x1)
    return None


def _right_edge(lines: Sequence[Line], fallback: float) -> float:
    """Where most lines of a column end (the 90th percentile), or ``fallback`` for few lines."""
    if len(lines) < 4:
        return fallback
    ends = sorted(line.x1 for line in lines)
    return ends[int(0.9 * (len(ends) - 1))]


def _columns(lines: Sequence[Line], left: float, right: float, depth: int = 0) -> list[list[Line]]:
    """The lines split into columns, left to right (one list when there is no gutter)."""
    gutter = _gutter(lines, left, right) if depth < 2 else None
    if gutter is None:
        return [list(lines)]
    west = [line for line in lines if line.x1 <= gutter]
    east = [line for line in lines if line.x0 >= gutter]
    west_right = max(line.x1 for line in west)
    east_left = min(line.x0 for line in east)
    return [
        *_columns(west, left, west_right, depth + 1),
        *_columns(east, east_left, right, depth + 1),
    ]


def _drawn_row_by_row(page: Sequence[Line], columns: Sequence[Sequence[Line]]) -> bool:
    """Whether the producer drew the column lines alternately (cell by cell, as tables are
    drawn) rather than one column after the other (as word processors draw text columns)."""
    column_of = {id(line): number for number, column in enumerate(columns) for line in column}
    sequence = [column_of[id(line)] for line in page if id(line) in column_of]
    switches = sum(1 for a, b in itertools.pairwise(sequence) if a != b)
    return switches > max(2 * len(columns), len(sequence) // 4)


def order_page(page: Sequence[Line]) -> tuple[list[Line], bool]:
    """The page's lines in reading order, and whether columns were found."""
    if len(page) < 2 * _MIN_SIDE:
        return list(page), False
    left = min(line.x0 for line in page)
    right = max(line.x1 for line in page)
    width = right - left
    spanning = [line for line in page if line.x1 - line.x0 >= _SPANNING * width]
    body = [line for line in page if line.x1 - line.x0 < _SPANNING * width]
    if len(body) < 0.6 * len(page):
        return list(page), False  # mostly lines across the page: one column
    columns = _columns(body, left, right)
    if len(columns) < 2:
        return list(page), False
    if _drawn_row_by_row(page, columns):
        return list(page), False  # a table: its rows are read across, as drawn
    in_columns = {id(line) for column in columns for line in column}
    crossing = [line for line in body if id(line) not in in_columns]
    placed: dict[int, Line] = {}
    for number, column in enumerate(columns, start=1):
        column_left = min(line.x0 for line in column)
        column_right = _right_edge(column, max(line.x1 for line in column))
        for line in column:
            placed[id(line)] = replace(line, column=number, left=column_left, right=column_right)
    cuts = sorted([*spanning, *crossing], key=lambda line: line.top)
    ordered: list[Line] = []
    previous_top = float("-inf")
    for cut in [*cuts, None]:
        top = cut.top if cut is not None else float("inf")
        for column in columns:
            ordered += sorted(
                (placed[id(line)] for line in column if previous_top < line.top <= top),
                key=lambda line: line.top,
            )
        if cut is not None:
            ordered.append(replace(cut, left=left, right=right))
            previous_top = top
    return ordered, True
