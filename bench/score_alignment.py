"""Score clause alignment on version pairs, as ``../shared/corpus/README.md`` says.

For each document pair: segment both texts (``clausediff.segment.segment``, or with
``--gold-segmentation`` clauses cut at the gold keys so alignment is judged alone), align them
with :func:`clausediff.align.align`, build the product's pairs from the links
(:meth:`clausediff.compare.pairs.PairBuilder.build_founded`: word diff, similarity, a pair
that shares almost nothing and has no reason becomes a deletion plus an insertion), map
predicted clauses to gold clauses (a predicted clause covers a gold clause when the gold key's
start offset lies inside the predicted span), expand the pairs into gold pairs, and print
precision, recall and F1 of pairs, precision and recall of deleted and of inserted clauses, and
the number of one-to-one "moved" pairs under 15 % similarity ("mv<15"; "weak" counts moved and
modified ones, which carry a reason: number and heading, or a manual link), per pair and
micro-averaged per language and overall.

Every corpus given is scored (default: the dev corpus, the large pair and the held-out sets
``bench/data/heldout``, ``heldout2``, ``heldout3``, ``heldout4`` (a second whole Code civil
pair), ``heldout5``, ``heldout6`` and ``heldout7``). A pair whose gold was derived
mechanically (a ``gold_provenance.json``
beside it, such as the Code civil pair) gets a second, "adjudicated" line that applies the
weaknesses its README declares, both ways: a gold pair whose texts keep under half of each other
(:data:`DISPUTED_PAIR`) is also right as a deletion plus an insertion, and a gold deletion and
insertion whose texts are near-identical (:data:`DISPUTED_MOVE`) are also right as a pair. The
two compose: a gold deletion predicted paired, near-identically, with the new text of a disputed
gold pair (the law moved article 258's words into article 253, whose number kept its old,
rewritten family) is right too, and the disputed pair's other clause is then deleted (or
inserted).

``--sweep``, ``--cut-curve`` and ``--loo`` score the sets under changed thresholds instead
(:mod:`alignment_sweeps`).

Usage: ``python bench/score_alignment.py [--gold-segmentation] [--corpus DIR ...] [--verbose]
[--sweep SETTING | --cut-curve T1,T2 | --loo]``.
The functions are reused by ``bench/speed_compare.py`` and the corpus test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Indel  # noqa: E402

from clausediff.align import Link, align  # noqa: E402
from clausediff.align.signatures import provisions  # noqa: E402
from clausediff.clause import Clause  # noqa: E402
from clausediff.compare.pairs import LOW_SIMILARITY, PairBuilder  # noqa: E402
from clausediff.comparison import Pair, PairStatus  # noqa: E402
from clausediff.document import Document, Format  # noqa: E402
from clausediff.options import CompareOptions  # noqa: E402
from clausediff.text.language import detect_language  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
#: Every set scored by default: dev corpus, large pair, the blind sets.
CORPORA = (
    CORPUS,
    ROOT.parent / "shared" / "corpus-large",
    ROOT / "bench" / "data" / "heldout" / "pairs",
    ROOT / "bench" / "data" / "heldout2" / "pairs",
    ROOT / "bench" / "data" / "heldout3" / "pairs",
    ROOT / "bench" / "data" / "heldout4" / "pairs",
    ROOT / "bench" / "data" / "heldout5" / "pairs",
    ROOT / "bench" / "data" / "heldout6" / "pairs",
    ROOT / "bench" / "data" / "heldout7" / "pairs",
)
#: Mechanical gold: a pair whose texts keep less than this of each other is disputable.
DISPUTED_PAIR = 0.5
#: Mechanical gold: a deletion and an insertion this alike are disputable (an unrecorded move).
DISPUTED_MOVE = 0.8
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(
    r"^(?:article\s+\d+(?:er)?(?:-\d+)*|\d+(?:\.\d+)*\.?|\(?[a-z]\)|[a-z]\.|[ivx]+\.)\s*",
    re.IGNORECASE,
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
    #: One-to-one "moved" pairs under :data:`LOW_SIMILARITY` (target 0).
    moved_low: int = 0
    #: One-to-one "moved" or "modified" pairs under it (each carries a vouching reason).
    weak: int = 0
    seconds: float = 0.0

    def merge(self, other: Score) -> None:
        """Add another document pair's tallies."""
        self.pairs.merge(other.pairs)
        self.deleted.merge(other.deleted)
        self.inserted.merge(other.inserted)
        self.missed += other.missed
        self.moved_low += other.moved_low
        self.weak += other.weak
        self.seconds += other.seconds


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


