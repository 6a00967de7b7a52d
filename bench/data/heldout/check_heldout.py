"""Self-check of the held-out material (no dependency on the product).

Run ``python3 bench/data/heldout/check_heldout.py``. It checks ``terms.jsonl`` (offsets, labels,
no overlaps) and every ``pairs/*/gold.json`` (keys of 40-80 characters, unique exactly and after
whitespace collapsing, in document order, every clause paired or deleted/inserted).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"obligation", "deadline", "amount"}


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def check_terms(path: Path) -> tuple[Counter[str], Counter[str]]:
    """Paragraphs per language and spans per language/label; asserts the file is well formed."""
    ids: set[str] = set()
    paragraphs: Counter[str] = Counter()
    spans_per_cell: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        record: dict[str, Any] = json.loads(line)
        assert list(record) == ["id", "lang", "source", "text", "spans"], record["id"]
        assert record["id"] not in ids, record["id"]
        ids.add(record["id"])
        paragraphs[record["lang"]] += 1
        spans = sorted(record["spans"], key=lambda span: span["start"])
        for span in spans:
            assert span["label"] in LABELS
            assert record["text"][span["start"] : span["end"]] == span["text"], record["id"]
            spans_per_cell[f"{record['lang']}/{span['label']}"] += 1
        for before, after in pairwise(spans):
            assert before["end"] <= after["start"], (record["id"], before, after)
    return paragraphs, spans_per_cell


def check_pair(folder: Path) -> str:
    """A one-line summary of a pair; asserts its gold file follows the corpus rules."""
    gold: dict[str, Any] = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    sizes = {}
    for side in ("left", "right"):
        text = (folder / f"{side}.txt").read_text(encoding="utf-8")
        last = -1
        for clause in gold[side]:
            key = clause["key"]
            assert 40 <= len(key) <= 80, (folder.name, clause)
            assert text.count(key) == 1, (folder.name, clause)
            assert _collapse(text).count(_collapse(key)) == 1, (folder.name, clause)
            position = text.find(key)
            assert position > last, (folder.name, "order", clause)
            last = position
        sizes[side] = f"{len(gold[side])} clauses/{len(text.split())} words"
    left_ids = {clause["id"] for clause in gold["left"]}
    right_ids = {clause["id"] for clause in gold["right"]}
    paired_left = {left for left, _ in gold["pairs"]}
    paired_right = {right for _, right in gold["pairs"]}
    assert paired_left | set(gold["deleted"]) == left_ids
    assert paired_right | set(gold["inserted"]) == right_ids
    assert not paired_left & set(gold["deleted"])
    assert not paired_right & set(gold["inserted"])
    return (
        f"{folder.name}: left {sizes['left']}, right {sizes['right']}, pairs "
        f"{len(gold['pairs'])}, deleted {len(gold['deleted'])}, inserted {len(gold['inserted'])}"
    )


def main() -> None:
    """Check everything and print what is there."""
    paragraphs, cells = check_terms(HERE / "terms.jsonl")
    print("terms:", dict(paragraphs), dict(sorted(cells.items())))
    for folder in sorted((HERE / "pairs").iterdir()):
        print(check_pair(folder))
    print("OK")


if __name__ == "__main__":
    main()
