"""Export the variants decision as a Word document (python-docx), written atomically.

:func:`write_docx` writes, per group: the clause title as a heading, which wording was retained
(the preferred variant, named, or the user's own) and the note, the wording, then a table of
every variant with its similarity to the reference and its deadlines, hours, amounts and
obligations: ruled borders, a bold header row
repeated on each page, columns sized to fit the text width of the page (A4, the document's
language; landscape when a group has many variants, as the PDF). It is what "copy as .docx" in
the variants view saves, for pasting into a contract. Plain text copies use
:func:`clausediff.variants.report.report_text`. No Qt.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clausediff.report.strings import percent
from clausediff.store import atomic
from clausediff.variants.choice import VariantsState
from clausediff.variants.model import TermColumn, VariantsResult
from clausediff.variants.report import choice_lines, chosen_text, variant_name
from clausediff.variants.strings import text as t

#: Share of the text width per column: variant, similarity, deadlines, hours, amounts,
#: obligations ("Similarité" whole on one line).
_COLUMN_SHARES = (0.2, 0.14, 0.16, 0.18, 0.16, 0.16)
#: As the PDF: more variants than this and the page turns to landscape.
_PORTRAIT_MAX_VARIANTS = 9


def _repeat_header(row: Any) -> None:
    """Mark a table row as a header row Word repeats at the top of each page."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def write_docx(
    state: VariantsState,
    results: Sequence[VariantsResult],
    path: str | os.PathLike[str],
    language: str = "fr",
) -> None:
    """Write the decisions and terms of ``results`` to a .docx at ``path``."""
    from docx.shared import Twips

    from clausediff.report.redline.page import new_document, page_for

    landscape = any(len(r.group.variant_ids) > _PORTRAIT_MAX_VARIANTS for r in results)
    document = new_document(page_for(None, language), landscape=landscape)
    section = document.sections[0]
    assert section.page_width is not None and section.left_margin is not None
    assert section.right_margin is not None
    text_width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    for result in results:
        document.add_heading(result.group.title, level=1)
        # Which wording was retained (and the note), as the PDF says it, then the wording.
        for line in choice_lines(state, result, language):
            label, colon, rest = line.partition(t(language, "colon"))
            written = document.add_paragraph()
            written.add_run(f"{label}{colon}" if colon else label).bold = bool(colon)
            written.add_run(rest)
        for paragraph in chosen_text(state, result).split("\n\n"):
            if paragraph.strip():
                document.add_paragraph(paragraph.strip())
        columns = tuple(TermColumn)
        table = document.add_table(rows=1, cols=2 + len(columns))
        table.style = "Table Grid"
        table.autofit = False
        headers = [t(language, "variant"), t(language, "similarity")]
        headers += [t(language, f"col.{c}") for c in columns]
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(header).bold = True
        _repeat_header(table.rows[0])
        for variant_id in result.group.variant_ids:
            row = table.add_row().cells
            row[0].text = variant_name(state, result, variant_id)
            row[1].text = percent(result.similarity_to_reference(variant_id), language)
            terms = result.matrix.row(variant_id)
            for cell, column in zip(row[2:], columns, strict=True):
                cell.text = "; ".join(dict.fromkeys(c.description for c in terms.cells(column)))
        for column, share in zip(table.columns, _COLUMN_SHARES, strict=True):
            column.width = Twips(int(text_width * share))  # the grid LibreOffice reads
            for cell in column.cells:  # the cell widths Word reads
                cell.width = Twips(int(text_width * share))
    document.core_properties.language = language

    def save(temp: Path) -> None:
        document.save(str(temp))

    atomic.write_with(path, save)
