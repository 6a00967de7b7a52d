"""A clause kept "left" takes its wording from the old version, its number from the new one.

Seen assembling the sample pair with "keep left" on the non-critical incidents clause (4.3 in
v1, 5.3 in v2): the contract read "5.2 Incidents critiques", then "4.3 Incidents non
critiques", then "5.4 Suivi…". The user chose the old words, not the old numbering: in the new
document the clause stands at 5.3, and the Word redline (whose accepted text is the assembled
contract) shows the renumbering as a revision.
"""

from __future__ import annotations

from report_support import sample_comparison

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Pair, Side
from clausediff.gui.resources import sample_paths
from clausediff.report.assemble import BlockKind, assemble
from clausediff.report.redline.pieces import Mark, new_text, old_text, redline_pieces
from clausediff.store.session import Choice, Keep, Session, new_session


def _pair(comparison: Comparison, left_number: str) -> Pair:
    side = comparison.side(Side.LEFT)
    return next(
        pair
        for pair in comparison.pairs
        if pair.right and any(c.number == left_number for c in side.of(pair))
    )


def _keep_left(comparison: Comparison, *numbers: str) -> Session:
    session = new_session(comparison)
    for number in numbers:
        session = session.with_choice(_pair(comparison, number), Choice(Keep.LEFT))
    return session


def test_a_renumbered_heading_kept_left_takes_the_new_number() -> None:
    comparison = sample_comparison()  # "Article 2 – Délais" became "Article 3 – Délais"
    contract = assemble(_keep_left(comparison, "Article 2"), undecided=Keep.RIGHT)
    headings = [b.text for b in contract.blocks if b.kind is BlockKind.HEADING]
    assert headings[:4] == [
        "Article 1 – Objet",
        "Article 2 – Confidentialité",
        "Article 3 – Délais d’intervention",
        "Article 4 – Prix",
    ]
    assert "quatre (4) heures" in contract.text  # the left wording all the same
    assert "cinq (5) jours" not in contract.text


def test_sample_pair_keeps_left_wording_under_the_new_numbers() -> None:
    left, right = sample_paths()
    comparison = compare_files(left, right)
    session = _keep_left(comparison, "4.3", "5.2")  # 4.3 -> 5.3 (heading), 5.2 -> 7.2 (run in)
    text = assemble(session, undecided=Keep.RIGHT).text
    assert "4.3 Incidents non critiques" not in text
    assert "5.3 Incidents non critiques\n\nLe Prestataire prend en charge" in text
    assert "dans un délai de quatre (4) heures" in text
    assert "5.2 Chaque ticket" not in text
    assert "\n7.2 Chaque ticket d’assistance" in text
    assert "110 € HT" in " ".join(text.split())  # no-break spaces as written


def test_the_redline_accepts_to_the_assembled_contract_with_the_number_as_a_revision() -> None:
    comparison = sample_comparison()
    session = _keep_left(comparison, "Article 2")
    for pair in comparison.pairs:
        if pair.changed and session.choice_for(pair) is None:
            session = session.with_choice(pair, Choice(Keep.RIGHT))
    pieces = redline_pieces(comparison, session)
    assert old_text(pieces) == comparison.left.text
    assert new_text(pieces).split() == assemble(session).text.split()
    inserted = [p.text.strip() for p in pieces if p.mark is Mark.INSERT]
    assert "3" in inserted  # "Article 2" -> "Article 3" as a tracked change
    changed = " ".join(p.text for p in pieces if p.mark is not Mark.EQUAL)
    assert "quatre" not in changed  # the kept wording is no revision


def test_a_moved_clause_kept_left_moves_in_the_redline_as_in_the_contract() -> None:
    # Seen: keeping the old wording of the two moved clauses (Sous-traitance 16 -> 4,
    # Confidentialité 9 -> 6), accepting every revision of the Word redline left them where the
    # old version had them, as Article 16 and Article 9, while the assembled contract has them
    # where the new version puts them, as Article 4 and Article 6.
    from clausediff.comparison import PairStatus

    left, right = sample_paths()
    comparison = compare_files(left, right)
    session = new_session(comparison)
    for pair in comparison.pairs:
        if pair.changed:
            moved = pair.status is PairStatus.MOVED
            session = session.with_choice(pair, Choice(Keep.LEFT if moved else Keep.RIGHT))
    pieces = redline_pieces(comparison, session)
    assert old_text(pieces) == comparison.left.text
    contract = assemble(session).text
    assert new_text(pieces).split() == contract.split()
    assert "Article 6 – Confidentialité" in contract
    assert "sans l’accord préalable et écrit du Client" in contract  # the old wording of 4
    moved_to = " ".join(p.text for p in pieces if p.mark is Mark.MOVE_TO)
    assert "Article 6 – Confidentialité" in moved_to
