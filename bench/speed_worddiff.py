"""Speed of the word diff on real legal paragraphs, with random rewording.

Prints the time to diff 1,500 pairs of paragraphs taken from ../shared/corpus (each right side a
randomly reworded copy of its left side: words deleted, replaced, inserted, numbers changed), the
same for identical pairs and for heavy rewrites, and the time for one pair of about 100,000
characters (and 200,000, the default ``max_diff_chars``). Also prints how many diffs hit a
guardrail. Deterministic (fixed seed).

Usage: .venv/bin/python bench/speed_worddiff.py [--corpus PATH] [--pairs N] [--rate R]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from clausediff.options import CompareOptions
from clausediff.worddiff.diff import WordDiff, diff_spans, similarity

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def paragraphs(corpus: Path) -> list[str]:
    """Every paragraph of at least 80 characters in the corpus texts (blank-line separated)."""
    found: list[str] = []
    for path in sorted(corpus.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        found.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) >= 80)
    return found


def reword(text: str, vocabulary: list[str], rng: random.Random, rate: float) -> str:
    """``text`` with about ``rate`` of its words deleted, replaced or followed by a new word."""
    out: list[str] = []
    for word in text.split(" "):
        draw = rng.random()
        if draw < rate / 4:
            continue
        if draw < rate / 2:
            out.append(rng.choice(vocabulary))
        elif draw < 3 * rate / 4:
            out.extend((word, rng.choice(vocabulary)))
        elif draw < rate and any(c.isdigit() for c in word):
            out.append(str(rng.randint(1, 999)))
        else:
            out.append(word)
    return " ".join(out)


def diff(left: str, right: str, options: CompareOptions) -> WordDiff:
    return diff_spans(left, [(0, len(left))], right, [(0, len(right))], options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--pairs", type=int, default=1500)
    parser.add_argument("--rate", type=float, default=0.08, help="share of words reworded")
    args = parser.parse_args()
    rng = random.Random(20261126)
    paras = paragraphs(args.corpus)
    vocabulary = " ".join(paras).split()
    options = CompareOptions()

    lefts = [rng.choice(paras) for _ in range(args.pairs)]
    rights = [reword(p, vocabulary, rng, args.rate) for p in lefts]
    chars = sum(len(p) for p in lefts) + sum(len(p) for p in rights)
    started = time.perf_counter()
    results = [diff(a, b, options) for a, b in zip(lefts, rights, strict=True)]
    elapsed = time.perf_counter() - started
    sims = [similarity(r.ops) for r in results]
    print(
        f"{args.pairs} paragraph pairs ({len(paras)} distinct corpus paragraphs, "
        f"{chars:,} characters, rewording rate {args.rate}): {elapsed:.3f} s "
        f"({1000 * elapsed / args.pairs:.2f} ms a pair), truncated: "
        f"{sum(r.truncated for r in results)}, median similarity {statistics.median(sims):.3f}"
    )

    started = time.perf_counter()
    for paragraph in lefts:
        diff(paragraph, paragraph, options)
    elapsed = time.perf_counter() - started
    print(f"{args.pairs} identical pairs (the common case in a revision): {elapsed:.3f} s")

    heavy = [reword(p, vocabulary, rng, 0.5) for p in lefts]
    started = time.perf_counter()
    results = [diff(a, b, options) for a, b in zip(lefts, heavy, strict=True)]
    elapsed = time.perf_counter() - started
    print(
        f"{args.pairs} heavily rewritten pairs (rate 0.5): {elapsed:.3f} s, truncated: "
        f"{sum(r.truncated for r in results)}"
    )

    for size in (100_000, 200_000):
        left = ""
        while len(left) < size:
            left += rng.choice(paras) + "\n\n"
        left = left[:size]
        right = reword(left, vocabulary, rng, args.rate)
        started = time.perf_counter()
        result = diff(left, right, options)
        elapsed = time.perf_counter() - started
        print(
            f"one pair of {len(left):,} / {len(right):,} characters: {elapsed:.3f} s, "
            f"{len(result.ops)} ops, truncated: {result.truncated}, "
            f"similarity {similarity(result.ops):.3f}"
        )


if __name__ == "__main__":
    main()
