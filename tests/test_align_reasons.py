"""Why each pair was made (issue 14 item 4, issue 12 item 3): the reason, and pairs without one.

``reasons.reason`` is checked case by case on hand-made links; the pipeline rule (a one-to-one
"moved" pair keeping under 15 % of its text becomes a deletion plus an insertion
unless the same number and heading or a manual link vouch for it; a "modified" pair in place
keeps its link and shows its reason) on real clause texts; the
JSON keeps the reason and still reads files written before it existed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from clausediff.align import Link, align
from clausediff.align.reasons import TEXT_EVIDENCE, reason, same_label
from clausediff.align.splits import Group
from clausediff.clause import Clause
from clausediff.compare.pairs import LOW_SIMILARITY, PairBuilder
from clausediff.compare.pipeline import compare_documents
from clausediff.compare.relink import relink, unlink
from clausediff.comparison import LinkReason, PairStatus
from clausediff.document import Document, Format
from clausediff.options import CompareOptions
from clausediff.store.serialize import comparison_from_dict, comparison_to_dict

S = PairStatus
R = LinkReason

DUREE = (
    "Le contrat est conclu pour une durée initiale de trente-six mois à compter de sa signature. "
    "Il est ensuite renouvelé tacitement par périodes successives de douze mois."
)
PRIX = (
    "En contrepartie des prestations, le Client verse au Prestataire une redevance mensuelle de "
    "1 200,00 euros hors taxes, payable à trente jours date de facture par virement bancaire."
)
ASSURANCE = (
    "Chaque partie souscrit auprès d'une compagnie notoirement solvable une police couvrant sa "
    "responsabilité civile professionnelle pendant toute l'exécution du marché."
)


def _side(prefix: str, specs: Sequence[tuple[str, str, str]]) -> tuple[str, tuple[Clause, ...]]:
    """A document text and its clauses ``<prefix>1..n``, offsets consistent with the text."""
    text = ""
    clauses = []
    for k, (number, heading, body) in enumerate(specs, 1):
        head = f"{number} {heading}".strip() + "\n"
        start = len(text)
        body_start = start + len(head)
        text += head + body
        clauses.append(
            Clause(
                f"{prefix}{k}",
                number,
                heading,
                body,
                1,
                None,
                start,
                len(text),
                body_start,
                len(text),
            )
        )
        text += "\n\n"
    return text, tuple(clauses)


def _clause(number: str, heading: str) -> Clause:
    return Clause("x", number, heading, "corps", 1, None, 0, 5, 0, 5)


@pytest.mark.parametrize(
    ("group", "sims", "same_body", "labels", "expected"),
    [
        # equal bodies: the text itself
        (Group([0], [0], "chain"), {}, True, (("1", "A"), ("1", "A")), R.TEXT),
        # as similar as a move needs: the text alone links them, wherever they sit
        (Group([0], [0], "move"), {(0, 0): TEXT_EVIDENCE}, False, (("1", ""), ("9", "")), R.TEXT),
        # weak text, same number and same heading
        (Group([0], [0], "chain"), {(0, 0): 0.15}, False, (("4", "Prix"), ("4", "Prix")), R.NUMBER),
        # weak text, same number, no heading on either side (the articles of a code)
        (Group([0], [0], "chain"), {(0, 0): 0.15}, False, (("4", ""), ("4", "")), R.NUMBER),
        # weak text, same number but another heading: only the order vouches
        (
            Group([0], [0], "chain"),
            {(0, 0): 0.15},
            False,
            (("4", "Prix"), ("4", "Durée")),
            R.POSITION,
        ),
        # weak text, no number: position
        (Group([0], [0], "chain"), {(0, 0): 0.15}, False, (("", "Prix"), ("", "Prix")), R.POSITION),
        # weak text as a whole, but a sentence of one found in the other tied them
        (
            Group([0], [0], "move", sentence=True),
            {(0, 0): 0.1},
            False,
            (("4", "Prix"), ("9", "Durée")),
            R.TEXT,
        ),
        # split: its pieces were attached on containment or a shared sentence
        (Group([0], [0, 1], "chain"), {(0, 0): 0.1}, False, (("1", ""), ("2", "")), R.TEXT),
        # one-sided links have no reason
        (Group([0], [], "unpaired"), {}, False, (("1", ""), ("1", "")), None),
        (Group([], [0], "unpaired"), {}, False, (("1", ""), ("1", "")), None),
    ],
)
def test_reason(
    group: Group,
    sims: dict[tuple[int, int], float],
    same_body: bool,
    labels: tuple[tuple[str, str], tuple[str, str]],
    expected: LinkReason | None,
) -> None:
    left = [_clause(*labels[0])]
    right = [_clause(*labels[1]), _clause(*labels[1])]
    assert reason(group, left, right, sims, same_body) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Article 4", "Prix"), ("Article 4", "Prix"), True),
        (("Article 4", "Prix"), ("ARTICLE 4", "prix"), True),  # folded: case does not count
        (("Article 4", ""), ("Article 4", ""), True),
        (("Article 4", "Prix"), ("Article 5", "Prix"), False),
        (("", "Prix"), ("", "Prix"), False),  # no number: nothing to vouch
    ],
)
def test_same_label(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert same_label(_clause(*a), _clause(*b)) is same


def _builder(
    left_specs: Sequence[tuple[str, str, str]], right_specs: Sequence[tuple[str, str, str]]
) -> PairBuilder:
    left_text, left = _side("a", left_specs)
    right_text, right = _side("b", right_specs)
    return PairBuilder(
        Document(text=left_text, format=Format.TXT, language="fr"),
        Document(text=right_text, format=Format.TXT, language="fr"),
        left,
        right,
        {},
        {},
        CompareOptions(),
    )


@pytest.mark.parametrize(
    ("status", "why", "founded"),
    [
        (S.MOVED, R.TEXT, False),  # a "moved" pair is mostly the same text, or it is not one
        (S.MOVED, R.POSITION, False),
        (S.MOVED, R.NUMBER, True),  # same number and heading: shown with its reason
        (S.MOVED, R.MANUAL, True),  # the user linked them
        (S.MODIFIED, R.POSITION, True),  # in place: kept, its reason shown
        (S.MODIFIED, R.TEXT, True),
    ],
)
def test_pair_sharing_almost_nothing(status: PairStatus, why: LinkReason, founded: bool) -> None:
    builder = _builder([("Article 4", "", PRIX)], [("Article 4", "", ASSURANCE)])
    pairs = builder.build_founded(Link(("a1",), ("b1",), status, 0.3, reason=why))
    if founded:
        assert len(pairs) == 1 and pairs[0].status is status and pairs[0].reason is why
        assert pairs[0].similarity < LOW_SIMILARITY
    else:
        assert [(p.status, p.left, p.right, p.reason) for p in pairs] == [
            (S.DELETED, ("a1",), (), None),
            (S.INSERTED, (), ("b1",), None),
        ]


def test_reworded_pair_keeps_its_link() -> None:
    # most of the text survived: no reason needed beyond the text
    reworded = PRIX.replace("mensuelle", "trimestrielle").replace("trente", "quarante-cinq")
    builder = _builder([("Article 4", "", PRIX)], [("Article 9", "", reworded)])
    pairs = builder.build_founded(Link(("a1",), ("b1",), S.MOVED, 0.9, reason=R.TEXT))
    assert len(pairs) == 1 and pairs[0].status is S.MOVED and pairs[0].similarity > 0.8


def test_every_link_of_an_alignment_has_a_reason_iff_two_sided() -> None:
    _, left = _side("a", [("1", "Durée", DUREE), ("2", "Prix", PRIX)])
    _, right = _side("b", [("1", "Prix", PRIX), ("2", "Durée", DUREE), ("3", "", ASSURANCE)])
    links = align(left, right)
    assert {(k.left, k.right, k.reason) for k in links} == {
        (("a1",), ("b2",), R.TEXT),
        (("a2",), ("b1",), R.TEXT),
        ((), ("b3",), None),
    }


# A provision on billing complaints, kept almost word for word while the rest of the clause
# around it was rewritten and the clause moved from the end of the contract to its start.
_COMPLAINTS = (
    "Toute réclamation relative à la facturation est adressée par {way} au service comptable du "
    "Prestataire dans un délai de quinze jours."
)
_BILLING = " ".join(
    (
        _COMPLAINTS.format(way="lettre recommandée"),
        "Les pénalités de retard courent de plein droit au taux directeur de la Banque centrale "
        "européenne majoré de dix points. Aucun escompte n'est accordé pour paiement anticipé.",
        "Le Client communique chaque année ses coordonnées bancaires mises à jour. Les factures "
        "électroniques font foi entre les parties. Le Prestataire tient un registre des paiements "
        "consultable sur demande.",
        "Les litiges portant sur un montant inférieur à mille euros sont soumis préalablement à "
        "une médiation amiable. Une copie de chaque relance est archivée pendant dix ans.",
    )
)
_DELIVERY = " ".join(
    (
        "Le Prestataire conserve la propriété des équipements livrés jusqu'au complet paiement du "
        "prix.",
        _COMPLAINTS.format(way="courriel"),
        "Les frais de transport restent à la charge du destinataire, qui vérifie l'état des colis "
        "à leur arrivée. Les risques sont transférés dès la remise au transporteur.",
        "Un inventaire contradictoire est dressé à chaque livraison importante. Les palettes "
        "consignées sont restituées sous huitaine.",
        "Le destinataire signe le bon de réception électronique présenté par le chauffeur. Les "
        "emballages réutilisables sont repris gratuitement.",
    )
)


def test_a_pair_tied_by_a_surviving_sentence_says_text_and_moved_when_it_crossed() -> None:
    # The billing clause went from last to first and kept one sentence: too little of the whole
    # clause for a move, but the sentence ties the two. The link rests on that text, not on its
    # place (it crossed three unchanged articles), so it reads "moved", reason "text".
    _, left = _side(
        "a",
        [
            ("Article 1", "Durée", DUREE),
            ("Article 2", "Prix", PRIX),
            ("Article 3", "Assurance", ASSURANCE),
            ("Article 4", "Facturation", _BILLING),
        ],
    )
    _, right = _side(
        "b",
        [
            ("Article 1", "Livraison", _DELIVERY),
            ("Article 2", "Durée", DUREE),
            ("Article 3", "Prix", PRIX),
            ("Article 4", "Assurance", ASSURANCE),
        ],
    )
    links = {(k.left, k.right): k for k in align(left, right)}
    tied = links[(("a4",), ("b1",))]
    assert (tied.status, tied.reason) == (S.MOVED, R.TEXT)
    assert tied.similarity > LOW_SIMILARITY  # the product keeps it (see build_founded)


def _comparison():  # type: ignore[no-untyped-def]
    left_text, _ = _side("a", [("Article 1", "Durée", DUREE), ("Article 2", "Prix", PRIX)])
    right_text, _ = _side("b", [("Article 1", "Durée", DUREE), ("Article 2", "Prix", ASSURANCE)])
    return compare_documents(
        Document(text=left_text, format=Format.TXT, language="fr"),
        Document(text=right_text, format=Format.TXT, language="fr"),
    )


def test_json_keeps_the_reason_and_reads_old_files() -> None:
    comparison = _comparison()
    data = comparison_to_dict(comparison)
    assert [p["reason"] for p in data["pairs"]] == [p.reason for p in comparison.pairs]
    assert "text" in [p["reason"] for p in data["pairs"]]
    assert comparison_from_dict(data).pairs == comparison.pairs
    for pair in data["pairs"]:
        del pair["reason"]  # a file written before pairs carried their reason
    assert all(p.reason is None for p in comparison_from_dict(data).pairs)


def test_manual_link_says_so() -> None:
    comparison = _comparison()
    index = next(k for k, p in enumerate(comparison.pairs) if p.left and p.right)
    pair = comparison.pairs[index]
    linked = relink(unlink(comparison, index), pair.left, pair.right)
    again = next(p for p in linked.pairs if p.left == pair.left)
    assert again.right == pair.right and again.reason is R.MANUAL


def _articles(path: Path, first: int, last: int) -> str:
    """Articles ``first``..``last`` of a Code civil text, as written (``Article N`` + body)."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\nArticle {first}\n") + 1
    end = text.index(f"\nArticle {last + 1}\n") + 1
    return text[start:end]


