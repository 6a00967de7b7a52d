"""Splits and merges diffed part by part (:mod:`clausediff.worddiff.parts`), on real text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Op, Pair, PairStatus, Side
from clausediff.marks import pair_marks
from clausediff.options import CompareOptions
from clausediff.worddiff.parts import diff_parts, part_links

ROOT = Path(__file__).resolve().parent.parent
# Licence Ouverte 1.0 -> 2.0: five definitions, each a clause under its own heading, became one
# article listing seven definitions in another order (the held-out pair's gold says so).
LICENCE = (
    ROOT / "bench" / "data" / "heldout" / "pairs" / "licence-ouverte-1.0-fr__licence-ouverte-2.0-fr"
)
AGREEMENT = ROOT / "resources" / "samples" / "service-agreement-v1.txt"
# The two sentences of Section 8 of the English sample.
EXCLUSION = (
    "Neither Party is liable to the other for any indirect, incidental or consequential damages,"
    " including lost profits, arising out of this Agreement."
)
CAP = (
    "Except for breaches of confidentiality and Customer’s payment obligations, each Party’s total"
    " liability under this Agreement shall not exceed the fees paid by Customer in the twelve (12)"
    " months preceding the event giving rise to the claim."
)


def marked_words(comparison: Comparison, pair: Pair, side: Side, clause_id: str) -> list[str]:
    """The words the views mark in one clause of a pair (the runs every view shows)."""
    words: list[str] = []
    for block in pair_marks(comparison, pair, side):
        if block.clause.id == clause_id:
            words.extend(
                w for run in block.runs if run.op is not Op.EQUAL for w in run.text.split()
            )
    return words


def check_tiling(comparison: Comparison, pair: Pair) -> None:
    """Every character of each side's bodies lies in exactly one op; the parts read in order."""
    for side in Side:
        bodies = sorted((c.body_start, c.body_end) for c in comparison.side(side).of(pair))
        covered = sorted(
            op.span(side)
            for op in pair.diff
            if op.op is not side.other.marked and op.span(side)[1] > op.span(side)[0]
        )
        assert sum(e - s for s, e in covered) == sum(e - s for s, e in bodies)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(covered))  # no overlap
        assert all(any(s <= lo and hi <= e for s, e in bodies) for lo, hi in covered)
    parts_side = Side.LEFT if len(pair.left) >= len(pair.right) else Side.RIGHT
    starts = [op.span(parts_side)[0] for op in pair.diff]
    assert starts == sorted(starts)


def test_a_definition_merged_with_four_others_shows_its_few_changes() -> None:
    comparison = compare_files(LICENCE / "left.txt", LICENCE / "right.txt")
    pair = next(p for p in comparison.pairs if p.status is PairStatus.MERGED and len(p.left) == 5)
    check_tiling(comparison, pair)
    links = {link.clause.heading: link for link in part_links(comparison, pair)}
    kept = next(link for heading, link in links.items() if "propriété intellectuelle" in heading)
    # "Il s'agit des droits identifiés comme tels par le Code de la propriété intellectuelle
    # (…droit sui generis des bases de données)" -> "tous droits identifiés comme tels par le
    # Code … droit sui generis des producteurs de bases de données)", sixth of seven on the right:
    # diffed against the whole article in order it was 6 % kept and all struck through.
    assert kept.similarity > 0.75
    region = comparison.right.text[kept.other_start : kept.other_end]
    assert region.startswith("droits identifiés comme tels par le Code de la propriété")
    assert region.endswith("bases de données).")
    struck = marked_words(comparison, pair, Side.LEFT, kept.clause.id)
    assert len(struck) <= 6, struck
    assert "propriété" not in struck and "bases" not in struck
    # The pair as a whole keeps what its parts keep (it showed 6 %).
    assert pair.similarity > 0.3


def test_a_split_whose_parts_were_reordered_marks_only_the_changed_words(tmp_path: Path) -> None:
    source = AGREEMENT.read_text(encoding="utf-8")
    assert f"{EXCLUSION} {CAP}" in source
    # Section 8 split in two sub-clauses, the cap first, and the cap raised.
    raised = CAP.replace("twelve (12)", "twenty-four (24)")
    right = tmp_path / "right.txt"
    right.write_text(
        source.replace(f"{EXCLUSION} {CAP}", f"8.1 {raised}\n\n8.2 {EXCLUSION}"), encoding="utf-8"
    )
    comparison = compare_files(AGREEMENT, right)
    pair = next(p for p in comparison.pairs if p.status is PairStatus.SPLIT)
    check_tiling(comparison, pair)
    assert marked_words(comparison, pair, Side.LEFT, pair.left[0]) == ["twelve", "12"]
    assert marked_words(comparison, pair, Side.RIGHT, pair.right[0]) == ["twenty-four", "24"]
    assert marked_words(comparison, pair, Side.RIGHT, pair.right[1]) == []
    first, second = part_links(comparison, pair)
    assert comparison.left.text[first.other_start : first.other_end] == CAP
    assert comparison.left.text[second.other_start : second.other_end] == EXCLUSION
    assert second.similarity == 1.0 and 0.9 < first.similarity < 1.0
    # The deadline change is found in the part it is in.
    [change] = pair.term_changes
    assert (change.left and change.left.text, change.right and change.right.text) == (
        "twelve (12) months",
        "twenty-four (24) months",
    )


def test_a_part_that_went_nowhere_reads_deleted() -> None:
    kept = "Le prix est payé à trente jours fin de mois par virement bancaire."
    dropped = "Tout retard entraîne une pénalité de trois fois le taux légal."
    left = f"{kept}\n\n{dropped}"
    right = f"Les parties se rencontrent chaque trimestre. {kept}"
    spans = [(0, len(kept)), (len(kept) + 2, len(left))]
    result = diff_parts(left, spans, right, [(0, len(right))], CompareOptions())
    assert result.by_part
    first, second = result.parts
    assert right[first.region[0][0] : first.region[-1][1]].strip() == right.strip()
    assert second.region == () and second.diff.similarity == 0.0
    deleted = [op.text for op in result.word_diff.ops if op.op is Op.DELETE]
    assert deleted == [dropped]


@pytest.mark.parametrize(
    "pair_dir", sorted(p for p in (ROOT / "bench" / "data").glob("heldout*/pairs/*") if p.is_dir())
)
def test_every_split_and_merge_of_the_held_out_pairs_tiles_both_sides(pair_dir: Path) -> None:
    comparison = compare_files(pair_dir / "left.txt", pair_dir / "right.txt")
    for pair in comparison.pairs:
        if len(pair.left) > 1 or len(pair.right) > 1:
            check_tiling(comparison, pair)
            assert len(part_links(comparison, pair)) == max(len(pair.left), len(pair.right))
