"""Segmentation of a French code: inserted article numbers and division headings.

Excerpts of the Code civil (French statutes are public law, Légifrance): articles numbered
"6-1", "16-1-1" between "6" and "7", divisions "Livre Ier", "Titre Ier bis", "Chapitre II",
"Paragraphe 2", each heading line followed by the next division or by its first article
(``tests/data/code-civil-excerpt.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.document import Document, Format
from clausediff.segment import segment
from clausediff.text.number_keys import number_key
from clausediff.text.numbering import parse_marker

CODE_CIVIL = (Path(__file__).parent / "data" / "code-civil-excerpt.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "number", "key"),
    [
        ("Article 6-1", "Article 6-1", "6-1"),  # inserted after article 6
        ("Article 16-1-1", "Article 16-1-1", "16-1-1"),  # inserted after 16-1
        ("Article 810-12", "Article 810-12", "810-12"),
        ("Article 12 bis", "Article 12 bis", "12 bis"),
        ("Livre III : Des différentes manières", "Livre III", "book.3"),
        ("Titre Ier : Des droits civils", "Titre Ier", "title.1"),  # roman one with "er"
        ("Titre Ier bis : De la nationalité", "Titre Ier bis", "title.i bis"),
        ("Chapitre Ier : Dispositions générales", "Chapitre Ier", "chapter.1"),
        ("Sous-section 1 : Des conditions", "Sous-section 1", "subsection.1"),
        ("Paragraphe 2 : Acquisition", "Paragraphe 2", "paragraph.2"),
        ("Chapitre III-1 : De la vente", "Chapitre III-1", "chapter.iii-1"),  # after III
        ("Titre préliminaire : Dispositions", "Titre préliminaire", "title.préliminaire"),
        ("Article 1er – Objet", "Article 1er", "1"),  # unchanged
    ],
)
def test_code_numbers_are_read(line: str, number: str, key: str) -> None:
    markers = parse_marker(line)
    assert markers and markers[0].family == "keyword"
    assert markers[0].number == number
    assert number_key(markers[0].number) == key


@pytest.mark.parametrize(
    "line",
    [
        "Article L. 217-4 du code de la consommation",  # a citation
        "Article 5 du contrat",  # a sentence
        "Paragraphe 3 du présent article s'applique.",
    ],
)
def test_citations_are_not_numbers(line: str) -> None:
    assert parse_marker(line) == []


def test_every_article_is_a_clause_and_headings_end_no_body() -> None:
    text = CODE_CIVIL
    clauses = segment(Document(text=text, format=Format.TXT, language="fr"))
    articles = [clause for clause in clauses if clause.number.startswith("Article")]
    assert [clause.number for clause in articles] == [
        "Article 6",
        "Article 6-1",
        "Article 7",
        "Article 16",
        "Article 16-1",
        "Article 16-1-1",
        "Article 17",
        "Article 21-1",
        "Article 810-11",
        "Article 810-12",
    ]
    for clause in articles:
        # each article starts at its number and its body is its own text only
        assert text.startswith(clause.number + "\n", clause.start)
        assert clause.heading == ""
        last_line = clause.text.rstrip().rsplit("\n", 1)[-1]
        assert not last_line.startswith(("Livre", "Titre", "Chapitre", "Paragraphe"))
    assert articles[-2].text.endswith("des articles 2331 et 2375.")  # 810-12 is split off
    # "1° Par ... ;" enumerates the members of one sentence: they stay in their article
    assert articles[-1].text.startswith("La curatelle prend fin :")
    assert articles[-1].text.endswith("4° Par l'envoi en possession de l'Etat.")
    assert not any(clause.number.endswith("°") for clause in clauses)
    # the division headings are segments of their own, with their number and title
    divisions = [
        (c.number, c.heading)
        for c in clauses
        if c.number.startswith(("Livre", "Titre", "Chapitre", "Paragraphe"))
    ]
    assert divisions == [
        # a heading over a titled division joins it; over a bare article it stands alone
        ("Titre Ier", "Des personnes / Des droits civils"),
        ("Chapitre II", "Du respect du corps humain"),
        ("Chapitre Ier", "De la nationalité française / Dispositions générales"),
        ("Paragraphe 2", "Acquisition de la nationalité française à raison du mariage"),
    ]
    assert all(c.text == "" for c in clauses if (c.number, c.heading) in divisions)


def test_contract_heading_still_joins_its_first_sub_clause() -> None:
    """'ARTICLE 5 – Confidentialité' over '5.1 ...': one clause (the sub-clause is no division)."""
    text = (
        "ARTICLE 5 – Confidentialité\n\n"
        "5.1 Les Parties gardent confidentielles les informations échangées pendant le contrat.\n\n"
        "5.2 Cette obligation survit trois ans à la fin du contrat, quelle qu'en soit la cause.\n"
    )
    clauses = segment(Document(text=text, format=Format.TXT, language="fr"))
    assert [(c.number, c.heading) for c in clauses] == [
        ("5.1", "Confidentialité"),
        ("5.2", ""),
    ]
    assert clauses[0].start == 0
