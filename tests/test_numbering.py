"""Clause-number recognition: one case per pattern, French and English, and false positives."""

from __future__ import annotations

import pytest

from clausediff.segment import number_key
from clausediff.text.number_keys import roman_value
from clausediff.text.numbering import parse_marker


@pytest.mark.parametrize(
    ("line", "number", "style"),
    [
        ("Article 1er – Objet", "Article 1er", "kw:article"),  # French first article
        ("Article premier - Objet", "Article premier", "kw:article"),  # spelled out
        ("ARTICLE 2 – PRIX", "ARTICLE 2", "kw:article"),  # capitals, en dash
        ("Art. 3 Prix", "Art. 3", "kw:art."),  # abbreviated
        ("Titre II – Dispositions générales", "Titre II", "kw:titre"),  # roman division
        ("Chapitre 1 Généralités", "Chapitre 1", "kw:chapitre"),
        ("Section 4. Confidentiality", "Section 4", "kw:section"),  # English section
        ("Clause 5 Payment", "Clause 5", "kw:clause"),
        ("Annexe 1 – Niveaux de service", "Annexe 1", "kw:annexe"),
        ("Schedule 2 - Charges", "Schedule 2", "kw:schedule"),
        ("Appendix", "Appendix", "kw:appendix"),  # unnumbered annex on its own line
        ("APPENDIX: How to apply", "APPENDIX", "kw:appendix"),
        ("1. Objet", "1.", "dec1"),
        ("1.Definitions", "1.", "dec1"),  # PDF text without a space
        ("1.1 Hébergement", "1.1", "dec2"),
        ("5.1. Scope", "5.1", "dec2"),  # trailing dot
        ("1.1.1 Inscription", "1.1.1", "dec3"),
        ("I. Garantie légale", "I.", "roman-upper."),
        ("A. Disponibilité", "A.", "alpha-upper."),
        ("a) désigner un interlocuteur", "a)", "alpha-lower)"),
        ("(a) You must give", "(a)", "(alpha-lower)"),
        ("(iv) a notice", "(iv)", "(roman-lower)"),
        ("1° « Client » : toute personne", "1°", "num°"),
        ("§ 4 Les frais", "§ 4", "section-sign"),
        ("(1) the Licensor", "(1)", "(num)"),
        ("1) le prix", "1)", "num)"),
        ("1 - OBJET", "1", "num-"),  # number, dash, title
        ("2 – Durée", "2", "num-"),
        ("3/ Prix", "3/", "num/"),
        ("- la facturation,", "-", "bullet"),
        ("• Obligations du Client", "•", "bullet"),
    ],
)
def test_number_patterns(line: str, number: str, style: str) -> None:
    markers = parse_marker(line)
    assert markers, line
    assert markers[0].number == number
    assert markers[0].style == style


@pytest.mark.parametrize(
    "line",
    [
        "Article 5 of this Licence applies",  # a reference at the start of a wrapped line
        "Section 16.2 of the Agreement",  # likewise in English
        "2024. Les parties",  # a year ending a sentence
        "12.03.2024 date de signature",  # a date
        "2.5 million euros",  # an amount
        "e.g. the Work",  # an abbreviation
        "Partie au contrat",  # a keyword used as a word
        "Title to the Software remains with the Licensor",
        "Le Client",  # plain text
        "Article L. 217-4 du code de la consommation",  # a cited code article
        "Art. L 121-20 : le consommateur dispose",
        "10 - 15 jours",  # a range
    ],
)
def test_false_positives(line: str) -> None:
    assert [m for m in parse_marker(line) if m.family != "bullet"] == []


def test_ambiguous_letter_gives_both_readings() -> None:
    # "i." is read as roman one first, as the ninth letter second; the segmenter picks by sequence
    styles = [marker.style for marker in parse_marker("i. identification")]
    assert styles == ["roman-lower.", "alpha-lower."]


@pytest.mark.parametrize(
    ("number", "key"),
    [
        ("Article 1er", "1"),
        ("ARTICLE 2 –", "2"),
        ("Art. 3", "3"),
        ("5.1.", "5.1"),
        ("Article premier", "1"),
        ("(a)", "a"),
        ("a)", "a"),
        ("I.", "1"),  # upper-case roman heading number
        ("ii.", "2"),
        ("1°", "1"),
        ("§ 4", "4"),
        ("Section 4", "4"),
        ("Clause 5", "5"),
        ("**3.2**", "3.2"),  # Markdown emphasis is not part of the number
        ("Titre II", "title.2"),  # divisions keep their kind apart from articles
        ("Annexe 1", "annex.1"),
        ("Schedule 1", "annex.1"),
        ("Annexe", "annex"),
        ("", ""),
    ],
)
def test_number_key(number: str, key: str) -> None:
    assert number_key(number) == key


@pytest.mark.parametrize(
    ("text", "value"),
    [("i", 1), ("iv", 4), ("IX", 9), ("xl", 40), ("iiii", None), ("b", None), ("", None)],
)
def test_roman_value(text: str, value: int | None) -> None:
    assert roman_value(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "ſection 4 – Objet",  # a long s matches "s" when case is ignored
        "ARTİCLE 1",  # a dotted capital I lowers to "i" plus a combining dot
        "artıcle 2",  # a dotless i
    ],
)
def test_letters_that_only_fold_to_a_keyword_are_no_keyword(text: str) -> None:
    # they made parse_marker raise KeyError (the CLI's "internal error"); they read as no
    # number at all now
    assert parse_marker(text) == []
