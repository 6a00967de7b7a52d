"""Page-break fixes applied to a laid-out report document, where Qt's own pagination would leave
a heading alone at the foot of a page or draw repeated header rows over the text that follows.

Each works on a ``QTextDocument`` already given its page size; the first two change a break
policy, so Qt lays the document out again. A page is the document's height sliced every
``page_height``, as :func:`clausediff.report.pdf.writer.paint_pages` slices it. QtGui only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from clausediff.report.pdf.style import pt

#: Room (points) for the first lines of a pair's clause text under its title and label.
_KEPT_LINES_PT = 36.0


def keep_heading_with_text(document: QTextDocument, block: QTextBlock, page_height: float) -> None:
    """Start ``block`` (a section heading's) on a new page if it would sit in the last quarter
    of one, where it would stand nearly alone.

    One block changes, so Qt lays the rest out once more.
    """
    layout = document.documentLayout()
    top = layout.blockBoundingRect(block).top()
    if page_height - top % page_height < 0.25 * page_height:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)


def keep_titles_with_text(
    document: QTextDocument,
    kept: Sequence[tuple[QTextBlock, QTextTableCell]],
    page_height: float,
) -> None:
    """A table whose title and column heads would end a page starts the next.

    ``kept`` holds (the title's first block, the cell its text starts in) per table. Qt keeps a
    table's header rows together but not with the first body row, so a title could stand alone
    at the foot of a page. Tables are checked in order, each after the breaks set before it have
    been laid out.
    """
    layout = document.documentLayout()
    room = pt(_KEPT_LINES_PT)  # the first lines of the clause text must fit under the title
    for title, body in kept:
        title_page = int(layout.blockBoundingRect(title).top() // page_height)
        # The cell opens with the clause's label; its text starts in the next block.
        first = body.firstCursorPosition().block()
        text = first.next() if first.next().isValid() else first
        if text.position() > body.lastCursorPosition().position():
            text = first
        body_top = layout.blockBoundingRect(text).top() + room
        if int(body_top // page_height) > title_page:
            table = document.frameAt(title.position())
            if isinstance(table, QTextTable):
                fmt = table.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(fmt)


def close_rows(document: QTextDocument) -> None:
    """Move the bottom padding of every cell of a table with header rows into its text.

    Qt repeats a table's header rows on each page the table reaches; when only the padding
    under the last line spills onto a new page, those repeated rows are drawn over whatever
    follows. A block margin, unlike padding, is dropped at a page break, so nothing spills.
    """
    padding = pt(3.5)
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() == 0:
            continue
        for row in range(frame.rows()):
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                if cell.row() != row or cell.column() != column:
                    continue  # a merged cell, seen at its first position
                fmt = cell.format().toTableCellFormat()
                if fmt.hasProperty(QTextFormat.Property.TableCellBottomPadding):
                    continue  # set on purpose (the side-by-side content row)
                fmt.setBottomPadding(0)
                cell.setFormat(fmt)
                cursor = cell.lastCursorPosition()
                block = cursor.blockFormat()
                block.setBottomMargin(block.bottomMargin() + padding)
                cursor.setBlockFormat(block)
