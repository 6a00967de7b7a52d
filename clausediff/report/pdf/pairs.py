"""One pair of the PDF report: its title, both sides side by side, term changes, decision.

Each pair is a single ``QTextTable``: the title and status are its first header row and the
column heads its second, so Qt never leaves a title alone at the foot of a page and repeats both
when a pair spans pages; the term changes and the user's decision are its last rows, so they stay
with it. QtGui only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextTable,
    QTextTableCell,
    QTextTableCellFormat,
)

from clausediff.comparison import Op
from clausediff.marks import Run
from clausediff.report import palette
from clausediff.report.model import ClauseBlock, Section, TermChangeRow
from clausediff.report.pdf import style
from clausediff.report.pdf.style import SANS, SERIF, Words, char


def write_pair(cursor: QTextCursor, section: Section, words: Words) -> QTextTable:
    """Title, status, side-by-side table, term changes and decision of one pair.

    The title and status are the table's first header row, repeated (with the column heads)
    when a pair spans pages; :meth:`ReportDocument.keep_headings` moves the table to the next
    page when they would stand alone at the foot of one. Returns the table.
    """
    extra = [
        name
        for name, wanted in (
            ("terms", bool(section.term_changes)),
            ("decision", bool(section.choice or section.note)),
        )
        if wanted
    ]
    rows = 3 + len(extra)
    table_format = style.table_format([50, 50], header_rows=2)
    table_format.setBorder(0)
    table = cursor.insertTable(rows, 2, table_format)
    table.mergeCells(0, 0, 1, 2)
    for row in range(3, rows):
        table.mergeCells(row, 0, 1, 2)
    _title(table.cellAt(0, 0), section, words)
    head = char(SANS, 7.5, bold=True, colour=palette.MUTED)
    style.cell_text(table, 1, 0, words.t("left").upper(), head, palette.HEADER_BACKGROUND)
    style.cell_text(table, 1, 1, words.t("right").upper(), head, palette.HEADER_BACKGROUND)
    _format_body_row(table)
    clause_cell(words, table.cellAt(2, 0).firstCursorPosition(), section.left, "absent.left")
    clause_cell(words, table.cellAt(2, 1).firstCursorPosition(), section.right, "absent.right")
    for row, name in enumerate(extra, start=3):
        cell = table.cellAt(row, 0)
        fmt = cell.format().toTableCellFormat()
        fmt.setTopBorder(style.pt(0.6))
        fmt.setTopBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setTopBorderBrush(QBrush(QColor(palette.RULE)))
        if name == "decision":
            fmt.setBackground(QBrush(QColor("#f7f6ef")))
        cell.setFormat(fmt)
        if name == "terms":
            term_lines(words, cell.firstCursorPosition(), section.term_changes)
        else:
            decision(words, cell.firstCursorPosition(), section)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    return table


def pair_title(section: Section) -> str:
    """The pair's title as its heading shows it: "12. 7.1 Prix"."""
    return f"{section.index}. {section.title}"


def _title(cell: QTextTableCell, section: Section, words: Words) -> None:
    """The pair's number and title, then its status (and similarity), by a rule in its colour."""
    colour = palette.STATUS_COLOUR[section.status]
    title_format = QTextTableCellFormat()
    title_format.setLeftBorder(style.pt(3))
    title_format.setLeftBorderBrush(QBrush(QColor(colour)))
    title_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    title_format.setLeftPadding(style.pt(6))
    title_format.setBottomPadding(style.pt(4))
    cell.setFormat(title_format)
    title = cell.firstCursorPosition()
    # The number and title written apart (two colours) read as pair_title() gives them.
    title.insertText(f"{section.index}. ", char(SANS, 10.5, bold=True, colour=palette.MUTED))
    title.insertText(section.title, char(SANS, 10.5, bold=True, colour=palette.ACCENT))
    title.insertBlock()
    sign = palette.STATUS_SIGN[section.status]
    title.insertText(f"{sign} {section.status_text}", char(SANS, 8.5, bold=True, colour=colour))
    if section.similarity_text:
        title.insertText(
            f"     {words.t('similarity')} {section.similarity_text}",
            char(SANS, 8.5, colour=palette.MUTED),
        )
    for part in section.parts:
        title.insertBlock()
        title.insertText(part.text, char(SANS, 8, colour=palette.MUTED))
    if section.truncated:
        title.insertBlock()
        title.insertText(words.t("truncated"), char(SERIF, 8.5, italic=True, colour=palette.MUTED))


