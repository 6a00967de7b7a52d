"""Clause alignment on small real-looking French clauses: one case per status, and invariants.

Clauses are built directly (no segmentation): ``_doc`` turns ``(number, heading, body)`` triples
into :class:`Clause` objects with consistent offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from clausediff.align import Link, align
from clausediff.clause import Clause
from clausediff.comparison import PairStatus
from clausediff.errors import Cancelled
from clausediff.options import CompareOptions
from clausediff.progress import Monitor

S = PairStatus

# Five clauses of a French service contract (kept apart so cases can reorder and edit them).
OBJET = (
    "Le présent contrat a pour objet de définir les conditions dans lesquelles le Prestataire "
    "assure l'hébergement, la maintenance et la sauvegarde quotidienne du site internet du Client."
)
DUREE = (
    "Le contrat est conclu pour une durée initiale de trente-six mois à compter de sa signature. "
    "Il est ensuite renouvelé tacitement par périodes successives de douze mois, sauf "
    "dénonciation par lettre recommandée avec accusé de réception trois mois avant l'échéance."
)
PRIX = (
    "En contrepartie des prestations, le Client verse au Prestataire une redevance mensuelle de "
    "1 200,00 euros hors taxes, payable à trente jours date de facture par virement bancaire."
)
SUPPORT = (
    "Le support technique est joignable par téléphone du lundi au vendredi de 9 heures à 18 "
    "heures. Toute demande d'intervention reçoit une réponse dans un délai de quatre heures "
    "ouvrées."
)
RESILIATION = (
    "En cas de manquement grave de l'une des parties à ses obligations, non réparé dans un délai "
    "de trente jours suivant une mise en demeure restée sans effet, l'autre partie peut résilier "
    "le contrat de plein droit."
)


def _doc(prefix: str, specs: Sequence[tuple[str, str, str]]) -> tuple[Clause, ...]:
    """Clauses ``<prefix>1..n`` laid out one after the other as in a text."""
    clauses = []
    offset = 0
    for k, (number, heading, body) in enumerate(specs, 1):
        head = f"{number} {heading}\n".lstrip()
        start, body_start = offset, offset + len(head)
        end = body_start + len(body)
        clauses.append(
            Clause(f"{prefix}{k}", number, heading, body, 1, None, start, end, body_start, end)
        )
        offset = end + 2
    return tuple(clauses)


def _base() -> list[tuple[str, str, str]]:
    return [
        ("Article 1", "Objet", OBJET),
        ("Article 2", "Durée", DUREE),
        ("Article 3", "Prix", PRIX),
        ("Article 4", "Support", SUPPORT),
        ("Article 5", "Résiliation", RESILIATION),
    ]


def _by_left(links: Sequence[Link]) -> dict[str, Link]:
    return {cid: link for link in links for cid in link.left}


def _check_partition(
    links: Sequence[Link], left: Sequence[Clause], right: Sequence[Clause]
) -> None:
    """Every clause appears in exactly one link; no link is empty."""
    lefts = [cid for link in links for cid in link.left]
    rights = [cid for link in links for cid in link.right]
    assert sorted(lefts) == sorted(c.id for c in left)
    assert sorted(rights) == sorted(c.id for c in right)
    assert all(link.left or link.right for link in links)


def test_identical_documents_are_unchanged() -> None:
    left, right = _doc("L", _base()), _doc("R", _base())
    links = align(left, right)
    assert [(k.left, k.right, k.status, k.similarity) for k in links] == [
        ((f"L{n}",), (f"R{n}",), S.UNCHANGED, 1.0) for n in range(1, 6)
    ]
    assert not any(k.number_changed or k.heading_changed for k in links)


def test_reworded_clause_is_modified() -> None:
    specs = _base()
    specs[2] = (
        "Article 3",
        "Prix",
        PRIX.replace("1 200,00", "1 350,00").replace("trente", "quarante-cinq"),
    )
    links = _by_left(align(_doc("L", _base()), _doc("R", specs)))
    assert links["L3"].right == ("R3",)
    assert links["L3"].status is S.MODIFIED
    assert 0.85 < links["L3"].similarity < 1.0
    assert links["L2"].status is S.UNCHANGED


@pytest.mark.parametrize(
    "reword",
    [
        False,  # moved as is: the body is equal, the place is not
        True,  # moved and reworded
    ],
)
def test_clause_moved_to_the_end(reword: bool) -> None:
    specs = _base()
    moved = specs.pop(1)
    if reword:
        moved = (moved[0], moved[1], moved[2].replace("trente-six", "vingt-quatre"))
    specs.append(moved)
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    by_left = _by_left(links)
    assert by_left["L2"].right == ("R5",)
    assert by_left["L2"].status is S.MOVED
    assert (by_left["L2"].similarity < 1.0) is reword
    assert {by_left[f"L{n}"].status for n in (1, 3, 4, 5)} == {S.UNCHANGED}


def test_clause_split_in_two() -> None:
    first, second = DUREE.split(". ", 1)
    specs = _base()
    specs[1:2] = [("Article 2", "Durée", first + "."), ("Article 3", "Renouvellement", second)]
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    split = _by_left(links)["L2"]
    assert (split.left, split.right, split.status) == (("L2",), ("R2", "R3"), S.SPLIT)
    assert 0.5 < split.similarity < 1.0


def test_clauses_merged_into_one() -> None:
    specs = _base()
    specs[2:4] = [("Article 3", "Prix et support", PRIX + " " + SUPPORT)]
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    merged = _by_left(links)["L3"]
    assert (merged.left, merged.right, merged.status) == (("L3", "L4"), ("R3",), S.MERGED)


def test_inserted_clause() -> None:
    specs = _base()
    specs.insert(
        3,
        (
            "Article 3 bis",
            "Confidentialité",
            (
                "Chaque partie s'engage à garder strictement confidentielles les informations "
                "communiquées par l'autre partie pendant toute la durée du contrat et cinq ans "
                "après."
            ),
        ),
    )
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    assert [(k.left, k.right, k.status) for k in links][3] == ((), ("R4",), S.INSERTED)
    assert links[3].similarity == 0.0


def test_deleted_clause_follows_its_left_predecessor() -> None:
    specs = _base()
    del specs[3]  # Support disappears
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    assert [(k.left, k.right, k.status) for k in links] == [
        (("L1",), ("R1",), S.UNCHANGED),
        (("L2",), ("R2",), S.UNCHANGED),
        (("L3",), ("R3",), S.UNCHANGED),
        (("L4",), (), S.DELETED),
        (("L5",), ("R4",), S.UNCHANGED),
    ]


def test_clause_replaced_among_unchanged_neighbours_is_deleted_and_inserted() -> None:
    # The new article 3 shares "redevance mensuelle hors taxes ... virement bancaire" with the
    # old one (similarity about 0.3, above what a move needs) but says something else; every
    # neighbour is unchanged, so its place vouches for nothing: the chain's level test drops
    # the pair, and the search for moves must not take it back just because it fits in order.
    specs = _base()
    specs[2] = (
        "Article 3",
        "Pénalités",
        "Tout retard de paiement de la redevance mensuelle hors taxes par virement bancaire "
        "porte intérêt au taux légal majoré de trois points, sans mise en demeure préalable.",
    )
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    shown = {(k.left, k.right, k.status) for k in links}
    assert (("L3",), (), S.DELETED) in shown
    assert ((), ("R3",), S.INSERTED) in shown


def test_division_heading_ending_two_bodies_does_not_pair_them() -> None:
    # Where segmentation leaves the heading of the next chapter at the end of an article (the
    # Code civil's "Livre V : Dispositions applicables à Mayotte"), two unrelated articles that
    # both precede it share its rare words; those words open what follows, not the article.
    heading = "\n\nChapitre II : De la confidentialité et de la réversibilité des données hébergées"
    specs = _base()
    specs[1] = (specs[1][0], specs[1][1], DUREE + heading)
    replaced = _base()
    replaced[1] = (
        "Article 2",
        "Recette",
        "Le Client désigne un interlocuteur unique habilité à valider les livrables et à signer "
        "les procès-verbaux de recette." + heading,
    )
    left, right = _doc("L", specs), _doc("R", replaced)
    links = align(left, right)
    shown = {(k.left, k.right, k.status) for k in links}
    assert (("L2",), (), S.DELETED) in shown
    assert ((), ("R2",), S.INSERTED) in shown


def test_renumbering_alone_changes_nothing_but_the_number() -> None:
    specs = [(f"Article {n + 10}", heading, body) for n, (_, heading, body) in enumerate(_base())]
    links = align(_doc("L", _base()), _doc("R", specs))
    assert {k.status for k in links} == {S.UNCHANGED}
    assert all(k.number_changed and not k.heading_changed for k in links)


def test_renamed_heading_with_same_body_is_the_same_clause() -> None:
    specs = _base()
    specs[2] = ("Article 3", "Conditions financières", PRIX)
    links = _by_left(align(_doc("L", _base()), _doc("R", specs)))
    assert links["L3"].right == ("R3",)
    assert links["L3"].status is S.UNCHANGED
    assert links["L3"].heading_changed and not links["L3"].number_changed


def _annex(site: str, city: str, amount: str) -> str:
    return (
        "Le Prestataire assure l'hébergement et la maintenance du site désigné ci-après, "
        "dans les conditions de service définies au présent contrat et selon les niveaux de "
        f"service convenus. Site concerné : {site}, exploité depuis {city}. Redevance "
        f"annuelle : {amount} euros hors taxes."
    )


def test_near_duplicate_boilerplate_keeps_true_counterparts() -> None:
    # Four annexes with the same boilerplate; only the site, city and amount tell them apart.
    sites = [
        ("boutique", "Lyon", "4 800"),
        ("intranet", "Nantes", "2 400"),
        ("extranet", "Lille", "3 600"),
        ("portail", "Rennes", "6 000"),
    ]
    left = _doc("L", [(f"Annexe {n}", "", _annex(*s)) for n, s in enumerate(sites, 1)])
    # Right: the first annex is gone, the others are reordered and each price revised.
    revised = [(s, c, a.replace(" ", " 1")) for s, c, a in sites[1:]]
    order = [2, 0, 1]  # portail, intranet, extranet
    right = _doc("R", [(f"Annexe {k}", "", _annex(*revised[i])) for k, i in enumerate(order, 1)])
    links = align(left, right)
    _check_partition(links, left, right)
    pairs = {(k.left, k.right) for k in links if k.left and k.right}
    assert pairs == {(("L2",), ("R2",)), (("L3",), ("R3",)), (("L4",), ("R1",))}
    assert _by_left(links)["L1"].status is S.DELETED


def test_links_follow_right_reading_order() -> None:
    specs = _base()
    specs.reverse()
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    assert [k.right for k in links] == [(f"R{n}",) for n in range(1, 6)]


def test_options_fold_case_before_the_unchanged_test() -> None:
    specs = _base()
    specs[0] = ("Article 1", "Objet", OBJET.upper())
    strict = _by_left(align(_doc("L", _base()), _doc("R", specs)))
    lenient = _by_left(
        align(_doc("L", _base()), _doc("R", specs), CompareOptions(ignore_case=True))
    )
    assert strict["L1"].status is S.MODIFIED
    assert lenient["L1"].status is S.UNCHANGED


def test_empty_documents() -> None:
    assert align((), ()) == ()
    right = _doc("R", _base()[:2])
    assert [k.status for k in align((), right)] == [S.INSERTED, S.INSERTED]


def test_cancel_through_the_monitor() -> None:
    monitor = Monitor(should_cancel=lambda: True)
    with pytest.raises(Cancelled):
        align(_doc("L", _base()), _doc("R", _base()), monitor=monitor)


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    monitor = Monitor(progress=lambda done, total, _msg: seen.append((done, total)))
    align(_doc("L", _base()), _doc("R", _base()), monitor=monitor)
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)


@pytest.mark.parametrize(
    ("left_body", "right_body"),
    [
        # NBSP before the colon and a typographic apostrophe, against plain ones
        (
            "Montant\u00a0: 1\u202f200 euros dû par l’Acheteur.",
            "Montant : 1 200 euros dû par l'Acheteur.",
        ),
        # « » quotes against straight ones, an en dash against a hyphen
        (
            "Le terme « Site » désigne le site – hors annexes.",
            'Le terme " Site " désigne le site - hors annexes.',
        ),
    ],
)
def test_typography_alone_is_unchanged(left_body: str, right_body: str) -> None:
    left = _doc("L", [("1.", "Prix", left_body)])
    right = _doc("R", [("1.", "Prix", right_body)])
    assert [k.status for k in align(left, right)] == [S.UNCHANGED]


def test_very_long_clause_is_compared_quickly() -> None:
    body = " ".join([DUREE, PRIX, SUPPORT] * 500)  # about 50,000 words, 330,000 characters
    left = _doc("L", [("1.", "", body)])
    right = _doc("R", [("1.", "", body.replace("douze", "six", 250))])
    (link,) = align(left, right)
    assert link.status is S.MODIFIED
    assert 0.95 < link.similarity < 1.0


def test_sentence_moved_into_another_clause_joins_the_two_links() -> None:
    # The renewal sentence of Durée moves to Résiliation, which keeps its own text: both left
    # clauses now survive in Résiliation, so the two links become one (2 left, 2 right).
    term, renewal = DUREE.split(". ", 1)
    specs = _base()
    specs[1] = ("Article 2", "Durée", term + ".")
    specs[4] = ("Article 5", "Résiliation", RESILIATION + " " + renewal)
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    joined = _by_left(links)["L2"]
    assert (joined.left, joined.right, joined.status) == (("L2", "L5"), ("R2", "R5"), S.MERGED)
    assert {_by_left(links)[f"L{n}"].status for n in (1, 3, 4)} == {S.UNCHANGED}


def test_repeated_boilerplate_sentence_ties_nothing() -> None:
    # The same closing sentence ends two clauses on both sides; each clause is reworded, so
    # none is settled by an exact match. The sentence stays in its own clause's counterpart:
    # it is no evidence that the two clauses exchanged content.
    survive = (
        " Les stipulations du présent article survivent à la fin du contrat pour quelque cause"
        " que ce soit pendant une durée de cinq ans."
    )
    specs = _base()
    specs[2] = ("Article 3", "Prix", PRIX + survive)
    specs[3] = ("Article 4", "Support", SUPPORT + survive)
    revised = list(specs)
    revised[2] = ("Article 3", "Prix", PRIX.replace("mensuelle", "trimestrielle") + survive)
    revised[3] = ("Article 4", "Support", SUPPORT.replace("quatre", "six") + survive)
    left, right = _doc("L", specs), _doc("R", revised)
    links = align(left, right)
    assert [(k.left, k.right) for k in links] == [((f"L{n}",), (f"R{n}",)) for n in range(1, 6)]


def test_clause_merged_into_a_piece_of_a_split() -> None:
    # Durée is split in two and Prix is merged into the second piece: three of the four pairs
    # between {Durée, Prix} and {Durée, Renouvellement et prix} are true, so one n:m link (2
    # left, 2 right: MERGED, equal sides) beats leaving Prix deleted.
    term, renewal = DUREE.split(". ", 1)
    specs = _base()
    specs[1:3] = [
        ("Article 2", "Durée", term + "."),
        ("Article 3", "Renouvellement et prix", renewal + " " + PRIX),
    ]
    left, right = _doc("L", _base()), _doc("R", specs)
    links = align(left, right)
    _check_partition(links, left, right)
    joined = _by_left(links)["L2"]
    assert (joined.left, joined.right, joined.status) == (("L2", "L3"), ("R2", "R3"), S.MERGED)
    assert 0.9 < joined.similarity < 1.0
