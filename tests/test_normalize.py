"""Exact tests of the normalised forms used for matching (never for display)."""

from __future__ import annotations

import pytest

from clausediff.options import CompareOptions
from clausediff.text.normalize import fold, fold_for_matching, numbering_spans, strip_numbering

PLAIN = CompareOptions()
CASE = CompareOptions(ignore_case=True)
PUNCT = CompareOptions(ignore_punctuation=True)
SPACE = CompareOptions(ignore_whitespace=True)
NUMBERING = CompareOptions(ignore_numbering=True)
ALL = CompareOptions(
    ignore_case=True, ignore_punctuation=True, ignore_whitespace=True, ignore_numbering=True
)


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        # Typographic apostrophes and the modifier letter become the straight one.
        ("l’article, l‘an, lʼacte", PLAIN, "l'article, l'an, l'acte"),
        # French and English double quotes become straight double quotes.
        ("« prix » “price”", PLAIN, '" prix " "price"'),
        # NBSP, narrow NBSP and thin space become plain spaces.
        ("Objet\u00a0: 1\u202f000\u2009€", PLAIN, "Objet : 1 000 €"),
        # En dash, em dash and minus sign become hyphens.
        ("a – b — c −5", PLAIN, "a - b - c -5"),
        # NFD accents are composed (NFC).
        ("e\u0301te\u0301", PLAIN, "été"),
        # Zero-width characters and soft hyphens disappear.
        ("con\u200btrat\u00ad \ufeffx", PLAIN, "contrat x"),
        # CRLF, lone CR and LF are line breaks, and a line break reads as a space.
        ("a\r\nb\rc", PLAIN, "a b c"),
        # PDF ligatures are expanded; œ is a French letter and stays.
        ("ﬁn ﬂux œuvre", PLAIN, "fin flux œuvre"),
        # The ellipsis character becomes three dots.
        ("etc…", PLAIN, "etc..."),
        # Without options, case and punctuation are kept; a run of blanks is one space.
        ("Le  Prix.", PLAIN, "Le Prix."),
        # Line wrapping and indentation are not changes.
        ("payé\n   dans les\t30 jours", PLAIN, "payé dans les 30 jours"),
        # ignore_case casefolds (ß -> ss, Œ -> œ).
        ("Le PRIX Œuvre Straße", CASE, "le prix œuvre strasse"),
        # ignore_punctuation drops marks, keeps separators inside numbers and % and €.
        ("Le prix, soit 12.5 % de 1 000,00 €.", PUNCT, "Le prix soit 12.5 % de 1 000,00 €"),
        # ignore_punctuation drops apostrophes and hyphens inside words.
        ("l’exécution peut-être", PUNCT, "lexécution peutêtre"),
        # ignore_whitespace drops every whitespace character (like diff -w).
        ("art. 3\n du\u00a0contrat", SPACE, "art.3ducontrat"),
        # ignore_numbering strips "Article 3 –" at the start.
        ("Article 3 – Prix", NUMBERING, "Prix"),
        # ignore_numbering strips list enumerators at line starts.
        (
            "Sont exclus :\na) les taxes ;\nb) les frais.",
            NUMBERING,
            "Sont exclus : les taxes ; les frais.",
        ),
        # ignore_numbering keeps a cross-reference that opens a sentence.
        ("Article 5 of the Directive applies.", NUMBERING, "Article 5 of the Directive applies."),
        # ignore_numbering keeps numbers inside a line.
        ("payer 36 euros", NUMBERING, "payer 36 euros"),
        # All options together.
        ("3.2. Le Prix,  payé\u00a0!", ALL, "leprixpayé"),
        # Empty text.
        ("", ALL, ""),
    ],
)
def test_fold(text: str, options: CompareOptions, expected: str) -> None:
    assert fold(text, options) == expected


@pytest.mark.parametrize(
    ("left", "right", "options", "equal"),
    [
        # Typography alone never makes texts differ.
        ("l’article « 3 »", 'l\'article " 3 "', PLAIN, True),
        # Case differs without ignore_case...
        ("Le Prix", "le prix", PLAIN, False),
        # ... and not with it.
        ("Le Prix", "le prix", CASE, True),
        # A decimal point is not ignorable punctuation: 12.5 is not 125.
        ("12.5", "125", PUNCT, False),
        # Renumbering alone is ignored with ignore_numbering.
        ("Article 3 – Prix", "Article 4 – Prix", NUMBERING, True),
        # But not without it.
        ("Article 3 – Prix", "Article 4 – Prix", PLAIN, False),
    ],
)
def test_fold_equality(left: str, right: str, options: CompareOptions, equal: bool) -> None:
    assert (fold(left, options) == fold(right, options)) is equal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Casefolded, accents stripped, œ spelled oe, punctuation to spaces.
        ("L’Œuvre, art. 3 — été", "l oeuvre art 3 ete"),
        # NFD accents are stripped too, digits kept, NBSP and narrow NBSP are spaces.
        ("E\u0301TE\u0301 1\u202f000,00\u00a0€", "ete 1 000 00"),
        # Zero-width characters vanish inside words; whitespace is collapsed and trimmed.
        ("  con\u200btrat\n\n\tcadre  ", "contrat cadre"),
        # æ and ß.
        ("Cæsar Straße", "caesar strasse"),
        # Nothing alphanumeric left.
        ("« — »", ""),
    ],
)
def test_fold_for_matching(text: str, expected: str) -> None:
    assert fold_for_matching(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Keyword number with its separator and the blank after it.
        ("Article 3 – Prix", ["Article 3 – "]),
        # Decimal number with a final dot.
        ("3.2. Le prix", ["3.2. "]),
        # Enumerators on several lines; a plain line has none.
        ("a) un\nsuite\n(ii) deux\n1° trois", ["a) ", "(ii) ", "1° "]),
        # Indented enumerator: the span starts at the number.
        ("   - puce", ["- "]),
        # No number.
        ("Le prix est ferme.", []),
    ],
)
def test_numbering_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in numbering_spans(text)] == expected


def test_strip_numbering_keeps_everything_else() -> None:
    text = "Article 1er – Objet\nLe présent contrat a pour objet :\na) la vente ;\nb) la livraison."
    assert strip_numbering(text) == (
        "Objet\nLe présent contrat a pour objet :\nla vente ;\nla livraison."
    )
