"""Word .docx: paragraphs, tables, styles, levels, bold, and automatic numbering drawn in."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.enum.style
import pytest
from docx.oxml import parse_xml
from readers_fixtures import (
    CONTRACT,
    W_NS,
    Lvl,
    add_numbered,
    add_style_numbering,
    make_docx,
    set_numbering,
    visible,
)

from clausediff.document import Document, Format, WarningCode
from clausediff.options import Revisions
from clausediff.readers import read_document
from clausediff.readers.docx_numbering import format_number


def _texts(document: Document) -> list[str]:
    return [document.paragraph_text(paragraph) for paragraph in document.paragraphs]


def test_paragraphs_headings_and_offsets(tmp_path: Path) -> None:
    document = read_document(make_docx(tmp_path / "contrat.docx", CONTRACT))
    assert document.format is Format.DOCX
    assert document.language == "fr"
    assert _texts(document) == [visible(text) for text in CONTRACT]
    assert document.text == "\n\n".join(visible(text) for text in CONTRACT)
    assert document.warnings == ()
    headings = document.paragraphs[0::2]
    assert {(p.style, p.level) for p in headings} == {("Heading 1", 1)}
    assert {(p.style, p.level) for p in document.paragraphs[1::2]} == {("Normal", 0)}


def _numbered_document(path: Path) -> Path:
    """Automatic numbering as Word writes it (numbering.xml + numPr on paragraphs)."""
    document = docx.Document()
    set_numbering(
        document,
        abstracts=[
            [
                Lvl("decimal", "Article %1"),
                Lvl("decimal", "%1.%2."),
                Lvl("lowerLetter", "%3)"),
                Lvl("upperRoman", "%4."),
            ],
            [Lvl("decimal", "%1."), Lvl("bullet", "\uf0b7")],
            [Lvl("upperLetter", "%1.")],
            [Lvl("lowerRoman", "(%1)", start=4)],
        ],
        nums=[(1, 0, {}), (2, 1, {}), (3, 1, {0: 5}), (4, 0, {}), (5, 2, {}), (6, 3, {})],
    )
    add_style_numbering(document, "Clause", num_id=5)
    for text, num_id, ilvl in [
        ("Objet", 1, 0),  # Article 1
        ("Le contrat définit les prestations.", 1, 1),  # 1.1.
        ("Il s’applique aux commandes.", 1, 1),  # 1.2.
        ("les commandes écrites ;", 1, 2),  # a)
        ("les commandes orales.", 1, 2),  # b)
        ("Durée", 1, 0),  # Article 2: the lower levels restart
        ("Le contrat dure un an.", 1, 1),  # 2.1.
        ("sauf résiliation ;", 1, 2),  # a)
        ("Premier cas.", 1, 3),  # I.
        ("Premier point.", 2, 0),  # 1.
        ("Une puce.", 2, 1),  # bullet from the Symbol font -> •
        ("Deuxième point.", 2, 0),  # 2.
        ("Repris à cinq.", 3, 0),  # 5. (startOverride on a new num of the same list)
        ("Puis six.", 3, 0),  # 6.
        ("Prix", 4, 0),  # Article 3: num 4 shares abstract 0 with num 1 and continues it
        ("Début romain.", 6, 0),  # (iv): start value 4
    ]:
        add_numbered(document, text, num_id, ilvl)
    document.add_paragraph("Texte sans numéro.")
    document.add_paragraph("Clause stylée.", style="Clause")
    document.add_paragraph("Autre clause stylée.", style="Clause")
    add_numbered(document, "", 6, 0)  # an empty numbered paragraph still takes (v)
    add_numbered(document, "Après un vide.", 6, 0)  # (vi)
    document.save(str(path))
    return path


def test_automatic_numbering_drawn_into_text(tmp_path: Path) -> None:
    document = read_document(_numbered_document(tmp_path / "numbered.docx"))
    expected = [
        ("Article 1 Objet", "Article 1", 1),
        ("1.1. Le contrat définit les prestations.", "1.1.", 2),
        ("1.2. Il s’applique aux commandes.", "1.2.", 2),
        ("a) les commandes écrites ;", "a)", 3),
        ("b) les commandes orales.", "b)", 3),
        ("Article 2 Durée", "Article 2", 1),
        ("2.1. Le contrat dure un an.", "2.1.", 2),
        ("a) sauf résiliation ;", "a)", 3),
        ("I. Premier cas.", "I.", 4),
        ("1. Premier point.", "1.", 1),
        ("• Une puce.", "•", 2),
        ("2. Deuxième point.", "2.", 1),
        ("5. Repris à cinq.", "5.", 1),
        ("6. Puis six.", "6.", 1),
        ("Article 3 Prix", "Article 3", 1),
        ("(iv) Début romain.", "(iv)", 1),
        ("Texte sans numéro.", "", 0),
        ("A. Clause stylée.", "A.", 1),
        ("B. Autre clause stylée.", "B.", 1),
        ("(vi) Après un vide.", "(vi)", 1),
    ]
    got = [(document.paragraph_text(p), p.numbering, p.level) for p in document.paragraphs]
    assert got == expected


def test_numbering_linked_to_heading_styles(tmp_path: Path) -> None:
    # the usual legal template: Heading 1/2 carry the list in their style, and the list's
    # levels name their style (w:pStyle), so paragraphs have no numPr of their own
    document = docx.Document()
    set_numbering(
        document,
        abstracts=[
            [
                Lvl("decimal", "Article %1 –", style="Heading1"),
                Lvl("decimal", "%1.%2", style="Heading2"),
            ],
        ],
        nums=[(7, 0, {})],
    )
    for style_id in ("Heading1", "Heading2"):
        element = document.styles.get_by_id(style_id, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        element.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="7"/></w:numPr>')
        )
    document.add_heading("Objet", level=1)
    document.add_heading("Définitions", level=2)
    document.add_paragraph("Les termes suivants ont le sens indiqué.")
    document.add_heading("Champ", level=2)
    document.add_heading("Durée", level=1)
    document.add_heading("Prise d’effet", level=2)
    path = tmp_path / "styles.docx"
    document.save(str(path))
    result = read_document(path)
    assert [(result.paragraph_text(p), p.level, p.style) for p in result.paragraphs] == [
        ("Article 1 – Objet", 1, "Heading 1"),
        ("1.1 Définitions", 2, "Heading 2"),
        ("Les termes suivants ont le sens indiqué.", 0, "Normal"),
        ("1.2 Champ", 2, "Heading 2"),
        ("Article 2 – Durée", 1, "Heading 1"),
        ("2.1 Prise d’effet", 2, "Heading 2"),
    ]


def test_default_template_list_number_style(tmp_path: Path) -> None:
    # python-docx's template (made by Word) numbers "List Number" through the style's numPr
    document = docx.Document()
    for text in ("Premier.", "Second.", "Troisième."):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Puce.", style="List Bullet")
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert _texts(read_document(path)) == ["1. Premier.", "2. Second.", "3. Troisième.", "• Puce."]


def test_tables_runs_and_revisions(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Article 4 – Prix.").bold = True
    paragraph.add_run(" Le prix est ferme.\tIl est payable")
    paragraph.add_run().add_break()
    paragraph.add_run("à trente jours.")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate((("Poste", "Montant", ""), ("Maintenance", "12 500 €", "HT"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    revised = document.add_paragraph("Le délai est de ")
    revised._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="A"><w:r><w:delText>trente</w:delText>'
            f"</w:r></w:del>"
        )
    )
    revised._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="A"><w:r><w:t>soixante</w:t></w:r></w:ins>'
        )
    )
    revised._p.append(
        parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vanish/></w:rPr><w:t>CACHÉ</w:t></w:r>')
    )
    revised.add_run(" jours.")
    path = tmp_path / "mixed.docx"
    document.save(str(path))
    result = read_document(path)
    assert _texts(result) == [
        "Article 4 – Prix. Le prix est ferme.\tIl est payable\nà trente jours.",
        "Poste\tMontant",  # the paragraph ends are trimmed, so is an empty last cell
        "Maintenance\t12 500 €\tHT",
        "Le délai est de soixante jours.",
    ]
    assert [p.bold for p in result.paragraphs] == [True, False, False, False]
    assert [w.code for w in result.warnings] == [
        WarningCode.TRACKED_CHANGES_ACCEPTED,
        WarningCode.HIDDEN_TEXT_LEFT_OUT,
    ]
    assert result.warnings[0].parameters == {"count": "2"}
    assert result.paragraphs[1].style == "Table"
    original = read_document(path, revisions=Revisions.ORIGINAL)
    assert _texts(original)[-1] == "Le délai est de trente jours."
    assert original.warnings[0].code is WarningCode.TRACKED_CHANGES_ORIGINAL


def test_all_caps_formatting_is_shown(tmp_path: Path) -> None:
    # Word displays w:caps runs in capitals (a PDF of the document shows them so)
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Article 5 – Résiliation").font.all_caps = True
    paragraph.add_run(" : conditions.")
    path = tmp_path / "caps.docx"
    document.save(str(path))
    assert _texts(read_document(path)) == ["ARTICLE 5 – RÉSILIATION : conditions."]


def test_table_of_contents_is_read(tmp_path: Path) -> None:
    # nothing is dropped: segmentation makes the table one clause (tests/test_segment_contents.py)
    document = docx.Document()
    toc = parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:docPartObj>'
        '<w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent><w:p><w:r><w:t>Article 1 – Objet\t3</w:t></w:r></w:p></w:sdtContent>"
        "</w:sdt>"
    )
    document.element.body.insert(0, toc)
    document.add_heading("Article 1 – Objet", level=1)
    document.add_paragraph("Le contrat a pour objet la maintenance.")
    path = tmp_path / "toc.docx"
    document.save(str(path))
    assert _texts(read_document(path)) == [
        "Article 1 – Objet\t3",
        "Article 1 – Objet",
        "Le contrat a pour objet la maintenance.",
    ]


@pytest.mark.parametrize(
    ("number", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "decimalZero", "03"),
        (1, "lowerLetter", "a"),
        (28, "lowerLetter", "bb"),  # Word doubles the letter after z
        (4, "upperLetter", "D"),
        (14, "lowerRoman", "xiv"),
        (1999, "upperRoman", "MCMXCIX"),
        (7, "none", ""),
        (7, "ordinalText", "7"),  # unknown formats fall back to decimal
    ],
)
def test_number_formats(number: int, fmt: str, expected: str) -> None:
    assert format_number(number, fmt) == expected
