"""Time the PDF report of the bundled sample pair and of the large synthetic pair.

For each pair a fresh Python process compares the two files (``compare_files``, timed apart),
then builds the report model with every changed clause and draws the PDF with Qt offscreen
(``build_report`` + ``write_pdf``): the report time is that second step alone. It prints wall
times, the page count and the process's peak resident memory (``ru_maxrss``), and the HTML
rendering time for comparison. Targets (issue 5, 2 cores): sample pair <= 2 s, large pair
(``bench/large_pair.py``, all changed clauses) <= 30 s.

Usage: ``python bench/speed_report.py [--clauses N] [--keep DIR]`` (``--keep`` leaves the PDFs
there to look at).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import large_pair
from score_alignment import ROOT

TARGETS = {"sample": 2.0, "large": 30.0}


def child(left: str, right: str, out: str) -> None:
    """Run in the fresh process: compare, then time the report; print one JSON line."""
    import os
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from clausediff.compare.pipeline import compare_files
    from clausediff.report.html import render_html
    from clausediff.report.model import build_report
    from clausediff.report.pdf.writer import ensure_app, write_pdf

    ensure_app()  # Qt start-up is paid once per process, not per report
    t0 = time.perf_counter()
    comparison = compare_files(left, right)
    t1 = time.perf_counter()
    report = build_report(comparison, language="fr")
    t2 = time.perf_counter()
    write_pdf(report, out)
    t3 = time.perf_counter()
    render_html(report)
    t4 = time.perf_counter()
    import pypdfium2

    document = pypdfium2.PdfDocument(out)
    pages = len(document)
    document.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    figures = {
        "compare": t1 - t0,
        "model": t2 - t1,
        "pdf": t3 - t2,
        "report": t3 - t1,
        "html": t4 - t3,
        "pages": pages,
        "sections": len(report.sections),
        "peak_mb": peak,
    }
    print(json.dumps(figures))


def measure(left: Path, right: Path, out: Path) -> dict[str, Any]:
    """Run the child on one pair and return its figures."""
    command = [sys.executable, __file__, "--child", str(left), str(right), str(out)]
    run = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if run.returncode:
        raise SystemExit(f"the timed process failed:\n{run.stderr}")
    figures: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Measure both pairs and print the figures against the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=1550)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        runs = large_pair.timed_pairs(folder, args.clauses, ".pdf")
        failed = False
        for name, (a, b, out) in runs.items():
            f = measure(a, b, out)
            ok = f["report"] <= TARGETS[name]
            failed |= not ok
            print(
                f"{name:>6}: report {f['report']:.2f} s (model {f['model']:.2f} s, "
                f"PDF {f['pdf']:.2f} s) for {f['sections']} sections, {f['pages']} pages; "
                f"HTML {f['html']:.2f} s; compare {f['compare']:.2f} s; "
                f"peak {f['peak_mb']:.0f} MB; target <= {TARGETS[name]:.0f} s: "
                f"{'ok' if ok else 'MISSED'}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
