"""Decisions follow their clauses when the contracts change and the user compares again (F5).

The bug this guards against: decisions were kept under clause ids, which are positions; when both
contracts gained a clause, "keep left" and a custom text moved to the neighbouring clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Pair, Side
from clausediff.store.reattach import carry_over
from clausediff.store.session import (
    Choice,
    Keep,
    LinkAction,
    ManualLink,
    Session,
    new_session,
    pair_key,
)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
NEW_ARTICLE = (
    "Article 2 bis – Interlocuteurs\n\n"
    "Chaque partie désigne un interlocuteur unique chargé du suivi du présent contrat.\n\n"
)


def _labels(comparison: Comparison, pair: Pair) -> tuple[str, str]:
    left = " / ".join(c.label for c in comparison.side(Side.LEFT).of(pair))
    right = " / ".join(c.label for c in comparison.side(Side.RIGHT).of(pair))
    return left, right


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def decided(tmp_path: Path) -> tuple[Session, dict[tuple[str, str], Choice], Path, Path]:
    """A session on the samples with three decisions on modified clauses of Articles 3 to 6."""
    left = _write(tmp_path, "v1.txt", (SAMPLES / "contrat-services-v1.txt").read_text("utf-8"))
    right = _write(tmp_path, "v2.txt", (SAMPLES / "contrat-services-v2.txt").read_text("utf-8"))
    comparison = compare_files(left, right)
    session = new_session(comparison)
    modified = [p for p in comparison.pairs if p.left and p.right and p.changed][3:6]
    choices = [
        Choice(Keep.LEFT),
        Choice(Keep.CUSTOM, custom_text="Texte négocié.", note="validé"),
        Choice(None, note="à revoir"),
    ]
    expected = {}
    for pair, choice in zip(modified, choices, strict=True):
        session = session.with_choice(pair, choice)
        expected[_labels(comparison, pair)] = choice
    return session, expected, left, right


def _insert_article(path: Path) -> None:
    text = path.read_text("utf-8")
    anchor = text.index("Article 3 – Description des prestations")
    path.write_text(text[:anchor] + NEW_ARTICLE + text[anchor:], encoding="utf-8")


def test_decisions_follow_their_clauses_when_both_contracts_gain_one(
    decided: tuple[Session, dict[tuple[str, str], Choice], Path, Path],
) -> None:
    session, expected, left, right = decided
    _insert_article(left)
    _insert_article(right)
    recompared = compare_files(left, right)
    # The old keys now name other clauses: keeping them would move the decisions.
    old_keys = set(session.choices)
    moved = [p for p in recompared.pairs if pair_key(p) in old_keys]
    assert any(_labels(recompared, p) not in expected for p in moved)

    result = carry_over(session, recompared)
    assert result.unattached == ()
    found = {
        _labels(recompared, p): result.session.choice_for(p)
        for p in recompared.pairs
        if result.session.choice_for(p) is not None
    }
    assert found == expected


def test_a_decision_on_an_edited_clause_is_listed_not_guessed(
    decided: tuple[Session, dict[tuple[str, str], Choice], Path, Path],
) -> None:
    session, expected, left, right = decided
    (first_labels, choice), *_ = expected.items()
    pair = next(
        p for p in session.comparison.pairs if _labels(session.comparison, p) == first_labels
    )
    clause = session.comparison.side(Side.RIGHT).of(pair)[0]
    text = right.read_text("utf-8")
    right.write_text(text.replace(clause.text, clause.text + " Ajout.", 1), encoding="utf-8")
    result = carry_over(session, compare_files(left, right))
    assert [u.choice for u in result.unattached] == [choice]
    assert result.unattached[0].label == (first_labels[0] or first_labels[1]).split(" / ")[0]
    assert len(result.session.choices) == len(expected) - 1


def test_manual_links_follow_their_clauses(
    decided: tuple[Session, dict[tuple[str, str], Choice], Path, Path],
) -> None:
    session, _, left, right = decided
    old = session.comparison
    first_left, first_right = old.left_clauses[-1], old.right_clauses[-1]
    link = ManualLink(LinkAction.LINK, (first_left.id,), (first_right.id,))
    session = Session(comparison=old, links=(link, ManualLink(LinkAction.LINK, ("c999",), ())))
    _insert_article(left)
    _insert_article(right)
    recompared = compare_files(left, right)
    result = carry_over(session, recompared)
    assert result.dropped_links == 1
    (carried,) = result.session.links
    new_left = recompared.side(Side.LEFT).by_id[carried.left[0]]
    new_right = recompared.side(Side.RIGHT).by_id[carried.right[0]]
    assert (new_left.text, new_right.text) == (first_left.text, first_right.text)
    assert carried.left != link.left  # the ids changed; the clauses did not
