"""An .odt's table of contents is read as LibreOffice shows it, and makes one clause.

The reader walked past ``text:table-of-content`` without a word: an .odt lost the table its
.docx and PDF exports show (those give it as one clause), so the same contract compared across
formats differed by a clause nobody could see in the .odt.
"""

from __future__ import annotations

from pathlib import Path

from readers_fixtures import make_odt

from clausediff.readers import read_document
from clausediff.segment import segment

_ARTICLES = [
    ("Article 1 – Objet", "Le présent contrat définit les prestations du Prestataire."),
    ("Article 2 – Durée", "Le contrat est conclu pour une durée de douze (12) mois."),
    ("Article 3 – Prix", "Le prix est fixé à 110 € HT par jour ouvré."),
]


def _contents() -> str:
    entries = "".join(
        f'<text:p text:style-name="Contents_20_1">{title}<text:tab/>{page}</text:p>'
        for page, (title, _) in enumerate(_ARTICLES, start=1)
    )
    return (
        '<text:table-of-content text:name="Table des matières1">'
        '<text:table-of-content-source text:outline-level="10">'
        '<text:index-title-template text:style-name="Contents_20_Heading">'
        "Table des matières</text:index-title-template>"
        "</text:table-of-content-source>"
        "<text:index-body>"
        '<text:index-title text:name="Table des matières1_Head">'
        '<text:p text:style-name="Contents_20_Heading">Table des matières</text:p>'
        "</text:index-title>"
        f"{entries}"
        "</text:index-body>"
        "</text:table-of-content>"
    )


def _odt(path: Path) -> Path:
    body = "".join(
        f'<text:h text:outline-level="1">{title}</text:h><text:p>{text}</text:p>'
        for title, text in _ARTICLES
    )
    return make_odt(path, "<text:p>CONTRAT DE PRESTATION</text:p>" + _contents() + body)


def test_the_table_of_contents_is_read(tmp_path: Path) -> None:
    text = read_document(_odt(tmp_path / "toc.odt")).text
    assert "Table des matières" in text
    assert text.index("Article 3 – Prix\t3") < text.index("Le présent contrat")
    assert "Table des matières1" not in text  # the index's name and template are not shown


def test_it_is_one_clause_and_every_article_keeps_its_number_once(tmp_path: Path) -> None:
    clauses = segment(read_document(_odt(tmp_path / "toc.odt")))
    numbers = [c.number for c in clauses if c.number]
    assert numbers == ["Article 1", "Article 2", "Article 3"]
    contents = [c for c in clauses if "Article 2 – Durée" in c.text and not c.number]
    assert len(contents) == 1 and "Table des matières" in contents[0].heading + contents[0].text