def test_rewritten_article_keeping_its_number_is_deleted_and_inserted(shared_dir: Path) -> None:
    # Code civil article 460, 2017 vs 2021: same number, same place, a new rule in place of the
    # old one ("Le mariage d'une personne en curatelle n'est permis qu'avec l'autorisation ..."
    # -> "La personne chargée de la mesure de protection est préalablement informée du projet de
    # mariage ..."). Its neighbours changed a word or not at all. The number alone vouches for
    # nothing: the old article is deleted, the new one inserted.
    folder = shared_dir / "corpus-large" / "civil_2017_2021"
    left = Document(text=_articles(folder / "left.txt", 456, 463), format=Format.TXT, language="fr")
    right = Document(
        text=_articles(folder / "right.txt", 456, 463), format=Format.TXT, language="fr"
    )
    comparison = compare_documents(left, right)
    numbers = {c.id: c.number for c in (*comparison.left_clauses, *comparison.right_clauses)}
    shown = {
        (
            pair.status,
            tuple(numbers[i] for i in pair.left),
            tuple(numbers[i] for i in pair.right),
        )
        for pair in comparison.pairs
    }
    assert (S.DELETED, ("Article 460",), ()) in shown
    assert (S.INSERTED, (), ("Article 460",)) in shown
    for n in (456, 457, 458, 459, 461, 462, 463):
        label = (f"Article {n}",)
        assert any(p[1] == label and p[2] == label for p in shown), n


def test_what_stays_of_a_pair_after_a_manual_link_keeps_its_reason() -> None:
    # a1 was split into b1 and b2; the user links b2 with a2 instead: that link is manual, while
    # a1 -> b1, which the user did not touch, is still linked by its text
    left_text, _ = _side("a", [("Article 1", "", f"{DUREE} {PRIX}"), ("Article 2", "", ASSURANCE)])
    right_text, _ = _side(
        "b", [("Article 1", "", DUREE), ("Article 2", "", PRIX), ("Article 3", "", ASSURANCE)]
    )
    comparison = compare_documents(
        Document(text=left_text, format=Format.TXT, language="fr"),
        Document(text=right_text, format=Format.TXT, language="fr"),
    )
    split = next(p for p in comparison.pairs if len(p.right) == 2)
    assert split.status is S.SPLIT and split.reason is R.TEXT
    a2 = next(p.left for p in comparison.pairs if p.left and p.left != split.left)
    linked = relink(comparison, a2, split.right[1:])
    reasons = {(p.left, p.right): p.reason for p in linked.pairs}
    assert reasons[(split.left, split.right[:1])] is R.TEXT
    assert reasons[(a2, split.right[1:])] is R.MANUAL
