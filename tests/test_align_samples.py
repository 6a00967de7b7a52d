"""Alignment of the bundled sample pairs against their answer key (resources/samples/README.md).

Each case names clauses by a heading fragment and states the link the answer key expects,
including its deliberate hard cases: the same slot and number for a different clause, a merge
next to an insertion, a moved-and-modified clause, and heading-only renames. The samples go
through the product's segmentation, so these tests also guard the seam between the two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.align import Link, align
from clausediff.clause import Clause
from clausediff.comparison import PairStatus
from clausediff.document import Document, Format
from clausediff.segment import segment

S = PairStatus
SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _clauses(name: str, language: str) -> tuple[Clause, ...]:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    return segment(Document(text=text, format=Format.TXT, language=language))


def _aligned(
    pair: str, language: str
) -> tuple[dict[str, Clause], dict[str, Clause], tuple[Link, ...]]:
    left = _clauses(f"{pair}-v1.txt", language)
    right = _clauses(f"{pair}-v2.txt", language)
    return {c.id: c for c in left}, {c.id: c for c in right}, align(left, right)


def _headings(ids: tuple[str, ...], clauses: dict[str, Clause]) -> list[str]:
    return [clauses[i].heading for i in ids]


def _find(
    links: tuple[Link, ...], left: dict[str, Clause], right: dict[str, Clause], fragment: str
) -> Link:
    """The link holding the clause whose heading contains ``fragment`` (on either side)."""
    for link in links:
        if any(fragment in h for h in _headings(link.left, left) + _headings(link.right, right)):
            return link
    raise AssertionError(f"no clause headed {fragment!r}")


FRENCH = [
    # (heading fragment, status, left headings, right headings)
    ("Non-sollicitation", S.DELETED, 1, 0),  # same slot and number as Réversibilité: not a pair
    ("Réversibilité", S.INSERTED, 0, 1),
    ("Sous-traitance", S.MOVED, 1, 1),  # 16 -> 4, first paragraph rewritten
    ("Confidentialité", S.MOVED, 1, 1),  # 9 -> 6, body identical
    ("Plafond de responsabilité", S.SPLIT, 1, 2),  # 11 -> 12 + 13
    ("Renouvellement", S.MERGED, 2, 1),  # 13 + 14 -> 15
    ("Données personnelles", S.UNCHANGED, 1, 1),  # heading renamed only
    ("Obligations du Client", S.UNCHANGED, 1, 1),  # renumbered only (7 -> 9)
]

ENGLISH = [
    ("Termination", S.MERGED, 2, 1),  # Term + Termination -> Term and Termination
    ("Data Return", S.INSERTED, 0, 1),  # right after the merge: not part of it
    ("Publicity", S.DELETED, 1, 0),
    ("Confidentiality", S.MOVED, 1, 1),  # 5 -> 3, body identical
    ("Governing Law", S.UNCHANGED, 1, 1),  # heading renamed only
]


@pytest.mark.parametrize(
    ("pair", "language", "cases"),
    [("contrat-services", "fr", FRENCH), ("service-agreement", "en", ENGLISH)],
)
def test_answer_key(
    pair: str, language: str, cases: list[tuple[str, PairStatus, int, int]]
) -> None:
    left, right, links = _aligned(pair, language)
    for fragment, status, n_left, n_right in cases:
        link = _find(links, left, right, fragment)
        assert (link.status, len(link.left), len(link.right)) == (status, n_left, n_right), fragment


@pytest.mark.parametrize(
    ("pair", "language", "moved"),
    [
        ("contrat-services", "fr", 2),  # only Sous-traitance and Confidentialité are out of order
        ("service-agreement", "en", 1),  # only Confidentiality
    ],
)
def test_nothing_else_moves_splits_or_merges(pair: str, language: str, moved: int) -> None:
    _, _, links = _aligned(pair, language)
    statuses = [link.status for link in links]
    assert statuses.count(S.MOVED) == moved
    assert statuses.count(S.SPLIT) + statuses.count(S.MERGED) == (2 if language == "fr" else 1)


def test_moved_and_modified_keeps_its_similarity() -> None:
    left, right, links = _aligned("contrat-services", "fr")
    moved = _find(links, left, right, "Sous-traitance")
    assert 0.5 < moved.similarity < 1.0
    assert moved.number_changed and not moved.heading_changed
    assert _find(links, left, right, "Confidentialité").similarity == 1.0


def test_renamed_heading_is_reported() -> None:
    left, right, links = _aligned("contrat-services", "fr")
    renamed = _find(links, left, right, "Données personnelles")
    assert renamed.heading_changed and renamed.number_changed
