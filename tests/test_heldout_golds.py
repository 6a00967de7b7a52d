"""Every held-out gold keeps the corpus rules (``../shared/corpus/README.md``), on its real texts.

A gold whose key occurs twice, or only once exactly but twice whitespace-collapsed, anchors its
clause wherever the scorer happens to look first; a clause neither paired nor deleted/inserted,
or both, is scored by accident. These checks read the golds and the texts only: no ClauseDiff
run, so a set kept unseen stays unseen. Mechanical golds (a ``gold_provenance.json`` beside
them, thousands of articles) are left to their own build scripts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPACE = re.compile(r"\s+")
HAND_GOLDS = sorted(
    path.parent
    for path in (ROOT / "bench" / "data").glob("heldout*/pairs/*/gold.json")
    if not (path.parent / "gold_provenance.json").exists()
)


def _collapsed(text: str) -> str:
    return _SPACE.sub(" ", text)


def _load(pair_dir: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((pair_dir / "gold.json").read_text(encoding="utf-8"))
    return gold


@pytest.mark.parametrize("pair_dir", HAND_GOLDS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_keys_occur_once_in_order(pair_dir: Path) -> None:
    gold = _load(pair_dir)
    for side, prefix in (("left", "L"), ("right", "R")):
        text = (pair_dir / f"{side}.txt").read_text(encoding="utf-8")
        collapsed = _collapsed(text)
        clauses = gold[side]
        assert [c["id"] for c in clauses] == [f"{prefix}{i}" for i in range(1, len(clauses) + 1)]
        starts = []
        for clause in clauses:
            key = clause["key"]
            assert text.count(key) == 1, (clause["id"], key)
            assert collapsed.count(_collapsed(key)) == 1, (clause["id"], key)
            starts.append(text.index(key))
        assert starts == sorted(starts), f"{side} keys out of document order"


@pytest.mark.parametrize("pair_dir", HAND_GOLDS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_clause_paired_or_deleted_or_inserted_never_both(pair_dir: Path) -> None:
    gold = _load(pair_dir)
    left = {c["id"] for c in gold["left"]}
    right = {c["id"] for c in gold["right"]}
    pairs = [tuple(p) for p in gold["pairs"]]
    assert len(set(pairs)) == len(pairs), "a pair listed twice"
    assert all(a in left and b in right for a, b in pairs)
    paired_left = {a for a, _ in pairs}
    paired_right = {b for _, b in pairs}
    deleted, inserted = set(gold["deleted"]), set(gold["inserted"])
    assert not paired_left & deleted and not paired_right & inserted
    assert paired_left | deleted == left
    assert paired_right | inserted == right
