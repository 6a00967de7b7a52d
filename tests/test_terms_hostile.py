"""Hostile text for the legal-terms engine: typography, line breaks, case, mixing, size.

Every case checks the offsets contract (``text[start:end] == term.text``, sorted, disjoint) on
top of what it is about.
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from clausediff.comparison import Term
from clausediff.terms import annotate


def _check(text: str, terms: tuple[Term, ...]) -> None:
    assert all(text[t.start : t.end] == t.text for t in terms)
    assert all(a.end <= b.start for a, b in pairwise(terms))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NBSP and narrow NBSP before € and %, and as thousands separators
        ("un prix de 1\u00a0250,00\u00a0€ HT", [("amount", "1\u00a0250,00\u00a0€ HT")]),
        ("un taux de 99,5\u202f%", [("amount", "99,5\u202f%")]),
        # straight and curly apostrophes in triggers and markers
        ("il s'engage à payer", [("obligation", "s'engage à")]),
        ("il s’engage à payer", [("obligation", "s’engage à")]),
        ("pour un séjour d’1 nuit", [("deadline", "d’1 nuit")]),
        # CRLF and line breaks inside a span
        ("payer dans un délai de\r\n30 jours", [("deadline", "dans un délai de\r\n30 jours")]),
        ("au plus tard\nquatre (4) heures", [("deadline", "au plus tard\nquatre (4) heures")]),
        # capitals, as in disclaimers and headings
        (
            "LE CLIENT DOIT PAYER SOUS 30 JOURS",
            [("obligation", "DOIT"), ("deadline", "SOUS 30 JOURS")],
        ),
        ("THE LICENSEE SHALL NOT COPY", [("obligation", "SHALL NOT")]),
        # a French clause quoting English, annotated as French
        (
            "Le Client doit écrire : « Partner shall notify GitHub within 72 hours ».",
            [("obligation", "doit"), ("obligation", "shall"), ("deadline", "within 72 hours")],
        ),
    ],
)
def test_typography(text: str, expected: list[tuple[str, str]]) -> None:
    terms = annotate(text, "fr")
    _check(text, terms)
    assert [(t.kind.value, t.text) for t in terms] == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u200b\u200b",
        "de\u0301lai de\u0301composé",  # combining accents (NFD): no crash, offsets stay valid
        "€ % $ 24/7/2023 J+ h 9h99 25:61 0 jours",
        "(" * 500 + "30 jours" + ")" * 500,
        "quatre-vingt-dix-neuf-" * 200 + "jours",
    ],
)
def test_odd_inputs_do_not_break(text: str) -> None:
    _check(text, annotate(text, "fr"))
    _check(text, annotate(text, "en"))


def test_unknown_language_is_accepted() -> None:
    assert [t.text for t in annotate("Le Client doit payer.", "de")] == ["doit"]


def test_long_paragraph_is_linear() -> None:
    """A 1,000-sentence paragraph takes about 1,000 times one sentence (no quadratic step)."""
    sentence = "Le Prestataire doit répondre dans un délai de 4 heures pour 110 € HT. "
    start = time.process_time()
    terms = annotate(sentence * 1000, "fr")
    elapsed = time.process_time() - start
    assert len(terms) == 3000
    assert elapsed < 1.0
