"""Exact tests of the French-aware tokeniser: words, elisions, numbers, punctuation, spaces."""

from __future__ import annotations

import pytest

from clausediff.text.tokenize import Token, TokenKind, kind_of, scan, tokenize

W, N, P, S = TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.SPACE
NBSP, NNBSP, ZWSP = "\u00a0", "\u202f", "\u200b"


def pairs(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Elision with the typographic apostrophe: "l’" is its own word.
        ("l’exécution", [("l’", W), ("exécution", W)]),
        # Elision with the straight apostrophe, and "jusqu’".
        ("d'un jusqu’au", [("d'", W), ("un", W), (" ", S), ("jusqu’", W), ("au", W)]),
        # qu’ and s’, capitalised L’.
        (
            "qu’il s'engage L’Acheteur",
            [
                ("qu’", W),
                ("il", W),
                (" ", S),
                ("s'", W),
                ("engage", W),
                (" ", S),
                ("L’", W),
                ("Acheteur", W),
            ],
        ),
        # Apostrophes inside words that are not elisions stay inside the word.
        (
            "aujourd’hui quelqu’un prud'hommes",
            [
                ("aujourd’hui", W),
                (" ", S),
                ("quelqu’un", W),
                (" ", S),
                ("prud'hommes", W),
            ],
        ),
        # English possessive: one word.
        ("Licensor's", [("Licensor's", W)]),
        # Internal hyphens keep compound words whole; c’ is elided from "est-à-dire".
        (
            "peut-être c’est-à-dire",
            [
                ("peut-être", W),
                (" ", S),
                ("c’", W),
                ("est-à-dire", W),
            ],
        ),
        # NBSP before ":" and ";" (French typography) is a space token.
        (
            f"Objet{NBSP}: prix{NBSP};",
            [
                ("Objet", W),
                (NBSP, S),
                (":", P),
                (" ", S),
                ("prix", W),
                (NBSP, S),
                (";", P),
            ],
        ),
        # Narrow NBSP groups thousands; NBSP before the euro sign is a space.
        (f"1{NNBSP}000,00{NBSP}€", [("1\u202f000,00", N), (NBSP, S), ("€", P)]),
        # Number written in words and in figures.
        (
            "trente-six (36) heures",
            [
                ("trente-six", W),
                (" ", S),
                ("(", P),
                ("36", N),
                (")", P),
                (" ", S),
                ("heures", W),
            ],
        ),
        # Glued units are part of the number; the slash is punctuation.
        (
            "24h/24 et 7j/7",
            [
                ("24h", N),
                ("/", P),
                ("24", N),
                (" ", S),
                ("et", W),
                (" ", S),
                ("7j", N),
                ("/", P),
                ("7", N),
            ],
        ),
        # An ordinal suffix is part of the number.
        ("Article 1er", [("Article", W), (" ", S), ("1er", N)]),
        # Combining accents (NFD input) stay inside their word.
        ("e\u0301te\u0301 fini", [("e\u0301te\u0301", W), (" ", S), ("fini", W)]),
        # A zero-width space inside a word does not split it; alone it joins the space run.
        (f"con{ZWSP}trat {ZWSP} x", [(f"con{ZWSP}trat", W), (f" {ZWSP} ", S), ("x", W)]),
        # CRLF and blank lines form one space token.
        ("a\r\n\r\nb", [("a", W), ("\r\n\r\n", S), ("b", W)]),
        # A percentage: number then punctuation.
        ("12.5%", [("12.5", N), ("%", P)]),
        # A dotted clause number keeps its final dot apart.
        ("3.2. Prix", [("3.2", N), (".", P), (" ", S), ("Prix", W)]),
        # Runs of one mark are one token; lone punctuation is one character per token.
        (
            "**Prix** ... ---",
            [
                ("**", P),
                ("Prix", W),
                ("**", P),
                (" ", S),
                ("...", P),
                (" ", S),
                ("---", P),
            ],
        ),
        # Letters then digits make one word (a reference such as RS232).
        (
            "RS232 L.1234-5",
            [
                ("RS232", W),
                (" ", S),
                ("L", W),
                (".", P),
                ("1234", N),
                ("-", P),
                ("5", N),
            ],
        ),
        # Empty text: no token.
        ("", []),
    ],
)
def test_tokenize_french_typography(text: str, expected: list[tuple[str, TokenKind]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 000,00", "1 000,00"),  # French grouping with a plain space, decimal comma
        (f"1{NBSP}000", f"1{NBSP}000"),  # grouping with NBSP
        (f"2{NNBSP}500{NNBSP}000", f"2{NNBSP}500{NNBSP}000"),  # millions, narrow NBSP
        ("36", "36"),  # a plain integer
        ("9h30", "9h30"),  # a time
        ("14H00", "14H00"),  # a time with a capital H
        ("1,000.00", "1,000.00"),  # English grouping and decimals
        ("1.000,00", "1.000,00"),  # grouping with dots, decimal comma
        ("12.5", "12.5"),  # English decimal
        ("12,5", "12,5"),  # French decimal
        ("2ème", "2ème"),  # ordinal with an accent
    ],
)
def test_numbers_are_one_token(text: str, number: str) -> None:
    assert pairs(text) == [(number, N)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group of 4 digits after a space is not a thousands group: two numbers.
        ("1 0000", [("1", N), (" ", S), ("0000", N)]),
        # Year then amount: "2024 100" is not grouped (first group has 4 digits).
        ("2024 100", [("2024", N), (" ", S), ("100", N)]),
        # A line break never groups digits.
        ("1\n000", [("1", N), ("\n", S), ("000", N)]),
        # A comma followed by a space is a list, not a decimal.
        ("1, 2", [("1", N), (",", P), (" ", S), ("2", N)]),
        # A long letter suffix is a separate word, not a unit.
        ("36heures", [("36", N), ("heures", W)]),
    ],
)
def test_numbers_are_not_over_grouped(text: str, expected: list[tuple[str, TokenKind]]) -> None:
    assert pairs(text) == expected


