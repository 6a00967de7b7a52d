"""Score the legal-terms engine on the hand-labelled annotations (issue 4 acceptance).

Scoring follows section 6 of ``shared/annotation-guidelines.md`` exactly: a predicted span is
correct when it overlaps (shares at least one character with) a gold span of the same label in
the same paragraph; each gold span and each predicted span is matched at most once (one-to-one);
precision, recall and F1 are reported per label x language, per label, per language and
micro-averaged. Targets: micro F1 >= 0.92 and every label/language cell >= 0.85.

Usage: ``python bench/score_terms.py [--gold FILE] [--errors] [--half even|odd] [--ids-file F]``;
``--errors`` lists misses and false positives with context. ``--half`` keeps only the even (0, 2,
4, ...) or odd lines of the gold file, by line index among non-empty lines: one half is for error
analysis, the other is only ever scored in aggregate, to check that rule changes generalise.
``--ids-file`` keeps only the paragraphs whose ids are listed (one per line). Always exits 0;
:func:`score` is reused by the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.terms import annotate  # noqa: E402
from clausediff.text.language import detect_language  # noqa: E402

GOLD = ROOT.parent / "shared" / "annotations" / "dev.jsonl"
LABELS = ("obligation", "deadline", "amount")
LANGUAGES = ("fr", "en")
MICRO_TARGET = 0.92
CELL_TARGET = 0.85


@dataclass(frozen=True, slots=True)
class Span:
    """One labelled span of one paragraph."""

    start: int
    end: int
    label: str


@dataclass
class Tally:
    """Matched / predicted / gold counts, and the errors behind them."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Accumulate another tally's counts."""
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        """Matched predictions over predictions (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Matched gold spans over gold spans (1.0 when there is no gold span)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: Sequence[Span], predicted: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one overlap matching of same-label spans, as index pairs (gold, predicted).

    Greedy by largest overlap first, which is optimal for the interval graphs met here (spans of
    one label never overlap each other on either side).
    """
    options = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if g.label == p.label and overlap > 0:
                options.append((-overlap, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(options):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def _context(text: str, span: Span) -> str:
    left = text[max(0, span.start - 40) : span.start].replace("\n", " ")
    right = text[span.end : span.end + 40].replace("\n", " ")
    return f"…{left}[[{text[span.start : span.end]}]]{right}…"


def score(lines: Iterable[dict[str, object]]) -> dict[tuple[str, str], Tally]:
    """Tallies per (label, language) for gold paragraphs annotated by the engine."""
    cells = {(label, lang): Tally() for label in LABELS for lang in LANGUAGES}
    for line in lines:
        text = str(line["text"])
        lang = str(line.get("lang") or detect_language(text))
        raw_spans = line.get("spans", [])
        assert isinstance(raw_spans, list)
        gold = [Span(int(s["start"]), int(s["end"]), str(s["label"])) for s in raw_spans]
        predicted = [Span(t.start, t.end, t.kind.value) for t in annotate(text, lang)]
        pairs = match(gold, predicted)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            cell = cells.setdefault((g.label, lang), Tally())
            cell.gold += 1
            if gi in matched_gold:
                cell.matched += 1
            else:
                cell.misses.append(f"{line['id']}: {_context(text, g)}")
        for pi, p in enumerate(predicted):
            cell = cells.setdefault((p.label, lang), Tally())
            cell.predicted += 1
            if pi not in matched_pred:
                cell.false_positives.append(f"{line['id']}: {_context(text, p)}")
    return cells


def rollup(cells: dict[tuple[str, str], Tally]) -> dict[str, Tally]:
    """Per-label, per-language and micro tallies from the cells."""
    totals: dict[str, Tally] = {}
    for (label, lang), cell in cells.items():
        for key in (label, lang, "micro"):
            totals.setdefault(key, Tally()).add(cell)
    return totals


def load(path: Path) -> list[dict[str, object]]:
    """The gold lines of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def select(
    lines: list[dict[str, object]], half: str | None = None, ids: set[str] | None = None
) -> list[dict[str, object]]:
    """The lines of one half (by index: "even" or "odd") and/or with one of ``ids``."""
    if half is not None:
        lines = [line for i, line in enumerate(lines) if i % 2 == (0 if half == "even" else 1)]
    if ids is not None:
        lines = [line for line in lines if str(line["id"]) in ids]
    return lines


def _row(name: str, tally: Tally) -> str:
    return (
        f"{name:<22} P {tally.precision:.3f}  R {tally.recall:.3f}  F1 {tally.f1:.3f}"
        f"   (matched {tally.matched}, predicted {tally.predicted}, gold {tally.gold})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures (and the errors with ``--errors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--half", choices=("even", "odd"), help="keep even or odd lines only")
    parser.add_argument("--ids-file", type=Path, help="keep only the ids listed in this file")
    args = parser.parse_args(argv)
    ids = None
    if args.ids_file is not None:
        ids = set(args.ids_file.read_text(encoding="utf-8").split())
    lines = select(load(args.gold), args.half, ids)
    print(f"{len(lines)} paragraphs")
    cells = score(lines)
    totals = rollup(cells)
    print("per label x language")
    for (label, lang), cell in sorted(cells.items()):
        flag = "" if cell.f1 >= CELL_TARGET else f"   < {CELL_TARGET}"
        print(_row(f"  {label}/{lang}", cell) + flag)
    print("per label")
    for label in LABELS:
        print(_row(f"  {label}", totals.get(label, Tally())))
    print("per language")
    for lang in LANGUAGES:
        print(_row(f"  {lang}", totals.get(lang, Tally())))
    micro = totals.get("micro", Tally())
    print(_row("micro", micro) + ("" if micro.f1 >= MICRO_TARGET else f"   < {MICRO_TARGET}"))
    if args.errors:
        for (label, lang), cell in sorted(cells.items()):
            for miss in cell.misses:
                print(f"MISS {label}/{lang} {miss}")
            for false_positive in cell.false_positives:
                print(f"FP   {label}/{lang} {false_positive}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
