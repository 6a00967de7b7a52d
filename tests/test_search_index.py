"""The clause search index (clausediff.gui.search_index): the same pairs as a plain search
through every pair's labels and texts, on real comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Side
from clausediff.gui.resources import sample_paths
from clausediff.gui.search_index import PairSearch
from clausediff.text.fold import fold_key as fold


def _plainly(comparison: Comparison, query: str) -> set[int]:
    """Pairs whose clauses, as the view shows them (number to end), or labels hold ``query``."""
    needle = fold(query.strip())
    found = set()
    for number, pair in enumerate(comparison.pairs):
        for side in Side:
            text = comparison.side(side).document.text
            for clause in comparison.side(side).of(pair):
                if needle in fold(text[clause.start : clause.end]) or needle in fold(clause.label):
                    found.add(number)
    return found


QUERIES = [
    "e",  # in nearly every clause: the pass jumps clause to clause
    "article",
    "PÉNALITÉS",  # case and accents aside
    "penalites de retard",
    "l’article",  # typographic apostrophe as the text writes it
    "  prix  ",  # spaces around are not searched
    "zzzzqx",  # nowhere
]


def test_same_pairs_as_a_plain_search_on_the_samples() -> None:
    comparison = compare_files(*sample_paths())
    search = PairSearch(comparison)
    for query in QUERIES:
        assert search.matching(query) == _plainly(comparison, query), query
    assert search.matching("") == set(range(len(comparison.pairs)))


def test_warming_in_small_slices_gives_the_same_results(shared_dir: Path) -> None:
    pair = shared_dir / "corpus" / "eupl-1.1__eupl-1.2"
    texts = sorted(pair.glob("*.txt"))
    if len(texts) < 2:
        pytest.skip("the corpus pair has no texts")
    comparison = compare_files(texts[0], texts[1])
    warmed = PairSearch(comparison)
    steps = 0
    while not warmed.warm(997):  # slices that cut words and clauses anywhere
        steps += 1
    assert steps > 10
    cold = PairSearch(comparison)
    for query in ["licence", "œuvre", "article 1", "the", "e"]:
        expected = _plainly(comparison, query)
        assert warmed.matching(query) == expected, query
        assert cold.matching(query) == expected, query