def expand(
    links: Iterable[Linked],
    left: Sequence[Clause],
    right: Sequence[Clause],
    gold: Gold,
) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    """Predicted links in gold ids: pairs, deleted clauses, inserted clauses."""
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
    return pairs, deleted, inserted


def score_links(
    links: Iterable[Linked],
    left: Sequence[Clause],
    right: Sequence[Clause],
    gold: Gold,
) -> Score:
    """Expand predicted links into gold pairs / deleted / inserted and count them."""
    lcov = cover(left, gold.left_starts)
    rcov = cover(right, gold.right_starts)
    pairs, deleted, inserted = expand(links, left, right, gold)
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


def language_of(pair_dir: Path) -> str:
    """The pair's language: the ``-fr`` suffix of the corpus layout, else detected from the text."""
    if pair_dir.name.endswith("-fr"):
        return "fr"
    return detect_language((pair_dir / "left.txt").read_text(encoding="utf-8")[:20_000])


def product_pairs(
    links: Iterable[Link],
    left_text: str,
    right_text: str,
    left: Sequence[Clause],
    right: Sequence[Clause],
    options: CompareOptions,
) -> tuple[Pair, ...]:
    """The pairs the product shows for these links (word diff, pairs without a reason cut)."""
    builder = PairBuilder(
        Document(text=left_text, format=Format.TXT, language=""),
        Document(text=right_text, format=Format.TXT, language=""),
        left,
        right,
        {},
        {},
        options,
    )
    return tuple(pair for link in links for pair in builder.build_founded(link))


def run_pair(
    pair_dir: Path, gold_segmentation: bool, options: CompareOptions | None = None
) -> tuple[Score, tuple[Pair, ...], tuple[Clause, ...], tuple[Clause, ...]]:
    """Segment, align, build the product's pairs and score one corpus pair."""
    left_text, right_text, gold, _ = load_gold(pair_dir)
    if gold_segmentation:
        left = gold_clauses(left_text, gold.left_starts)
        right = gold_clauses(right_text, gold.right_starts)
    else:
        language = language_of(pair_dir)
        left = segment_text(left_text, language)
        right = segment_text(right_text, language)
    options = options or CompareOptions()
    started = time.perf_counter()
    links = align(left, right, options)
    pairs = product_pairs(links, left_text, right_text, left, right, options)
    seconds = time.perf_counter() - started
    score = score_links(pairs, left, right, gold)
    score.seconds = seconds
    for pair in pairs:
        if len(pair.left) == len(pair.right) == 1 and pair.similarity < LOW_SIMILARITY:
            score.moved_low += pair.status is PairStatus.MOVED
            score.weak += pair.status in (PairStatus.MOVED, PairStatus.MODIFIED)
    return score, pairs, left, right


def adjudicated(
    pair_dir: Path, run: tuple[Score, Sequence[Pair], Sequence[Clause], Sequence[Clause]]
) -> Score | None:
    """The score of a :func:`run_pair` result under the weaknesses a mechanical gold declares.

    See the module docstring; ``None`` for a hand-made gold (no ``gold_provenance.json``).
    """
    if not (pair_dir / "gold_provenance.json").is_file():
        return None
    left_text, right_text, gold, _ = load_gold(pair_dir)
    score, pairs, left, right = run
    # a gold clause runs to the next key, over the division headings between two articles; the
    # gold's article texts (and the similarities its README quotes) are the articles' own
    body = {
        **{
            g: provisions(c.text) for c in gold_clauses(left_text, gold.left_starts) for g in [c.id]
        },
        **{
            h: provisions(c.text)
            for c in gold_clauses(right_text, gold.right_starts)
            for h in [c.id]
        },
    }
    predicted = expand(pairs, left, right, gold)
    kept_pairs, deleted, inserted = set(gold.pairs), set(gold.deleted), set(gold.inserted)
    for a, b in gold.pairs:
        if (
            a in predicted[1]
            and b in predicted[2]
            and Indel.normalized_similarity(body[a], body[b]) < DISPUTED_PAIR
        ):
            kept_pairs.discard((a, b))
            deleted.add(a)
            inserted.add(b)
    for a, b in predicted[0]:
        if (
            a in gold.deleted
            and b in gold.inserted
            and Indel.normalized_similarity(body[a], body[b]) >= DISPUTED_MOVE
        ):
            kept_pairs.add((a, b))
            deleted.discard(a)
            inserted.discard(b)
    for c, d in predicted[0]:
        if Indel.normalized_similarity(body[c], body[d]) < DISPUTED_MOVE:
            continue
        # a gold deletion (insertion) that moved into the right (left) clause of a disputed pair
        displaced = [
            (a, b)
            for a, b in kept_pairs
            if ((c in deleted and b == d) or (d in inserted and a == c))
            and Indel.normalized_similarity(body[a], body[b]) < DISPUTED_PAIR
        ]
        for a, b in displaced:
            kept_pairs.discard((a, b))
            kept_pairs.add((c, d))
            deleted.discard(c)
            inserted.discard(d)
            if not any(x == a for x, _ in kept_pairs):
                deleted.add(a)
            if not any(y == b for _, y in kept_pairs):
                inserted.add(b)
    lenient = Gold(
        gold.left_starts,
        gold.right_starts,
        frozenset(kept_pairs),
        frozenset(deleted),
        frozenset(inserted),
    )
    out = score_links(pairs, left, right, lenient)
    out.moved_low, out.weak, out.seconds = score.moved_low, score.weak, score.seconds
    return out


