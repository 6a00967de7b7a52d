"""The deviation matrix as CSV and as an Excel workbook, written row by row.

Both take the column labels (:func:`~clausediff.portfolio.matrix.column_labels`) and the rows in
the order to show them (:func:`~clausediff.portfolio.matrix.rows_by_deviation`) and never hold
more than one row. The CSV (UTF-8 with a byte-order mark, so Excel reads the accents) has one text
cell per template clause ("modified 87%", "term changed 92%: deadline changed: 30 jours -> 60
jours"). The workbook (openpyxl, write-only mode) has a "Matrix" sheet whose clause cells hold the
similarity as a number (shown as a percentage, "missing" for a missing clause) under a red ->
yellow -> green colour scale, term changes in bold with the change in a cell note, the header row
and contract column frozen and filters on every column; and a "Details" sheet with one filterable
line per deviating clause and term change. Files replace their target atomically. No Qt.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from clausediff.portfolio.matrix import TERM_CHANGED, Row
from clausediff.portfolio.model import ClauseStatus
from clausediff.store.atomic import atomic_open, write_with

DETAILS = ["contract", "clause", "status", "similarity", "term change"]
LEADING = [
    "contract",
    "status",
    "deviation",
    "missing",
    "changed",
    "term changes",
    "extra",
    "error",
]
#: Colour scale on similarity, as Excel's own red-yellow-green scale.
_RED, _YELLOW, _GREEN = "F8696B", "FFEB84", "63BE7B"
#: The similarity at which the scale is yellow: below, a clause lost a tenth of its words.
_MID = 0.9


def _leading(row: Row) -> list[str | float | int]:
    return [
        row.path,
        row.status,
        row.deviation,
        row.count(ClauseStatus.MISSING.value),
        row.changed,
        row.count(TERM_CHANGED),
        len(row.extra),
        row.error or "",
    ]


def write_csv(target: str | os.PathLike[str], labels: list[str], rows: Iterable[Row]) -> None:
    """The matrix as CSV (see the module docstring)."""
    with atomic_open(target) as stream:
        stream.write("\ufeff".encode())
        lines: list[list[str | float | int]] = [[*LEADING, *labels]]
        for row in rows:
            cells = [_csv_cell(cell.text, cell.term_changes) for cell in row.cells]
            lines.append([*_leading(row), *cells])
            if len(lines) >= 500:
                _flush(stream, lines)
        _flush(stream, lines)


def _csv_cell(text: str, changes: tuple[str, ...]) -> str:
    return f"{text}: {'; '.join(changes)}" if changes else text


def _flush(stream: object, lines: list[list[str | float | int]]) -> None:
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    stream.write(buffer.getvalue().encode("utf-8"))  # type: ignore[attr-defined]  # BinaryIO
    lines.clear()


def write_xlsx(target: str | os.PathLike[str], labels: list[str], rows: Iterable[Row]) -> None:
    """The matrix as an Excel workbook (see the module docstring)."""
    write_with(target, lambda path: _write_workbook(path, labels, rows))


def _write_workbook(path: Path, labels: list[str], rows: Iterable[Row]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    matrix = book.create_sheet("Matrix")
    details = book.create_sheet("Details")
    matrix.freeze_panes = "B2"
    details.freeze_panes = "A2"
    bold = Font(bold=True)
    term_font = Font(bold=True, color="9C0006")
    for sheet, header in ((matrix, [*LEADING, *labels]), (details, DETAILS)):
        cells = [WriteOnlyCell(sheet, value=value) for value in header]
        for cell in cells:
            cell.font = bold
        sheet.append(cells)
    count = detail_count = 0
    for row in rows:
        count += 1
        out = [WriteOnlyCell(matrix, value=value) for value in _leading(row)]
        for label, cell in zip(labels, row.cells if row.status == "ok" else (), strict=False):
            value = WriteOnlyCell(matrix, value=cell.similarity)
            value.number_format = '0%;;"missing"'
            if cell.term_changes:
                value.font = term_font
                value.comment = Comment("\n".join(cell.term_changes), "ClauseDiff")
            out.append(value)
            if cell.status is not ClauseStatus.UNCHANGED:
                for change in cell.term_changes or ("",):
                    details.append([row.path, label, cell.kind, cell.similarity, change])
                    detail_count += 1
        matrix.append(out)
    last_column = get_column_letter(len(LEADING) + len(labels))
    matrix.auto_filter.ref = f"A1:{last_column}{count + 1}"
    details.auto_filter.ref = f"A1:E{detail_count + 1}"
    if labels and count:
        first = get_column_letter(len(LEADING) + 1)
        matrix.conditional_formatting.add(
            f"{first}2:{last_column}{count + 1}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color=_RED,
                mid_type="num",
                mid_value=_MID,
                mid_color=_YELLOW,
                end_type="num",
                end_value=1,
                end_color=_GREEN,
            ),
        )
    book.save(path)
