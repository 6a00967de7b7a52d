"""Segmentation on the layouts real contracts use, beyond the development corpus.

Each case is a small document written for the test in one layout (French divisions, English
sections, PDF-extracted text, Markdown, word-processor styles, unstructured terms of use) and
the clauses a reader expects, by the first characters of each clause (its start offset) and,
where the layout carries them, its number and heading. The granularity follows the corpus
README: headed sections are clauses, a heading with no text of its own is merged into its first
sub-clause, an untitled introduction is a clause, lists inside a clause do not split it.
"""

from __future__ import annotations

import pytest

from clausediff.document import Document, Format, Paragraph
from clausediff.segment import segment
from clausediff.segment.prepare import is_front_matter_line
from clausediff.segment.wording import word_count
from clausediff.text.numbering import parse_marker

FR = "Le Prestataire exécute les prestations décrites ci-dessous avec diligence et soin."
EN = "The Supplier shall perform the services described below with reasonable care."
# A body long enough to be a sentence wherever length matters (12+ words).
EN_LONG = "The Supplier shall perform the services described below with reasonable care and skill."


def _para(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _clauses(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """(first 14 characters, number, heading) of every clause."""
    document = Document(text=text, format=Format.TXT, language=language)
    return [(text[c.start : c.start + 14], c.number, c.heading) for c in segment(document)]


# (document, expected (start, number, heading) per clause); one comment per layout.
LAYOUTS = [
    # "Article premier" written out, capitals, hyphen separator
    (
        _para("ARTICLE PREMIER - OBJET", FR, "ARTICLE 2 - PRIX", FR),
        [
            ("ARTICLE PREMIE", "ARTICLE PREMIER", "OBJET"),
            ("ARTICLE 2 - PR", "ARTICLE 2", "PRIX"),
        ],
    ),
    # "Article 1er :" with a colon
    (
        _para("Article 1er : Objet", FR, "Article 2 : Prix", FR),
        [("Article 1er : ", "Article 1er", "Objet"), ("Article 2 : Pr", "Article 2", "Prix")],
    ),
    # "1/" numbering
    (
        _para("1/ Objet", FR, "2/ Prix", FR, "3/ Durée", FR),
        [
            ("1/ Objet\n\nLe P", "1/", "Objet"),
            ("2/ Prix\n\nLe Pr", "2/", "Prix"),
            ("3/ Durée\n\nLe P", "3/", "Durée"),
        ],
    ),
    # roman numerals with a dash: "I - OBJET"
    (
        _para("I - OBJET", FR, "II - PRIX", FR, "III - DURÉE", FR),
        [
            ("I - OBJET\n\nLe ", "I", "OBJET"),
            ("II - PRIX\n\nLe ", "II", "PRIX"),
            ("III - DURÉE\n\nL", "III", "DURÉE"),
        ],
    ),
    # capital letters with a dash: "A - Définitions" ("C" is a letter here, not roman 100)
    (
        _para("A - Définitions", FR, "B - Prix", FR, "C - Durée", FR),
        [
            ("A - Définition", "A", "Définitions"),
            ("B - Prix\n\nLe P", "B", "Prix"),
            ("C - Durée\n\nLe ", "C", "Durée"),
        ],
    ),
    # "TITRE I" above articles: a division with no text merges into its first article
    (
        _para(
            "TITRE I – DISPOSITIONS GÉNÉRALES",
            "Article 1 – Objet",
            FR,
            "TITRE II – EXÉCUTION",
            "Article 2 – Prix",
            FR,
        ),
        [
            ("TITRE I – DISP", "Article 1", "DISPOSITIONS GÉNÉRALES / Objet"),
            ("TITRE II – EXÉ", "Article 2", "EXÉCUTION / Prix"),
        ],
    ),
    # "Chapitre 2" with arabic numbers, same merging
    (
        _para(
            "Chapitre 1 – Généralités",
            "Article 1 – Objet",
            FR,
            "Chapitre 2 – Fin",
            "Article 2 – Résiliation",
            FR,
        ),
        [
            ("Chapitre 1 – G", "Article 1", "Généralités / Objet"),
            ("Chapitre 2 – F", "Article 2", "Fin / Résiliation"),
        ],
    ),
    # numbered annexes after the articles; short numbered tariff lines inside an annex
    (
        _para(
            "Article 1 – Objet",
            FR,
            "Annexe 1 – Tarifs",
            "1. Tarif horaire : 100 euros.",
            "2. Tarif journalier : 700 euros.",
            "Annexe 2 – Niveaux de service",
            FR,
        ),
        [
            ("Article 1 – Ob", "Article 1", "Objet"),
            ("Annexe 1 – Tar", "Annexe 1", "Tarifs"),
            ("Annexe 2 – Niv", "Annexe 2", "Niveaux de service"),
        ],
    ),
    # "§" paragraphs
    (
        _para("§ 1 Objet", FR, "§ 2 Prix", FR),
        [("§ 1 Objet\n\nLe ", "§ 1", "Objet"), ("§ 2 Prix\n\nLe P", "§ 2", "Prix")],
    ),
    # "ARTICLE I" / "Section 1.01": the title line of the article merges into its first section
    (
        _para(
            "ARTICLE I",
            "DEFINITIONS",
            "Section 1.01 Defined Terms. " + EN,
            "Section 1.02 Interpretation. " + EN,
            "ARTICLE II",
            "SERVICES",
            "Section 2.01 Scope. " + EN,
        ),
        [
            ("ARTICLE I\n\nDEF", "Section 1.01", "DEFINITIONS / Defined Terms"),
            ("Section 1.02 I", "Section 1.02", "Interpretation"),
            ("ARTICLE II\n\nSE", "Section 2.01", "SERVICES / Scope"),
        ],
    ),
    # "Clause 5" keyword, English
    (
        _para("Clause 1 – Definitions", EN, "Clause 2 – Services", EN),
        [("Clause 1 – Def", "Clause 1", "Definitions"), ("Clause 2 – Ser", "Clause 2", "Services")],
    ),
    # numbered sections over decimal sub-clauses: the deepest numbered level is the clause
    (
        _para("1. Definitions", "1.1 " + EN, "1.2 " + EN, "2. Services", "2.1 " + EN),
        [
            ("1. Definitions", "1.1", "Definitions"),
            ("1.2 The Suppli", "1.2", ""),
            ("2. Services\n\n2", "2.1", "Services"),
        ],
    ),
    # schedules and exhibits after numbered sections
    (
        _para(
            "1. Services", EN, "2. Fees", EN, "Schedule 1 – Services", EN, "Exhibit A – Pricing", EN
        ),
        [
            ("1. Services\n\nT", "1.", "Services"),
            ("2. Fees\n\nThe S", "2.", "Fees"),
            ("Schedule 1 – S", "Schedule 1", "Services"),
            ("Exhibit A – Pr", "Exhibit A", "Pricing"),
        ],
    ),
    # headings in capitals with no number
    (
        _para("SERVICES", EN, "FEES AND PAYMENT", EN, "TERM AND TERMINATION", EN),
        [
            ("SERVICES\n\nThe ", "", "SERVICES"),
            ("FEES AND PAYME", "", "FEES AND PAYMENT"),
            ("TERM AND TERMI", "", "TERM AND TERMINATION"),
        ],
    ),
    # recitals: the parties and every WHEREAS form the untitled introduction, one clause
    (
        _para(
            "THIS AGREEMENT is made on 1 March 2024 between Alpha Ltd and Beta Ltd.",
            "WHEREAS, Alpha wishes to buy services from Beta;",
            "WHEREAS, Beta is willing to supply them;",
            "NOW, THEREFORE, the parties agree as follows:",
            "1. Definitions",
            EN,
            "2. Services",
            EN,
        ),
        [
            ("THIS AGREEMENT", "", ""),
            ("1. Definitions", "1.", "Definitions"),
            ("2. Services\n\nT", "2.", "Services"),
        ],
    ),
    # "a) b) c)" enumerating one obligation stays inside its article
    (
        _para(
            "Article 1 – Obligations",
            "Le Prestataire s'engage à :",
            "a) exécuter les prestations ;",
            "b) informer le Client ;",
            "c) respecter les délais.",
            "Article 2 – Prix",
            FR,
        ),
        [("Article 1 – Ob", "Article 1", "Obligations"), ("Article 2 – Pr", "Article 2", "Prix")],
    ),
    # HTML rendered to text: unnumbered headings, bullets as displayed inside a section
    (
        _para(
            "Accès au service",
            FR,
            "• premier point de la liste ;",
            "• second point de la liste.",
            "Responsabilité",
            FR,
        ),
        [("Accès au servi", "", "Accès au service"), ("Responsabilité", "", "Responsabilité")],
    ),
    # Setext headings ("Title" underlined with = or -)
    (
        "Objet\n=====\n\n" + FR + "\n\nPrix\n----\n\n" + FR,
        [("Objet\n=====\n\nL", "", "Objet"), ("Prix\n----\n\nLe ", "", "Prix")],
    ),
    # Markdown heading levels: "##" sections over "###" articles, the document's "#" title apart
    (
        _para(
            "# Conditions générales",
            "## Chapitre 1 – Généralités",
            "### Article 1 – Objet",
            FR,
            "### Article 2 – Prix",
            FR,
        ),
        [
            ("Chapitre 1 – G", "Article 1", "Généralités / Objet"),
            ("Article 2 – Pr", "Article 2", "Prix"),
        ],
    ),
    # PDF text with page furniture and no blank lines: page numbers separate paragraphs
    (
        "ARTICLE 1 – OBJET\nLe Prestataire exécute les prestations décrites avec\n"
        "diligence et soin, conformément aux règles de l'art.\nPage 1 sur 3\n"
        "ARTICLE 2 – PRIX\nLe prix est fixé à 1 000 euros hors taxes, payable à trente jours\n"
        "à compter de la réception de la facture.\n- 2 -\n"
        "ARTICLE 3 – DURÉE\nLe contrat est conclu pour une durée de deux ans.",
        [
            ("ARTICLE 1 – OB", "ARTICLE 1", "OBJET"),
            ("ARTICLE 2 – PR", "ARTICLE 2", "PRIX"),
            ("ARTICLE 3 – DU", "ARTICLE 3", "DURÉE"),
        ],
    ),
    # PDF hard wraps: a numbered sentence wrapped after eleven words is not a title line
    (
        "1. OBJET\n1.1 Le présent contrat a pour objet de définir les conditions dans\n"
        "lesquelles le Prestataire exécute les prestations.\n"
        "1.2 Les prestations sont décrites à l'annexe 1 du présent contrat et\n"
        "notamment à l'article\n3 de celle-ci.\n2. PRIX\n2.1 Le prix est fixé à 1 000 euros.",
        [
            ("1. OBJET\n1.1 L", "1.1", "OBJET"),
            ("1.2 Les presta", "1.2", ""),
            ("2. PRIX\n2.1 Le", "2.1", "PRIX"),
        ],
    ),
    # PDF text: a numbered title wrapped over two lines stays one heading
    (
        "ARTICLE 5 – CONFIDENTIALITÉ ET PROTECTION DES\nDONNÉES PERSONNELLES\n"
        "Chaque partie garde confidentielles les informations reçues de l'autre\n"
        "partie pendant toute la durée du contrat.\n"
        "ARTICLE 6 – Force majeure et cas\nfortuits\n"
        "Aucune partie n'est responsable d'un manquement dû à la force majeure.",
        [
            (
                "ARTICLE 5 – CO",
                "ARTICLE 5",
                "CONFIDENTIALITÉ ET PROTECTION DES DONNÉES PERSONNELLES",
            ),
            ("ARTICLE 6 – Fo", "ARTICLE 6", "Force majeure et cas fortuits"),
        ],
    ),
    # the parties' opening ("ENTRE ... ET ...") is one introduction, "ET" is no heading
    (
        _para(
            "ENTRE LES SOUSSIGNÉS :",
            "La société Alpha, SAS au capital de 10 000 euros, ci-après « le Client »,",
            "ET",
            "La société Beta, SARL au capital de 5 000 euros, ci-après « le Prestataire »,",
            "Article 1 – Objet",
            FR,
        ),
        [("ENTRE LES SOUS", "", ""), ("Article 1 – Ob", "Article 1", "Objet")],
    ),
    # Markdown numbered list whose items open with a bold title; bullets stay inside items
    (
        "1.  **Votre compte.** "
        + FR
        + "\n2.  **Paiement.**\n\n   *   **Conditions.**\n"
        + FR
        + "\n   *   **Renouvellement.**\n"
        + FR,
        [
            ("1.  **Votre co", "1.", "Votre compte."),
            ("2.  **Paiement", "2.", "Paiement."),
        ],
    ),
    # a first "##" heading with unnumbered "##" siblings is a section, not the document's title;
    # the dated line under it stays in its body
    (
        _para(
            "## Binding Contract",
            "*Last modified: May 13, 2019*",
            EN_LONG,
            "## Duration",
            EN_LONG,
        ),
        [("Binding Contra", "", "Binding Contract"), ("Duration\n\nThe ", "", "Duration")],
    ),
    # a bold line announced by a colon is an address block, not a heading
    (
        _para(
            "### Rights Infringements",
            "Complaints must be addressed to:",
            "**Acme Abuse Desk**\nEmail: abuse@example.com",
            "We will investigate the complaint on receipt of a complete notice.",
            "### Indemnity",
            EN_LONG,
        ),
        [("Rights Infring", "", "Rights Infringements"), ("Indemnity\n\nThe", "", "Indemnity")],
    ),
    # bold run-in titles in a text with no other structure: one clause per titled paragraph
    (
        _para("**Objet.** " + FR, "**Prix.** " + FR, "**Durée.** " + FR),
        [
            ("**Objet.** Le ", "", "Objet."),
            ("**Prix.** Le P", "", "Prix."),
            ("**Durée.** Le ", "", "Durée."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_layouts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _clauses(text) == expected


# Unstructured terms of use (no number, no heading): each paragraph is a clause, with the
# exceptions listed per case: (document, first characters of each expected clause).
UNSTRUCTURED = [
    # a bold group title, however short, opens a clause that takes the paragraph its colon
    # announces; the next paragraph is a clause again
    (
        _para(
            "Automattic may show advertisements on your site unless you bought an upgrade.",
            "**For hosted sites only:**",
            "Your site must use a custom domain name registered in your own name.",
            "You will not display advertising from other networks on your site at all.",
        ),
        ["Automattic may", "**For hosted s", "You will not d"],
    ),
    # a change log: the dated entries stay with their title
    (
        _para(
            "You may end your participation at any time from the settings page of your site.",
            "**Change log:**",
            "January 25, 2012: Initial version.",
            "October 31, 2013: Added terms for self-hosted sites and a minimum age of eighteen.",
            "12 mars 2016 : ajout des conditions de mesure d'audience par un tiers.",
        ),
        ["You may end yo", "**Change log:*"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNSTRUCTURED)
def test_unstructured_paragraphs(text: str, expected: list[str]) -> None:
    assert [start for start, _, _ in _clauses(text, "en")] == expected


def test_bold_notice_is_a_block_of_its_own() -> None:
    # introduction, a notice wholly in bold (like one in capitals), then numbered sections
    notice = (
        "**Important notice: these terms are subject to binding arbitration and a waiver of "
        "class action rights as detailed in sections 15 and 16 below.**"
    )
    text = _para(
        "If you have joined our advertising programme, then the following terms apply to you.",
        "If you find content that breaks these terms, please report it to us.",
        notice,
        "**1. Binding Agreement.** " + EN_LONG,
        "**2. Age.** " + EN_LONG,
    )
    assert [start for start, _, _ in _clauses(text, "en")] == [
        "If you have jo",  # one introduction, as in the corpus (EUPL, data.gouv.fr)
        "**Important no",
        "**1. Binding A",
        "**2. Age.** Th",
    ]


def test_version_line_and_link_definitions_are_not_clauses() -> None:
    # an italic dated version line is front matter; a Markdown link definition is not a heading
    text = _para(
        "# Licence Libre",
        "_Version de Octobre 2011_",
        "Vous pouvez réutiliser l'Information dans les conditions de la présente licence.",
        "## Responsabilité",
        "L'Information est mise à disposition telle quelle, sans autre garantie expresse.",
        "[accueil]: https://www.example.org",
        "Pour toute question, consultez la foire aux questions du site.",
    )
    assert [start for start, _, _ in _clauses(text)] == ["Vous pouvez ré", "Responsabilité"]


def test_recurring_runin_labels_are_fields_not_clauses() -> None:
    # an enforcement ladder: every level has the same two labelled paragraphs
    levels = ("Correction", "Warning", "Ban")
    blocks: list[str] = []
    for level in levels:
        blocks += [
            f"### {level}",
            f"**Community Impact**: A violation of community standards at the {level} level, "
            "including sustained inappropriate behaviour.",
            f"**Consequence**: A {level.lower()} from community leaders, with clarity around "
            "the nature of the violation and its reasons.",
        ]
    text = _para("## Enforcement", EN_LONG, *blocks)
    assert [heading for _, _, heading in _clauses(text, "en")] == [
        "Enforcement",
        "Correction",
        "Warning",
        "Ban",
    ]


def test_word_processor_styles() -> None:
    # .docx hints: a Title paragraph, "Heading 1" over "Heading 2"; the empty heading merges
    items = [
        ("Contrat de prestation", "Title"),
        ("Objet", "Heading 1"),
        (FR, "Normal"),
        ("Prix", "Heading 1"),
        ("Montant", "Heading 2"),
        (FR, "Normal"),
        ("Paiement", "Heading 2"),
        (FR, "Normal"),
    ]
    text, paragraphs = "", []
    for words, style in items:
        text += "\n" if text else ""
        paragraphs.append(Paragraph(len(text), len(text) + len(words), style=style))
        text += words
    document = Document(text, Format.DOCX, "fr", tuple(paragraphs))
    clauses = segment(document)
    assert [(c.heading, c.level) for c in clauses] == [
        ("Objet", 1),
        ("Prix / Montant", 2),
        ("Paiement", 2),
    ]
    assert clauses[2].parent == clauses[1].id  # "Paiement" is inside "Prix"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Article 1000 – Dispositions finales", "Article 1000"),  # a long code of articles
        ("A - Définitions", "A"),  # a letter and a dash
        ("I - OBJET", "I"),  # roman with a dash (first reading: roman)
    ],
)
def test_markers(line: str, number: str) -> None:
    assert parse_marker(line)[0].number == number


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Le prix est de 1 000 € HT.", None, 5),  # numbers and symbols are not words
        ("one two three four five six", 3, 3),  # counting stops at the limit
        ("a1b c d2 ef", None, 2),  # two letters make a word, wherever they are
    ],
)
def test_word_count(text: str, limit: int | None, expected: int) -> None:
    assert word_count(text, limit) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("_Version de Octobre 2011_", True),  # italic version line (emphasis ignored)
        ("Last updated: March 3, 2020", True),
        ("Dernière mise à jour : 12 mars 2024", True),
        ("Effective date: 2020-01-01", True),
        ("En vigueur au 1er mars 2024", True),
        ("Copyright (c) 2000 The Apache Software Foundation.", True),
        ("Le contrat entre en vigueur le 1er janvier 2024.", False),  # a sentence: a clause
        ("Les présentes CGU sont applicables à compter du 1er mars 2024.", False),
        ("Version française", False),  # no year: a title, decided elsewhere
    ],
)
def test_front_matter_lines(line: str, expected: bool) -> None:
    assert is_front_matter_line(line, len(line.split())) is expected
