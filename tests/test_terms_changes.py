"""Term changes between two sides of a pair, and their wording (issue 4).

Diffs are written by hand as runs of ("=", text) / ("-", left text) / ("+", right text); the
helper turns them into DiffOp objects with document offsets, and the two sides' texts, exactly as
the comparison engine hands them over. The bundled samples are checked against their answer key
(resources/samples/README.md) through the real comparison pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.comparison import (
    DiffOp,
    Direction,
    Op,
    Term,
    TermChange,
    TermChangeKind,
    TermKind,
)
from clausediff.terms import annotate, describe_change, describe_value, term_changes
from clausediff.terms.describe import describe_sides

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
_OPS = {"=": Op.EQUAL, "-": Op.DELETE, "+": Op.INSERT}


def build(runs: list[tuple[str, str]], prefix: str = "") -> tuple[str, str, list[DiffOp]]:
    """Left text, right text and DiffOps for hand-written runs; ``prefix`` (equal, not in the
    ops) shifts every offset, as when a clause does not start at offset 0 of its document."""
    left, right = prefix, prefix
    ops = []
    for code, text in runs:
        op = _OPS[code]
        ls, rs = len(left), len(right)
        if op is not Op.INSERT:
            left += text
        if op is not Op.DELETE:
            right += text
        ops.append(DiffOp(op, text, ls, len(left), rs, len(right)))
    return left, right, ops


def changes_of(runs: list[tuple[str, str]], language: str = "fr") -> tuple[TermChange, ...]:
    left, right, ops = build(runs, prefix="Article 1. ")
    return term_changes(annotate(left, language), annotate(right, language), ops)


def test_deadline_longer() -> None:
    found = changes_of(
        [("=", "Réponse dans un délai de "), ("-", "4 heures"), ("+", "5 jours ouvrés"), ("=", ".")]
    )
    assert len(found) == 1
    change = found[0]
    assert (change.kind, change.change, change.direction) == (
        TermKind.DEADLINE,
        TermChangeKind.CHANGED,
        Direction.LONGER,
    )
    assert change.left is not None and change.right is not None
    assert change.left.text == "dans un délai de 4 heures"
    assert change.right.text == "dans un délai de 5 jours ouvrés"
    assert describe_change(change, "fr") == "Délai : 4 heures -> 5 jours ouvrés"
    assert describe_change(change, "en") == "Deadline: 4 hours -> 5 business days"


def test_deadline_shorter_across_units() -> None:
    # 2 months is shorter than 90 days once both are in one unit
    found = changes_of(
        [
            ("=", "préavis de "),
            ("-", "quatre-vingt-dix (90) jours"),
            ("+", "deux (2) mois"),
            ("=", "."),
        ]
    )
    assert [(c.change, c.direction) for c in found] == [(TermChangeKind.CHANGED, Direction.SHORTER)]


def test_amount_higher_and_unchanged_ttc() -> None:
    found = changes_of(
        [("=", "au prix de "), ("-", "110"), ("+", "150"), ("=", " € HT, soit 132 € TTC.")]
    )
    assert len(found) == 1  # 132 € TTC did not change and is not reported
    assert found[0].direction is Direction.HIGHER
    assert describe_change(found[0], "fr") == "Montant : 110 € HT -> 150 € HT"


def test_amount_lower_percent() -> None:
    found = changes_of([("=", "une pénalité de "), ("-", "5"), ("+", "3"), ("=", " % du prix")])
    assert [(c.kind, c.direction) for c in found] == [(TermKind.AMOUNT, Direction.LOWER)]


def test_amount_currency_change_is_other() -> None:
    found = changes_of(
        [("=", "a fee of "), ("-", "$100"), ("+", "€100"), ("=", " per month")], "en"
    )
    assert [c.direction for c in found] == [Direction.OTHER]


def test_duty_weakened_to_permission() -> None:
    found = changes_of(
        [("=", "Le Prestataire "), ("-", "doit"), ("+", "peut"), ("=", " intégrer les évolutions.")]
    )
    assert len(found) == 1
    change = found[0]
    assert (change.kind, change.change, change.direction) == (
        TermKind.OBLIGATION,
        TermChangeKind.CHANGED,
        Direction.WEAKENED,
    )
    assert change.right is not None and change.right.text == "peut"
    assert describe_change(change, "fr") == "Obligation : doit -> peut (affaiblie)"


def test_permission_strengthened_to_duty() -> None:
    found = changes_of(
        [("=", "Provider "), ("-", "may"), ("+", "shall"), ("=", " deliver the report.")], "en"
    )
    assert [(c.change, c.direction) for c in found] == [
        (TermChangeKind.CHANGED, Direction.STRENGTHENED)
    ]
    assert describe_change(found[0], "en") == "Obligation: may -> shall (strengthened)"


def test_duty_to_prohibition_is_other() -> None:
    found = changes_of(
        [("=", "Le Client "), ("-", "doit"), ("+", "ne doit pas"), ("=", " céder le contrat.")]
    )
    assert [(c.change, c.direction) for c in found] == [(TermChangeKind.CHANGED, Direction.OTHER)]


def test_duty_removed_without_permission() -> None:
    found = changes_of(
        [
            ("=", "Le Prestataire "),
            ("-", "doit transmettre"),
            ("+", "transmet"),
            ("=", " un rapport."),
        ]
    )
    assert [(c.kind, c.change) for c in found] == [(TermKind.OBLIGATION, TermChangeKind.REMOVED)]
    assert describe_change(found[0], "fr") == "Obligation supprimée : doit"


def test_added_and_removed_deadlines() -> None:
    found = changes_of(
        [
            ("=", "Le Client paie"),
            ("-", " sous 30 jours"),
            ("=", ". Le Prestataire répond"),
            ("+", " sans délai"),
            ("=", "."),
        ]
    )
    assert [(c.kind, c.change) for c in found] == [
        (TermKind.DEADLINE, TermChangeKind.REMOVED),
        (TermKind.DEADLINE, TermChangeKind.ADDED),
    ]
    assert describe_change(found[0], "fr") == "Délai supprimé : 30 jours"
    assert describe_change(found[1], "en") == "Deadline added: sans délai"


def test_unchanged_terms_are_not_reported() -> None:
    found = changes_of(
        [
            ("=", "Le Client doit payer "),
            ("-", "rapidement"),
            ("+", "vite"),
            ("=", " sous 30 jours, soit 40 €."),
        ]
    )
    assert found == ()


def test_moved_sentence_keeps_its_terms() -> None:
    # the same deadline sentence moves after another one: nothing changed in the terms
    left, right, ops = build(
        [
            ("-", "Paiement sous 30 jours. "),
            ("=", "Le Client doit payer."),
            ("+", " Paiement sous 30 jours."),
        ]
    )
    assert term_changes(annotate(left, "fr"), annotate(right, "fr"), ops) == ()


def test_no_diff_falls_back_to_order_and_value() -> None:
    left = annotate("Le Client doit payer 100 € sous 30 jours puis 200 € sous 60 jours.", "fr")
    right = annotate("Le Client doit payer 100 € sous 45 jours puis 250 € sous 60 jours.", "fr")
    found = term_changes(left, right, [])
    described = [describe_change(c, "fr") for c in found]
    assert described == ["Délai : 30 jours -> 45 jours", "Montant : 200 € -> 250 €"]


def test_coarse_diff_with_many_terms_stays_fast() -> None:
    """A whole body replaced (coarse diff) with thousands of terms: matched by order, quickly."""
    import time

    sentence = "Le Client doit payer {} € sous {} jours. "
    left_text = "".join(sentence.format(100 + i, 30) for i in range(1500))
    right_text = "".join(sentence.format(100 + i, 45 if i == 700 else 30) for i in range(1500))
    ops = [
        DiffOp(Op.DELETE, left_text, 0, len(left_text), 0, 0),
        DiffOp(Op.INSERT, right_text, len(left_text), len(left_text), 0, len(right_text)),
    ]
    left, right = annotate(left_text, "fr"), annotate(right_text, "fr")
    start = time.process_time()
    found = term_changes(left, right, ops)
    assert time.process_time() - start < 2.0
    assert [describe_change(c, "fr") for c in found] == ["Délai : 30 jours -> 45 jours"]


def test_describe_values() -> None:
    def term(kind: TermKind, value: dict[str, object], text: str = "x") -> Term:
        return Term(kind, 0, len(text), text, value)

    assert describe_value(term(TermKind.DEADLINE, {"type": "hours", "always": True}), "fr") == (
        "24h/24"
    )
    assert describe_value(
        term(TermKind.DEADLINE, {"type": "days", "from": "monday", "to": "friday"}), "fr"
    ) == ("du lundi au vendredi")
    assert (
        describe_value(term(TermKind.DEADLINE, {"type": "periodicity", "unit": "month"}), "en")
        == "every month"
    )
    assert describe_value(term(TermKind.DEADLINE, {"quantity": 1, "unit": "year"}), "fr") == "1 an"
    assert (
        describe_value(
            term(TermKind.AMOUNT, {"quantity": 1250.5, "currency": "EUR", "tax": "HT"}), "fr"
        )
        == "1\u202f250,5 € HT"
    )
    assert describe_value(term(TermKind.AMOUNT, {"quantity": 5000, "currency": "USD"}), "en") == (
        "$5,000"
    )
    assert (
        describe_value(
            term(TermKind.AMOUNT, {"quantity": 1.0, "unit": "percent", "per": "month"}), "en"
        )
        == "1% per month"
    )
    vague = term(TermKind.DEADLINE, {"vague": True}, "dans les  meilleurs délais")
    assert describe_value(vague, "fr") == "dans les meilleurs délais"


def _sample_changes(left: str, right: str, language: str) -> list[str]:
    from clausediff.compare.pipeline import compare_files

    comparison = compare_files(SAMPLES / left, SAMPLES / right)
    return [describe_change(c, language) for p in comparison.pairs for c in p.term_changes]


# What the clauses deleted or inserted whole take along (the key's last paragraph).
FRENCH_TAKEN_ALONG = [
    "Obligation supprimée : s'interdit",  # Article 17 – Non-sollicitation, deleted
    "Délai supprimé : 12 mois",
    "Délai supprimé : 6 mois",
    "Obligation ajoutée : s'engage à",  # Article 17 – Réversibilité, inserted
    "Délai ajouté : 15 jours ouvrés",
    "Montant ajouté : 750 € HT par jour",
    "Délai ajouté : 90 jours",
    "Obligation ajoutée : est tenu",
]
ENGLISH_TAKEN_ALONG = [  # Section 9. Data Return, inserted (Section 6. Publicity holds no term)
    "Deadline added: 30 days",
    "Obligation added: must",
    "Obligation added: shall",
    "Deadline added: 60 days",
]


@pytest.mark.skipif(not (SAMPLES / "contrat-services-v1.txt").exists(), reason="no samples")
def test_french_sample_answer_key() -> None:
    """Every term change of the answer key in resources/samples/README.md, and nothing else."""
    found = _sample_changes("contrat-services-v1.txt", "contrat-services-v2.txt", "fr")
    expected = [
        "Obligation : doit -> peut (affaiblie)",
        "Délai ajouté : 30 jours",
        "Délai ajouté : 15 jours",
        "Délai : 4 heures -> 5 jours ouvrés",
        "Obligation : peut -> s'engage à (renforcée)",
        "Montant : 1\u202f250 € HT -> 1\u202f390 € HT",
        "Montant : 1\u202f500 € TTC -> 1\u202f668 € TTC",
        "Montant : 110 € HT -> 150 € HT",
        "Montant : 132 € TTC -> 180 € TTC",
        "Délai : 30 jours -> 45 jours",
        "Montant : 3 % -> 5 %",
        "Délai : 3 mois -> 2 mois",
        "Délai : 4 heures -> 5 jours ouvrés",  # Annexe 1, B
    ]
    assert sorted(found) == sorted(expected + FRENCH_TAKEN_ALONG)


@pytest.mark.skipif(not (SAMPLES / "service-agreement-v1.txt").exists(), reason="no samples")
def test_english_sample_answer_key() -> None:
    found = _sample_changes("service-agreement-v1.txt", "service-agreement-v2.txt", "en")
    assert sorted(found) == sorted(
        [
            "Deadline: 1 business day -> 3 business days",
            "Obligation: shall -> may (weakened)",
            "Amount: $5,000 -> $5,500",
            "Deadline: 30 days -> 45 days",
            "Deadline: 90 days -> 60 days",
            *ENGLISH_TAKEN_ALONG,
        ]
    )


def _deadline(text: str, quantity: int) -> Term:
    return Term(TermKind.DEADLINE, 0, len(text), text, {"quantity": quantity, "unit": "day"})


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # Same value in other words: the words are what changed, shown as written (one line).
        (_deadline("quinze\njours", 15), _deadline("15 jours", 15), ("quinze jours", "15 jours")),
        # Different values: their normalised wording.
        (_deadline("quinze jours", 15), _deadline("trente jours", 30), ("15 jours", "30 jours")),
        # An absent side reads as the caller's mark.
        (None, _deadline("15 jours", 15), ("∅", "15 jours")),
    ],
)
def test_describe_sides(left: Term | None, right: Term | None, expected: tuple[str, str]) -> None:
    change = TermChange(TermKind.DEADLINE, TermChangeKind.CHANGED, left, right)
    assert describe_sides(change, "fr", "∅") == expected


def diffed_changes(left: str, right: str, language: str = "fr") -> tuple[TermChange, ...]:
    """Term changes through the real word diff, as the comparison pipeline computes them."""
    from clausediff.options import CompareOptions
    from clausediff.worddiff.diff import diff_spans

    ops = diff_spans(left, [(0, len(left))], right, [(0, len(right))], CompareOptions()).ops
    return term_changes(annotate(left, language), annotate(right, language), ops)


@pytest.mark.parametrize(
    ("left", "right", "language"),
    [
        ("Le Client doit payer la facture.", "Le Client *doit* payer la facture.", "fr"),
        ("Le Client doit payer.", "Le Client _doit_ payer.", "fr"),
        ("Le Client ne doit pas divulguer.", "Le Client ne doit *pas* divulguer.", "fr"),
        ("Le Client s'engage à payer.", "Le Client *s'engage* à payer.", "fr"),
        ("Paiement dans un délai de 30 jours.", "Paiement dans un délai de **30** jours.", "fr"),
        ("Paiement dans un délai de 30 jours.", "Paiement dans un délai de **30 jours**.", "fr"),
        ("Le prix est de 150 € HT par mois.", "Le prix est de **150 €** HT par mois.", "fr"),
        ("Le prix est de 150 € HT par mois.", "Le prix est de 150 € *HT* par mois.", "fr"),
        ("The Customer must pay in 30 days.", "The Customer _must_ pay in _30 days_.", "en"),
        ("The Customer must pay in 30 days.", "The Customer **must** pay in 30 days.", "en"),
    ],
)  # fmt: skip
def test_markdown_inside_a_term_is_no_term_change(left: str, right: str, language: str) -> None:
    # A .txt that is really Markdown: emphasis inside or around a term changes how it looks only.
    assert diffed_changes(left, right, language) == ()
    # The term is still found, with the same value, and its text is the text as written.
    before, after = annotate(left, language), annotate(right, language)
    assert [(t.kind, dict(t.value)) for t in after] == [(t.kind, dict(t.value)) for t in before]
    assert all(right[t.start : t.end] == t.text for t in after)
    assert [t.text.replace("*", "").replace("_", "") for t in after] == [t.text for t in before]


@pytest.mark.parametrize(
    ("left", "right", "language", "before", "after"),
    [
        (
            "Le Client doit payer la facture.",
            "Le Prestataire doit payer la facture.",
            "fr",
            "Le Client doit payer la facture.",
            "Le Prestataire doit payer la facture.",
        ),
        (
            "Le Client doit payer la facture.",
            "Le Prestataire doit facturer la prestation.",
            "fr",
            "Le Client doit payer la facture.",
            "Le Prestataire doit facturer la prestation.",
        ),
        (
            "Licensee may terminate. The Supplier shall deliver the goods.",
            "Licensee may terminate. The Contractor shall deliver the goods.",
            "en",
            "The Supplier shall deliver the goods.",
            "The Contractor shall deliver the goods.",
        ),
    ],
)
def test_the_same_duty_borne_by_another_party_is_a_subject_change(
    left: str, right: str, language: str, before: str, after: str
) -> None:
    from clausediff.terms.describe import in_context, is_subject_change

    [change] = [c for c in diffed_changes(left, right, language) if c.kind is TermKind.OBLIGATION]
    assert change.change is TermChangeKind.CHANGED and is_subject_change(change)
    worded = in_context(change, left, right, language)
    assert worded.headline == (
        "Obligation : sujet changé" if language == "fr" else "Obligation: subject changed"
    )
    assert (worded.before, worded.after) == (before, after)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # Words changed before the subject, not the subject: no change of who bears the duty.
        (
            "En cas de retard, le Client doit payer des pénalités.",
            "En cas de retard de paiement, le Client doit payer des pénalités.",
        ),
        # The same subject, the verb after the trigger changed.
        ("Le Client doit payer la facture.", "Le Client doit régler la facture."),
        # Only the article changed.
        ("Le Client doit payer la facture.", "Ce Client doit payer la facture."),
    ],
)
def test_a_duty_with_the_same_subject_is_no_subject_change(left: str, right: str) -> None:
    assert [c for c in diffed_changes(left, right) if c.kind is TermKind.OBLIGATION] == []
