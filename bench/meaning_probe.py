"""Does meaning beyond shared stems separate gold clause pairs better? (issue 14, point 3)

For every pair of the hand-gold sets (clauses cut at the gold keys: alignment judged alone),
each left clause is compared with each right clause under several *views* of their words, and
each view is judged the way ``docs/alignment-experiments.md`` judged French static vectors:

* AUC of the view's similarity for the gold pairs against all other pairs of clauses, per
  language, next to the aligner's own similarity (IDF-weighted cosine of 7-letter stems,
  :class:`clausediff.align.score.Scorer`);
* the same among the pairs the aligner leaves in different links only (gold: the pairs it
  misses), with how many of those missed pairs reach the top 20 / 60 of that pool, which is
  what an extra signal for joining n:m groups would have to find;
* the rank of each missed gold pair in its document under each view.

Views (each an IDF-weighted cosine of word sets, heading bonus included, unless said):

* ``stems``: the aligner's (words cut to 7 letters);
* ``cut5``: words cut to 5 letters, the control for ``derived`` (is it only the shorter cut?);
* ``derived``: a cheap derivational rule set (:func:`derive`): derivational and inflectional
  suffixes of English and French stripped, then cut to 5 letters, plus the word without a
  ``re``/``sub``/``non`` prefix ("redistribution" meets "distribute",
  "licensor" "licence", "permitted" "permission", "résiliation" "résilier");
* ``lemma``: simplemma lemmas (if installed), folded, the same prefix rule, cut to 7;
* ``vectors`` (English, with ``--vectors DIR``): cosine of the clauses' mean unit word vectors
  weighted by document IDF, from a spaCy model directory's ``vocab`` (read without spaCy: the
  ``.npy`` table, ``key2row`` by the 64-bit MurmurHash of the word);
* ``stems+X``: the mean of the aligner's similarity and view X (X as an extra signal).

The whole Code civil pairs are left out by default (a few million pairs of articles; pass them
with ``--corpus``). Usage: ``python bench/meaning_probe.py [--vectors MODEL_DIR]
[--corpus DIR ...]``. Prints figures; changes nothing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_alignment import CORPUS, ROOT, expand, gold_clauses, language_of, load_gold, run_pair

from clausediff.align.score import Scorer
from clausediff.align.signatures import Stemmer, provisions
from clausediff.clause import Clause
from clausediff.text.normalize import fold_for_matching

#: The hand-gold sets (the dev corpus and the held-out pairs without the two whole codes).
PROBE_SETS = (
    CORPUS,
    *(ROOT / "bench" / "data" / name / "pairs" for name in ("heldout", "heldout2", "heldout3")),
    *(ROOT / "bench" / "data" / name / "pairs" for name in ("heldout5", "heldout6", "heldout7")),
)
#: Suffixes stripped by :func:`derive`, longest first (folded: no accents).
SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            *("ations", "ation", "itions", "ition", "utions", "ution", "tions", "tion"),
            *("sions", "sion", "ments", "ment", "ements", "ement", "ances", "ance"),
            *("ences", "ence", "ancies", "ancy", "encies", "ency", "ities", "ity"),
            *("ites", "ite", "ives", "ive", "ifs", "if", "ors", "or", "eurs", "eur"),
            *("rices", "rice", "ers", "er", "ables", "able", "ibles", "ible", "ings"),
            *("ing", "ed", "es", "s", "ures", "ure", "als", "al", "aux", "ally", "ly"),
            *("izes", "ize", "ises", "ise", "ates", "ate", "utes", "ute", "ir", "re"),
            *("ees", "ee", "e", "ant", "ants", "ent", "ents"),
        },
        key=lambda suffix: (-len(suffix), suffix),
    )
)
PREFIXES = ("non", "sub", "re")
#: Letters a word keeps after :func:`derive` strips its suffix.
DERIVED_STEM = 5
#: A suffix or prefix is stripped only if this many letters remain.
MIN_BASE = 4
_WORD = re.compile(r"[^\W\d_]+")


def derive(word: str, cut: int = DERIVED_STEM) -> tuple[str, ...]:
    """The derivational forms of a folded word: suffix-stripped and cut, and without a prefix."""
    base = word
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= MIN_BASE:
            base = base[: -len(suffix)]
            break
    forms = [base[:cut]]
    for prefix in PREFIXES:
        if base.startswith(prefix) and len(base) - len(prefix) >= MIN_BASE:
            forms.append(base[len(prefix) :][:cut])
            break
    return tuple(forms)


def word_view(split: Callable[[str], Iterable[str]]) -> Callable[[str], frozenset[str]]:
    """A view that folds a text, splits it into words and maps each word to its forms."""
    cache: dict[str, tuple[str, ...]] = {}

    def words(text: str) -> frozenset[str]:
        out: set[str] = set()
        for token in fold_for_matching(text.casefold()).split():
            forms = cache.get(token)
            if forms is None:
                forms = cache[token] = tuple(split(token))
            out.update(forms)
        return frozenset(out)

    return words


def lemma_view(language: str) -> Callable[[str], frozenset[str]] | None:
    """simplemma lemmas (accents kept for the lookup), folded, prefix rule, cut to 7."""
    try:
        simplemma: Any = importlib.import_module("simplemma")
    except ImportError:
        return None
    cache: dict[str, tuple[str, ...]] = {}

    def words(text: str) -> frozenset[str]:
        out: set[str] = set()
        for token in _WORD.findall(text.casefold()):
            forms = cache.get(token)
            if forms is None:
                lemma = fold_for_matching(str(simplemma.lemmatize(token, lang=language)))
                found = [lemma[:7]]
                for prefix in PREFIXES:
                    if lemma.startswith(prefix) and len(lemma) - len(prefix) >= MIN_BASE:
                        found.append(lemma[len(prefix) :][:7])
                        break
                forms = cache[token] = tuple(found)
            out.update(forms)
        return frozenset(out)

    return words


def murmur64(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, spaCy's string hash (``hash_string``: UTF-8 bytes, seed 1)."""
    mult, mask = 0xC6A4A7935BD1E995, (1 << 64) - 1
    h = (seed ^ (len(data) * mult)) & mask
    blocks = len(data) // 8
    for k in range(blocks):
        x = (int.from_bytes(data[8 * k : 8 * k + 8], "little") * mult) & mask
        x = ((x ^ (x >> 47)) * mult) & mask
        h = ((h ^ x) * mult) & mask
    if len(data) % 8:
        h = ((h ^ int.from_bytes(data[8 * blocks :], "little")) * mult) & mask
    h = ((h ^ (h >> 47)) * mult) & mask
    return h ^ (h >> 47)


