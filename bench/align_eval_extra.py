"""Extra alignment evaluation: synthetic revisions of real texts, and leave-one-pair-out.

The corpus has four pairs; a method tuned on them can overfit. This script checks generality on
material with a known alignment built from real legal text:

* **base documents** (real clauses): every corpus text cut at its gold keys (8 documents, FR and
  EN), the bundled sample contracts (``resources/samples/*-v1.txt``, product segmentation), the
  user seed and the dev annotation paragraphs (``../shared/annotations/dev.jsonl``) grouped into
  documents of 12 paragraphs per language;
* **scenarios**: each base document is revised by one kind of edit, with a deterministic seed,
  and the revision's alignment is known by construction: ``light`` (a few words changed here
  and there), ``reorder`` (clauses moved), ``split`` (clauses cut at a sentence boundary),
  ``merge`` (neighbours joined), ``insdel`` (clauses deleted, clauses from another document of
  the same language inserted), ``paraphrase`` (a quarter of the words replaced everywhere),
  ``shuffle`` (a third of the clauses moved, 30 % of the words replaced everywhere),
  ``heavy`` (every clause keeps about half its sentences, reworded, plus a sentence from
  elsewhere; one split, one merge, one deletion, one insertion), ``restructure`` (sentences
  travel between clauses, many-to-many, some dropped, words replaced; a merge, deletions,
  insertions), ``mixed`` (a bit of all), and
  ``reversed`` (each corpus pair aligned right to left against its transposed gold);
* ``--loo``: leave-one-pair-out on the corpus (:func:`alignment_sweeps.loo`), to show how much
  the thresholds depend on the pairs; ``--set MODULE.ATTR=VALUE`` overrides a threshold for an
  ablation.

The base documents and the scenarios' edits live in ``bench/synthetic_revisions.py``; this
script aligns and scores. Clauses are built directly (``Article N`` + heading + body, offsets
consistent) so alignment is judged alone. Prints pair P/R/F1 and deleted/inserted F1 per
scenario, FR and EN apart.
Usage: ``python bench/align_eval_extra.py [--seeds N] [--loo] [--verbose]``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_sweeps import GRID, loo, patched
from score_alignment import CORPUS, Gold, Score, gold_clauses, load_gold, score_links
from synthetic_revisions import SCENARIOS, WORD, Base, Reviser, Unit, bases, build_clauses, revise

from clausediff.align import Link, align
from clausediff.clause import Clause


def score_revision(base: Base, units: Sequence[Unit]) -> Score:
    """Align the base document with its revision and score against the known alignment."""
    left = build_clauses("L", [Unit(h, b, [k]) for k, (h, b) in enumerate(base.clauses)])
    right = build_clauses("R", units)
    pairs = {(f"L{o + 1}", f"R{r}") for r, u in enumerate(units, 1) for o in u.origin}
    paired = {a for a, _ in pairs}
    gold = Gold(
        left_starts={c.id: c.start for c in left},
        right_starts={c.id: c.start for c in right},
        pairs=frozenset(pairs),
        deleted=frozenset(c.id for c in left if c.id not in paired),
        inserted=frozenset(f"R{r}" for r, u in enumerate(units, 1) if not u.origin),
    )
    return _checked(align(left, right), left, right, gold)


def _checked(
    links: Sequence[Link], left: Sequence[Clause], right: Sequence[Clause], gold: Gold
) -> Score:
    """Score links after checking the contract: every clause in exactly one link."""
    assert sorted(c for k in links for c in k.left) == sorted(c.id for c in left)
    assert sorted(c for k in links for c in k.right) == sorted(c.id for c in right)
    return score_links(links, left, right, gold)


def score_reversed(pair_dir: Path) -> Score:
    """A corpus pair aligned right to left, scored against the transposed gold."""
    left_text, right_text, gold, _ = load_gold(pair_dir)
    left = gold_clauses(right_text, gold.right_starts)
    right = gold_clauses(left_text, gold.left_starts)
    flipped = Gold(
        left_starts=gold.right_starts,
        right_starts=gold.left_starts,
        pairs=frozenset((b, a) for a, b in gold.pairs),
        deleted=gold.inserted,
        inserted=gold.deleted,
    )
    return _checked(align(left, right), left, right, flipped)


def _f(score: Score) -> str:
    p, r, f = score.pairs.prf()
    deleted, inserted = score.deleted.prf()[2], score.inserted.prf()[2]
    return f"{p:4.2f} {r:4.2f} {f:4.2f}  del {deleted:4.2f} ins {inserted:4.2f}"


def scenario_scores(
    docs: Sequence[Base], scenario: str, seeds: int, verbose: bool = False
) -> dict[str, Score]:
    """Scores of one scenario over every base document and seed, per language."""
    vocab = {
        lang: sorted(
            {w for b in docs if b.lang == lang for _, t in b.clauses for w in WORD.findall(t)}
        )
        for lang in ("fr", "en")
    }
    by_lang = {"fr": Score(), "en": Score()}
    for seed, base in itertools.product(range(seeds), docs):
        donors = [
            t
            for b in docs
            if b.lang == base.lang and b.name != base.name and b.family != base.family
            for _, t in b.clauses
        ]
        rng = random.Random(f"{scenario}/{base.name}/{seed}")
        units = revise(base, scenario, Reviser(rng, vocab[base.lang], donors))
        score = score_revision(base, units)
        by_lang[base.lang].merge(score)
        if verbose:
            print(f"   {base.name:<28} {_f(score)}")
    return by_lang


def extra(seeds: int, verbose: bool) -> dict[str, Score]:
    """Score every scenario over every base document; print one line per scenario."""
    docs = bases()
    totals: dict[str, Score] = {}
    print(f"{'scenario':<11} {'lang':<4} {'P':>4} {'R':>4} {'F1':>4}")
    for scenario in SCENARIOS:
        by_lang = scenario_scores(docs, scenario, seeds, verbose)
        total = Score()
        for lang, score in by_lang.items():
            total.merge(score)
            print(f"{scenario:<11} {lang:<4} {_f(score)}")
        totals[scenario] = total
    rev = Score()
    for pair_dir in sorted(p for p in CORPUS.iterdir() if (p / "gold.json").is_file()):
        score = score_reversed(pair_dir)
        rev.merge(score)
        if verbose:
            print(f"   {pair_dir.name:<28} {_f(score)}")
    print(f"{'reversed':<11} {'all':<4} {_f(rev)}")
    totals["reversed"] = rev
    overall = Score()
    for score in totals.values():
        overall.merge(score)
    print(f"{'ALL':<11} {'all':<4} {_f(overall)}")
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2, help="revisions per base and scenario")
    parser.add_argument("--loo", action="store_true", help="leave-one-pair-out on the corpus")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="MODULE.ATTR=VALUE",
        help="override a threshold for an ablation, e.g. clausediff.align.regroup.MAX_SIDE=3",
    )
    args = parser.parse_args(argv)
    setting: dict[tuple[str, str], float] = {}
    for item in args.set:
        target, value = item.split("=")
        module_name, attr = target.rsplit(".", 1)
        setting[(module_name, attr)] = float(value)
    with patched(setting):
        if args.loo:
            loo(GRID)
        else:
            extra(args.seeds, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
