"""Score clause segmentation on the shared corpus (issue 2 acceptance).

For every pair folder in the corpus, both texts are read as plain-text documents and segmented
with :func:`clausediff.segment.segment`. Each gold ``key`` is located in the text (exactly, else in
whitespace-collapsed text, as ``corpus/README.md`` says); it is a hit when its start offset is the
start of a predicted clause. Printed per document: gold keys, hits, hit rate, predicted clause
count and its ratio to the gold count; then the totals. Acceptance: hit rate >= 0.95 over the
corpus and ratio <= 1.5 for every document.

Usage: ``python bench/score_segmentation.py [--corpus DIR] [--misses] [--heldout]``
(``--heldout`` then scores ``bench/data/heldout/pairs`` the same way). Always exits 0; the
functions are reused by ``tests/test_segment_corpus.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.document import Document, Format  # noqa: E402
from clausediff.segment import segment  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
HELDOUT = ROOT / "bench" / "data" / "heldout" / "pairs"
HIT_RATE_TARGET = 0.95
RATIO_CAP = 1.5
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DocScore:
    """Segmentation figures of one document."""

    name: str
    keys: int
    hits: int
    predicted: int
    misses: tuple[str, ...]

    @property
    def hit_rate(self) -> float:
        """Share of gold keys that start a predicted clause."""
        return self.hits / self.keys if self.keys else 1.0

    @property
    def ratio(self) -> float:
        """Predicted clause count over gold clause count."""
        return self.predicted / self.keys if self.keys else 0.0


def make_document(text: str, language: str) -> Document:
    """A plain-text Document in the given language (the readers' helper, when present).

    The readers' ``document_from_text`` folds newlines and detects the language; the corpus
    texts already have Unix newlines, and the language is known from the folder name, so it is
    set explicitly either way.
    """
    try:
        from clausediff.readers.text import document_from_text
    except ImportError:
        return Document(text=text, format=Format.TXT, language=language)
    document = document_from_text(text)
    return replace(document, language=language, format=Format.TXT)


def locate(text: str, key: str) -> int:
    """Start offset of a gold key: exact match, else in whitespace-collapsed text."""
    found = text.find(key)
    if found >= 0:
        return found
    collapsed_key = _SPACE.sub(" ", key).strip()
    # map collapsed offsets back to the text
    pieces: list[str] = []
    origin: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            previous_space = True
            pieces.append(" ")
        else:
            previous_space = False
            pieces.append(char)
        origin.append(index)
    found = "".join(pieces).find(collapsed_key)
    if found < 0:
        raise ValueError(f"gold key not found: {key[:40]!r}")
    return origin[found]


def score_text(name: str, text: str, language: str, keys: list[str]) -> DocScore:
    """Score one document against its gold keys."""
    document = make_document(text, language)
    clauses = segment(document)
    starts = {clause.start for clause in clauses}
    misses = tuple(key for key in keys if locate(document.text, key) not in starts)
    return DocScore(name, len(keys), len(keys) - len(misses), len(clauses), misses)


def score_corpus(corpus: Path = CORPUS) -> list[DocScore]:
    """Scores of every left/right text of every pair in the corpus."""
    scores: list[DocScore] = []
    for folder in sorted(path for path in corpus.iterdir() if path.is_dir()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        language = "fr" if folder.name.endswith("-fr") else "en"
        for side in ("left", "right"):
            text = (folder / f"{side}.txt").read_text(encoding="utf-8")
            keys = [entry["key"] for entry in gold[side]]
            scores.append(score_text(f"{folder.name}/{side}", text, language, keys))
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print per-document and total figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", action="store_true", help="print the missed gold keys")
    parser.add_argument(
        "--heldout", action="store_true", help=f"then score the held-out pairs too ({HELDOUT})"
    )
    args = parser.parse_args(argv)
    _report(score_corpus(args.corpus), args.misses)
    if args.heldout:
        print()
        _report(score_corpus(HELDOUT), args.misses)
    return 0


def _report(scores: list[DocScore], misses: bool) -> None:
    """Print one corpus's table, its total and the acceptance verdict."""
    print(f"{'document':58} {'keys':>5} {'hits':>5} {'rate':>6} {'pred':>5} {'ratio':>6}")
    for score in scores:
        flag = "" if score.ratio <= RATIO_CAP else "  ratio over cap"
        print(
            f"{score.name:58} {score.keys:5d} {score.hits:5d} {score.hit_rate:6.1%} "
            f"{score.predicted:5d} {score.ratio:6.2f}{flag}"
        )
        if misses:
            for key in score.misses:
                print(f"    missed: {key[:60]!r}")
    keys = sum(score.keys for score in scores)
    hits = sum(score.hits for score in scores)
    predicted = sum(score.predicted for score in scores)
    worst = max((score.ratio for score in scores), default=0.0)
    rate = hits / keys if keys else 1.0
    print(f"{'TOTAL':58} {keys:5d} {hits:5d} {rate:6.1%} {predicted:5d} {predicted / keys:6.2f}")
    verdict = "meets" if rate >= HIT_RATE_TARGET and worst <= RATIO_CAP else "misses"
    print(
        f"acceptance: hit rate {rate:.1%} (target >= {HIT_RATE_TARGET:.0%}), worst ratio "
        f"{worst:.2f} (cap {RATIO_CAP}) -> {verdict} the target"
    )


if __name__ == "__main__":
    sys.exit(main())
