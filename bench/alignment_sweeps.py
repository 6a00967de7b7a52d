"""Alignment scores under changed thresholds: sweeps, the weak-pair cut curve, leave-one-out.

The modes of ``bench/score_alignment.py`` that score the sets while a threshold of the
alignment package is patched, to show the curves the thresholds were chosen on:

``--sweep MODULE.ATTR=V1,V2,...`` scores the dev sets (the dev corpus and the large pair, gold
segmentation) at each value of one alignment threshold instead: pair F1 and the precision and
recall of deletions and insertions apart, the curve the thresholds were chosen on (e.g.
``--sweep clausediff.align.core.LEVEL_SHARE=0.25,0.35,0.45``).

``--cut-curve T1,T2,...`` scores every set as if each one-to-one pair under similarity T (and not
vouched for by its number and heading) were a deletion plus an insertion: the calibration of the
rule that only "moved" pairs under :data:`LOW_SIMILARITY` are cut.

``--loo`` runs leave-one-pair-out instead: for each pair, the grid point of the alignment's
thresholds (:data:`GRID`) with the best micro F1 on the three other pairs (gold segmentation)
is scored on the held-out pair, which shows how much the thresholds depend on the pairs.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from score_alignment import (
    CORPORA,
    CORPUS,
    Linked,
    Score,
    load_gold,
    run_pair,
    score_links,
)

from clausediff.comparison import LinkReason, Pair

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


@dataclass(frozen=True, slots=True)
class _Side:
    """One side of a pair cut into a deletion and an insertion (enough for :func:`expand`)."""

    left: tuple[str, ...]
    right: tuple[str, ...]


def cut_weak(pairs: Iterable[Pair], below: float) -> list[Linked]:
    """The pairs with every one-to-one pair under ``below`` similarity cut in two.

    A pair vouched for by its number and heading or by a manual link is kept, as the product
    keeps a moved one (:meth:`~clausediff.compare.pairs.PairBuilder.build_founded`).
    """
    out: list[Linked] = []
    for pair in pairs:
        if (
            len(pair.left) == len(pair.right) == 1
            and pair.similarity < below
            and pair.reason not in (LinkReason.NUMBER, LinkReason.MANUAL)
        ):
            out += [_Side(tuple(pair.left), ()), _Side((), tuple(pair.right))]
        else:
            out.append(pair)
    return out


def cut_curve(values: str) -> None:
    """Scores on every set if one-to-one pairs under each similarity were deleted and inserted.

    This is the calibration of "a clause whose counterpart shares little is deleted": the product
    cuts only "moved" pairs under :data:`LOW_SIMILARITY` (moved pairs have no place to vouch
    for them); the curve shows what cutting in-place pairs too would do, per set, with gold
    keys and with the product's segmentation.
    """
    thresholds = [float(v) for v in values.split(",")]
    print("one-to-one pairs under T cut into a deletion and an insertion:")
    print("T, then per set: pair F1, deleted P/R, inserted P/R")
    rows: dict[float, list[str]] = {t: [f"T={t:<5}"] for t in thresholds}
    for gold_segmentation in (True, False):
        for corpus in (c for c in CORPORA if c.is_dir()):
            runs = []
            for pair_dir in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
                run = run_pair(pair_dir, gold_segmentation)
                runs.append((load_gold(pair_dir)[2], run))
            for t in thresholds:
                total = Score()
                for gold, (_, pairs, left, right) in runs:
                    total.merge(score_links(cut_weak(pairs, t), left, right, gold))
                dp, dr, _ = total.deleted.prf()
                ip, ir, _ = total.inserted.prf()
                name = corpus.parent.name if corpus.name == "pairs" else corpus.name
                mode = "gold keys" if gold_segmentation else "segmented"
                rows[t].append(
                    f"{name:<12} {mode:<9} {total.pairs.prf()[2]:.3f}"
                    f"  del {dp:.2f}/{dr:.2f}  ins {ip:.2f}/{ir:.2f}"
                )
    for t in thresholds:
        print("\n  ".join(rows[t]))


def sweep(setting: str) -> None:
    """Dev-set scores at each value of one threshold (see the module docstring)."""
    name, _, values = setting.partition("=")
    module, _, attr = name.rpartition(".")
    dev_sets = [c for c in CORPORA[:2] if c.is_dir()]
    print(f"{name}: pair F1, deleted P/R, inserted P/R (gold segmentation)")
    for value in (float(v) for v in values.split(",")):
        row = [f"{attr}={value:<6}"]
        with patched({(module, attr): value}):
            for corpus in dev_sets:
                total = Score()
                for pair_dir in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
                    total.merge(run_pair(pair_dir, gold_segmentation=True)[0])
                dp, dr, _ = total.deleted.prf()
                ip, ir, _ = total.inserted.prf()
                row.append(
                    f"{corpus.name}: {total.pairs.prf()[2]:.3f} del {dp:.2f}/{dr:.2f}"
                    f" ins {ip:.2f}/{ir:.2f}"
                )
        print(" | ".join(row))
