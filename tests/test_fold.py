"""The one folding for search and lookups (clausediff.text.fold): exact, with hostile text."""

from __future__ import annotations

import pytest

from clausediff.terms.values import fold as terms_fold
from clausediff.text.fold import fold_key


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Pénalités", "penalites"),  # accents and case
        ("l’Article", "l'article"),  # curly apostrophe as typed on a keyboard
        ("10\u00a0%\u202f:", "10 % :"),  # no-break spaces of French typography
        ("« Client »", '" client "'),  # guillemets read as the comparison reads them
        ("vingt\u2011quatre", "vingt-quatre"),  # a non-breaking hyphen
        ("Straße", "straße"),  # "ß" stays one character: offsets must not shift
        ("ŒUVRE", "œuvre"),  # a ligature is a letter of its own
        ("a…b", "a…b"),  # "..." would be three characters: kept
    ],
)
def test_fold_key_keeps_offsets(text: str, folded: str) -> None:
    assert fold_key(text) == folded
    assert len(fold_key(text)) == len(text)


def test_lookup_keys_fold_decomposed_accents() -> None:
    # A decomposed "é" (e + U+0301) gives the key of the composed one, for the terms' tables.
    assert fold_key("de\u0301lai", same_length=False) == "delai"
    assert terms_fold("De\u0301lai\u00a0d’exe\u0301cution") == "delai d'execution"
    assert terms_fold("Délai") == fold_key("Délai")
