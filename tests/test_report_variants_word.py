"""The variants decision as a Word document says which variant was kept and keeps the duties.

Seen converting the seed page's "Support client" .docx (V2 preferred) with LibreOffice: the
retained wording stood under the title without saying whose it was, and the table had no
Obligations column: V3's "doit", V4's and V8's "s'engage à", V6's "devra" were in the window's
matrix and the PDF, not in the Word file.
"""

from __future__ import annotations

from pathlib import Path

import docx

from clausediff.variants.analyse import analyse_group
from clausediff.variants.choice import GroupChoice, VariantsState
from clausediff.variants.export import write_docx
from clausediff.variants.grouping import group_variants
from clausediff.variants.load import load_paths


def test_the_word_file_names_the_kept_variant_and_lists_obligations(
    seed_path: Path, tmp_path: Path
) -> None:
    library = load_paths([seed_path])
    groups = group_variants(library.variants)
    group = next(g for g in groups if g.title == "Support client")
    result = analyse_group(library, group, None, language="fr")
    preferred = group.variant_ids[1]
    choice = GroupChoice(reference=result.reference_id, preferred=preferred)
    state = VariantsState(library, groups, {group.id: choice})
    path = tmp_path / "support.docx"
    write_docx(state, (result,), path, "fr")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert "Variante retenue\u202f: V2 · Support client 2" in texts
    (table,) = document.tables
    header = [c.text for c in table.rows[0].cells]
    assert header[-1] == "Obligations"
    rows = {row.cells[0].text: row.cells[-1].text for row in table.rows[1:]}
    assert rows["V3 · Support client 3"] == "doit"
    assert "s’engage à" in rows["V4 · Support client 4"]
    section = document.sections[0]
    text_width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    assert sum(column.width.twips for column in table.columns) <= text_width
