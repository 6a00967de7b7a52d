# The Markdown excerpt keeps each heading on one line, as its file has it:
# ruff: noqa: E501
"""Tables of contents: one clause of their own, never one empty clause per entry.

Each excerpt has the shape of a real contract's opening: a title, a table of contents
("SOMMAIRE" with dot leaders, "Table of Contents" with tab leaders from a .docx, entries run
together on one line as PDF text has them, a Markdown list of link headings as the
démarches-simplifiées terms of use of 2026 have it, ``bench/data/heldout7``), then the articles.
The table is one clause holding every entry line; each real article keeps its number, once.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsmap

from clausediff.clause import Clause
from clausediff.compare.pipeline import compare_documents
from clausediff.comparison import PairStatus
from clausediff.document import Document, Format
from clausediff.readers import read_document
from clausediff.segment import segment
from clausediff.segment.contents import title_key

W_NS = nsmap["w"]
BODIES_FR = (
    "Le présent contrat a pour objet de définir les conditions dans lesquelles le Prestataire "
    "fournit les services au Client.",
    "Le contrat est conclu pour une durée de deux ans à compter de sa signature par les parties.",
    "Le prix est fixé à 10 000 euros hors taxes, payable à trente jours fin de mois.",
)
ARTICLES_FR = "\n\n".join(
    f"Article {n} – {title}\n\n{body}"
    for n, title, body in zip((1, 2, 3), ("Objet", "Durée", "Prix"), BODIES_FR, strict=True)
)

SOMMAIRE = f"""\
CONTRAT DE PRESTATION DE SERVICES

SOMMAIRE

Article 1 – Objet ........................................ 2
Article 2 – Durée ........................................ 2
Article 3 – Prix ......................................... 3

{ARTICLES_FR}
"""

CONTENTS_EN = """\
MASTER SERVICES AGREEMENT

Table of Contents

1. Definitions\t1
2. Services\t2
   2.1 Scope\t2
   2.2 Service Levels\t3
3. Fees and Payment\t4

1. Definitions

In this Agreement the following words have the meanings given to them below and in the annex.

2. Services

2.1 Scope

The Supplier shall provide the Services described in the Statement of Work with reasonable care.

2.2 Service Levels

The Supplier shall meet the service levels set out in the Service Level Agreement every month.

3. Fees and Payment

The Customer shall pay the fees within thirty days of receipt of a valid invoice from the Supplier.
"""

# A PDF's text runs the entries of a table together on one line (dot leaders drawn as dots).
PDF_RUN_TOGETHER = f"""\
CONTRAT DE PRESTATION DE SERVICES

Table des matières

Article 1 – Objet..............................2 Article 2 – Durée..............................2 Article 3 – Prix..............................3

{ARTICLES_FR}
"""

# The shape of bench/data/heldout7/.../right.txt: a numbered "Sommaire" heading over link
# headings with no text, then the same headings numbered again with an anchor.
MARKDOWN_LINKS = """\
# Conditions Générales d'Utilisation

## 1.     Sommaire

## [2.    Objet et champ d’application](cgu.md#_toc108111727)

## [3.    Définitions](cgu.md#_toc108111728)

### [a.    Présentation du Service](cgu.md#_toc108111730)

### [b.    Prestations garanties](cgu.md#_toc108111731)

## 2 . Objet et champ d’application <a href="#toc108111727" id="toc108111727"></a>

Les présentes conditions générales d’utilisation ont pour objet de définir les modalités d’utilisation du service.

## 3 . Définitions <a href="#toc108111728" id="toc108111728"></a>

Au sens des présentes, on entend par Service la plateforme en ligne mise à disposition des administrations.

### a . Présentation du Service <a href="#toc108111730" id="toc108111730"></a>

Le Service permet aux administrations de dématérialiser leurs démarches auprès des usagers.

### b . Prestations garanties <a href="#toc108111731" id="toc108111731"></a>

La DINUM assure l’hébergement, la maintenance et le support du Service pour les administrations.
"""

# No title, no leader: the articles listed, then the articles themselves.
UNTITLED_LIST = f"""\
CONTRAT DE PRESTATION DE SERVICES

Article 1 – Objet

Article 2 – Durée

Article 3 – Prix

