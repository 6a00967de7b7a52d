"""Clause-library pages: the seed's variants and related clauses, the English layout, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.document import Document, Format
from clausediff.segment import is_library_page, segment
from clausediff.segment.library import split_title

# First words of each "Support client" variant, read off the seed by hand.
SEED_VARIANTS = [
    "Datasure est joignable par téléphone",
    "Les Solutions sont fournies avec un support technique",
    "5.1. Toute demande technique doit être introduite",
    "Le Prestataire s’engage à mettre à disposition du Client",
    "Le support client assiste le Partenaire contractuel",
    "Pendant toute la durée du Contrat, le Cocontractant",
    "Pour toute information ou question, le Service Client",
    "Xxxxxx s'engage à mettre à disposition du Client",
]
# Title and first words of each related clause.
SEED_RELATED = [
    ("Obligations du Client", "3.1. En tant que Responsable de Traitement"),
    ("Données à caractère personnel", "Le Client garantit que les données"),
    ("PROTECTION DES DONNEES A CARACTERE PERSONNEL", "Le Prestataire, rédacteur des présentes"),
    ("Contact", "Pour toute question concernant l'utilisation"),
]


# The bundled page (resources/samples): first words of each variant, then the related clauses.
BUNDLED_VARIANTS = [
    "La responsabilité totale du Prestataire au titre du présent contrat",
    "La responsabilité totale du Prestataire au titre du présent contrat",
    "La responsabilité totale du Prestataire au titre du présent contrat",
    "En aucun cas le Prestataire ne sera responsable des dommages indirects",
    "La responsabilité totale du Prestataire au titre du présent contrat",
    "Chacune des parties est responsable des dommages directs",
    "La responsabilité totale du Prestataire au titre du présent contrat",
    "Les parties conviennent que la responsabilité du Prestataire",
]
BUNDLED_RELATED = [
    ("Assurances", "Le Prestataire déclare être titulaire"),
    ("Force majeure", "Aucune des parties ne sera responsable"),
    ("Pénalités de retard", "En cas de retard dans la livraison"),
    ("Garantie", "Le Prestataire garantit la conformité"),
]


def _doc(text: str, language: str = "fr") -> Document:
    return Document(text=text, format=Format.TXT, language=language)


@pytest.mark.parametrize(
    ("fixture", "title", "variants", "related"),
    [
        ("library_path", "Limitation de responsabilité", BUNDLED_VARIANTS, BUNDLED_RELATED),
        ("seed_path", "Support client", SEED_VARIANTS, SEED_RELATED),
    ],
)
def test_library_page_segments_as_described(
    request: pytest.FixtureRequest,
    fixture: str,
    title: str,
    variants: list[str],
    related: list[tuple[str, str]],
) -> None:
    path: Path = request.getfixturevalue(fixture)  # the seed skips without ../shared
    document = _doc(path.read_text(encoding="utf-8"))
    assert is_library_page(document)
    clauses = segment(document)
    assert len(clauses) == len(variants) + len(related)
    for clause, first_words in zip(clauses[: len(variants)], variants, strict=True):
        assert clause.title == title
        assert clause.heading == title
        assert clause.text.startswith(first_words)
        assert document.text[clause.start :].startswith(f"{title}.")
    for clause, (heading, first_words) in zip(clauses[len(variants) :], related, strict=True):
        assert clause.title == heading
        assert clause.heading == heading
        assert clause.text.startswith(first_words)
        assert document.text[clause.start :].startswith(heading)
    for clause in clauses:
        assert document.text[clause.body_start : clause.body_end] == clause.text
        assert "Related to" not in clause.text  # the section line belongs to no clause body


ENGLISH_PAGE = "\n".join(
    [
        "Confidentiality Sample Clauses",
        "",
        "Confidentiality. The Receiving Party shall keep the Confidential Information secret.",
        "Confidentiality. Each party undertakes to keep confidential all information received.",
        "",
        "Related to Confidentiality",
        "",
        "  • Non-Disclosure Agreement The Recipient shall not disclose Confidential Information.",
        "  • TERMINATION FOR CONVENIENCE Either party may terminate this Agreement on notice.",
        "  • Return of Materials 12.1 Upon termination, the Recipient shall return all materials.",
        "",
    ]
)


def test_english_layout() -> None:
    document = _doc(ENGLISH_PAGE, "en")
    assert is_library_page(document)
    clauses = segment(document)
    assert [c.title for c in clauses] == [
        "Confidentiality",
        "Confidentiality",
        "Non-Disclosure Agreement",
        "TERMINATION FOR CONVENIENCE",
        "Return of Materials",
    ]
    assert [c.text.split()[0] for c in clauses] == ["The", "Each", "The", "Either", "12.1"]


def test_continuations_and_untitled_bullets() -> None:
    # a variant going on over two lines; a related bullet whose title cannot be told apart
    text = "\n".join(
        [
            "Garantie Clauses Exemplaires",
            "",
            "Garantie. Le Prestataire garantit la conformité des livrables pendant un an.",
            "Le Client paie. Il notifie les défauts par écrit dans les huit jours.",
            "Garantie. Le Vendeur garantit les vices cachés.",
            "",
            "Related to Garantie",
            "",
            "  • toute réclamation est adressée au service client",
            "  • Responsabilité Le Prestataire répond des dommages directs.",
        ]
    )
    clauses = segment(_doc(text))
    assert [c.title for c in clauses] == ["Garantie", "Garantie", "", "Responsabilité"]
    assert clauses[0].text.endswith("dans les huit jours.")
    assert clauses[2].text == "toute réclamation est adressée au service client"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Obligations du Client 3.1. En tant que", "Obligations du Client"),  # before a number
        ("Données à caractère personnel Le Client garantit", "Données à caractère personnel"),
        (
            "PROTECTION DES DONNEES A CARACTERE PERSONNEL Le Prestataire",
            "PROTECTION DES DONNEES A CARACTERE PERSONNEL",
        ),  # a run of capitals
        ("Contact Pour toute question", "Contact"),  # before a sentence-opening word
        ("Limitation of Liability In no event shall", "Limitation of Liability"),
        ("Durée L’engagement court un an", "Durée"),  # elided article opens the sentence
        ("no title here at all", ""),  # nothing tells a title apart
    ],
)
def test_split_title(line: str, title: str) -> None:
    assert line[: split_title(line)] == title


@pytest.mark.parametrize(
    "text",
    [
        "Article 1 – Objet\n\nLe contrat a pour objet la maintenance.",
        "Clauses Exemplaires\n\nSans titre de clause.",  # no clause name before the words
        "",
    ],
)
def test_ordinary_documents_are_not_library_pages(text: str) -> None:
    assert not is_library_page(_doc(text))
