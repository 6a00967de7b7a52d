"""Sentence splitting for the provisions grid: abbreviations, numbering, bullets, fragments."""

from __future__ import annotations

import pytest

from clausediff.variants.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two plain sentences
        ("Le prix est fixe. Le Client paie.", ["Le prix est fixe.", "Le Client paie."]),
        # "art." is an abbreviation; "5.1" inside a sentence is a number
        (
            "Voir art. 5.1 du contrat. Le reste suit ici.",
            ["Voir art. 5.1 du contrat.", "Le reste suit ici."],
        ),
        # "etc." before a lower-case word, "M." before a name: no cut
        (
            "Les frais, taxes, etc. sont dus. M. Dupont signe le bon.",
            ["Les frais, taxes, etc. sont dus.", "M. Dupont signe le bon."],
        ),
        # initials before a word that opens a sentence: cut
        (
            "Le prestataire Global Collect B.V. Pour plus d'informations, écrire.",
            ["Le prestataire Global Collect B.V.", "Pour plus d'informations, écrire."],
        ),
        # numbered sub-clauses "5.1." and "5.2." open their units and stay in them
        (
            "5.1. Toute demande est écrite (xx@yy.fr). 5.2. Les autres questions vont ailleurs :",
            [
                "5.1. Toute demande est écrite (xx@yy.fr).",
                "5.2. Les autres questions vont ailleurs :",
            ],
        ),
        # dash bullets after a sentence: the bullet is left out of the unit
        (
            "Le support est gratuit. - Toute demande additionnelle est facturée 110 € HT.",
            ["Le support est gratuit.", "Toute demande additionnelle est facturée 110 € HT."],
        ),
        # square bullets, and a two-word "Ou" joins the unit before it
        (
            "au moins deux moyens : ▪ Adresse postale en France ; réponse sous cinq jours ; "
            "Ou ▪ Adresse électronique ; réponse sous cinq jours.",
            [
                "au moins deux moyens :",
                "Adresse postale en France ; réponse sous cinq jours ; Ou",
                "Adresse électronique ; réponse sous cinq jours.",
            ],
        ),
        # a lower-case roman-numbered list stays one sentence
        (
            "notamment : i. une description ; ii. une date. Fin de la liste ici.",
            ["notamment : i. une description ; ii. une date.", "Fin de la liste ici."],
        ),
        # a phone number ending a sentence is not an abbreviation
        (
            "Appeler le +(00) 0 00 00 00 00. Le support répond vite.",
            ["Appeler le +(00) 0 00 00 00 00.", "Le support répond vite."],
        ),
        # English: "e.g." and "U.S." do not cut before non-starters
        (
            "Fees in U.S. Dollars apply, e.g. Support fees. The Customer pays monthly.",
            ["Fees in U.S. Dollars apply, e.g. Support fees.", "The Customer pays monthly."],
        ),
        # blank lines always separate units, CRLF ones too
        ("First part of it\n\nSecond part of it", ["First part of it", "Second part of it"]),
        ("First part of it\r\n\r\nSecond part of it", ["First part of it", "Second part of it"]),
        # a zero-width space inside a word does not cut it
        ("Le prix\u200b est fixe. Le Client paie.", ["Le prix\u200b est fixe.", "Le Client paie."]),
        # a numbered list on its own lines: one unit per item
        (
            "Le Client doit :\n1. payer le prix convenu ;\n2. fournir les accès demandés.",
            ["Le Client doit :", "1. payer le prix convenu ;", "2. fournir les accès demandés."],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_spans_stay_inside_the_window_and_in_order() -> None:
    """Offsets are into the whole text, limited to [start, end)."""
    text = "Avant. Le premier point. Le second point ici. Après."
    start, end = text.index("Le premier"), text.index(" Après")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Le premier point.", "Le second point ici."]
    assert all(start <= s < e <= end for s, e in spans)


def test_hostile_spaces() -> None:
    """NBSP and narrow NBSP inside sentences; CRLF folded by the readers is not needed here."""
    text = "Le prix est de 110\u00a0€\u202fHT. Le Client paie à 30\u00a0jours."
    assert _split(text) == ["Le prix est de 110\u00a0€\u202fHT.", "Le Client paie à 30\u00a0jours."]
