"""Building the pairs on two cores (clausediff.compare.pairs.build_pairs) gives the same pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.align import align
from clausediff.compare import pairs
from clausediff.compare.forked import can_fork
from clausediff.compare.pairs import PairBuilder, build_pairs
from clausediff.compare.pipeline import PreparedDocument, pair_builder, prepare_pair
from clausediff.options import CompareOptions
from clausediff.readers import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _prepared(left: str, right: str) -> tuple[PreparedDocument, PreparedDocument]:
    return prepare_pair(read_document(SAMPLES / left), read_document(SAMPLES / right))


def _builder(left: PreparedDocument, right: PreparedDocument) -> PairBuilder:
    return pair_builder(left, right, CompareOptions())


@pytest.mark.skipif(not can_fork(), reason="forks on Linux with two cores only")
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("contrat-services-v1.txt", "contrat-services-v2.txt"),
        ("service-agreement-v1.txt", "service-agreement-v2.txt"),
    ],
)
def test_pairs_built_in_two_processes_equal_those_built_in_one(
    monkeypatch: pytest.MonkeyPatch, left: str, right: str
) -> None:
    monkeypatch.setattr(pairs, "FORK_MIN_COST", 0)  # the samples are smaller than the threshold
    prepared_left, prepared_right = _prepared(left, right)
    links = align(prepared_left.clauses, prepared_right.clauses, CompareOptions())
    builder = _builder(prepared_left, prepared_right)
    assert pairs._child_share(builder, links)  # some pairs are built in the child
    assert build_pairs(builder, links, parallel=True) == build_pairs(builder, links, parallel=False)


def test_the_child_gets_about_half_the_word_diffs_and_no_identical_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pairs, "FORK_MIN_COST", 0)
    prepared_left, prepared_right = _prepared("contrat-services-v1.txt", "contrat-services-v2.txt")
    links = align(prepared_left.clauses, prepared_right.clauses, CompareOptions())
    builder = _builder(prepared_left, prepared_right)
    share = pairs._child_share(builder, links)
    costs = [builder.cost(link) for link in links]
    diffed = sum(cost for cost in costs if cost > pairs._LINK_COST)
    given = sum(costs[index] for index in share)
    assert share == sorted(share) and all(costs[index] > pairs._LINK_COST for index in share)
    # the costliest diff alone may exceed half; otherwise the shares are close
    assert abs(given - (sum(costs) - given)) <= max(costs)
    assert 0 < given < diffed


def test_a_small_comparison_is_not_shared() -> None:
    prepared_left, prepared_right = _prepared("contrat-services-v1.txt", "contrat-services-v2.txt")
    links = align(prepared_left.clauses, prepared_right.clauses, CompareOptions())
    assert pairs._child_share(_builder(prepared_left, prepared_right), links) == []


def _builder_without_terms(left: PreparedDocument, right: PreparedDocument) -> PairBuilder:
    """A builder of the same documents that holds no terms, as the child's work ahead has."""
    return PairBuilder(
        left.document, right.document, left.clauses, right.clauses, {}, {}, CompareOptions()
    )


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0])
def test_word_diffs_found_ahead_without_terms_give_the_same_pairs(share: float) -> None:
    """diff_ahead needs no terms; a builder taking its diffs up builds the pairs it would have
    built alone, and shares out only the links still to diff."""
    prepared_left, prepared_right = _prepared("contrat-services-v1.txt", "contrat-services-v2.txt")
    links = align(prepared_left.clauses, prepared_right.clauses, CompareOptions())
    alone = _builder(prepared_left, prepared_right)
    without_terms = _builder_without_terms(prepared_left, prepared_right)
    ahead = pairs.diff_ahead(without_terms, links, share)
    needing = [link for link in links if alone.cost(link) > pairs._LINK_COST]
    assert len(needing) > 2
    if share == 0.0:
        assert ahead == {}
    elif share == 1.0:
        assert set(ahead) == {(link.left, link.right) for link in needing}
    else:
        assert 0 < len(ahead) < len(needing)
    taking_up = pair_builder(prepared_left, prepared_right, CompareOptions(), ahead)
    assert [taking_up.cost(link) > pairs._LINK_COST for link in needing].count(True) == len(
        needing
    ) - len(ahead)
    assert build_pairs(taking_up, links, parallel=False) == build_pairs(
        alone, links, parallel=False
    )
    assert any(pair.term_changes for pair in build_pairs(taking_up, links, parallel=False))


def test_pairs_that_need_no_terms_are_built_ahead_without_them() -> None:
    """build_ahead builds, without terms, exactly the pairs of the links whose pair depends on
    no term (the same bodies on both sides: a clause on one side only takes its terms along),
    and build_pairs takes them up."""
    prepared_left, prepared_right = _prepared("contrat-services-v1.txt", "contrat-services-v2.txt")
    links = align(prepared_left.clauses, prepared_right.clauses, CompareOptions())
    alone = _builder(prepared_left, prepared_right)
    without_terms = _builder_without_terms(prepared_left, prepared_right)
    ahead = pairs.build_ahead(without_terms, links)
    assert 0 < len(ahead) < len(links)
    for index, link in enumerate(links):
        assert (index in ahead) == (not alone.needs_terms(link))
        if index in ahead:
            assert ahead[index] == alone.build_founded(link)
    assert build_pairs(alone, links, parallel=False, built=ahead) == build_pairs(
        alone, links, parallel=False
    )