def _format_body_row(table: QTextTable) -> None:
    """The side-by-side row: no bottom padding or border, a thin rule between the columns.

    What ends a row must be a line of text, or Qt lets the padding spill onto the next page and
    repeats the header rows there over what follows. The cells' last block margin gives the
    spacing instead.
    """
    for column in (0, 1):
        fmt = table.cellAt(2, column).format().toTableCellFormat()
        fmt.setBottomPadding(0)
        fmt.setTopPadding(style.pt(4))
        if column == 0:
            fmt.setRightBorder(style.pt(0.6))
            fmt.setRightBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            fmt.setRightBorderBrush(QBrush(QColor(palette.RULE)))
            fmt.setRightPadding(style.pt(7))
        else:
            fmt.setLeftPadding(style.pt(7))
        table.cellAt(2, column).setFormat(fmt)


def term_lines(words: Words, cursor: QTextCursor, rows: Sequence[TermChangeRow]) -> None:
    """The pair's term changes, one line each: "Délai modifié : 4 heures → 5 jours"."""
    cursor.insertText(words.t("term_changes"), char(SANS, 7.5, bold=True, colour=palette.MUTED))
    arrow = char(SANS, 8.5, bold=True, colour=palette.MUTED)
    for row in rows:
        cursor.insertBlock()
        cursor.insertText(row.kind_text, style.op_format(Op.EQUAL, row.kind, False, size=8.5))
        cursor.insertText(words.t(f"letter.{row.kind}"), style.mark_format(row.kind))
        cursor.insertText(f" {row.change_text}{words.colon()}", char(SANS, 8.5))
        cursor.insertText(row.before, char(SERIF, 9, bold=True))
        cursor.insertText("  →  ", arrow)
        cursor.insertText(row.after, char(SERIF, 9, bold=True))
        if row.direction_text:
            cursor.insertText(f"   ({row.direction_text})", char(SANS, 8.5, italic=True))


#: Characters of one clause drawn in the PDF. Qt lays a table cell out in one piece, so a giant
#: clause (a contract pasted as one paragraph) took minutes: beyond this the PDF says how much
#: it leaves out, and the HTML and JSON reports hold the whole text.
MAX_CLAUSE_CHARS = 60_000


def clause_cell(
    words: Words, cursor: QTextCursor, blocks: Sequence[ClauseBlock], absent: str
) -> None:
    """The clauses of one side: label line, then the body runs."""
    if not blocks:
        cursor.insertText(words.t(absent), char(SERIF, 9, italic=True, colour=palette.MUTED))
    for number, clause in enumerate(blocks):
        if number:
            spaced = QTextBlockFormat()
            spaced.setTopMargin(style.pt(6))
            cursor.insertBlock(spaced)
        cursor.insertText(clause.label, char(SANS, 8.5, bold=True, colour=palette.ACCENT))
        body = QTextBlockFormat()
        body.setTopMargin(style.pt(2))
        body.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.insertBlock(body)
        shown = 0
        for run in clause.runs:
            if shown >= MAX_CLAUSE_CHARS:
                left_out = sum(len(r.text) for r in clause.runs) - shown
                note = words.t("clause.cut", count=f"{left_out:,}".replace(",", "\u202f"))
                cursor.insertText(f" {note}", char(SANS, 8, italic=True, colour=palette.MUTED))
                break
            insert_run(words, cursor, run)
            shown += len(run.text)
    last = cursor.blockFormat()
    last.setBottomMargin(style.pt(6))
    cursor.setBlockFormat(last)


def insert_run(words: Words, cursor: QTextCursor, run: Run) -> None:
    """One run with its diff mark and term tint, plus the term letter at the term's end."""
    fmt = style.op_format(run.op, run.term, run.term_changed)
    # A paragraph break inside a clause body becomes a line break in the cell.
    cursor.insertText(run.text.replace("\n\n", "\u2029").replace("\n", "\u2028"), fmt)
    if run.term is not None and run.term_end:
        cursor.insertText(words.t(f"letter.{run.term}"), style.mark_format(run.term))


def decision(words: Words, cursor: QTextCursor, section: Section) -> None:
    """The user's choice, custom text and note."""
    label = char(SANS, 8.5, bold=True)
    colon = words.colon().rstrip() + " "
    first = True
    if section.choice:
        cursor.insertText(words.t("choice") + colon, label)
        cursor.insertText(section.choice_text, char(SERIF, 9))
        first = False
    if section.custom_text:
        quote = QTextBlockFormat()
        quote.setLeftMargin(style.pt(10))
        quote.setTopMargin(style.pt(2))
        if first:
            cursor.setBlockFormat(quote)
        else:
            cursor.insertBlock(quote)
        cursor.insertText(section.custom_text.replace("\n", "\u2028"), char(SERIF, 9, italic=True))
        first = False
    if section.note:
        if not first:
            cursor.insertBlock(QTextBlockFormat())
        cursor.insertText(words.t("note") + colon, label)
        cursor.insertText(section.note, char(SERIF, 9))
