"""``bench/align_misses.py``: which deletion and insertion errors are the gold's.

A mechanical gold pairs article 2 with article 2 (same number, rewritten) and deletes article 3,
whose words the new article 2 took over; the aligner pairs old 3 with new 2. The study says the
deleted text survives in its partner and the gold pair shares little: both are the gold's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import align_misses


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


def _pair(tmp_path: Path, mechanical: bool) -> Path:
    first = (
        "Le présent code est applicable à Mayotte dans les conditions définies au présent livre."
    )
    old_two = (
        "Les dispositions du présent chapitre ne sont pas applicables aux fiducies constituées à "
        "titre de garantie par les personnes morales."
    )
    moved = (
        "Lorsqu'il rejette définitivement la demande en divorce, le juge peut statuer sur la "
        "contribution aux charges du mariage, la résidence de la famille et les modalités de "
        "l'exercice de l'autorité parentale."
    )
    left = f"Article 1\n{first}\n\nArticle 2\n{old_two}\n\nArticle 3\n{moved}\n"
    right = f"Article 1\n{first}\n\nArticle 2\n{moved}\n"
    (tmp_path / "left.txt").write_text(left, encoding="utf-8")
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    keys = {"L": left.split("\n\n"), "R": right.split("\n\n")}
    gold = {
        "left": [{"id": f"L{k}", "key": text[:20]} for k, text in enumerate(keys["L"], 1)],
        "right": [{"id": f"R{k}", "key": text[:20]} for k, text in enumerate(keys["R"], 1)],
        "pairs": [["L1", "R1"], ["L2", "R2"]],
        "deleted": ["L3"],
        "inserted": [],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    if mechanical:
        (tmp_path / "gold_provenance.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_misses_of_a_mechanical_gold_name_the_gold_weakness(tmp_path: Path) -> None:
    lines = list(align_misses.misses(_pair(tmp_path, mechanical=True)))
    assert len(lines) == 2
    assert "gold deleted, paired" in lines[0] and "L3" in lines[0] and "R2" in lines[0]
    assert "kept 1.00" in lines[0] and lines[0].endswith("[text survives there]")
    assert "deleted, gold pairs" in lines[1] and "L2" in lines[1]
    assert lines[1].endswith("[gold pair disputable]")
    assert align_misses.tally(lines) == {"text survives there": 1, "gold pair disputable": 1}


def test_misses_of_a_hand_gold_give_figures_without_a_verdict(tmp_path: Path) -> None:
    lines = list(align_misses.misses(_pair(tmp_path, mechanical=False)))
    assert align_misses.tally(lines) == {"hand gold": 2}
    assert "kept 1.00" in lines[0]
