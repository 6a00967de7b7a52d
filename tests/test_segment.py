"""Segmentation: structures, heading attachment, granularity, false positives, hints, offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausediff.clause import Clause
from clausediff.document import Document, Format, Paragraph
from clausediff.segment import segment

FR_BODY = "Le Prestataire exécute les prestations décrites ci-dessous avec diligence et soin."
EN_BODY = "The Supplier shall perform the services described below with reasonable care."


def _doc(text: str, language: str = "fr") -> Document:
    return Document(text=text, format=Format.TXT, language=language)


def _starts(text: str, language: str = "fr") -> list[str]:
    """The first 12 characters of every clause, as written."""
    return [text[c.start : c.start + 12] for c in segment(_doc(text, language))]


def _check_offsets(document: Document, clauses: tuple[Clause, ...]) -> None:
    text = document.text
    assert [c.id for c in clauses] == [f"c{i + 1}" for i in range(len(clauses))]
    for index, clause in enumerate(clauses):
        assert text[clause.body_start : clause.body_end] == clause.text
        assert clause.start <= clause.body_start <= clause.body_end <= clause.end
        assert not text[clause.start].isspace()
        if index + 1 < len(clauses):
            assert clause.end == clauses[index + 1].start  # contiguous, ordered, no overlap
    if clauses:
        assert clauses[-1].end == len(text)


def _para(*blocks: str) -> str:
    return "\n\n".join(blocks)


# One case per structure: the document, then the first characters of each expected clause.
STRUCTURES = [
    # French articles, "1er", en dash, capitals, abbreviation
    (
        _para("Article 1er – Objet", FR_BODY, "ARTICLE 2 – PRIX", FR_BODY, "Art. 3 Durée", FR_BODY),
        ["Article 1er ", "ARTICLE 2 – ", "Art. 3 Durée"],
    ),
    # Titre / Chapitre above articles: a division with no text merges into its first article
    (
        _para(
            "TITRE I – GÉNÉRALITÉS",
            "Chapitre 1 – Objet",
            "Article 1 – Objet",
            FR_BODY,
            "Article 2 – Prix",
            FR_BODY,
        ),
        ["TITRE I – GÉ", "Article 2 – "],
    ),
    # English sections and clauses
    (
        _para("Section 1. Definitions", EN_BODY, "Section 2. Services", EN_BODY),
        ["Section 1. D", "Section 2. S"],
    ),
    (
        _para("Clause 5 Payment", EN_BODY, "Clause 6 Term", EN_BODY),
        ["Clause 5 Pay", "Clause 6 Ter"],
    ),
    # "Section 1.01" nests under "ARTICLE I" (merged into it), whatever the keywords' ranks
    (
        _para(
            "ARTICLE I\nDEFINITIONS",
            "Section 1.01 Terms.",
            EN_BODY,
            "Section 1.02 Headings.",
            EN_BODY,
            "ARTICLE II\nSERVICES",
            "Section 2.01 Services.",
            EN_BODY,
        ),
        ["ARTICLE I\nDE", "Section 1.02", "ARTICLE II\nS"],
    ),
    # numbered headings and decimal sub-clauses (deepest numbered level is the clause)
    (
        _para(
            "1. Objet",
            FR_BODY,
            "2. Prestations",
            "2.1 Hébergement",
            FR_BODY,
            "2.2 Maintenance",
            FR_BODY,
            "2.2.1 Corrective",
            FR_BODY,
        ),
        ["1. Objet\n\nLe", "2. Prestatio", "2.2 Maintena", "2.2.1 Correc"],
    ),
    # "1 - OBJET": number, dash, title
    (_para("1 - OBJET", FR_BODY, "2 - DURÉE", FR_BODY), ["1 - OBJET\n\nL", "2 - DURÉE\n\nL"]),
    # roman and capital-letter headings
    (
        _para("I. Garantie légale", FR_BODY, "II. Vices cachés", FR_BODY),
        ["I. Garantie ", "II. Vices ca"],
    ),
    (_para("A. Disponibilité", FR_BODY, "B. Délais", FR_BODY), ["A. Disponibi", "B. Délais\n\nL"]),
    # "(a)" sub-clauses that are sentences and sparse in the document are clauses
    (
        _para(
            "1. Licence",
            EN_BODY,
            "2. Conditions. You may redistribute the Work provided that:",
            "(a) You must give any other recipients of the Work or Derivative Works a copy of "
            "this Licence; and",
            "(b) You must retain, in the Source form of any Derivative Works that You "
            "distribute, all copyright notices.",
            "3. Warranty",
            EN_BODY,
            "4. Liability",
            EN_BODY,
            "5. Law",
            EN_BODY,
        ),
        [
            "1. Licence\n\n",
            "2. Condition",
            "(a) You must",
            "(b) You must",
            "3. Warranty\n",
            "4. Liability",
            "5. Law\n\nThe ",
        ],
    ),
    # "a)" items that continue one sentence stay inside their article
    (
        _para(
            "Article 1 – Obligations",
            "Le Client s’engage à :",
            "a) payer le prix ;",
            "b) collaborer de bonne foi.",
            "Article 2 – Durée",
            FR_BODY,
        ),
        ["Article 1 – ", "Article 2 – "],
    ),
    # "1°" and "§" paragraphs
    (
        _para(
            "1° Le Client paie le prix convenu dans les délais prévus au contrat.",
            "2° Le Prestataire exécute les prestations avec soin et diligence.",
        ),
        ["1° Le Client", "2° Le Presta"],
    ),
    (
        _para(
            "§ 1 Le Client paie le prix convenu dans les délais prévus au contrat.",
            "§ 2 Le Prestataire exécute les prestations avec soin et diligence.",
        ),
        ["§ 1 Le Clien", "§ 2 Le Prest"],
    ),
    # annexes and schedules start a part of their own
    (
        _para("Article 1 – Objet", FR_BODY, "Annexe 1 – Tarifs", FR_BODY),
        ["Article 1 – ", "Annexe 1 – T"],
    ),
    (_para("1. Services", EN_BODY, "SCHEDULE 1", EN_BODY), ["1. Services\n", "SCHEDULE 1\n\n"]),
    # unnumbered headings in capitals and in sentence case, each followed by text
    (
        _para("OBJET DU CONTRAT", FR_BODY, "PRIX ET PAIEMENT", FR_BODY),
        ["OBJET DU CON", "PRIX ET PAIE"],
    ),
    # Markdown headings: the clause starts after "## ", at the heading words
    (_para("## Objet", FR_BODY, "## Prix", FR_BODY), ["Objet\n\nLe Pr", "Prix\n\nLe Pre"]),
    # Markdown bold headings: the clause starts at the "**"
    (
        _para("**Article 1 – Objet**", FR_BODY, "**Article 2 – Prix**", FR_BODY),
        ["**Article 1 ", "**Article 2 "],
    ),
    # the number alone in bold, the title after it
    (
        _para("**Article 1** – Objet", FR_BODY, "**Article 2** – Prix", FR_BODY),
        ["**Article 1*", "**Article 2*"],
    ),
    # run-in titles that introduce sentences, two or more in a clause
    (
        _para(
            "5. Obligations of the Licensee",
            EN_BODY,
            "Attribution right: the Licensee shall keep intact all notices that refer to the "
            "Licence. The Licensee must include a copy of such notices.",
            "Copyleft clause: If the Licensee distributes copies of the Work, this distribution "
            "will be done under the terms of this Licence.",
        ),
        ["5. Obligatio", "Attribution ", "Copyleft cla"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRUCTURES)
def test_structures(text: str, expected: list[str]) -> None:
    language = "en" if " the " in text else "fr"
    assert _starts(text, language) == expected
    _check_offsets(_doc(text), segment(_doc(text)))


def test_number_alone_takes_the_title_line() -> None:
    # "ARTICLE 1" then "OBJET" on the next line, or after a blank line: one heading
    text = _para("ARTICLE 1\nOBJET", FR_BODY, "ARTICLE 2", "DURÉE", FR_BODY)
    clauses = segment(_doc(text))
    assert [(c.number, c.heading, c.text) for c in clauses] == [
        ("ARTICLE 1", "OBJET", FR_BODY),
        ("ARTICLE 2", "DURÉE", FR_BODY),
    ]


def test_setext_underline_and_gpl_numbering() -> None:
    # MPL-style underlined heading with decimal definitions; GPL-style numbering from 0
    text = _para(
        "1. Definitions\n--------------",
        '1.1. "Contributor"\n    means each individual or legal entity that creates Software.',
        '1.2. "Contributor Version"\n    means the combination of the Contributions of others.',
    )
    clauses = segment(_doc(text, "en"))
    assert [c.number for c in clauses] == ["1.1", "1.2"]
    assert clauses[0].heading == 'Definitions / "Contributor"'
    gpl = _para(
        "0. This License applies to any program which contains a notice placed by the holder.",
        "1. You may copy and distribute verbatim copies of the Program's source code.",
    )
    assert [c.number for c in segment(_doc(gpl, "en"))] == ["0.", "1."]


def test_licence_layout_with_preamble_and_closing_part() -> None:
    # GPL-like: centred title, copyright notice, "Preamble", sections from 0, a closing part
    text = _para(
        "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3",
        " Copyright (C) 2007 Free Software Foundation, Inc.\n Everyone is permitted to copy "
        "and distribute verbatim copies\n of this license document.",
        "                            Preamble",
        "  The GNU General Public License is a free, copyleft license for software.",
        "                       TERMS AND CONDITIONS",
        "  0. Definitions.",
        '  "This License" refers to version 3 of the GNU General Public License.',
        "  1. Source Code.",
        '  The "source code" for a work means the preferred form of the work.',
        "                     END OF TERMS AND CONDITIONS",
        "            How to Apply These Terms to Your New Programs",
        "  If you develop a new program, and you want it to be of the greatest possible use.",
    )
    clauses = segment(_doc(text, "en"))
    assert [(c.number, c.heading) for c in clauses] == [
        ("Preamble", ""),
        ("0.", "Definitions."),
        ("1.", "Source Code."),
        ("", "How to Apply These Terms to Your New Programs"),
    ]


def test_titled_numbers_under_divisions_are_clauses() -> None:
    # "1. Objet" under "TITRE I": numbers that carry titles are clauses even though nested
    text = _para(
        "TITRE I – DISPOSITIONS GÉNÉRALES",
        "1. Objet",
        FR_BODY,
        "2. Durée",
        FR_BODY,
        "TITRE II – DISPOSITIONS FINANCIÈRES",
        "3. Prix",
        FR_BODY,
        "4. Paiement",
        FR_BODY,
    )
    clauses = segment(_doc(text))
    assert [c.number for c in clauses] == ["1.", "2.", "3.", "4."]
    assert clauses[2].heading == "DISPOSITIONS FINANCIÈRES / Prix"


def test_article_number_heading_and_body() -> None:
    text = _para("Article 1er – Objet", FR_BODY)
    (clause,) = segment(_doc(text))
    assert (clause.number, clause.heading, clause.text) == ("Article 1er", "Objet", FR_BODY)
    assert (clause.level, clause.parent, clause.start) == (1, None, 0)


def test_run_in_numbered_title() -> None:
    text = "2. Grant of Copyright License. Subject to the terms of this License, you may copy it."
    (clause,) = segment(_doc(text, "en"))
    assert (clause.number, clause.heading) == ("2.", "Grant of Copyright License")
    assert clause.text.startswith("Subject to the terms")


def test_heading_without_text_belongs_to_first_sub_clause() -> None:
    text = _para(
        "Article 4 – Niveaux de service", "4.1 Horaires", FR_BODY, "4.2 Incidents", FR_BODY
    )
    clauses = segment(_doc(text))
    assert len(clauses) == 2
    first, second = clauses
    assert first.start == 0  # the clause starts at the article heading
    assert first.number == "4.1"
    assert first.heading == "Niveaux de service / Horaires"
    assert first.text == FR_BODY
    # 4.2 is enclosed by the article heading, which lies in the first clause's span
    assert second.number == "4.2" and second.parent == first.id and second.level == first.level


def test_heading_with_text_keeps_its_own_clause() -> None:
    text = _para("Article 5 – Prix", "Le prix est fixé comme suit.", "5.1 Redevance", FR_BODY)
    clauses = segment(_doc(text))
    assert [c.number for c in clauses] == ["Article 5", "5.1"]
    assert clauses[0].text == "Le prix est fixé comme suit."
    assert clauses[1].parent == clauses[0].id  # the article heading encloses 5.1


def test_title_and_version_lines_belong_to_no_clause() -> None:
    text = _para(
        "CONDITIONS GÉNÉRALES DE VENTE",
        "Version du 1er janvier 2024",
        "Article 1 – Objet",
        FR_BODY,
    )
    clauses = segment(_doc(text))
    assert [c.number for c in clauses] == ["Article 1"]
    assert clauses[0].start == text.index("Article 1")


def test_yaml_front_matter_belongs_to_no_clause() -> None:
    intro = "Thank you for using the service. Please read these terms carefully before use."
    text = _para(
        "---\ntitle: Terms of Service\nredirect_from:\n  - /tos/\n---",
        intro,
        "## A. Definitions",
        EN_BODY,
    )
    clauses = segment(_doc(text, "en"))
    assert [text[c.start : c.start + 12] for c in clauses] == [intro[:12], "A. Definitio"]


def test_untitled_introduction_is_a_clause() -> None:
    intro = (
        "This Agreement is made between Acme Ltd and Beta plc on the date of the last signature."
    )
    text = _para("SERVICES AGREEMENT", intro, "1. Services", EN_BODY)
    clauses = segment(_doc(text, "en"))
    assert [text[c.start : c.start + 13] for c in clauses] == [intro[:13], "1. Services\n\n"]
    assert (clauses[0].number, clauses[0].heading) == ("", "")


@pytest.mark.parametrize(
    "text",
    [
        # a reference to an article wrapped onto the next line
        "Le Prestataire applique les pénalités prévues à l’article\n5 du présent contrat dans "
        "un délai de trente jours.",
        # a date wrapped at the start of a line
        "Le contrat prend effet au plus tard le\n1. janvier 2025, sauf accord contraire des "
        "Parties.",
        # an English reference wrapped
        "The Customer shall pay the Charges pursuant to Section\n5 of the Order Form within thirty "
        "days.",
        # an amount and a year at line starts, after a comma
        "Le prix annuel s’élève à,\n2.500 euros hors taxes, révisable en\n2025. Les Parties en "
        "conviennent.",
        # a number that does not continue any sequence
        "Les Parties se réunissent chaque trimestre.\n\n7. Les comptes rendus sont diffusés.",
    ],
)
def test_false_positives_do_not_cut_clauses(text: str) -> None:
    # inside an article, so that only a (wrong) clause number could cut the text
    (clause,) = segment(_doc(_para("Article 1 – Objet", text)))
    assert clause.text == text


def test_unstructured_text_is_cut_into_paragraphs() -> None:
    # a short licence with no heading and no number: each paragraph is a clause
    paragraphs = [
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
        "software, to deal in the Software without restriction.",
        "The above copyright notice and this permission notice shall be included in all copies "
        "or substantial portions of the Software.",
        "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
        "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY.",
    ]
    text = _para("MIT License", "Copyright (c) 2024 Example Corp", *paragraphs)
    assert [c.text for c in segment(_doc(text, "en"))] == paragraphs


def test_wrapped_pdf_text_numbers_at_line_start() -> None:
    # PDF text: headings glued to their number, bodies hard-wrapped, a run-in title right after
    # a line that ends a sentence
    text = (
        "1.Definitions\nIn this Licence, the following terms have the following meaning:\n"
        "— ‘The Licence’:this Licence.\n— ‘The Work’:the Original Work or its Derivative "
        "Works.\n\n2.Scope of the rights\nThe Licensor hereby grants You a worldwide licence "
        "to do the\nfollowing, for the duration of copyright:\n— use the Work,\n— reproduce "
        "the Work.\n"
    )
    clauses = segment(_doc(text, "en"))
    assert [c.number for c in clauses] == ["1.", "2."]
    assert [c.heading for c in clauses] == ["Definitions", "Scope of the rights"]


def test_definitions_list_is_not_exploded() -> None:
    definitions = [
        f"({letter}) “Term {letter}” means the thing number {letter} of the contract."
        for letter in "abcdefghij"
    ]
    text = _para("1. Definitions", "In this Agreement:", *definitions, "2. Services", EN_BODY)
    assert [c.number for c in segment(_doc(text, "en"))] == ["1.", "2."]


def test_indented_list_is_not_the_article_numbering() -> None:
    # "   1." indented under "2." is an inner list, even with the same kind of number
    text = _para(
        "1. Objet",
        FR_BODY,
        "2. Prix",
        "Le prix comprend :",
        "   1. La licence d’utilisation du logiciel pour tous les postes du Client.",
        "   2. La maintenance corrective et évolutive pendant toute la durée du contrat.",
        "   3. Le support téléphonique aux heures ouvrées pour tous les utilisateurs.",
        "3. Durée",
        FR_BODY,
        "4. Résiliation",
        FR_BODY,
    )
    assert [c.number for c in segment(_doc(text))] == ["1.", "2.", "3.", "4."]


def test_dense_letter_lists_stay_inside_articles() -> None:
    # every article enumerates sentences a. b. c.: a list style this dense is not a clause level
    articles = []
    for number in range(1, 4):
        articles += [
            f"{number}. Article {number}",
            *(
                f"{letter}. La Partie {letter.upper()} exécute l’obligation {letter} avec soin."
                for letter in "abcd"
            ),
        ]
    clauses = segment(_doc(_para(*articles)))
    assert [c.number for c in clauses] == ["1.", "2.", "3."]


def test_short_enumeration_under_numbered_markdown_headings() -> None:
    # a list "1. 2. 3." of short items inside "### 2." is an enumeration, not sub-clauses
    text = _para(
        "# Conditions d’utilisation",
        "### 1. Acceptation des conditions",
        FR_BODY,
        "### 2. Licence limitée",
        "Sous cette licence, vous ne pouvez pas :",
        "1. Modifier, copier ou distribuer les documents.\n"
        "2. Utiliser les documents à des fins commerciales.\n"
        "3. Supprimer tout avis de droit d’auteur.",
        "Cette licence sera automatiquement résiliée si vous enfreignez ces restrictions.",
        "### 3. Clause de non-responsabilité",
        FR_BODY,
        "## Article 4 | Mentions légales",
        FR_BODY,
    )
    clauses = segment(_doc(text))
    assert [c.number for c in clauses] == ["1.", "2.", "3.", "Article 4"]
    assert [c.heading for c in clauses][-1] == "Mentions légales"
    assert text[clauses[0].start :].startswith("1. Acceptation")  # after the "### " markers


def test_title_line_directly_above_its_text() -> None:
    # PDF layout: unnumbered titles with no blank line before their text
    text = (
        "Objet du contrat\nLe présent contrat définit les conditions de la prestation de "
        "services.\nIl s’applique à toutes les commandes.\nPrix et paiement\nLe prix est "
        "payable à trente jours fin de mois par virement bancaire.\n"
    )
    clauses = segment(_doc(text))
    assert [c.heading for c in clauses] == ["Objet du contrat", "Prix et paiement"]


def test_lead_in_before_numbered_headings_stays_in_the_introduction() -> None:
    intro = "This Agreement is made between Acme Ltd and Beta plc on the date below."
    text = _para(intro, "The Parties agree as follows:", "Section 1. Services", EN_BODY)
    clauses = segment(_doc(text, "en"))
    assert [c.number for c in clauses] == ["", "Section 1"]
    assert clauses[0].text.endswith("agree as follows:")


def test_definitions_block_in_the_introduction() -> None:
    # a lead-in after the introduction opens its own block; bold terms do not split it
    text = _para(
        "La plateforme est ouverte à tous les publics et gérée par la mission Etalab.",
        "Est défini comme :",
        "**API** : interface web structurée permettant d’interagir avec un système.",
        "**Contributeur** : toute personne inscrite sur la plateforme qui publie des données.",
        "**Utilisateur** : toute personne accédant à la plateforme afin de la consulter.",
        "## Objet",
        FR_BODY,
    )
    assert _starts(text) == ["La plateform", "Est défini c", "Objet\n\nLe Pr"]


def test_short_line_before_bullets_is_a_heading() -> None:
    text = _para(
        "Collecte des données",
        FR_BODY,
        "Vos droits",
        "- un droit d’accès à vos données ;\n- un droit de rectification.",
        "Le Client s’engage notamment à",  # a lead-in with a verb, not a heading
        "- payer le prix ;\n- collaborer.",
    )
    assert [c.heading for c in segment(_doc(text))] == ["Collecte des données", "Vos droits"]


def test_bold_lead_in_lines_are_not_headings() -> None:
    # "**Sous réserve de :**" introduces a list inside the section; "**Objet**" is a heading
    text = _para(
        "## Réutilisation",
        FR_BODY,
        "**Sous réserve de :**",
        "-   mentionner la paternité de l’Information ;",
        "## Responsabilité",
        FR_BODY,
        "**Objet**",
        FR_BODY,
    )
    assert [c.heading for c in segment(_doc(text))] == ["Réutilisation", "Responsabilité", "Objet"]


def test_text_after_last_list_is_its_own_clause() -> None:
    text = _para(
        "Redistribution is permitted provided that the following conditions are met:",
        "1. Redistributions of source code must retain the above copyright notice.",
        "2. Redistributions in binary form must reproduce the above copyright notice.",
        "THIS SOFTWARE IS PROVIDED AS IS AND ANY EXPRESSED OR IMPLIED WARRANTIES ARE "
        "DISCLAIMED. IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY DAMAGES WHATSOEVER.",
        "This software consists of voluntary contributions made by many individuals.",
    )
    # the introduction, two numbered paragraphs, the disclaimer, the closing note
    assert _starts(text, "en") == [
        "Redistributi",
        "1. Redistrib",
        "2. Redistrib",
        "THIS SOFTWAR",
        "This softwar",
    ]


def test_paragraph_announced_by_a_numbered_item_stays_in_it() -> None:
    text = _para(
        "1. Redistributions of source code must retain the above copyright notice.",
        "2. The end-user documentation must include the following acknowledgment:",
        '"This product includes software developed by the Apache Software Foundation."',
        "3. The names of the authors must not be used to endorse derived products.",
    )
    assert [c.number for c in segment(_doc(text, "en"))] == ["1.", "2.", "3."]


def _docx_like(blocks: list[tuple[str, str, int, str, bool]]) -> Document:
    """A Document as the .docx reader builds it: blocks joined by blank lines, with hints."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for text, style, level, numbering, bold in blocks:
        paragraphs.append(Paragraph(offset, offset + len(text), style, level, numbering, bold))
        offset += len(text) + 2
    text = "\n\n".join(block[0] for block in blocks)
    return Document(text=text, format=Format.DOCX, language="fr", paragraphs=tuple(paragraphs))


