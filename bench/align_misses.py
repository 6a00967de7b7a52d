"""Which deletion and insertion errors are the aligner's, and which are the gold's.

For every pair of a set (gold keys: alignment judged alone), each clause the gold and the
prediction disagree on is listed with the evidence a reader needs to judge it:

* a gold deletion (insertion) that the aligner pairs: what it is paired with, and how much of
  its text survives there (``kept``: the share of its words found, in order, in the partner's
  text: the longest common subsequence of words over its length; and the Indel similarity of
  the characters, the figure of the gold's README). A text kept at :data:`SURVIVES` or more
  lives on in the partner: the law moved it (to another number, or into an article that kept
  its old number) and a mechanical gold, which follows article identities, counts a deletion
  and an insertion;
* a predicted deletion (insertion) that the gold pairs: the gold partner and the same two
  figures. Under :data:`score_alignment.DISPUTED_PAIR` of similarity a mechanical gold pairs two
  texts that share little (a number reused for new text), which its README declares disputable.

Bodies are compared without the division headings that end them
(:func:`clausediff.align.signatures.provisions`), as the adjudicated score does. The verdict
column applies those two thresholds to mechanical golds (a ``gold_provenance.json`` beside the
pair) only: a hand-made gold pairs rewrites by their meaning, which these figures cannot judge.

Usage: ``python bench/align_misses.py [--corpus DIR ...]`` (default: every set of
``score_alignment.CORPORA``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz.distance import Indel
from score_alignment import CORPORA, DISPUTED_PAIR, expand, gold_clauses, load_gold, run_pair

from clausediff.align.signatures import provisions
from clausediff.clause import Clause

#: Share of a text found in its partner from which the text is said to survive there.
SURVIVES = 0.5


def kept(text: str, other: str) -> float:
    """Share of ``text``'s words found, in order, in ``other`` (word LCS over its word count)."""
    words, others = text.casefold().split(), other.casefold().split()
    if not words:
        return 0.0
    common = (len(words) + len(others) - Indel.distance(words, others)) / 2
    return common / len(words)


def _label(clause: Clause) -> str:
    head = f"{clause.number} {clause.heading}".strip()
    return (head or clause.text.split("\n", 1)[0])[:28]


def _figures(text: str, other: str) -> tuple[float, float]:
    return kept(text, other), float(Indel.normalized_similarity(text, other))


def misses(pair_dir: Path) -> Iterator[str]:
    """One line per deletion or insertion the gold and the prediction disagree on."""
    left_text, right_text, gold, _ = load_gold(pair_dir)
    _, pairs, left, right = run_pair(pair_dir, gold_segmentation=True)
    clauses: dict[str, Clause] = {
        c.id: c
        for c in (
            *gold_clauses(left_text, gold.left_starts),
            *gold_clauses(right_text, gold.right_starts),
        )
    }
    body = {cid: provisions(c.text) for cid, c in clauses.items()}
    predicted, deleted, inserted = expand(pairs, left, right, gold)
    mechanical = (pair_dir / "gold_provenance.json").is_file()
    partners: dict[str, list[str]] = {}
    for a, b in predicted:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    gold_partners: dict[str, list[str]] = {}
    for a, b in gold.pairs:
        gold_partners.setdefault(a, []).append(b)
        gold_partners.setdefault(b, []).append(a)

    def line(kind: str, cid: str, others: Sequence[str], verdict: str) -> str:
        shown = ", ".join(
            f"{o} {_label(clauses[o])!r} kept {k:.2f} sim {s:.2f}"
            for o in sorted(others, key=lambda x: int(x[1:]))
            for k, s in [_figures(body[cid], body[o])]
        )
        return f"  {kind:<22} {cid:<6} {_label(clauses[cid])!r:<30} -> {shown}  [{verdict}]"

    def survives(cid: str, others: Sequence[str]) -> bool:
        return any(kept(body[cid], body[o]) >= SURVIVES for o in others)

    def disputed(cid: str, others: Sequence[str]) -> bool:
        return all(Indel.normalized_similarity(body[cid], body[o]) < DISPUTED_PAIR for o in others)

    for kind, missed in (
        ("gold deleted, paired", sorted(gold.deleted - deleted, key=_number)),
        ("gold inserted, paired", sorted(gold.inserted - inserted, key=_number)),
    ):
        for cid in missed:
            others = partners.get(cid, [])
            verdict = "text survives there" if survives(cid, others) else "aligner"
            verdict = verdict if mechanical else "hand gold"
            yield line(kind, cid, others, verdict)
    for kind, extra in (
        ("deleted, gold pairs", sorted(deleted - gold.deleted, key=_number)),
        ("inserted, gold pairs", sorted(inserted - gold.inserted, key=_number)),
    ):
        for cid in extra:
            others = gold_partners.get(cid, [])
            verdict = "gold pair disputable" if disputed(cid, others) else "aligner"
            verdict = verdict if mechanical else "hand gold"
            yield line(kind, cid, others, verdict)


def _number(cid: str) -> int:
    return int(cid[1:])


def tally(lines: Sequence[str]) -> Mapping[str, int]:
    """How many lines end with each verdict."""
    counts: dict[str, int] = {}
    for text in lines:
        verdict = text.rsplit("[", 1)[1].rstrip("]")
        counts[verdict] = counts.get(verdict, 0) + 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Print the disagreements of every pair, then the verdicts counted per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a set like ../shared/corpus")
    args = parser.parse_args(argv)
    for corpus in args.corpus or [c for c in CORPORA if c.is_dir()]:
        every: list[str] = []
        print(f"\n{corpus}")
        for pair_dir in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
            found = list(misses(pair_dir))
            every += found
            if found:
                print(pair_dir.name)
                print("\n".join(found))
        print("verdicts:", dict(sorted(tally(every).items())) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
