"""Score clause alignment on the shared corpus, exactly as ``../shared/corpus/README.md`` says.

For each document pair: segment both texts (``clausediff.segment.segment``, or with
``--gold-segmentation`` clauses cut at the gold keys so alignment is judged alone), align them
with :func:`clausediff.align.align`, map predicted clauses to gold clauses (a predicted clause
covers a gold clause when the gold key's start offset lies inside the predicted span), expand the
predicted links into gold pairs, and print precision, recall and F1 of pairs, deleted and
inserted clauses, per pair and micro-averaged for French, English and overall.

``--loo`` runs leave-one-pair-out instead: for each pair, the grid point of the alignment's
thresholds (:data:`GRID`) with the best micro F1 on the three other pairs (gold segmentation)
is scored on the held-out pair, which shows how much the thresholds depend on the pairs.

Usage: ``python bench/score_alignment.py [--gold-segmentation] [--corpus DIR] [--verbose]
[--loo]``.
The functions are reused by ``bench/speed_compare.py`` and the corpus test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.align import Link, align  # noqa: E402
from clausediff.clause import Clause  # noqa: E402
from clausediff.comparison import PairStatus  # noqa: E402
from clausediff.options import CompareOptions  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(
    r"^(?:article\s+\d+(?:er)?|\d+(?:\.\d+)*\.?|\(?[a-z]\)|[a-z]\.|[ivx]+\.)\s*", re.IGNORECASE
)
_MARKUP = re.compile(r"^[#*\s]+|[*\s]+$")


class Linked(Protocol):
    """Anything that links left clause ids to right clause ids (a Link, a Pair)."""

    @property
    def left(self) -> Sequence[str]: ...

    @property
    def right(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold alignment with each gold clause's start offset in its text."""

    left_starts: Mapping[str, int]
    right_starts: Mapping[str, int]
    pairs: frozenset[tuple[str, str]]
    deleted: frozenset[str]
    inserted: frozenset[str]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one kind of item."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: frozenset[object], expected: frozenset[object]) -> None:
        """Count one document pair's predicted items against the expected ones."""
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    def merge(self, other: Counts) -> None:
        """Add another tally (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (1.0 when there is nothing to find and nothing found)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass(slots=True)
class Score:
    """Tallies of pairs, deleted and inserted clauses, plus segmentation misses."""

    pairs: Counts = field(default_factory=Counts)
    deleted: Counts = field(default_factory=Counts)
    inserted: Counts = field(default_factory=Counts)
    missed: int = 0

    def merge(self, other: Score) -> None:
        """Add another document pair's tallies."""
        self.pairs.merge(other.pairs)
        self.deleted.merge(other.deleted)
        self.inserted.merge(other.inserted)
        self.missed += other.missed


def locate(text: str, key: str) -> int:
    """Start offset of a gold key: exact, else in whitespace-normalised text mapped back."""
    at = text.find(key)
    if at >= 0:
        return at
    folded: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        space = ch.isspace()
        if space and previous_space:
            continue
        folded.append(" " if space else ch)
        offsets.append(i)
        previous_space = space
    at = "".join(folded).find(_SPACE.sub(" ", key))
    if at < 0:
        raise ValueError(f"gold key not found: {key[:40]!r}")
    return offsets[at]


def load_gold(pair_dir: Path) -> tuple[str, str, Gold, Mapping[str, list[str]]]:
    """Texts, gold alignment, and gold ids per side of one corpus pair."""
    left_text = (pair_dir / "left.txt").read_text(encoding="utf-8")
    right_text = (pair_dir / "right.txt").read_text(encoding="utf-8")
    data = json.loads((pair_dir / "gold.json").read_text(encoding="utf-8"))
    gold = Gold(
        left_starts={c["id"]: locate(left_text, c["key"]) for c in data["left"]},
        right_starts={c["id"]: locate(right_text, c["key"]) for c in data["right"]},
        pairs=frozenset((a, b) for a, b in data["pairs"]),
        deleted=frozenset(data["deleted"]),
        inserted=frozenset(data["inserted"]),
    )
    ids = {"left": [c["id"] for c in data["left"]], "right": [c["id"] for c in data["right"]]}
    return left_text, right_text, gold, ids


