"""Time a chain of three versions against the three comparisons it replaces.

``clausediff compare V1 V2 V3`` (and File ▸ Open Versions…) compares v1 → v2, v2 → v3 and
v1 → v3, reading and segmenting each version once (:mod:`clausediff.compare.chain`). This script
builds the large synthetic pair of ``bench/large_pair.py`` (v1, v2) and a v3 made from v2 by
rewording every tenth clause, writes them as ``.txt``, then times in this process, fastest of
``--repeats`` runs, CPU time and wall time of: the chain (``compare_chain_files``), and the three
``compare_files`` calls one after the other. Prints the figures, their ratio and the load average.
Usage: ``python bench/speed_chain.py [--clauses N] [--repeats R]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import large_pair

from clausediff.compare.chain import compare_chain_files
from clausediff.compare.pipeline import compare_files


def reword(text: str) -> str:
    """v3 from v2: the body of every tenth clause gets its words in a new order around its
    middle (paragraphs alternate "Article N" and its body, after the title)."""
    paragraphs = text.split("\n\n")
    for index in range(2, len(paragraphs), 20):
        words = paragraphs[index].split(" ")
        if len(words) > 8:
            middle = len(words) // 2
            paragraphs[index] = " ".join([*words[middle:], "désormais", *words[:middle]])
    return "\n\n".join(paragraphs)


def fastest(work: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of ``repeats`` runs of ``work``."""
    best = (float("inf"), float("inf"))
    for _ in range(repeats):
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clauses", type=int, default=1550)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    pair = large_pair.build(args.clauses)
    with tempfile.TemporaryDirectory() as folder:
        v1, v2 = pair.write(Path(folder))
        v3 = Path(folder) / "v3.txt"
        v3.write_text(reword(pair.right_text), encoding="utf-8")
        chain = compare_chain_files([v1, v2, v3])
        steps = ", ".join(
            f"{s.label} {sum(p.changed for p in s.comparison.pairs)} changed" for s in chain.steps
        )
        print(f"versions: {args.clauses} clauses; {steps}")
        chain_cpu, chain_wall = fastest(lambda: compare_chain_files([v1, v2, v3]), args.repeats)

        def separately() -> None:
            for left, right in ((v1, v2), (v2, v3), (v1, v3)):
                compare_files(left, right)

        apart_cpu, apart_wall = fastest(separately, args.repeats)
    print(
        f"chain of three (one read and segmentation per version): {chain_cpu:.2f} s CPU, "
        f"{chain_wall:.2f} s wall"
    )
    print(
        f"three compare_files one after the other: {apart_cpu:.2f} s CPU, {apart_wall:.2f} s wall"
    )
    print(f"chain / separate (CPU): {chain_cpu / apart_cpu:.2f}")
    print("load average: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
