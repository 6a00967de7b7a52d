"""The redline's optional cover page: clauses per status and term changes, as in the PDF report.

:func:`write_cover` appends to a python-docx document the report's summary (built once by
:func:`clausediff.report.model.build_report`): the compared files, a table of clauses per status
and a table of term changes, then a page break. The cover is plain text, not tracked. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clausediff.comparison import Comparison
from clausediff.report import strings
from clausediff.report.model import build_report
from clausediff.store.session import Session


def write_cover(
    document: Any, comparison: Comparison, session: Session | None, language: str
) -> None:
    """Append the cover page (summary tables, then a page break) to ``document``."""
    from docx.enum.text import WD_BREAK

    report = build_report(comparison, session, language)
    t = strings.text
    document.add_paragraph(t(language, "redline.title"), style="Title")
    files = document.add_paragraph()
    for label, info in (
        (t(language, "left"), report.cover.left),
        (t(language, "right"), report.cover.right),
    ):
        files.add_run(f"{label}{t(language, 'colon')}").bold = True
        files.add_run(f"{info.name}\n")
    files.add_run(report.cover.date_text)
    document.add_heading(t(language, "summary.statuses"), level=1)
    rows = [(s.label, str(s.count)) for s in report.summary.statuses if s.count]
    rows.append((t(language, "summary.total"), str(report.summary.total)))
    _table(document, (t(language, "col.status"), t(language, "col.count")), rows)
    document.add_heading(t(language, "summary.terms"), level=1)
    if report.summary.term_changes:
        _table(
            document,
            tuple(t(language, f"col.{c}") for c in ("clause", "kind", "before", "after")),
            [
                (r.clause, f"{r.kind_text} {r.change_text}", r.before, r.after)
                for r in report.summary.term_changes
            ],
        )
    else:
        document.add_paragraph(t(language, "summary.no_terms"))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(document: Any, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    """A bordered table with a bold header row."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