def gold_clauses(text: str, starts: Mapping[str, int]) -> tuple[Clause, ...]:
    """Clauses cut at the gold key offsets; a short first line becomes number and heading."""
    ordered = sorted(starts.items(), key=lambda item: item[1])
    clauses: list[Clause] = []
    for k, (gid, start) in enumerate(ordered):
        end = ordered[k + 1][1] if k + 1 < len(ordered) else len(text)
        span = text[start:end]
        first, sep, rest = span.partition("\n")
        number = heading = ""
        body_start = start
        if sep and rest.strip() and len(first) <= 90:
            label = _MARKUP.sub("", first)
            match = _NUMBER.match(label)
            number = match.group(0).strip() if match else ""
            heading = _MARKUP.sub("", label[match.end() :] if match else label)
            body_start = start + len(first) + 1
        while body_start < end and text[body_start].isspace():
            body_start += 1
        body_end = end
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        clauses.append(
            Clause(
                gid,
                number,
                heading,
                text[body_start:body_end],
                1,
                None,
                start,
                end,
                body_start,
                body_end,
            )
        )
    return tuple(clauses)


def cover(clauses: Sequence[Clause], starts: Mapping[str, int]) -> dict[str, list[str]]:
    """Gold ids covered by each predicted clause (gold key start inside the clause span)."""
    covered: dict[str, list[str]] = {c.id: [] for c in clauses}
    for gid, at in starts.items():
        for clause in clauses:
            if clause.start <= at < clause.end:
                covered[clause.id].append(gid)
                break
    return covered


def score_links(
    links: Iterable[Linked],
    left: Sequence[Clause],
    right: Sequence[Clause],
    gold: Gold,
) -> Score:
    """Expand predicted links into gold pairs / deleted / inserted and count them."""
    lcov = cover(left, gold.left_starts)
    rcov = cover(right, gold.right_starts)
    pairs: set[tuple[str, str]] = set()
    deleted: set[str] = set()
    inserted: set[str] = set()
    for link in links:
        if link.left and link.right:
            for a in link.left:
                for b in link.right:
                    pairs.update((g, h) for g in lcov[a] for h in rcov[b])
        elif link.left:
            deleted.update(g for a in link.left for g in lcov[a])
        else:
            inserted.update(h for b in link.right for h in rcov[b])
    score = Score()
    score.pairs.add(frozenset(pairs), frozenset(gold.pairs))
    score.deleted.add(frozenset(deleted), frozenset(gold.deleted))
    score.inserted.add(frozenset(inserted), frozenset(gold.inserted))
    found_left = {g for ids in lcov.values() for g in ids}
    found_right = {h for ids in rcov.values() for h in ids}
    score.missed = len(set(gold.left_starts) - found_left) + len(
        set(gold.right_starts) - found_right
    )
    return score


def segment_text(text: str, language: str) -> tuple[Clause, ...]:
    """Clauses of a plain-text document through the product's segmentation."""
    from clausediff.document import Document, Format
    from clausediff.segment import segment

    return tuple(segment(Document(text=text, format=Format.TXT, language=language)))


def run_pair(
    pair_dir: Path, gold_segmentation: bool, options: CompareOptions | None = None
) -> tuple[Score, tuple[Link, ...], tuple[Clause, ...], tuple[Clause, ...]]:
    """Segment, align and score one corpus pair."""
    left_text, right_text, gold, _ = load_gold(pair_dir)
    language = "fr" if pair_dir.name.endswith("-fr") else "en"
    if gold_segmentation:
        left = gold_clauses(left_text, gold.left_starts)
        right = gold_clauses(right_text, gold.right_starts)
    else:
        left = segment_text(left_text, language)
        right = segment_text(right_text, language)
    links = align(left, right, options or CompareOptions())
    return score_links(links, left, right, gold), links, left, right


def _row(name: str, score: Score) -> str:
    p, r, f = score.pairs.prf()
    dp, dr, df = score.deleted.prf()
    ip, ir, i_f = score.inserted.prf()
    return (
        f"{name:<46} {p:5.2f} {r:5.2f} {f:5.2f} | {dp:4.2f} {dr:4.2f} {df:4.2f} |"
        f" {ip:4.2f} {ir:4.2f} {i_f:4.2f} | {score.missed:3d}"
    )


def _describe(links: Sequence[Link]) -> str:
    parts = []
    for link in links:
        mark = {PairStatus.UNCHANGED: "=", PairStatus.MODIFIED: "~"}.get(link.status, "")
        status = mark or link.status.value
        parts.append(
            f"{','.join(link.left) or '-'}>{','.join(link.right) or '-'}"
            f"[{status} {link.similarity:.2f}]"
        )
    return "  " + " ".join(parts)