{ARTICLES_FR}
"""


def _segment(text: str, language: str = "fr") -> tuple[Clause, ...]:
    return segment(Document(text=text, format=Format.TXT, language=language))


def _check_table(text: str, clauses: tuple[Clause, ...], heading: str, entries: list[str]) -> None:
    """The first clause is the table, titled ``heading``, holding every entry; nothing else is."""
    table = clauses[0]
    assert table.heading == heading
    for entry in entries:
        assert entry in table.text
    assert text[table.body_start : table.body_end] == table.text
    # no other clause holds an entry's line
    for clause in clauses[1:]:
        assert "...." not in clause.text and "\t" not in clause.text


@pytest.mark.parametrize(
    ("text", "heading", "entries", "numbers"),
    [
        # French: "SOMMAIRE" over dot leaders and page numbers
        (
            SOMMAIRE,
            "SOMMAIRE",
            ["Article 1 – Objet ....", "Article 3 – Prix ....", "... 3"],
            ["", "Article 1", "Article 2", "Article 3"],
        ),
        # French PDF text: the entries run together on one line
        (
            PDF_RUN_TOGETHER,
            "Table des matières",
            ["Article 1 – Objet....", "Article 3 – Prix....", "..3"],
            ["", "Article 1", "Article 2", "Article 3"],
        ),
        # PDF text of a table whose tab leaders were not drawn: the page after one space
        (
            re.sub(r" \.+ ", " ", SOMMAIRE),
            "SOMMAIRE",
            ["Article 1 – Objet 2\nArticle 2 – Durée 2\nArticle 3 – Prix 3"],
            ["", "Article 1", "Article 2", "Article 3"],
        ),
        # no title, no leader: headings with no text, listed again in the body
        (
            UNTITLED_LIST,
            "",
            ["Article 1 – Objet\n\nArticle 2 – Durée\n\nArticle 3 – Prix"],
            ["", "Article 1", "Article 2", "Article 3"],
        ),
    ],
)
def test_a_table_of_contents_is_one_clause(
    text: str, heading: str, entries: list[str], numbers: list[str]
) -> None:
    clauses = _segment(text)
    _check_table(text, clauses, heading, entries)
    assert [clause.number for clause in clauses] == numbers
    assert [clause.text for clause in clauses[1:]] == list(BODIES_FR)


def test_english_table_with_tab_leaders_keeps_section_numbers() -> None:
    clauses = _segment(CONTENTS_EN, "en")
    _check_table(
        CONTENTS_EN, clauses, "Table of Contents", ["1. Definitions\t1", "3. Fees and Payment\t4"]
    )
    assert [clause.number for clause in clauses] == ["", "1.", "2.1", "2.2", "3."]
    assert clauses[0].text.endswith("3. Fees and Payment\t4")


def test_markdown_link_headings_are_one_table() -> None:
    clauses = _segment(MARKDOWN_LINKS)
    table = clauses[0]
    assert (table.number, table.heading) == ("1.", "Sommaire")
    assert MARKDOWN_LINKS[table.start :].startswith("1.     Sommaire\n\n## [2.")
    assert table.text.startswith("## [2.    Objet")
    # (a Markdown clause runs to the next heading's text, after its "##" markers)
    assert table.text.rstrip("#\n").endswith("(cgu.md#_toc108111731)")
    headings = [clause.heading.split(" <a")[0] for clause in clauses[1:]]
    assert headings == [
        "2 . Objet et champ d’application",
        "3 . Définitions",
        "a . Présentation du Service",
        "b . Prestations garanties",
    ]
    assert all(clause.text for clause in clauses)


def test_nested_divisions_without_text_are_no_table() -> None:
    # a code's divisions over its first article: their titles do not come back
    text = (
        "TITRE I – DISPOSITIONS GÉNÉRALES\n\nChapitre 1 – Généralités\n\n"
        f"Article 1 – Objet\n\n{BODIES_FR[0]}\n\nArticle 2 – Durée\n\n{BODIES_FR[1]}\n"
    )
    clauses = _segment(text)
    assert [clause.number for clause in clauses] == ["Article 1", "Article 2"]
    assert clauses[0].heading == "DISPOSITIONS GÉNÉRALES / Généralités / Objet"


def test_emptied_divisions_in_the_body_are_no_table() -> None:
    # divisions left without articles by a repeal, then listed again with their new articles
    # (the Code civil of 2016 has one): after the body began, an untitled run is no table
    emptied = "\n\n".join(
        f"Chapitre {n} : {title}"
        for n, title in (("I", "De la minorité"), ("II", "De la tutelle"), ("III", "Du tuteur"))
    )
    again = "\n\n".join(
        f"Chapitre {n} : {title}\n\nArticle {k}\n\n{body}"
        for (n, title), k, body in zip(
            (("I", "De la minorité"), ("II", "De la tutelle"), ("III", "Du tuteur")),
            (388, 389, 390),
            BODIES_FR,
            strict=True,
        )
    )
    text = f"Chapitre préliminaire : Généralités\n\nArticle 387\n\n{BODIES_FR[0]}\n\n{emptied}\n\n{again}\n"
    numbers = [clause.number for clause in _segment(text)]
    # each emptied division stays a clause of its own, as every division of a code is
    assert numbers == [
        "Chapitre préliminaire",
        "Article 387",
        "Chapitre I",
        "Chapitre II",
        "Chapitre III",
        "Chapitre I",
        "Article 388",
        "Chapitre II",
        "Article 389",
        "Chapitre III",
        "Article 390",
    ]


def test_a_price_list_with_dot_leaders_is_no_table() -> None:
    # amounts after dot leaders, not listed again as headings, under no table title
    text = (
        f"Article 1 – Prix\n\n{BODIES_FR[2]} Le détail est le suivant :\n\n"
        "Installation .................. 150\nFormation .................. 300\n\n"
        f"Article 2 – Durée\n\n{BODIES_FR[1]}\n"
    )
    clauses = _segment(text)
    assert [clause.number for clause in clauses] == ["Article 1", "Article 2"]
    assert "Formation .................. 300" in clauses[0].text


@pytest.mark.parametrize(
    ("listed", "heading"),
    [
        ("Article 1 – Objet ........ 2", "Article 1 – Objet"),
        ("## [2.    Objet](cgu.md#_toc1)", '2 . Objet <a href="#toc1" id="toc1"></a>'),
        ("1.1\u00a0Définitions\t3", "1.1 DÉFINITIONS"),
        ("iv. Documentation et conformité … 7", "iv. Documentation et conformité"),
    ],
)
def test_a_listed_title_and_its_heading_share_a_key(listed: str, heading: str) -> None:
    assert title_key(listed) == title_key(heading) != ""


def _docx_with_table(path: Path, entry_style: str | None) -> None:
    """A .docx: title, "Table des matières", entries (tab + page), then the articles."""
    document = docx.Document()
    document.add_paragraph("CONTRAT DE PRESTATION DE SERVICES", style="Title")
    document.add_paragraph("Table des matières", style="TOC Heading")
    if entry_style is not None:
        document.styles.add_style(entry_style, WD_STYLE_TYPE.PARAGRAPH)
    for number, title, page in ((1, "Objet", 2), (2, "Durée", 2), (3, "Prix", 3)):
        document.add_paragraph(f"Article {number} – {title}\t{page}", style=entry_style)
    for number, (title, body) in enumerate(zip(("Objet", "Durée", "Prix"), BODIES_FR, strict=True)):
        document.add_heading(f"Article {number + 1} – {title}", level=1)
        document.add_paragraph(body)
    document.save(str(path))


@pytest.mark.parametrize(
    "entry_style",
    [
        None,  # entries typed with a tab before the page number, in the body style
        "toc 1",  # Word's own entry style
    ],
)
def test_docx_table_of_contents_gives_no_empty_article(
    tmp_path: Path, entry_style: str | None
) -> None:
    path = tmp_path / "contrat.docx"
    _docx_with_table(path, entry_style)
    clauses = segment(read_document(path))
    articles = [clause for clause in clauses if clause.number]
    assert [clause.number for clause in articles] == ["Article 1", "Article 2", "Article 3"]
    assert [clause.text for clause in articles] == list(BODIES_FR)
    others = [clause for clause in clauses if not clause.number]
    assert [clause.heading for clause in others] == ["Table des matières"]
    assert others[0].text.count("\t") == 3


def _word_entry(style_id: str, title: str, page: int, first: bool) -> str:
    """A paragraph of Word's own table: a link to the heading, a tab, a PAGEREF field."""
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        if first
        else ""
    )
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{field}'
        f'<w:hyperlink w:anchor="_Toc{page}{len(title)}" w:history="1">'
        f"<w:r><w:t>{title}</w:t></w:r><w:r><w:tab/></w:r>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc{page} \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{page}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
    )


