"""The report's first pages before the summary: title block, cover and legend.

The cover says what was compared (each file's name, the SHA-256 of what was read, the reader's
warnings), when and with which options, and the letterhead's matter and client; the legend shows
every mark the report uses with its non-colour cue, drawn with the very formats the clause tables
use (:mod:`clausediff.report.pdf.style`), so the legend cannot drift from them. Writes into a
:class:`~clausediff.report.pdf.flow.TextFlow`; QtGui only.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from clausediff.comparison import Op, TermKind
from clausediff.report import palette
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import Cover, Report
from clausediff.report.pdf.flow import TextFlow
from clausediff.report.pdf.style import (
    MONO,
    SANS,
    SERIF,
    cell_text,
    char,
    mark_format,
    op_format,
    table_format,
)


def write_title_block(flow: TextFlow, report: Report) -> None:
    """Kicker, title, and the two file names."""
    flow.block(bottom=1)
    flow.write(flow.t("subtitle").upper(), char(SANS, 7.5, colour=palette.MUTED))
    flow.block(bottom=2)
    flow.write(report.title, char(SANS, 20, bold=True, colour=palette.ACCENT))
    flow.block(bottom=0)
    cover = report.cover
    flow.ruled(
        f"{cover.left.name}  ⟷  {cover.right.name}", char(SANS, 10.5, colour=palette.MUTED), 2.4
    )


def write_cover(flow: TextFlow, cover: Cover, letterhead: Letterhead) -> None:
    """The files, their fingerprints, the date and the options (and the matter and client)."""
    flow.heading(flow.t("files"), top=8)
    firm = [
        (flow.t(key), value)
        for key, value in (
            ("matter", letterhead.matter),
            ("client", letterhead.client),
        )
        if value
    ]
    table = flow.cursor.insertTable(4 + len(firm), 2, table_format([18, 82], header_rows=0))
    label = char(SANS, 8.5, bold=True)
    for row, (side, info) in enumerate(
        ((flow.t("left"), cover.left), (flow.t("right"), cover.right))
    ):
        cell_text(table, row, 0, side, label, palette.HEADER_BACKGROUND)
        cursor = table.cellAt(row, 1).firstCursorPosition()
        cursor.insertText(info.name, char(SERIF, 9.5, bold=True))
        cursor.insertBlock()
        cursor.insertText(
            f"SHA-256 {flow.t('sha.' + info.sha256_of)}{flow.words.colon()}",
            char(SANS, 7, colour=palette.MUTED),
        )
        cursor.insertText(info.sha256, char(MONO, 7, colour=palette.MUTED))
        if info.warnings:
            cursor.insertBlock()
            cursor.insertText(
                f"{flow.t('warnings')}{flow.words.colon()}", char(SANS, 7.5, bold=True)
            )
            for warning in info.warnings:
                cursor.insertBlock()
                cursor.insertText(f"⚠ {warning}", char(SANS, 7.5))
    cell_text(table, 2, 0, flow.t("date"), label, palette.HEADER_BACKGROUND)
    cell_text(table, 2, 1, cover.date_text, char(SERIF, 9.5))
    cell_text(table, 3, 0, flow.t("options"), label, palette.HEADER_BACKGROUND)
    options = ", ".join(
        f"{row.label}{flow.words.colon()}{flow.t('yes' if row.value else 'no')}"
        for row in cover.options
    )
    cell_text(table, 3, 1, options, char(SERIF, 9))
    for row, (name, value) in enumerate(firm, start=4):
        cell_text(table, row, 0, name, label, palette.HEADER_BACKGROUND)
        cell_text(table, row, 1, value, char(SERIF, 9.5, bold=True))
    flow.cursor.movePosition(QTextCursor.MoveOperation.End)


def write_legend(flow: TextFlow) -> None:
    """Every colour and mark, with its non-colour cue."""
    flow.heading(flow.t("legend"), top=6)
    rows = 4
    table = flow.cursor.insertTable(
        rows, 2, table_format([50, 50], header_rows=0, border="#ffffff")
    )
    entries: list[list[tuple[str, QTextCharFormat]]] = [
        [(flow.t("legend.delete"), op_format(Op.DELETE, None, False))],
        [(flow.t("legend.insert"), op_format(Op.INSERT, None, False))],
        [
            ("⇅ ", char(SANS, 9, bold=True, colour=palette.MOVED)),
            (flow.t("legend.moved"), char(SANS, 8.5)),
        ],
        [(flow.t("legend.changed_term"), char(SANS, 8.5, bold=True))],
    ]
    # Diff marks fill the first column, the three term kinds the second.
    for kind in TermKind:
        name = flow.t(f"kind.{kind}")
        letter = flow.t(f"letter.{kind}")
        entries.append(
            [
                (name, op_format(Op.EQUAL, kind, False, size=8.5)),
                (letter, mark_format(kind)),
                (" " + flow.t("legend.term", kind=name, letter=letter), char(SANS, 8.5)),
            ]
        )
    for index, parts in enumerate(entries):
        row, column = index % rows, index // rows
        cursor = table.cellAt(row, column).firstCursorPosition()
        for text, fmt in parts:
            if fmt.fontPointSize() == 0:
                fmt.setFontPointSize(8.5)
            cursor.insertText(text, fmt)
    flow.cursor.movePosition(QTextCursor.MoveOperation.End)