class Vectors:
    """Unit word vectors of a spaCy model directory, read without spaCy."""

    def __init__(self, model: Path) -> None:
        vocab = model / "vocab"
        msgpack: Any = importlib.import_module("msgpack")
        self.key2row: dict[int, int] = msgpack.unpackb(
            (vocab / "key2row").read_bytes(), strict_map_key=False
        )
        raw = (vocab / "vectors").read_bytes()
        header_len = int.from_bytes(raw[8:10], "little")
        header = raw[10 : 10 + header_len].decode("latin-1")
        if "'<f4'" not in header or "False" not in header:
            raise SystemExit(f"unexpected vector table: {header.strip()}")
        shape = re.search(r"\((\d+), (\d+)\)", header)
        assert shape is not None
        self.width = int(shape.group(2))
        self.table = array("f")
        self.table.frombytes(raw[10 + header_len :])
        self._unit: dict[str, list[float] | None] = {}

    def unit(self, word: str) -> list[float] | None:
        """The word's unit vector, or None when the model has none."""
        if word in self._unit:
            return self._unit[word]
        row = self.key2row.get(murmur64(word.encode("utf-8")))
        found: list[float] | None = None
        if row is not None:
            values = self.table[row * self.width : (row + 1) * self.width].tolist()
            norm = math.sqrt(sum(v * v for v in values))
            found = [v / norm for v in values] if norm > 0 else None
        self._unit[word] = found
        return found

    def cosines(self, left: Sequence[str], right: Sequence[str]) -> dict[tuple[int, int], float]:
        """Cosine of the IDF-weighted mean unit vectors of every left and right text."""
        tokens = [frozenset(_WORD.findall(t.casefold())) for t in (*left, *right)]
        df = Counter(w for words in tokens for w in words)
        total = len(tokens) + 1.0
        means: list[list[float]] = []
        for words in tokens:
            mean = [0.0] * self.width
            for word in words:
                vector = self.unit(word)
                if vector is not None:
                    weight = math.log(max(total / df[word], 1.0))
                    mean = [m + weight * v for m, v in zip(mean, vector, strict=True)]
            norm = math.sqrt(sum(m * m for m in mean))
            means.append([m / norm for m in mean] if norm > 0 else mean)
        n = len(left)
        return {
            (i, j): sum(a * b for a, b in zip(means[i], means[n + j], strict=True))
            for i in range(n)
            for j in range(len(right))
        }