def test_word_table_of_contents_field_is_one_clause(tmp_path: Path) -> None:
    # as Word writes it: a "Table of Contents" content control holding the title (style "TOC
    # Heading") and a TOC field whose entries ("toc 1", "toc 2") link to the headings
    document = docx.Document()
    document.add_paragraph("MASTER SERVICES AGREEMENT", style="Title")
    level1 = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH).style_id
    level2 = document.styles.add_style("toc 2", WD_STYLE_TYPE.PARAGRAPH).style_id
    heading = document.styles["TOC Heading"].style_id
    entries = [
        (level1, "1. Definitions", 1),
        (level1, "2. Services", 2),
        (level2, "2.1 Scope", 2),
        (level1, "3. Fees and Payment", 4),
    ]
    body = "".join(
        _word_entry(style, title, page, first=position == 0)
        for position, (style, title, page) in enumerate(entries)
    )
    toc = parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:docPartObj>'
        '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        f'<w:sdtContent><w:p><w:pPr><w:pStyle w:val="{heading}"/></w:pPr>'
        f"<w:r><w:t>Contents</w:t></w:r></w:p>{body}"
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'
    )
    document.paragraphs[-1]._p.addnext(toc)  # after the title
    texts = (
        "In this Agreement the following words have the meanings given to them below.",
        "The Supplier shall provide the Services described in the Statement of Work.",
        "The Customer shall pay the fees within thirty days of receipt of an invoice.",
    )
    document.add_heading("1. Definitions", level=1)
    document.add_paragraph(texts[0])
    document.add_heading("2. Services", level=1)
    document.add_heading("2.1 Scope", level=2)
    document.add_paragraph(texts[1])
    document.add_heading("3. Fees and Payment", level=1)
    document.add_paragraph(texts[2])
    path = tmp_path / "agreement.docx"
    document.save(str(path))
    clauses = segment(read_document(path))
    assert [(clause.number, clause.heading) for clause in clauses] == [
        ("", "Contents"),
        ("1.", "Definitions"),
        ("2.1", "Services / Scope"),
        ("3.", "Fees and Payment"),
    ]
    assert clauses[0].text == (
        "1. Definitions\t1\n\n2. Services\t2\n\n2.1 Scope\t2\n\n3. Fees and Payment\t4"
    )