def test_docx_heading_styles() -> None:
    long_body = (
        " Le contrat est conclu pour une durée d’un an à compter de sa signature et se "
        "renouvelle ensuite tacitement."
    )
    document = _docx_like(
        [
            ("Contrat de maintenance", "Title", 0, "", False),
            (
                "Entre la société A et la société B, il est convenu ce qui suit.",
                "Normal",
                0,
                "",
                False,
            ),
            ("Objet", "Heading 1", 1, "", False),
            ("Le présent contrat a pour objet la maintenance du logiciel.", "Normal", 0, "", False),
            ("Obligations", "Heading 1", 1, "", False),
            ("Obligations du prestataire", "Heading 2", 2, "", False),
            ("Le prestataire assure la maintenance corrective.", "Normal", 0, "", False),
            ("a) il corrige les anomalies ;", "List Paragraph", 1, "a)", False),
            ("b) il livre les mises à jour.", "List Paragraph", 1, "b)", False),
            ("Obligations du client", "Heading 2", 2, "", False),
            ("Le client paie le prix convenu.", "Normal", 0, "", False),
            ("Durée." + long_body, "Normal", 0, "", True),
            (
                "Résiliation. Chaque partie peut résilier le contrat par lettre recommandée avec "
                "un préavis de trois mois avant l’échéance.",
                "Normal",
                0,
                "",
                True,
            ),
        ]
    )
    clauses = segment(document)
    _check_offsets(document, clauses)
    assert [c.heading for c in clauses] == [
        "",  # the untitled introduction; the Title paragraph belongs to no clause
        "Objet",
        "Obligations / Obligations du prestataire",  # Heading 1 with no text merged
        "Obligations du client",
        "Durée",  # bold run-in titles, two long ones in a row
        "Résiliation",
    ]
    assert clauses[3].parent == clauses[2].id
    assert clauses[2].text.endswith("il livre les mises à jour.")


