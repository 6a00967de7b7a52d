"""The per-language term data (``clausediff/terms/lang/fr.py``, ``en.py``): every positive
example is found with its exact span, every negative one stays unlabelled, and the words each
language module lists are the ones the rules and the wording use (issue 17)."""

from __future__ import annotations

import pytest

from clausediff.comparison import Term, TermKind
from clausediff.terms import annotate, describe_value
from clausediff.terms.lang import Negative, Positive, en, fr

POSITIVE: list[tuple[str, Positive]] = [("fr", e) for e in fr.POSITIVE] + [
    ("en", e) for e in en.POSITIVE
]
NEGATIVE: list[tuple[str, Negative]] = [("fr", e) for e in fr.NEGATIVE] + [
    ("en", e) for e in en.NEGATIVE
]


def _labelled(text: str, language: str, label: str) -> list[Term]:
    return [t for t in annotate(text, language) if t.kind is TermKind(label)]


@pytest.mark.parametrize(("language", "example"), POSITIVE, ids=lambda x: str(x)[:50])
def test_positive_example_is_found(language: str, example: Positive) -> None:
    text, label, span = example
    assert span in text, "the example's span must be words of its text"
    assert span in [t.text for t in _labelled(text, language, label)]


@pytest.mark.parametrize(("language", "example"), NEGATIVE, ids=lambda x: str(x)[:50])
def test_negative_example_stays_unlabelled(language: str, example: Negative) -> None:
    text, label, words = example
    start = text.index(words)
    end = start + len(words)
    touching = [t.text for t in _labelled(text, language, label) if t.start < end and start < t.end]
    assert touching == []


def test_each_language_has_examples_of_every_label() -> None:
    for module in (fr, en):
        for kind in TermKind:
            assert any(label == kind.value for _, label, _ in module.POSITIVE), (module, kind)
            assert any(label == kind.value for _, label, _ in module.NEGATIVE), (module, kind)


# Every word a language module lists does what its comment says: the rules are built from it.
UNIT_SPELLINGS = [("fr", w, u) for w, u in fr.UNITS.items()] + [
    ("en", w, u) for w, u in en.UNITS.items()
]


@pytest.mark.parametrize(("language", "spelling", "unit"), UNIT_SPELLINGS)
def test_every_unit_spelling_is_a_duration(language: str, spelling: str, unit: str) -> None:
    marker = "dans un délai de" if language == "fr" else "within"
    text = f"Le Client paie {marker} 3 {spelling} la facture."
    [term] = _labelled(text, language, "deadline")
    expected = (
        {"quantity": 18, "unit": "month"} if unit == "half_year" else {"quantity": 3, "unit": unit}
    )
    assert dict(term.value) == expected
    assert term.text.startswith(marker)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_units_are_written_back_with_the_language_names(language: str) -> None:
    module = fr if language == "fr" else en
    for unit, (_, plural) in module.UNIT_NAMES.items():
        term = Term(TermKind.DEADLINE, 0, 1, "x", {"quantity": 3, "unit": unit})
        assert describe_value(term, language) == f"3 {plural}"


@pytest.mark.parametrize(
    ("language", "sentence", "modals", "polarity"),
    [
        ("fr", "Le Client {} payer la facture.", fr.DUTY_MODALS, "duty"),
        ("fr", "Le Client ne {} céder le contrat.", fr.PERMISSION_MODALS, "prohibition"),
        ("en", "The Customer {} pay the invoice.", en.DUTY_MODALS, "duty"),
        ("en", "The Customer {} not assign this Agreement.", en.PERMISSION_MODALS, "prohibition"),
    ],
)
def test_every_modal_form_is_a_trigger(
    language: str, sentence: str, modals: tuple[str, ...], polarity: str
) -> None:
    for modal in modals:
        if language == "en" and modal == "can":
            continue  # "cannot"/"can not" is not in the guidelines' list of triggers
        [term] = _labelled(sentence.format(modal), language, "obligation")
        assert dict(term.value) == {"polarity": polarity}, modal


@pytest.mark.parametrize(
    ("language", "word", "code"),
    [("fr", w, c) for w, c in fr.CURRENCY_WORDS.items()]
    + [("en", w, c) for w, c in en.CURRENCY_WORDS.items()],
)
def test_every_currency_word_makes_an_amount(language: str, word: str, code: str) -> None:
    [term] = _labelled(f"Le prix est de 250 {word} par an.", language, "amount")
    assert dict(term.value)["currency"] == code
