"""The variants exports fit to send: the group worked on, ruled tables that fit the page."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from clausediff.cli.main import main
from clausediff.variants.analyse import analyse_group
from clausediff.variants.choice import GroupChoice, VariantsState
from clausediff.variants.export import write_docx
from clausediff.variants.grouping import group_variants
from clausediff.variants.load import load_paths
from clausediff.variants.model import Library, VariantGroup

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _state(library: Library, groups: tuple[VariantGroup, ...]) -> tuple[VariantsState, tuple]:
    results = tuple(analyse_group(library, g, None, language="fr") for g in groups)
    choices = {r.group.id: GroupChoice(reference=r.reference_id) for r in results}
    return VariantsState(library, groups, choices), results


def test_word_table_is_ruled_fits_the_page_and_repeats_its_header(
    library_path: Path, tmp_path: Path
) -> None:
    library = load_paths([library_path])
    groups = group_variants(library.variants)
    state, results = _state(library, groups[:1])
    path = tmp_path / "variants.docx"
    write_docx(state, results, path, "fr")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert section.page_width.twips == 11906  # A4 portrait for 8 variants
    text_width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    (table,) = document.tables
    assert table.style.name == "Table Grid"  # borders on every cell
    widths = [column.width.twips for column in table.columns]
    assert sum(widths) <= text_width and min(widths) > 1000
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert [c.text for c in table.rows[0].cells][:2] == ["Variante", "Similarité"]
    assert len(table.rows) == 1 + 8


def test_many_variants_turn_the_word_page_to_landscape(tmp_path: Path) -> None:
    # A library page as the seed is laid out: a title line, then one "Title. wording" per line.
    wordings = [
        f"Support client. Le Prestataire répond sous {n} heures ouvrées aux demandes du Client."
        for n in range(2, 14)
    ]
    source = tmp_path / "page.txt"
    source.write_text("Support client Clauses Exemplaires\n\n" + "\n".join(wordings), "utf-8")
    library = load_paths([source])
    groups = group_variants(library.variants)
    assert max(len(g.variant_ids) for g in groups) == 12
    state, results = _state(library, groups)
    path = tmp_path / "variants.docx"
    write_docx(state, results, path, "fr")
    section = docx.Document(str(path)).sections[0]
    assert section.page_width > section.page_height


def test_cli_pdf_covers_the_main_group_unless_all_are_asked(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pypdfium2

    def pages(path: Path) -> tuple[int, str]:
        document = pypdfium2.PdfDocument(str(path))
        text = "".join(page.get_textpage().get_text_range() for page in document)
        count = len(document)
        document.close()
        return count, text

    one, everything = tmp_path / "one.pdf", tmp_path / "all.pdf"
    assert main(["variants", str(library_path), "--pdf", str(one), "--lang", "fr"]) == 0
    note = capsys.readouterr().err
    assert "covers 'Limitation de responsabilité'" in note and "--all-groups" in note
    assert main(["variants", str(library_path), "--pdf", str(everything), "--all-groups"]) == 0
    count_one, text_one = pages(one)
    count_all, text_all = pages(everything)
    assert "Limitation de responsabilité" in text_one and "Force majeure" not in text_one
    assert "Force majeure" in text_all and count_one <= count_all