def test_docx_first_heading_naming_the_document_is_its_title() -> None:
    intro = "Entre la société A et la société B, il est convenu ce qui suit."
    document = _docx_like(
        [
            ("Contrat de prestation de services", "Heading 1", 1, "", True),
            (intro, "Normal", 0, "", False),
            ("Article 1 – Objet", "Heading 1", 1, "", True),
            (FR_BODY, "Normal", 0, "", False),
            ("Objet accessoire", "Normal", 0, "", False),  # a short Normal line, not a title
        ]
    )
    clauses = segment(document)
    assert [document.text[c.start : c.start + 9] for c in clauses] == [intro[:9], "Article 1"]


def test_corpus_offsets_hold(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "corpus").glob("*/*.txt"))
    paths.append(shared_dir / "seeds" / "000_3018661d4989c674.txt")
    assert len(paths) == 9
    for path in paths:
        text = path.read_text(encoding="utf-8")
        document = _doc(text, "fr" if "-fr" in str(path) else "en")
        clauses = segment(document)
        _check_offsets(document, clauses)
        # sanity: a handful of clauses per document, never more than its non-blank lines
        lines = [line for line in text.splitlines() if line.strip()]
        assert 4 <= len(clauses) <= len(lines), path


def test_hostile_text() -> None:
    # NBSP, narrow NBSP, curly apostrophes and a zero-width space around the numbers
    text = _para(
        "Article\u00a01er\u00a0– Objet",
        "Le Prestataire s’engage à fournir le service\u202f; il en répond.",
        "Article 2\u200b – Prix",
        FR_BODY,
    )
    clauses = segment(_doc(text))
    _check_offsets(_doc(text), clauses)
    assert clauses[0].number == "Article\u00a01er"
    assert len(clauses) == 2