def _row(name: str, score: Score) -> str:
    p, r, f = score.pairs.prf()
    dp, dr, _ = score.deleted.prf()
    ip, ir, _ = score.inserted.prf()
    counts = f"{score.pairs.tp}/{score.pairs.tp + score.pairs.fn}"
    return (
        f"{name[:44]:<44} {p:5.3f} {r:5.3f} {f:5.3f} {counts:>9} | {dp:4.2f} {dr:4.2f} |"
        f" {ip:4.2f} {ir:4.2f} | {score.moved_low:5d} {score.weak:4d} | {score.missed:3d}"
        f" {score.seconds:6.2f}"
    )


def _describe(links: Sequence[Link | Pair]) -> str:
    parts = []
    for link in links:
        mark = {PairStatus.UNCHANGED: "=", PairStatus.MODIFIED: "~"}.get(link.status, "")
        status = mark or link.status.value
        parts.append(
            f"{','.join(link.left) or '-'}>{','.join(link.right) or '-'}"
            f"[{status} {link.similarity:.2f}]"
        )
    return "  " + " ".join(parts)


def score_corpus(corpus: Path, gold_segmentation: bool, verbose: bool) -> Score:
    """Print one corpus's table (per pair, micro-averages) and return its overall tally."""
    totals = {"fr": Score(), "en": Score(), "all": Score()}
    mode = "gold keys" if gold_segmentation else "clausediff.segment"
    print(f"\nClause alignment on {corpus} (segmentation: {mode})")
    print(
        f"{'pair':<44} {'P':>5} {'R':>5} {'F1':>5} {'found':>9} | {'del P/R':<9} |"
        f" {'ins P/R':<9} | mv<15 weak | miss seconds"
    )
    for pair_dir in sorted(p for p in corpus.iterdir() if (p / "gold.json").is_file()):
        run = run_pair(pair_dir, gold_segmentation)
        score, pairs = run[0], run[1]
        lang = language_of(pair_dir)
        totals[lang].merge(score)
        totals["all"].merge(score)
        print(_row(pair_dir.name, score))
        lenient = adjudicated(pair_dir, run)
        if lenient is not None:
            print(_row("  adjudicated (gold's declared weaknesses)", lenient))
        if verbose:
            print(_describe(pairs))
    for name in ("fr", "en", "all"):
        if totals[name].pairs.tp + totals[name].pairs.fn + totals[name].pairs.fp:
            print(_row(f"micro-average {name}", totals[name]))
    return totals["all"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-pair and micro-averaged tables (or the leave-one-pair-out figures)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold-segmentation",
        action="store_true",
        help="cut clauses at the gold keys (judge alignment alone)",
    )
    parser.add_argument(
        "--corpus", type=Path, action="append", help="a set laid out like ../shared/corpus"
    )
    parser.add_argument("--verbose", action="store_true", help="print the predicted pairs")
    parser.add_argument(
        "--loo", action="store_true", help="leave-one-pair-out over the threshold grid (minutes)"
    )
    parser.add_argument("--sweep", metavar="MODULE.ATTR=V1,V2", help="one threshold's curve")
    parser.add_argument(
        "--cut-curve", metavar="T1,T2", help="scores if one-to-one pairs under T were cut"
    )
    args = parser.parse_args(argv)
    from alignment_sweeps import GRID, cut_curve, loo, sweep  # they score with this module

    if args.sweep:
        sweep(args.sweep)
        return 0
    if args.cut_curve:
        cut_curve(args.cut_curve)
        return 0
    if args.loo:
        loo(GRID)
        return 0
    for corpus in args.corpus or [c for c in CORPORA if c.is_dir()]:
        score_corpus(corpus, args.gold_segmentation, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
