"""Speed of segmentation on a whole legal code (issue 15: <= 0.08 s CPU per side).

Reads both sides of a large pair (the Code civil of ``../shared/corpus-large`` by default) and
times :func:`clausediff.segment.segment` on each, as ``clausediff compare`` calls it: left then
right in one process, with the readings of numbered lines remembered from the first side to
the second (:func:`clausediff.segment.units.read_line`,
:func:`clausediff.text.numbering.parse_marker`) and forgotten before each run. Prints
the CPU seconds per side (median and best of the runs), the units and clauses per side and the
load average next to the figures.

Usage: ``python bench/speed_segment.py [--pair DIR] [--runs N]``. Always exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.readers import read_document  # noqa: E402
from clausediff.segment import segment  # noqa: E402
from clausediff.segment.units import build_units, forget_readings  # noqa: E402

DEFAULT_PAIR = ROOT.parent / "shared" / "corpus-large" / "civil_2017_2021"
TARGET_SECONDS = 0.08


def main(argv: list[str] | None = None) -> int:
    """Time segmentation of both sides and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", type=Path, default=DEFAULT_PAIR)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    documents = [read_document(args.pair / f"{side}.txt") for side in ("left", "right")]
    per_side: list[float] = []
    for _ in range(args.runs):
        forget_readings()
        began = time.process_time()
        clauses = [segment(document) for document in documents]
        per_side.append((time.process_time() - began) / len(documents))
    for document, found in zip(documents, clauses, strict=True):
        words = len(document.text.split())
        units = len(build_units(document))
        print(f"{words:,} words, {units:,} units, {len(found):,} clauses")
    median = statistics.median(per_side)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    verdict = "meets" if median <= TARGET_SECONDS else "misses"
    print(
        f"segmentation CPU per side: median {median:.3f} s, best {min(per_side):.3f} s "
        f"of {args.runs} runs (target {TARGET_SECONDS} s: {verdict}); load average {load}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