def test_empty_and_blank_documents() -> None:
    assert segment(_doc("")) == ()
    assert segment(_doc("\n\n   \n")) == ()


def test_deterministic() -> None:
    text, _ = STRUCTURES[4]
    assert segment(_doc(text)) == segment(_doc(text))


SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


# The contract samples (the clause libraries have no articles: tests/test_variants_samples.py).
@pytest.mark.parametrize("name", sorted(path.name for path in SAMPLES.glob("*-v[0-9].txt")))
def test_bundled_samples_start_a_clause_at_every_article(name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    document = _doc(text, "en" if "agreement" in name else "fr")
    clauses = segment(document)
    _check_offsets(document, clauses)
    starts = {c.start for c in clauses}
    articles = [m.start() for m in re.finditer(r"^(?:Article|Section|Annexe) \d+", text, re.M)]
    assert articles, name
    assert all(offset in starts for offset in articles)
    assert len(clauses) <= 3 * len(articles)  # sub-clauses, never every paragraph


def test_text_saved_by_a_word_processor_segments_alike() -> None:
    # one paragraph per line and no blank line at all: the same clauses as with blank lines
    text = (SAMPLES / "contrat-services-v1.txt").read_text(encoding="utf-8")
    saved = "\n".join(line for line in text.split("\n") if line.strip())
    labels = [(c.number, c.heading) for c in segment(_doc(text))]
    assert [(c.number, c.heading) for c in segment(_doc(saved))] == labels


def test_random_structured_noise_keeps_the_invariants() -> None:
    # deterministic noise built from the pieces segmentation reacts to: it must never raise and
    # always return ordered, contiguous clauses whose bodies match the text
    import random

    pieces = [
        "Article 1 –",
        "ARTICLE 2",
        "1.",
        "1.1",
        "a)",
        "(b)",
        "i.",
        "I.",
        "§ 3",
        "1°",
        "**",
        "##",
        "- ",
        "• ",
        "Annexe",
        "Le Client paie.",
        "the Work",
        ":",
        "\n",
        "\n\n",
        "   ",
        "OBJET",
        "Définitions",
        "Related to X",
        "Clauses Exemplaires",
        "—",
        "«",
        "»",
        "\u00a0",
        "\t",
        "Support client.",
        "Title: Body",
        "---",
        "# ",
        "  • ",
    ]
    generator = random.Random(20240601)
    for _ in range(300):
        text = "".join(generator.choice(pieces) + " " for _ in range(generator.randint(0, 40)))
        if generator.random() < 0.3:
            text = "Support client Clauses Exemplaires\n" + text  # the library-page reader
        document = _doc(text)
        clauses = segment(document)
        if clauses:
            _check_offsets(document, clauses)
