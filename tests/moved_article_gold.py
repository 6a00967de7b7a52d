"""A three-article pair whose mechanical gold is wrong the way the Code civil's can be, for the
alignment bench's tests (score_alignment's adjudication, align_misses' study).

The gold pairs article 2 with article 2 (same number, rewritten in place) and deletes article 3,
whose words the new article 2 took over; the aligner pairs old 3 with new 2 and deletes old 2.
"""

from __future__ import annotations

import json
from pathlib import Path

FIRST = "Le présent code est applicable à Mayotte dans les conditions définies au présent livre."
OLD_TWO = (
    "Les dispositions du présent chapitre ne sont pas applicables aux fiducies constituées à "
    "titre de garantie par les personnes morales."
)
MOVED = (
    "Lorsqu'il rejette définitivement la demande en divorce, le juge peut statuer sur la "
    "contribution aux charges du mariage, la résidence de la famille et les modalités de "
    "l'exercice de l'autorité parentale."
)


def write_moved_article_pair(folder: Path, *, mechanical: bool = True) -> Path:
    """``left.txt``, ``right.txt`` and ``gold.json`` in ``folder`` (and an empty
    ``gold_provenance.json`` when ``mechanical``, which marks a gold as mechanical); returns
    ``folder``."""
    left = f"Article 1\n{FIRST}\n\nArticle 2\n{OLD_TWO}\n\nArticle 3\n{MOVED}\n"
    right = f"Article 1\n{FIRST}\n\nArticle 2\n{MOVED}\n"
    (folder / "left.txt").write_text(left, encoding="utf-8")
    (folder / "right.txt").write_text(right, encoding="utf-8")
    keys = {"L": left.split("\n\n"), "R": right.split("\n\n")}
    gold = {
        "left": [{"id": f"L{k}", "key": text[:20]} for k, text in enumerate(keys["L"], 1)],
        "right": [{"id": f"R{k}", "key": text[:20]} for k, text in enumerate(keys["R"], 1)],
        "pairs": [["L1", "R1"], ["L2", "R2"]],
        "deleted": ["L3"],
        "inserted": [],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    if mechanical:
        (folder / "gold_provenance.json").write_text("{}", encoding="utf-8")
    return folder