HOSTILE = [
    "",  # empty
    "\u0301\u0301abc",  # combining marks with no base
    "\ufeffBOM at start",  # byte order mark
    "x" * 5000,  # one very long word
    "\u202e right-to-left override \u202c",  # bidi controls
    "emoji 👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # astral characters
    "\x00\x01 control \x7f",  # control characters
    "a\u00adb soft hyphen",  # soft hyphen
    "'’ʼ‘ «»“” ‐‑–—",  # lone quotes and dashes
    "1 2 3 4 5 6 7 8 9 000",  # digit soup
]


@pytest.mark.parametrize("text", HOSTILE)
def test_tokens_tile_the_text(text: str) -> None:
    tokens = tokenize(text, offset=7)
    assert "".join(t.text for t in tokens) == text
    position = 7
    for token in tokens:
        assert token.start == position and token.end == position + len(token.text)
        assert token.text
        position = token.end


def test_offsets_are_document_offsets() -> None:
    document = "Préambule. L’exécution du contrat."
    start = document.index("L’")
    tokens = tokenize(document[start:], offset=start)
    assert tokens[0] == Token("L’", start, start + 2, W)
    for token in tokens:
        assert document[token.start : token.end] == token.text


def test_scan_and_kind_of_agree_with_tokenize() -> None:
    text = "Le 1er janvier, l’Acheteur paie 1 000 € (mille euros)."
    assert scan(text) == [t.text for t in tokenize(text)]
    assert [kind_of(t) for t in scan(text)] == [t.kind for t in tokenize(text)]


def test_token_is_frozen() -> None:
    token = tokenize("mot")[0]
    with pytest.raises(AttributeError):
        token.text = "autre"  # type: ignore[misc]  # checking immutability at run time
