"""Build a large synthetic document pair from real legal paragraphs, with its known alignment.

Paragraphs come from every corpus text (``../shared/corpus/*/*.txt``) and every annotated text
(``../shared/annotations/dev.jsonl``). Each left clause is one or more real paragraphs made
distinct by deterministic random word substitutions and number changes (so the document is full
of near-duplicate boilerplate, as real contract sets are). The right document is derived from the
left one by the edits a revision makes: rewording, deletions, insertions of new clauses, moves
(some also reworded), splits and merges; renumbering follows. Every clause is written as
``Article N`` on its own line followed by its body paragraph.

The known alignment is a :class:`score_alignment.Gold` whose ids are ``L1..Ln`` / ``R1..Rm`` and
whose start offsets are the offsets of each ``Article`` line, so predicted clauses are scored as
on the corpus. Usage: ``python bench/large_pair.py OUT_DIR [--clauses N]`` writes ``left.txt``,
``right.txt`` and ``gold.json`` (same format as the corpus, keys included).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_alignment import CORPUS, ROOT, Gold

ANNOTATIONS = ROOT.parent / "shared" / "annotations" / "dev.jsonl"
SAMPLES = ROOT / "resources" / "samples"
_WORD = re.compile(r"[^\W\d_]{4,}")
_NUMBER = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.;:] ")
# Leading list markers, Markdown marks and enumerators: the clause's own number is "Article N".
_LEADING = re.compile(
    r"^(?:[#*>\-•\s]+|\d{1,3}(?:\.\d{1,3})*[.)°]?(?=[\s\w])|\(?[a-zA-Z][.)](?=\s)"
    r"|\(?[ivxIVX]{1,4}[.)](?=\s))+\s*"
)
_HEADING = re.compile(r"(?i)(?:article|section|appendix|annexe?|chapitre|titre)\b")
MIN_WORDS = 40  # a clause body gathers paragraphs until it has at least this many words


def source_paragraphs() -> list[str]:
    """Real legal paragraphs (at least 8 words), whitespace collapsed, in a stable order."""
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        texts.extend(path.read_text(encoding="utf-8").split("\n\n"))
    if ANNOTATIONS.is_file():
        for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    paragraphs = [_LEADING.sub("", " ".join(text.split())) for text in texts]
    # A paragraph opening on a heading keyword would read as a clause heading of its own; one
    # ending on a colon introduces list items that are not there.
    return [
        p
        for p in paragraphs
        if len(p.split()) >= 8 and not _HEADING.match(p) and not p.endswith(":")
    ]


@dataclass(slots=True)
class _Clause:
    origin: list[int]  # left clause numbers (1-based) this clause descends from; [] if new
    body: str


class _Varier:
    """Deterministic word substitutions and number changes."""

    def __init__(self, rng: random.Random, vocabulary: list[str]) -> None:
        self.rng = rng
        self.vocabulary = vocabulary

    def vary(self, text: str, rate: float) -> str:
        words = text.split(" ")
        for k, word in enumerate(words):
            if self.rng.random() < rate:
                if _NUMBER.search(word):
                    words[k] = _NUMBER.sub(lambda _: str(self.rng.randint(2, 999)), word)
                elif _WORD.fullmatch(word):
                    words[k] = self.rng.choice(self.vocabulary)
        return " ".join(words)

    def reword(self, text: str) -> str:
        """A light revision: a few substitutions, a word dropped, a phrase added."""
        text = self.vary(text, 0.05)
        words = text.split(" ")
        if len(words) > 10:
            del words[self.rng.randrange(len(words))]
            at = self.rng.randrange(len(words))
            words[at:at] = self.rng.sample(self.vocabulary, 3)
        return " ".join(words)


def _split(body: str, rng: random.Random) -> tuple[str, str]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(body)]
    middle = len(body) / 2
    cuts = [c for c in cuts if 0.25 * len(body) < c < 0.75 * len(body)]
    if cuts:
        cut = min(cuts, key=lambda c: abs(c - middle))
    else:
        words = body.split(" ")
        half = len(words) // 2 + rng.randint(-3, 3)
        return " ".join(words[:half]), " ".join(words[half:])
    return body[:cut].rstrip(), body[cut:].lstrip()


def _write(clauses: list[_Clause], title: str) -> tuple[str, list[int]]:
    parts = [title, "\n\n"]
    starts: list[int] = []
    offset = len(title) + 2
    for n, clause in enumerate(clauses, 1):
        block = f"Article {n}\n\n{clause.body}\n\n"
        starts.append(offset)
        parts.append(block)
        offset += len(block)
    return "".join(parts), starts


@dataclass(frozen=True, slots=True)
class LargePair:
    """Both texts and the known alignment."""

    left_text: str
    right_text: str
    gold: Gold

    def write(self, folder: Path, prefix: str = "") -> tuple[Path, Path]:
        """Write both texts as UTF-8 files in ``folder``; returns their paths (left, right)."""
        left, right = folder / f"{prefix}left.txt", folder / f"{prefix}right.txt"
        left.write_text(self.left_text, encoding="utf-8")
        right.write_text(self.right_text, encoding="utf-8")
        return left, right


def timed_pairs(folder: Path, n_clauses: int, output: str) -> dict[str, tuple[Path, Path, Path]]:
    """The two pairs a speed script of an output times, by name: the bundled French sample pair
    and a large pair of ``n_clauses`` (written into ``folder``), each with the path its output
    goes to (``folder/sample{output}``, ``folder/large{output}``)."""
    left, right = build(n_clauses).write(folder, prefix="large-")
    return {
        "sample": (
            SAMPLES / "contrat-services-v1.txt",
            SAMPLES / "contrat-services-v2.txt",
            folder / f"sample{output}",
        ),
        "large": (left, right, folder / f"large{output}"),
    }


def build(n_clauses: int = 1550, seed: int = 20261126) -> LargePair:
    """Build the pair: ``n_clauses`` left clauses, about as many right ones."""
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    vocabulary = sorted({w for p in paragraphs for w in _WORD.findall(p)})
    varier = _Varier(rng, vocabulary)
    left: list[_Clause] = []
    order = list(range(len(paragraphs)))
    cursor = len(order)
    for n in range(1, n_clauses + 1):
        pieces: list[str] = []
        while sum(len(p.split()) for p in pieces) < MIN_WORDS:
            if cursor >= len(order):
                rng.shuffle(order)
                cursor = 0
            pieces.append(paragraphs[order[cursor]])
            cursor += 1
        left.append(_Clause([n], varier.vary(" ".join(pieces), 0.15)))

    right: list[_Clause] = []
    moved: list[_Clause] = []
    k = 0
    while k < len(left):
        clause = left[k]
        roll = rng.random()
        if roll < 0.03:  # deleted
            pass
        elif roll < 0.06:  # moved, half of them also reworded
            body = varier.reword(clause.body) if rng.random() < 0.5 else clause.body
            moved.append(_Clause(clause.origin, body))
        elif roll < 0.08:  # split in two
            first, second = _split(clause.body, rng)
            right += [_Clause(clause.origin, first), _Clause(clause.origin, second)]
        elif roll < 0.10 and k + 1 < len(left):  # merged with the next clause
            nxt = left[k + 1]
            right.append(_Clause(clause.origin + nxt.origin, f"{clause.body} {nxt.body}"))
            k += 1
        elif roll < 0.20:  # reworded
            right.append(_Clause(clause.origin, varier.reword(clause.body)))
        else:  # unchanged
            right.append(_Clause(clause.origin, clause.body))
        if rng.random() < 0.03:  # a new clause
            source = paragraphs[rng.randrange(len(paragraphs))]
            right.append(_Clause([], varier.vary(source, 0.6)))
        k += 1
    for clause in moved:
        right.insert(rng.randrange(len(right) + 1), clause)

    left_text, left_starts = _write(left, "CONDITIONS GÉNÉRALES (version 1)")
    right_text, right_starts = _write(right, "CONDITIONS GÉNÉRALES (version 2)")
    pairs = {(f"L{o}", f"R{r}") for r, c in enumerate(right, 1) for o in c.origin}
    paired_left = {a for a, _ in pairs}
    gold = Gold(
        left_starts={f"L{n}": at for n, at in enumerate(left_starts, 1)},
        right_starts={f"R{n}": at for n, at in enumerate(right_starts, 1)},
        pairs=frozenset(pairs),
        deleted=frozenset(f"L{n}" for n in range(1, len(left) + 1) if f"L{n}" not in paired_left),
        inserted=frozenset(f"R{r}" for r, c in enumerate(right, 1) if not c.origin),
    )
    return LargePair(left_text, right_text, gold)


def _keys(text: str, starts: dict[str, int]) -> list[dict[str, str]]:
    return [{"id": gid, "key": text[at : at + 60], "label": gid} for gid, at in starts.items()]


def main(argv: list[str] | None = None) -> int:
    """Write the pair and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--clauses", type=int, default=1550)
    args = parser.parse_args(argv)
    pair = build(args.clauses)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "left.txt").write_text(pair.left_text, encoding="utf-8")
    (args.out / "right.txt").write_text(pair.right_text, encoding="utf-8")
    gold = {
        "left": _keys(pair.left_text, dict(pair.gold.left_starts)),
        "right": _keys(pair.right_text, dict(pair.gold.right_starts)),
        "pairs": sorted(pair.gold.pairs),
        "deleted": sorted(pair.gold.deleted),
        "inserted": sorted(pair.gold.inserted),
    }
    (args.out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for side, text, starts in (
        ("left", pair.left_text, pair.gold.left_starts),
        ("right", pair.right_text, pair.gold.right_starts),
    ):
        print(f"{side}: {len(starts)} clauses, {len(text.split())} words, {len(text)} chars")
    print(
        f"gold: {len(pair.gold.pairs)} pairs, {len(pair.gold.deleted)} deleted,"
        f" {len(pair.gold.inserted)} inserted"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
