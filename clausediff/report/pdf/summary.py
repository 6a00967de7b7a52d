"""The report's summary: how many pairs of each status, then every term change in one table.

The counts come from the report model, the words from the report's language; the term table
repeats its caption and column heads on every page it reaches. Writes into a
:class:`~clausediff.report.pdf.flow.TextFlow`; QtGui only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from clausediff.comparison import Op
from clausediff.report import palette
from clausediff.report.model import Summary, TermChangeRow
from clausediff.report.pdf.flow import TextFlow
from clausediff.report.pdf.style import (
    SANS,
    SERIF,
    cell_text,
    char,
    mark_format,
    op_format,
    table_format,
    tint,
    underline,
)


def write_summary(flow: TextFlow, summary: Summary) -> None:
    """Counts per status, then every term change."""
    flow.heading(flow.t("summary"), top=6)
    flow.block(bottom=2)
    flow.write(flow.t("summary.statuses"), char(SANS, 9, bold=True, colour=palette.MUTED))
    columns = len(summary.statuses) + 1
    table = flow.cursor.insertTable(
        2, columns, table_format([100 / columns] * columns, header_rows=1)
    )
    centre = Qt.AlignmentFlag.AlignHCenter
    for column, row in enumerate(summary.statuses):
        sign = palette.STATUS_SIGN[row.status]
        cursor = table.cellAt(0, column).firstCursorPosition()
        block_format = QTextBlockFormat()
        block_format.setAlignment(centre)
        cursor.setBlockFormat(block_format)
        cursor.insertText(
            sign + " ", char(SANS, 8, bold=True, colour=palette.STATUS_COLOUR[row.status])
        )
        cursor.insertText(row.label, char(SANS, 7, bold=True))
        table.cellAt(0, column).setFormat(tint(palette.HEADER_BACKGROUND))
        cell_text(table, 1, column, str(row.count), char(SANS, 14, bold=True), align=centre)
    last = columns - 1
    cell_text(
        table,
        0,
        last,
        flow.t("summary.total"),
        char(SANS, 7.5, bold=True),
        palette.HEADER_BACKGROUND,
        centre,
    )
    cell_text(
        table,
        1,
        last,
        str(summary.total),
        char(SANS, 14, bold=True, colour=palette.ACCENT),
        palette.SHADE,
        centre,
    )
    flow.cursor.movePosition(QTextCursor.MoveOperation.End)
    caption = char(SANS, 9, bold=True, colour=palette.MUTED)
    if summary.term_changes:
        flow.block(top=6, bottom=0)
        write_term_table(flow, summary.term_changes, flow.t("summary.terms"), caption, True)
    else:
        flow.block(top=6, bottom=2)
        flow.write(flow.t("summary.terms"), caption)
        flow.block(bottom=4)
        flow.write(flow.t("summary.no_terms"), char(SERIF, 9.5, italic=True, colour=palette.MUTED))


def write_term_table(
    flow: TextFlow,
    rows: Sequence[TermChangeRow],
    caption: str,
    caption_format: QTextCharFormat,
    with_clause: bool,
) -> None:
    """A table of term changes: (clause,) term, change, before, after, direction.

    The caption is the table's first header row, so it never stays alone at a page foot.
    """
    keys = ["col.clause"] if with_clause else []
    keys += ["col.kind", "col.change", "col.before", "col.after", "col.direction"]
    widths = [17, 12, 13, 21, 21, 16] if with_clause else [14, 13, 29, 29, 15]
    count = len(rows) + 2
    layout = table_format(widths, header_rows=2)
    layout.setBorder(0)
    table = flow.cursor.insertTable(count, len(keys), layout)
    table.mergeCells(0, 0, 1, len(keys))
    cell = table.cellAt(0, 0)
    cell_format = cell.format().toTableCellFormat()
    cell_format.setLeftPadding(0)
    cell.setFormat(cell_format)
    cell.firstCursorPosition().insertText(caption, caption_format)
    head = char(SANS, 7.5, bold=True)
    for column, key in enumerate(keys):
        cell_text(table, 1, column, flow.t(key), head, palette.HEADER_BACKGROUND)
    body = char(SERIF, 8.5)
    for index, row in enumerate(rows, start=2):
        column = 0
        if with_clause:
            cell_text(table, index, 0, f"{row.section}. {row.clause}", char(SANS, 8))
            column = 1
        cursor = table.cellAt(index, column).firstCursorPosition()
        cursor.insertText(row.kind_text, op_format(Op.EQUAL, row.kind, False, size=8.5))
        cursor.insertText(flow.t(f"letter.{row.kind}"), mark_format(row.kind))
        cell_text(table, index, column + 1, row.change_text, body)
        cell_text(table, index, column + 2, row.before, body)
        cell_text(table, index, column + 3, row.after, body)
        cell_text(table, index, column + 4, row.direction_text, body)
        for each in range(len(keys)):
            underline(table.cellAt(index, each))
    flow.cursor.movePosition(QTextCursor.MoveOperation.End)
