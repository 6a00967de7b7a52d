"""``bench/align_misses.py``: which deletion and insertion errors are the gold's.

A mechanical gold pairs article 2 with article 2 (same number, rewritten) and deletes article 3,
whose words the new article 2 took over; the aligner pairs old 3 with new 2. The study says the
deleted text survives in its partner and the gold pair shares little: both are the gold's.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import align_misses
from moved_article_gold import write_moved_article_pair


@pytest.mark.parametrize(
    ("text", "other", "expected"),
    [
        ("le juge statue", "le juge statue sans délai", 1.0),  # all of it, in order
        ("le juge statue sans délai", "le juge statue", 0.6),  # 3 of its 5 words
        ("Le Juge", "le juge", 1.0),  # case does not count
        ("statue le juge", "le juge statue", 2 / 3),  # order counts
        ("", "le juge", 0.0),
    ],
)
def test_kept_is_the_share_of_words_found_in_order(text: str, other: str, expected: float) -> None:
    assert align_misses.kept(text, other) == pytest.approx(expected)


def test_misses_of_a_mechanical_gold_name_the_gold_weakness(tmp_path: Path) -> None:
    lines = list(align_misses.misses(write_moved_article_pair(tmp_path, mechanical=True)))
    assert len(lines) == 2
    assert "gold deleted, paired" in lines[0] and "L3" in lines[0] and "R2" in lines[0]
    assert "kept 1.00" in lines[0] and lines[0].endswith("[text survives there]")
    assert "deleted, gold pairs" in lines[1] and "L2" in lines[1]
    assert lines[1].endswith("[gold pair disputable]")
    assert align_misses.tally(lines) == {"text survives there": 1, "gold pair disputable": 1}


def test_misses_of_a_hand_gold_give_figures_without_a_verdict(tmp_path: Path) -> None:
    lines = list(align_misses.misses(write_moved_article_pair(tmp_path, mechanical=False)))
    assert align_misses.tally(lines) == {"hand gold": 2}
    assert "kept 1.00" in lines[0]