def test_alignment_leaves_a_new_table_of_contents_inserted() -> None:
    # the left version has no table; the right one adds it: the table pairs with nothing
    left = Document(
        text=f"CONTRAT DE PRESTATION DE SERVICES\n\n{ARTICLES_FR}\n",
        format=Format.TXT,
        language="fr",
    )
    right = Document(text=SOMMAIRE, format=Format.TXT, language="fr")
    comparison = compare_documents(left, right)
    by_right = {pair.right[0]: pair for pair in comparison.pairs if pair.right}
    table = by_right["c1"]
    assert table.left == ()
    assert table.status is PairStatus.INSERTED
    assert all(pair.status is PairStatus.UNCHANGED for key, pair in by_right.items() if key != "c1")


def test_hostile_leaders_in_one_paragraph() -> None:
    # English, in capitals, the entries in one paragraph: "…" and spaced-dot leaders, NBSP and
    # narrow NBSP before the page, a roman page for the preamble
    body = "The Supplier shall perform the services described below with reasonable care and skill."
    entries = (
        "Preamble …………… i\nDefinitions\u00a0. . . . . . .\u00a01\n"
        "Services\u202f.......\u202f2\nTerm and Termination ........ 10"
    )
    text = (
        f"SERVICES AGREEMENT\n\nTABLE OF CONTENTS\n\n{entries}\n\n"
        f"DEFINITIONS\n\n{body}\n\nSERVICES\n\n{body}\n\nTERM AND TERMINATION\n\n{body}\n"
    )
    clauses = _segment(text, "en")
    assert [(clause.heading, clause.text) for clause in clauses] == [
        ("TABLE OF CONTENTS", entries),
        ("DEFINITIONS", body),
        ("SERVICES", body),
        ("TERM AND TERMINATION", body),
    ]
