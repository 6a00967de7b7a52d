"""Time the Word redline of the bundled sample pair and of the large synthetic pair.

For each pair the two files are compared once (``compare_files``, timed apart); then
``write_redline`` writes the .docx (pieces, paragraphs, XML, zip, atomic save) ``--repeats``
times and the fastest run counts. The file is then read back both ways
(:mod:`clausediff.report.redline.review`): the paragraphs with every revision accepted must be
the right text's lines, rejected the left text's (spaces folded), which the script checks and
prints. Target (issue 13): the large pair (``bench/large_pair.py``, about 1,550 clauses a side)
in under 3 s.

Usage: ``python bench/speed_redline.py [--clauses N] [--repeats N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_pair

from clausediff.compare.pipeline import compare_files
from clausediff.report.redline import write_redline
from clausediff.report.redline.review import accepted_paragraphs, rejected_paragraphs

TARGET_SECONDS = 3.0


def _lines(texts: list[str]) -> list[str]:
    return [" ".join(line.split()) for text in texts for line in text.split("\n") if line.strip()]


def measure(left: Path, right: Path, out: Path, repeats: int) -> tuple[str, float, bool]:
    """Compare, write the redline ``repeats`` times, check it both ways; one line of figures."""
    t0 = time.perf_counter()
    comparison = compare_files(left, right)
    compare_seconds = time.perf_counter() - t0
    best = float("inf")
    for _ in range(repeats):
        t1 = time.perf_counter()
        stats = write_redline(comparison, out)
        best = min(best, time.perf_counter() - t1)
    accepted = _lines(accepted_paragraphs(out)) == _lines([comparison.right.text])
    rejected = _lines(rejected_paragraphs(out)) == _lines([comparison.left.text])
    return (
        (
            f"redline {best:.2f} s, {stats.paragraphs} paragraphs, {stats.revisions} revisions, "
            f"{stats.moves} moves, {out.stat().st_size / 1024:.0f} KB; "
            f"accept all = right text: {'yes' if accepted else 'NO'}, "
            f"reject all = left text: {'yes' if rejected else 'NO'}; "
            f"compare {compare_seconds:.2f} s"
        ),
        best,
        accepted and rejected,
    )


def main(argv: list[str] | None = None) -> int:
    """Measure both pairs and print the figures against the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=1550)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        runs = large_pair.timed_pairs(folder, args.clauses, "-redline.docx")
        failed = False
        for name, (a, b, out) in runs.items():
            line, seconds, exact = measure(a, b, out, args.repeats)
            ok = exact and (name != "large" or seconds <= TARGET_SECONDS)
            failed |= not ok
            target = f"; target <= {TARGET_SECONDS:.0f} s" if name == "large" else ""
            print(f"{name:>6}: {line}{target}: {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
