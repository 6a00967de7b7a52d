"""Speed of the clause-variants pipeline: load, group, diff and grid 200 variants of ~150 words.

Variants are made from real clause text (the seed library page and the corpus contracts) by
deterministic perturbation: numbers changed, words reworded or dropped, a sentence dropped or
borrowed from another clause, two sentences swapped. Each variant is written to its own untitled
.txt file in a temporary folder, so loading reads 200 files and grouping works by similarity.

Two scenarios, each timed per stage and in total (target: <= 2 s):

* ``library``: 8 base clauses x 25 variants (a clause library of several clauses);
* ``one clause``: 200 variants of one clause in one group (the provisions grid's worst case).

Usage: .venv/bin/python bench/speed_variants.py [--count 200] [--words 150]
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

from clausediff.variants.analyse import analyse_group
from clausediff.variants.grouping import group_variants
from clausediff.variants.load import load_paths

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-ZÀ-Ý«\d])")


def base_clauses(words: int) -> list[str]:
    """Real clause texts of about ``words`` words: seed variants and corpus paragraphs, joined."""
    paragraphs: list[str] = []
    seed = SHARED / "seeds" / "000_3018661d4989c674.txt"
    for line in seed.read_text(encoding="utf-8").splitlines():
        body = line.strip().lstrip("•").strip()
        if len(body.split()) >= 40:
            paragraphs.append(body.split(". ", 1)[-1])
    for path in sorted((SHARED / "corpus").glob("*/right.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p.strip() for p in text.split("\n\n") if len(p.split()) >= 40)
    clauses: list[str] = []
    for paragraph in paragraphs:
        sentences = _SENTENCE.split(paragraph)
        taken: list[str] = []
        for sentence in sentences:
            taken.append(sentence)
            if sum(len(s.split()) for s in taken) >= words:
                break
        if sum(len(s.split()) for s in taken) >= words * 0.6:
            clauses.append(" ".join(taken))
    return clauses


def perturb(text: str, donor: str, rng: random.Random) -> str:
    """A deterministic variant of ``text`` (see the module docstring)."""
    sentences = _SENTENCE.split(text)
    if len(sentences) > 2 and rng.random() < 0.3:
        del sentences[rng.randrange(len(sentences))]
    if rng.random() < 0.3:
        borrowed = _SENTENCE.split(donor)
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(borrowed))
    if len(sentences) > 2 and rng.random() < 0.2:
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    words = " ".join(sentences).split(" ")
    out: list[str] = []
    for word in words:
        draw = rng.random()
        if word.isdigit():
            out.append(str(int(word) + rng.randrange(1, 9)))
        elif draw < 0.04:
            continue
        elif draw < 0.08:
            out.append(rng.choice(words))
        else:
            out.append(word)
    return " ".join(out)


def make_variants(count: int, bases: list[str], donors: list[str], rng: random.Random) -> list[str]:
    """``count`` variants spread evenly over ``bases``, borrowing sentences from ``donors``."""
    return [perturb(bases[n % len(bases)], donors[n % len(donors)], rng) for n in range(count)]


def run(label: str, texts: list[str]) -> float:
    """Write, then time load / group / diff+grid+terms; print the figures; return the total."""
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            (Path(folder) / f"variant-{number:03}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        library = load_paths([folder])
        loaded = time.perf_counter()
        groups = group_variants(library.variants)
        grouped = time.perf_counter()
        rows = 0
        for group in groups:
            rows += len(analyse_group(library, group).grid.rows)
        done = time.perf_counter()
    words = sum(len(t.split()) for t in texts) / len(texts)
    total = done - started
    print(
        f"{label:<11} {len(texts)} variants (~{words:.0f} words) in {len(groups)} group(s): "
        f"load {loaded - started:.3f} s, group {grouped - loaded:.3f} s, "
        f"diff+grid+terms {done - grouped:.3f} s ({rows} provision rows); "
        f"total {total:.3f} s {'OK' if total <= 2.0 else 'SLOW'} (target <= 2 s)"
    )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--words", type=int, default=150)
    options = parser.parse_args()
    bases = base_clauses(options.words)
    rng = random.Random(20261126)
    run("library", make_variants(options.count, bases[:8], bases[8:16], rng))
    run("one clause", make_variants(options.count, bases[:1], bases[8:16], rng))


if __name__ == "__main__":
    main()
