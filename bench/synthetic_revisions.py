"""Synthetic revisions of real legal text, whose alignment is known by construction.

The material of ``bench/align_eval_extra.py``: **base documents** of real clauses (every corpus
text cut at its gold keys, the bundled sample contracts, the user seed, the dev annotation
paragraphs grouped by twelve) and the **scenarios** that revise them with a seeded random
source (see that script's docstring for what each scenario does). Each revised clause is a
:class:`Unit` that remembers the base clauses it descends from, so the gold alignment of a
revision is read off the units, never written by hand.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_alignment import CORPUS, ROOT, gold_clauses, load_gold, segment_text

from clausediff.clause import Clause

ANNOTATIONS = ROOT.parent / "shared" / "annotations" / "dev.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT / "resources" / "samples"
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=[A-ZÀ-Ý«\"“(\d-])")
WORD = re.compile(r"[^\W\d_]{4,}")
SCENARIOS = (
    "light",
    "reorder",
    "split",
    "merge",
    "insdel",
    "paraphrase",
    "shuffle",
    "heavy",
    "restructure",
    "mixed",
)


@dataclass(slots=True)
class Unit:
    """A clause under revision: heading, body, and the base clauses it descends from."""

    heading: str
    body: str
    origin: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Base:
    """A real document as (heading, body) clauses, with its language and name."""

    name: str
    lang: str
    clauses: tuple[tuple[str, str], ...]
    family: str = ""  # documents of one family (versions of one text) never donate to each other


def sentences(body: str) -> list[str]:
    """The sentences of a body (cut after . ; : ! ? before a capital, digit or quote)."""
    return [s for s in _SENTENCE.split(body.strip()) if s.strip()]


def _from_clauses(clauses: Sequence[Clause]) -> tuple[tuple[str, str], ...]:
    return tuple((c.heading, c.text) for c in clauses if len(c.text.split()) >= 5)


def bases() -> list[Base]:
    """Every base document, in a stable order."""
    found: list[Base] = []
    for pair_dir in sorted(p for p in CORPUS.iterdir() if (p / "gold.json").is_file()):
        left_text, right_text, gold, _ = load_gold(pair_dir)
        lang = "fr" if pair_dir.name.endswith("-fr") else "en"
        for side, text, starts in (
            ("left", left_text, gold.left_starts),
            ("right", right_text, gold.right_starts),
        ):
            clauses = _from_clauses(gold_clauses(text, starts))
            name = pair_dir.name.split("__")[side == "right"]
            found.append(Base(name, lang, clauses, pair_dir.name))
    for path in sorted(SAMPLES.glob("*-v1.txt")):
        lang = "fr" if path.name.startswith("contrat") else "en"
        clauses = _from_clauses(segment_text(path.read_text(encoding="utf-8"), lang))
        found.append(Base(path.stem, lang, clauses))
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").splitlines()]
        found.append(Base("seed", "fr", tuple(("", p) for p in paragraphs if len(p.split()) > 8)))
    rows = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    for lang in ("fr", "en"):
        texts = [r["text"] for r in rows if r["lang"] == lang and len(r["text"].split()) >= 8]
        for k in range(0, len(texts) - 5, 12):
            found.append(
                Base(f"dev-{lang}-{k // 12}", lang, tuple(("", t) for t in texts[k : k + 12]))
            )
    return found


class Reviser:
    """Deterministic edits of a base document; the alignment follows from ``Unit.origin``."""

    def __init__(self, rng: random.Random, vocabulary: list[str], donors: list[str]) -> None:
        self.rng = rng
        self.vocabulary = vocabulary
        self.donors = donors  # clause bodies of other documents of the same language

    def words(self, text: str, rate: float) -> str:
        """Replace about ``rate`` of the words of four letters or more by other real words."""
        out = []
        for word in text.split(" "):
            if WORD.fullmatch(word) and self.rng.random() < rate:
                word = self.rng.choice(self.vocabulary)
            out.append(word)
        return " ".join(out)

    def light(self, units: list[Unit], share: float) -> None:
        for unit in units:
            if self.rng.random() < share:
                unit.body = self.words(unit.body, 0.05)

    def paraphrase(self, units: list[Unit], rate: float) -> None:
        for unit in units:
            unit.body = self.words(unit.body, rate)

    def heavy(self, units: list[Unit]) -> None:
        """Keep about half the sentences (at least one), reword them, add a foreign one."""
        for unit in units:
            parts = sentences(unit.body)
            kept = [s for s in parts if self.rng.random() < 0.5] or [self.rng.choice(parts)]
            kept = [self.words(s, 0.3) for s in kept]
            donor = sentences(self.rng.choice(self.donors))
            kept.insert(self.rng.randrange(len(kept) + 1), self.rng.choice(donor))
            unit.body = " ".join(kept)

    def restructure(self, units: list[Unit], share: float) -> list[Unit]:
        """Redistribute content: sentences travel to other clauses (many-to-many), some drop.

        About ``share`` of the clauses send one of their later sentences to another clause
        (a near one mostly, sometimes anywhere); then every clause loses about a quarter of its
        remaining sentences (never all) and a fifth of its words are replaced.
        """
        parts = [sentences(u.body) for u in units]
        origins = [list(u.origin) for u in units]
        for k in range(len(units)):
            if len(parts[k]) < 2 or self.rng.random() >= share:
                continue
            if self.rng.random() < 0.7:
                target = min(len(units) - 1, max(0, k + self.rng.choice((-2, -1, 1, 2))))
            else:
                target = self.rng.randrange(len(units))
            if target == k:
                continue
            sentence = parts[k].pop(self.rng.randrange(1, len(parts[k])))
            parts[target].insert(self.rng.randrange(len(parts[target]) + 1), sentence)
            for source in units[k].origin:
                if source not in origins[target]:
                    origins[target].append(source)
        out = []
        for unit, kept, came_from in zip(units, parts, origins, strict=True):
            kept = [s for s in kept if self.rng.random() < 0.75] or kept[:1]
            body = " ".join(self.words(s, 0.2) for s in kept)
            out.append(Unit(unit.heading, body, came_from))
        return out

    def split(self, units: list[Unit], count: int) -> list[Unit]:
        splittable = [k for k, u in enumerate(units) if len(sentences(u.body)) >= 2]
        chosen = set(self.rng.sample(splittable, min(count, len(splittable))))
        out: list[Unit] = []
        for k, unit in enumerate(units):
            if k not in chosen:
                out.append(unit)
                continue
            parts = sentences(unit.body)
            cut = self.rng.randrange(1, len(parts))
            out.append(Unit(unit.heading, " ".join(parts[:cut]), list(unit.origin)))
            out.append(Unit("", " ".join(parts[cut:]), list(unit.origin)))
        return out

    def merge(self, units: list[Unit], count: int) -> list[Unit]:
        starts = sorted(self.rng.sample(range(len(units) - 1), min(count, len(units) - 1)))
        out: list[Unit] = []
        skip = -1
        for k, unit in enumerate(units):
            if k == skip:
                continue
            if k in starts and k + 1 < len(units) and k != skip:
                nxt = units[k + 1]
                out.append(Unit(unit.heading, f"{unit.body} {nxt.body}", unit.origin + nxt.origin))
                skip = k + 1
            else:
                out.append(unit)
        return out

    def delete(self, units: list[Unit], count: int) -> list[Unit]:
        gone = set(self.rng.sample(range(len(units)), min(count, len(units) - 2)))
        return [u for k, u in enumerate(units) if k not in gone]

    def insert(self, units: list[Unit], count: int) -> list[Unit]:
        out = list(units)
        for _ in range(count):
            out.insert(self.rng.randrange(len(out) + 1), Unit("", self.rng.choice(self.donors)))
        return out

    def move(self, units: list[Unit], count: int) -> list[Unit]:
        out = list(units)
        for _ in range(count):
            unit = out.pop(self.rng.randrange(len(out)))
            out.insert(self.rng.randrange(len(out) + 1), unit)
        return out


def revise(base: Base, scenario: str, rev: Reviser) -> list[Unit]:
    """The right-hand document of one scenario."""
    units = [Unit(h, b, [k]) for k, (h, b) in enumerate(base.clauses)]
    n = len(units)
    few = max(1, n // 6)
    if scenario == "light":
        rev.light(units, 0.3)
        units = rev.insert(rev.delete(units, 1), 1)
    elif scenario == "reorder":
        units = rev.move(units, few)
        rev.light(units, 0.2)
    elif scenario == "split":
        units = rev.split(units, few)
    elif scenario == "merge":
        units = rev.merge(units, few)
    elif scenario == "insdel":
        units = rev.insert(rev.delete(units, few), few)
    elif scenario == "paraphrase":
        rev.paraphrase(units, 0.25)
    elif scenario == "shuffle":
        units = rev.move(units, max(2, n // 3))
        rev.paraphrase(units, 0.3)
    elif scenario == "heavy":
        units = rev.merge(rev.split(units, 1), 1)  # before the rewrite: each piece keeps text
        rev.heavy(units)
        units = rev.insert(rev.delete(units, 1), 1)
    elif scenario == "restructure":
        units = rev.restructure(units, 0.4)
        units = rev.insert(rev.delete(rev.merge(units, 1), few // 2 + 1), few // 2 + 1)
    elif scenario == "mixed":
        rev.light(units, 0.3)
        units = rev.split(units, 1)
        units = rev.merge(units, 1)
        units = rev.move(rev.insert(rev.delete(units, 1), 1), 1)
        rev.paraphrase(units[: len(units) // 3], 0.15)
    return units


def build_clauses(prefix: str, units: Sequence[Unit]) -> tuple[Clause, ...]:
    """Clauses ``<prefix>1..n`` numbered ``Article k`` and laid out as in a text."""
    clauses = []
    offset = 0
    for k, unit in enumerate(units, 1):
        number = f"Article {k}"
        head = f"{number} {unit.heading}".rstrip() + "\n"
        start, body_start = offset, offset + len(head)
        end = body_start + len(unit.body)
        clauses.append(
            Clause(
                f"{prefix}{k}",
                number,
                unit.heading,
                unit.body,
                1,
                None,
                start,
                end,
                body_start,
                end,
            )
        )
        offset = end + 2
    return tuple(clauses)