@dataclass(frozen=True, slots=True)
class Probe:
    """One document pair: its clauses, gold pairs, the aligner's pairs, every view's scores."""

    name: str
    language: str
    left: tuple[Clause, ...]
    right: tuple[Clause, ...]
    gold: frozenset[tuple[int, int]]
    linked: frozenset[tuple[int, int]]
    scores: Mapping[str, Mapping[tuple[int, int], float]]


def _body(clause: Clause) -> str:
    return provisions(clause.text) or clause.heading


def view_scores(
    left: Sequence[Clause], right: Sequence[Clause], words: Callable[[str], frozenset[str]]
) -> dict[tuple[int, int], float]:
    """The Scorer similarity of every pair under one view of the words."""
    scorer = Scorer(
        [words(_body(c)) for c in left],
        [words(_body(c)) for c in right],
        [fold_for_matching(c.heading) for c in left],
        [fold_for_matching(c.heading) for c in right],
    )
    return {(i, j): scorer.sim(i, j) for i in range(len(left)) for j in range(len(right))}


def probe(pair_dir: Path, vectors: Vectors | None) -> Probe:
    """Score every view on one pair (gold keys)."""
    left_text, right_text, gold, _ = load_gold(pair_dir)
    left = gold_clauses(left_text, gold.left_starts)
    right = gold_clauses(right_text, gold.right_starts)
    _, pairs, _, _ = run_pair(pair_dir, True)
    predicted, _, _ = expand(pairs, left, right, gold)
    at_left = {c.id: i for i, c in enumerate(left)}
    at_right = {c.id: j for j, c in enumerate(right)}
    language = language_of(pair_dir)
    stemmer = Stemmer()
    views: dict[str, Callable[[str], frozenset[str]] | None] = {
        "stems": stemmer.text_words,
        "cut5": word_view(lambda w: (w[:5],)),
        "derived": word_view(derive),
        "lemma": lemma_view(language),
    }
    scores = {name: view_scores(left, right, w) for name, w in views.items() if w is not None}
    if vectors is not None and language == "en":
        scores["vectors"] = vectors.cosines([_body(c) for c in left], [_body(c) for c in right])
    for name in [n for n in scores if n != "stems"]:
        scores[f"stems+{name}"] = {k: (v + scores[name][k]) / 2 for k, v in scores["stems"].items()}
    return Probe(
        pair_dir.name,
        language,
        left,
        right,
        frozenset((at_left[a], at_right[b]) for a, b in gold.pairs),
        frozenset((at_left[a], at_right[b]) for a, b in predicted),
        scores,
    )


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a positive outranks a negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    ranked = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    rank_sum, k = 0.0, 0
    while k < len(ranked):
        end = k
        while end < len(ranked) and ranked[end][0] == ranked[k][0]:
            end += 1
        average = (k + 1 + end) / 2
        rank_sum += average * sum(label for _, label in ranked[k:end])
        k = end
    n_pos = len(positives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * len(negatives))


