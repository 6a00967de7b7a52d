"""How many words the word diff marks on real clause pairs, against the fewest possible.

Compares real document pairs end to end (``../shared/corpus``, ``../shared/corpus-large``, the
held-out pairs in ``bench/data/heldout*/pairs`` and the bundled sample contracts), and for every
pair of clauses with both sides counts the tokens (words, numbers and punctuation marks, which
are tokens of their own; spaces do not count) that the word diff marks as deleted or inserted.
The reference is the minimum: the tokens outside a longest common subsequence of the two sides'
tokens, compared in the same folded form as the diff compares them. Prints both totals and the
extra share, overall and per source; a diff that marks only what changed scores 0 %.
Deterministic.

Usage: .venv/bin/python bench/score_worddiff.py [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Op, Side
from clausediff.options import CompareOptions
from clausediff.text.normalize import fold
from clausediff.text.tokenize import scan

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "resources" / "samples"


def sources(corpora: Sequence[Path]) -> list[tuple[str, Path, Path]]:
    """(name, left file, right file) of every pair: corpus folders, then the samples."""
    found: list[tuple[str, Path, Path]] = []
    for corpus in corpora:
        for folder in sorted(p for p in corpus.glob("*") if (p / "left.txt").is_file()):
            found.append(
                (f"{corpus.name}/{folder.name}", folder / "left.txt", folder / "right.txt")
            )
    for stem in ("contrat-services", "service-agreement"):
        found.append((f"samples/{stem}", SAMPLES / f"{stem}-v1.txt", SAMPLES / f"{stem}-v2.txt"))
    return found


def keys(text: str, spans: Iterable[tuple[int, int]], options: CompareOptions) -> list[str]:
    """The folded tokens of ``spans`` of ``text`` that count (no spaces, nothing folded away)."""
    out: list[str] = []
    for start, end in spans:
        for piece in scan(text[start:end]):
            key = fold(piece, options)
            if key and not key.isspace():
                out.append(key)
    return out


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of a longest common subsequence (bit-parallel, Allison-Dix / Hyyrö)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for position, key in enumerate(b):
        masks[key] = masks.get(key, 0) | (1 << position)
    full = (1 << len(b)) - 1
    row = full
    for key in a:
        match = row & masks.get(key, 0)
        row = ((row + match) | (row - match)) & full
    return len(b) - bin(row).count("1")


def score(comparison: Comparison) -> tuple[int, int, int]:
    """(pairs, marked tokens, minimum tokens) over the pairs with both sides."""
    options = comparison.options
    pairs = marked = minimum = 0
    for pair in comparison.pairs:
        if not (pair.left and pair.right) or pair.truncated:
            continue
        sides = []
        for side in Side:
            view = comparison.side(side)
            clauses = view.of(pair)
            text = view.document.text
            sides.append(keys(text, [(c.body_start, c.body_end) for c in clauses], options))
        left, right = sides
        pairs += 1
        minimum += len(left) + len(right) - 2 * lcs_length(left, right)
        for op in pair.diff:
            if op.op is not Op.EQUAL:
                marked += len(keys(op.text, [(0, len(op.text))], options))
    return pairs, marked, minimum


def extra(marked: int, minimum: int) -> str:
    return f"{100 * (marked - minimum) / minimum:+.2f} %" if minimum else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a folder of <left>__<right>/left.txt,right.txt pairs (repeatable)",
    )
    args = parser.parse_args()
    corpora = args.corpus or [
        SHARED / "corpus",
        SHARED / "corpus-large",
        ROOT / "bench" / "data" / "heldout" / "pairs",
        ROOT / "bench" / "data" / "heldout2" / "pairs",
    ]
    totals = [0, 0, 0]
    started = time.perf_counter()
    for name, left, right in sources([c for c in corpora if c.is_dir()]):
        pairs, marked, minimum = score(compare_files(left, right))
        totals = [totals[0] + pairs, totals[1] + marked, totals[2] + minimum]
        print(f"{name}: {pairs} clause pairs, {marked} tokens marked, minimum {minimum}, "
              f"extra {extra(marked, minimum)}")  # fmt: skip
    print(
        f"all: {totals[0]} clause pairs, {totals[1]} tokens marked, minimum {totals[2]}, "
        f"extra {extra(totals[1], totals[2])} ({time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