#: Thresholds explored by leave-one-pair-out: (module, attribute) -> values.
GRID: dict[tuple[str, str], tuple[float, ...]] = {
    ("clausediff.align.core", "CHAIN_THRESHOLD"): (0.08, 0.12, 0.16),
    ("clausediff.align.core", "ATTACH_THRESHOLD"): (0.1, 0.15, 0.2),
    ("clausediff.align.splits", "MIN_CONTAINED"): (0.1, 0.15, 0.2),
    ("clausediff.align.splits", "NOVEL"): (0.2, 0.3, 2.0),
    ("clausediff.align.regroup", "SENTENCE_MATCH"): (0.4, 0.5, 0.6),
    ("clausediff.align.regroup", "JOIN_PRECISION"): (0.4, 0.5, 0.67),
    ("clausediff.align.regroup", "GAP_FLOOR"): (0.05, 0.1, 0.15),
}


@contextmanager
def patched(setting: dict[tuple[str, str], float]) -> Iterator[None]:
    """Temporarily set module attributes of the alignment package."""
    import importlib

    saved: list[tuple[Any, str, Any]] = []
    try:
        for (module_name, attr), value in setting.items():
            module = importlib.import_module(module_name)
            saved.append((module, attr, getattr(module, attr)))
            setattr(module, attr, value)
        yield
    finally:
        for module, attr, value in reversed(saved):
            setattr(module, attr, value)


def loo(grid: dict[tuple[str, str], tuple[float, ...]]) -> None:
    """Leave-one-pair-out over the grid: choose on three pairs, score the fourth."""
    pairs = sorted(p for p in CORPUS.iterdir() if (p / "gold.json").is_file())
    import importlib

    names = list(grid)
    points = [dict(zip(names, values, strict=True)) for values in itertools.product(*grid.values())]
    shipped = {(m, a): getattr(importlib.import_module(m), a) for m, a in names}
    changed = [sum(1 for key, v in point.items() if v != shipped[key]) for point in points]
    table: list[list[Score]] = []
    for point in points:
        with patched(point):
            table.append([run_pair(p, gold_segmentation=True)[0] for p in pairs])
    held_total = Score()
    for k, pair_dir in enumerate(pairs):

        def train_f1(row: list[Score], k: int = k) -> float:
            total = Score()
            for m, score in enumerate(row):
                if m != k:
                    total.merge(score)
            return total.pairs.prf()[2]

        # ties go to the point closest to the shipped thresholds (fewest values changed)
        best = max(range(len(points)), key=lambda x: (train_f1(table[x]), -changed[x], -x))
        held_total.merge(table[best][k])
        chosen = ", ".join(f"{a}={v}" for (_, a), v in points[best].items())
        print(f"held out {pair_dir.name:<44} F1 {table[best][k].pairs.prf()[2]:4.2f}  ({chosen})")
    p, r, f = held_total.pairs.prf()
    print(f"leave-one-pair-out micro P {p:4.2f} R {r:4.2f} F1 {f:4.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-pair and micro-averaged table (or the leave-one-pair-out figures)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold-segmentation",
        action="store_true",
        help="cut clauses at the gold keys (judge alignment alone)",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true", help="print the predicted links")
    parser.add_argument(
        "--loo", action="store_true", help="leave-one-pair-out over the threshold grid (minutes)"
    )
    args = parser.parse_args(argv)
    if args.loo:
        loo(GRID)
        return 0
    totals = {"fr": Score(), "en": Score(), "all": Score()}
    mode = "gold keys" if args.gold_segmentation else "clausediff.segment"
    print(f"Clause alignment on {args.corpus} (segmentation: {mode}); P/R/F1 of gold pairs")
    print(
        f"{'pair':<46} {'P':>5} {'R':>5} {'F1':>5} | {'deleted P/R/F1':<14} |"
        f" {'inserted P/R/F1':<14} | miss"
    )
    for pair_dir in sorted(p for p in args.corpus.iterdir() if (p / "gold.json").is_file()):
        score, links, _, _ = run_pair(pair_dir, args.gold_segmentation)
        lang = "fr" if pair_dir.name.endswith("-fr") else "en"
        totals[lang].merge(score)
        totals["all"].merge(score)
        print(_row(pair_dir.name, score))
        if args.verbose:
            print(_describe(links))
    for name in ("fr", "en", "all"):
        print(_row(f"micro-average {name}", totals[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