def _pool(probes: Sequence[Probe], view: str, unlinked: bool) -> tuple[list[float], list[float]]:
    positives: list[float] = []
    negatives: list[float] = []
    for p in probes:
        if view not in p.scores:
            continue
        for key, value in p.scores[view].items():
            if unlinked and key in p.linked:
                continue
            (positives if key in p.gold else negatives).append(value)
    return positives, negatives


def report(probes: Sequence[Probe]) -> None:
    """Print the AUC tables per language and the ranks of the missed gold pairs."""
    views = list(dict.fromkeys(v for p in probes for v in p.scores))
    for language in sorted({p.language for p in probes}):
        mine = [p for p in probes if p.language == language]
        print(f"\n## {language}: {', '.join(p.name for p in mine)}")
        print("| view | AUC all (gold/others) | AUC unlinked (missed/others) | top 20 | top 60 |")
        print("|---|---|---|---|---|")
        for view in views:
            pos, neg = _pool(mine, view, False)
            if not pos:
                continue
            upos, uneg = _pool(mine, view, True)
            ordered = sorted([*((v, 1) for v in upos), *((v, 0) for v in uneg)], reverse=True)
            print(
                f"| {view} | {auc(pos, neg):.3f} ({len(pos)}/{len(neg)}) | "
                f"{auc(upos, uneg):.3f} ({len(upos)}/{len(uneg)}) | "
                f"{sum(lab for _, lab in ordered[:20])} | {sum(lab for _, lab in ordered[:60])} |"
            )
    print("\n## missed gold pairs: rank among the document's unlinked pairs (1 = best)")
    print("| pair | missed | " + " | ".join(views) + " |")
    print("|---|---|" + "---|" * len(views))
    moves: dict[str, Counter[str]] = {view: Counter() for view in views}
    for p in probes:
        pool = [k for k in p.scores["stems"] if k not in p.linked]
        for i, j in sorted(p.gold - p.linked):
            ranks: dict[str, int] = {}
            for view in views:
                if view in p.scores:
                    mine_value = p.scores[view][(i, j)]
                    ranks[view] = 1 + sum(p.scores[view][k] > mine_value for k in pool)
            for view, rank in ranks.items():
                moves[view][_compare(rank, ranks["stems"])] += 1
            label = f"{p.left[i].id}-{p.right[j].id}"
            cells = " | ".join(str(ranks.get(view, "-")) for view in views)
            print(f"| {p.name} ({len(pool)}) | {label} | {cells} |")
    print("\n| view | missed pairs ranked higher / lower / same as by stems |")
    print("|---|---|")
    for view in views[1:]:
        counts = moves[view]
        print(f"| {view} | {counts['higher']} / {counts['lower']} / {counts['same']} |")


def _compare(rank: int, reference: int) -> str:
    return "higher" if rank < reference else "lower" if rank > reference else "same"


def main(argv: Sequence[str] | None = None) -> int:
    """Probe every set and print the tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--vectors", type=Path, help="a spaCy model directory (holds vocab/)")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of pairs")
    args = parser.parse_args(argv)
    vectors = Vectors(args.vectors) if args.vectors else None
    if vectors is not None:
        meta = json.loads((args.vectors / "meta.json").read_text(encoding="utf-8"))
        print(f"vectors: {meta.get('name')} {meta.get('version')}: {meta.get('vectors')}")
    probes = [
        probe(pair_dir, vectors)
        for corpus in args.corpus or PROBE_SETS
        for pair_dir in sorted(corpus.iterdir())
        if (pair_dir / "gold.json").is_file()
    ]
    report(probes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
