"""How the engine settles overlapping candidates: the longest match wins, the leftmost on equal
length, and the short override list decides where the length cannot (issue 17).

These tests are written to fail when the policy is broken: the longest candidate must beat an
earlier shorter one, the outcome must not depend on the order the rules produced the candidates,
and every override must be needed (its example is a real tie between its two rules).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from clausediff.comparison import TermKind
from clausediff.terms import annotate
from clausediff.terms.engine import ALL_RULES, OVERRIDES, TABLES, candidates, resolve
from clausediff.terms.obligations import PERMISSIONS
from clausediff.terms.values import Candidate

DEADLINE = TermKind.DEADLINE


def _spans(kept: list[Candidate]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule) for c in kept]


def test_longest_beats_an_earlier_shorter_candidate() -> None:
    # "short" starts first, "long" overlaps it and is longer: the longest wins, and a third
    # candidate that overlaps neither survives.
    short = Candidate(DEADLINE, 0, 6, {}, "short")
    long = Candidate(DEADLINE, 4, 20, {}, "long")
    apart = Candidate(DEADLINE, 25, 27, {}, "apart")
    for order in ([short, long, apart], [apart, long, short]):
        assert _spans(resolve(order)) == [(4, 20, "long"), (25, 27, "apart")]


def test_leftmost_wins_on_equal_length() -> None:
    first = Candidate(DEADLINE, 0, 10, {}, "first")
    second = Candidate(DEADLINE, 5, 15, {}, "second")
    assert _spans(resolve([second, first])) == [(0, 10, "first")]


def test_a_span_inside_another_loses_whatever_its_label() -> None:
    # "24h/24 et 7j/7" is one idiom; the durations "24h" and "7j" inside it are not kept.
    terms = annotate("Le support est joignable 24h/24 et 7j/7.")
    assert [(t.text, dict(t.value)) for t in terms] == [
        ("24h/24 et 7j/7", {"type": "hours", "always": True})
    ]


@pytest.mark.parametrize(("winner", "loser", "example"), OVERRIDES)
def test_every_override_settles_a_real_tie(winner: str, loser: str, example: str) -> None:
    """The override's two rules read exactly the same words of its example, and the winner's
    reading is the one kept, whatever order the candidates come in."""
    found = candidates(example)
    spans = {c.rule: (c.start, c.end) for c in found}
    assert winner in spans and loser in spans
    assert spans[winner] == spans[loser]
    for order in (found, found[::-1]):
        kept = resolve(order)
        assert [c.rule for c in kept if (c.start, c.end) == spans[winner]] == [winner]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the clock time, not nineteen hours of duration (override "avant 19 heures")
        ("Les commandes passées avant 19 heures sont livrées.", {"type": "hours", "to": "19:00"}),
        ("La boutique ouvre à partir de 15 h.", {"type": "hours", "from": "15:00"}),
        # a bare "par" takes no count: a limitation period, not a periodicity
        ("L'action se prescrit par cinq ans.", {"quantity": 5, "unit": "year"}),
        # a counted periodicity keeps its count however it is introduced
        (
            "Un audit a lieu tous les trois mois.",
            {"type": "periodicity", "unit": "month", "quantity": 3},
        ),
        (
            "Reports are due once every two years.",
            {"type": "periodicity", "unit": "year", "quantity": 2},
        ),
        # "au moins" after a lone "un" makes it a time limit
        (
            "Le jugement est rendu un an au moins après la publication.",
            {"quantity": 1, "unit": "year"},
        ),
    ],
)
def test_the_reading_kept(text: str, value: dict[str, object]) -> None:
    terms = [t for t in annotate(text) if t.kind is DEADLINE]
    assert [dict(t.value) for t in terms] == [value]


def _paragraphs(shared_dir: Path) -> list[str]:
    gold = shared_dir / "annotations" / "dev.jsonl"
    root = Path(__file__).resolve().parent.parent / "bench" / "data"
    texts: list[str] = []
    for path in (gold, root / "heldout" / "terms.jsonl", root / "heldout2" / "terms.jsonl"):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def test_the_outcome_does_not_depend_on_candidate_order(shared_dir: Path) -> None:
    """Two readings of the same words with different values must be settled by an override,
    never by the order in which the rule tables happen to produce them."""
    shuffler = random.Random(17)
    for text in _paragraphs(shared_dir):
        found = candidates(text)
        expected = [(c.kind, c.start, c.end, c.value) for c in resolve(found)]
        for _ in range(3):
            shuffled = found[:]
            shuffler.shuffle(shuffled)
            assert [(c.kind, c.start, c.end, c.value) for c in resolve(shuffled)] == expected, text


_EDGE = re.compile(r"^[\s,;]|[\s,;]$")


def test_spans_never_start_or_end_on_a_space_or_a_comma(shared_dir: Path) -> None:
    """Every rule starts and ends on a word or a sign, so nothing is trimmed after matching:
    checked on the labelled paragraphs with their spaces turned into hostile separators."""
    separators = [" ", "  ", "\u00a0", "\n", " , ", ", ", " ; ", "\u202f", "\t"]
    shuffler = random.Random(5)
    for text in _paragraphs(shared_dir):
        for _ in range(2):
            hostile = re.sub(" ", lambda _: shuffler.choice(separators), text)
            for candidate in candidates(hostile):
                assert not _EDGE.search(hostile[candidate.start : candidate.end]), hostile


def test_every_rule_pattern_compiles_though_they_compile_on_first_use() -> None:
    # Rules compile lazily (most never fire on a text): a broken pattern would otherwise
    # surface only on the first text that mentions its anchor.
    for table in (*TABLES, PERMISSIONS, ALL_RULES):
        table.check_patterns()
