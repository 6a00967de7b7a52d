"""The tooltip of a part of a merged pair says how much of it was kept and where it went."""

from __future__ import annotations

from pathlib import Path

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus, Side
from clausediff.gui.compare_tips import describe_position
from clausediff.gui.spans import ComparisonIndex

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_a_merged_part_tells_where_it_went(qapp: object) -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    pair = next(p for p in comparison.pairs if p.status is PairStatus.MERGED)
    index = ComparisonIndex(comparison)
    shown = index.side_text(pair, Side.LEFT).text
    second = comparison.side(Side.LEFT).by_id[pair.left[1]]
    position = shown.index(comparison.left.text[second.body_start : second.body_start + 20])
    lines = describe_position(index, pair, Side.LEFT, position, "en")
    target = comparison.side(Side.RIGHT).by_id[pair.right[0]]
    assert f"Part 2 of {len(pair.left)}" in lines[0]
    assert "% kept, in " in lines[0] and (target.label or target.text[:40]) in lines[0]
