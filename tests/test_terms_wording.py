"""Term changes worded so a lawyer can act on them (issue 12, item 4): where each change is (an
excerpt of its sentence with the subject and verb), a duty kept in another voice reported as a
change of subject rather than a removed obligation, and criminal or administrative penalties
named as penalties rather than as the parties' deadlines and amounts.

Diffs come from the real word diff, as in a comparison.
"""

from __future__ import annotations

import pytest

from clausediff.comparison import Direction, TermChange, TermChangeKind, TermKind
from clausediff.options import CompareOptions
from clausediff.terms import annotate, describe_change, term_changes
from clausediff.terms.context import excerpt
from clausediff.terms.describe import in_context, is_subject_change
from clausediff.worddiff.diff import diff_spans


def changes(left: str, right: str) -> tuple[TermChange, ...]:
    diff = diff_spans(left, [(0, len(left))], right, [(0, len(right))], CompareOptions())
    return term_changes(annotate(left), annotate(right), diff.ops)


def lines(left: str, right: str, language: str = "fr") -> list[str]:
    return [in_context(c, left, right, language).line() for c in changes(left, right)]


# -- where: excerpts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # the subject and the verb after a modal
        (
            "Article 3. Le Prestataire doit fournir les livrables au Client sous huitaine.",
            "doit",
            "Le Prestataire doit fournir les livrables …",
        ),
        # far from the sentence start: its first words (the subject), then the nearby words
        (
            "Le Client règle chaque facture reçue du Prestataire dans un délai de 30 jours à "
            "compter de sa réception. Le reste suit.",
            "dans un délai de 30 jours",
            "Le Client règle … reçue du Prestataire dans un délai de 30 jours à compter de …",
        ),
        # "art. 3" and "1.5" do not end a sentence; a semicolon does
        (
            "Selon l'art. 3 le Client paie 1.5 % par mois; le reste est dû.",
            "1.5 % par mois",
            "Selon l'art. 3 le Client paie 1.5 % par mois",
        ),
        # a term that wraps over a line break in the source reads on one line
        (
            "The Supplier shall deliver within ten\u00a0days.",
            "within ten\u00a0days",
            "The Supplier shall deliver within ten days.",
        ),
    ],
)
def test_excerpt(text: str, term: str, expected: str) -> None:
    start = text.index(term)
    assert excerpt(text, start, start + len(term)) == expected


def test_a_weakened_duty_reads_with_its_subject_and_verb() -> None:
    left = "Le Prestataire doit fournir les livrables."
    right = "Le Prestataire peut fournir les livrables."
    assert lines(left, right) == [
        "Obligation affaiblie — « Le Prestataire doit fournir les livrables. » -> "
        "« Le Prestataire peut fournir les livrables. »"
    ]
    assert lines(left, right, "en") == [
        "Obligation weakened — « Le Prestataire doit fournir les livrables. » -> "
        "« Le Prestataire peut fournir les livrables. »"
    ]


def test_an_added_deadline_keeps_its_value_and_says_where() -> None:
    left = "Le Client paie la facture."
    right = "Le Client paie la facture dans un délai de 30 jours."
    [line] = lines(left, right)
    assert (
        line == "Délai ajouté : 30 jours — « Le Client paie la facture dans un délai de 30 jours. »"
    )


# -- a duty kept in another voice --------------------------------------------------------------


def test_guarantee_turned_impersonal_is_a_subject_change() -> None:
    # Licence Ouverte 1.0 -> 2.0 (bench/data/heldout pair): "garantit" -> "Il est garanti"
    left = "Le « Producteur » garantit au « Réutilisateur » le droit personnel de réutiliser."
    right = "Il est garanti au « Réutilisateur » le droit personnel de réutiliser."
    [change] = changes(left, right)
    assert change.change is TermChangeKind.CHANGED
    assert change.direction is Direction.OTHER
    assert change.right is not None and change.right.text == "est garanti"
    assert describe_change(change, "fr") == "Obligation : garantit -> est garanti (sujet changé)"
    assert describe_change(change, "en") == "Obligation: garantit -> est garanti (subject changed)"


def test_shall_turned_passive_is_a_subject_change() -> None:
    left = "The Supplier shall deliver the goods within ten days."
    right = "The goods shall be delivered by the Supplier within ten days."
    [change] = changes(left, right)
    assert [
        change.left.text if change.left else None,
        change.right.text if change.right else None,
    ] == ["shall", "shall"]
    assert in_context(change, left, right, "en").headline == "Obligation: subject changed"


def test_a_duty_restated_in_the_passive_after_a_modal() -> None:
    left = "Le Prestataire doit fournir les livrables."
    right = "Les livrables sont fournis par le Prestataire."
    [change] = changes(left, right)
    assert change.change is TermChangeKind.CHANGED
    assert change.right is not None and change.right.text == "sont fournis"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a permission in the passive is no restated duty (here a weakened prohibition)
        (
            "Les époux ne peuvent accepter le principe.",
            "Le principe peut aussi être accepté par les époux.",
        ),
        # a prohibition added where a permission in the passive was (CC BY 3.0 -> 4.0 FR)
        (
            "Les droits mentionnés ci-dessus peuvent être exercés sur tous supports et formats, "
            "connus ou inconnus à ce jour.",
            "Le Donneur de licence renonce et accepte de ne pas exercer ses droits sur tous "
            "supports et formats.",
        ),
        # another verb in the passive is no restated duty
        (
            "Le Prestataire doit fournir les livrables.",
            "Les livrables sont contrôlés par le Client.",
        ),
    ],
)
def test_not_a_restated_duty(left: str, right: str) -> None:
    found = changes(left, right)
    assert found and not any(is_subject_change(c) for c in found)


# -- criminal and administrative penalties -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "penalties"),
    [
        (
            "Le fait est puni de trois ans d'emprisonnement et de 45 000 euros d'amende.",
            ["trois ans", "45 000 euros"],
        ),
        ("L'infraction est punie d'une amende de 3 à 30 euros.", ["30 euros"]),
        (
            "Infringements are subject to administrative fines up to 20 000 000 EUR.",
            ["20 000 000 EUR"],
        ),
        ("liable on conviction to imprisonment for a term not exceeding two years.", ["two years"]),
        # contractual penalties are the parties' amounts: not penalties in this sense
        ("Le titulaire encourt une pénalité égale à 1/3 000 du montant par jour de retard.", []),
        ("Le Client paie 100 € dans un délai de 30 jours.", []),
    ],
)
def test_penalties_keep_their_label_and_are_flagged(text: str, penalties: list[str]) -> None:
    terms = annotate(text)
    assert [t.text for t in terms if t.value.get("penalty")] == penalties
    assert all(t.kind is not TermKind.OBLIGATION for t in terms if t.value.get("penalty"))


def test_a_heavier_penalty_is_worded_as_a_penalty() -> None:
    left = "Le fait est puni de trois ans d'emprisonnement et de 45 000 euros d'amende."
    right = "Le fait est puni de cinq ans d'emprisonnement et de 75 000 euros d'amende."
    assert [describe_change(c, "fr") for c in changes(left, right)] == [
        "Peine : 3 ans -> 5 ans",
        "Peine : 45\u202f000 € -> 75\u202f000 €",
    ]
    assert [describe_change(c, "en") for c in changes(left, right)] == [
        "Penalty: 3 years -> 5 years",
        "Penalty: €45,000 -> €75,000",
    ]
