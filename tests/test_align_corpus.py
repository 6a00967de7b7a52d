"""Alignment quality on real version pairs (the shared corpus) and on a mid-size synthetic pair.

The corpus is scored exactly as ``../shared/corpus/README.md`` says, through the functions of
``bench/score_alignment.py`` (the product's pairs: a moved pair sharing almost nothing is cut);
each floor sits 0.01 below the figure measured when it was last set, so a regression fails while
the figures themselves are printed by the bench script. Measured (gold segmentation / product
segmentation, micro F1 of pairs): dev corpus 0.887 / 0.885, ``bench/data/heldout`` 0.915 /
0.915, ``bench/data/heldout2`` 1.000 / 0.750 (one pair's segmentation), ``bench/data/heldout3``
0.961 / 0.325 (0.949 when scored once unseen; the product keeps sections whole),
``bench/data/heldout4`` (the Code civil 2013 -> 2016) 0.997 / 0.995, ``bench/data/heldout5``
0.912 / 0.335 (scored once unseen; the product keeps sections whole), the Code civil pair of
``../shared/corpus-large`` 0.996 (gold segmentation).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import align_eval_extra
import alignment_sweeps
import large_pair
import score_alignment
from moved_article_gold import write_moved_article_pair

from clausediff.align import align, candidates
from clausediff.comparison import LinkReason, Pair, PairStatus
from clausediff.errors import Cancelled
from clausediff.progress import Monitor


def _corpus_score(shared_dir: Path, gold_segmentation: bool) -> score_alignment.Score:
    total = score_alignment.Score()
    pairs = sorted(p for p in (shared_dir / "corpus").iterdir() if (p / "gold.json").is_file())
    assert len(pairs) >= 4
    for pair_dir in pairs:
        score, links, left, right = score_alignment.run_pair(pair_dir, gold_segmentation)
        # every clause in exactly one link
        assert sorted(c for k in links for c in k.left) == sorted(c.id for c in left)
        assert sorted(c for k in links for c in k.right) == sorted(c.id for c in right)
        total.merge(score)
    return total


@pytest.mark.parametrize(
    ("gold_segmentation", "minimum"),
    [
        (True, 0.877),  # alignment judged alone (clauses cut at the gold keys)
        (False, 0.875),  # the product's own segmentation (acceptance target of issue 3: 0.75)
    ],
)
def test_corpus_micro_f1(shared_dir: Path, gold_segmentation: bool, minimum: float) -> None:
    precision, recall, f1 = _corpus_score(shared_dir, gold_segmentation).pairs.prf()
    assert f1 >= minimum, (precision, recall, f1)


HELDOUT = Path(__file__).resolve().parent.parent / "bench" / "data" / "heldout" / "pairs"
HELDOUT2 = HELDOUT.parent.parent / "heldout2" / "pairs"
HELDOUT3 = HELDOUT.parent.parent / "heldout3" / "pairs"
HELDOUT4 = HELDOUT.parent.parent / "heldout4" / "pairs"
HELDOUT5 = HELDOUT.parent.parent / "heldout5" / "pairs"


@pytest.mark.parametrize(
    ("folder", "gold_segmentation", "minimum"),
    [
        (HELDOUT, True, 0.905),  # alignment judged alone (was 0.84 before far attachments)
        (HELDOUT, False, 0.905),  # the product's own segmentation (was 0.85)
        (HELDOUT2, True, 0.99),
        (HELDOUT2, False, 0.74),  # one pair's segmentation (not alignment) costs a quarter
        (HELDOUT3, True, 0.951),  # scored once unseen at 0.949; 0.961 since
        (HELDOUT3, False, 0.315),  # sections kept whole: one clause covers six gold clauses
        (HELDOUT4, True, 0.987),  # the Code civil 2013 -> 2016, scored once unseen at 0.997
        (HELDOUT4, False, 0.985),  # ... 0.995
        (HELDOUT5, True, 0.902),  # GitHub's policies 2019 -> 2023, scored once unseen at 0.912
    ],
)
def test_heldout_micro_f1(folder: Path, gold_segmentation: bool, minimum: float) -> None:
    # real version pairs annotated apart from the corpus, never used to pick a threshold alone
    total = score_alignment.Score()
    pairs = sorted(p for p in folder.iterdir() if (p / "gold.json").is_file())
    assert len(pairs) >= 1
    for pair_dir in pairs:
        total.merge(score_alignment.run_pair(pair_dir, gold_segmentation)[0])
    precision, recall, f1 = total.pairs.prf()
    assert f1 >= minimum, (precision, recall, f1)
    assert total.moved_low == 0  # no "moved" pair under 15 % similarity


def test_whole_code_civil(shared_dir: Path) -> None:
    # 2,868 articles a side (2017 vs 2021), mechanical gold from Legifrance identities; the
    # adjudicated score applies the gold's declared weaknesses (see the bench script)
    pair_dir = shared_dir / "corpus-large" / "civil_2017_2021"
    run = score_alignment.run_pair(pair_dir, gold_segmentation=True)
    score, pairs = run[0], run[1]
    assert score.pairs.prf()[2] >= 0.985, score.pairs.prf()  # measured 0.996
    assert score.moved_low == 0
    lenient = score_alignment.adjudicated(pair_dir, run)
    assert lenient is not None
    assert lenient.pairs.prf()[2] >= 0.985, lenient.pairs.prf()  # measured 0.998
    # measured deletion P/R 0.93/0.81, insertion 1.00/0.94 (0.85/0.73 and 1.00/0.75 before
    # moves were held to the chain's level and division headings ending a body were ignored)
    assert lenient.deleted.prf()[1] >= 0.80 and lenient.deleted.prf()[0] >= 0.92
    assert lenient.inserted.prf()[1] >= 0.93 and lenient.inserted.prf()[0] >= 0.99
    # every pair sharing under 15 % of its text says why it was kept (same number and heading)
    weak = [p for p in pairs if len(p.left) == len(p.right) == 1 and p.similarity < 0.15]
    assert all(p.status is not PairStatus.MOVED for p in weak)


@pytest.mark.parametrize(
    "all_pairs_limit",
    [
        candidates.ALL_PAIRS_LIMIT,  # as shipped: the few changed clauses are scored all-pairs
        0,  # forced through the rare-word index, as on large documents
    ],
)
def test_mid_size_pair(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch, all_pairs_limit: int
) -> None:
    monkeypatch.setattr(candidates, "ALL_PAIRS_LIMIT", all_pairs_limit)
    pair = large_pair.build(300)
    left = score_alignment.gold_clauses(pair.left_text, pair.gold.left_starts)
    right = score_alignment.gold_clauses(pair.right_text, pair.gold.right_starts)
    links = align(left, right)
    score = score_alignment.score_links(links, left, right, pair.gold)
    assert score.pairs.prf()[2] >= 0.988  # measured 0.998
    assert score.deleted.prf()[2] >= 0.937  # measured 0.947
    assert score.inserted.prf()[2] >= 0.946  # measured 0.957


def test_cancel_inside_candidate_generation(shared_dir: Path) -> None:
    # The monitor is checked inside the loops, not only between stages: cancelling after the
    # first check (the start report) still stops the work.
    pair = large_pair.build(300)
    left = score_alignment.gold_clauses(pair.left_text, pair.gold.left_starts)
    right = score_alignment.gold_clauses(pair.right_text, pair.gold.right_starts)
    calls: list[int] = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        align(left, right, monitor=Monitor(should_cancel=should_cancel))
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("scenario", "minimum"),
    [
        ("light", 0.99),  # a few words changed, one clause deleted, one inserted
        ("reorder", 0.99),  # clauses moved
        ("split", 0.99),  # clauses cut at a sentence boundary
        ("merge", 0.99),  # neighbours joined
        ("insdel", 0.99),  # deletions, insertions from other documents of the same language
        ("heavy", 0.94),  # half the sentences kept and reworded, a foreign one added (0.950)
        ("restructure", 0.851),  # sentences travel between clauses, many-to-many (0.861)
    ],
)
def test_synthetic_revisions_of_real_texts(shared_dir: Path, scenario: str, minimum: float) -> None:
    # bench/align_eval_extra.py with one seed: every base document revised by one kind of edit
    total = score_alignment.Score()
    for score in align_eval_extra.scenario_scores(align_eval_extra.bases(), scenario, 1).values():
        total.merge(score)
    assert total.pairs.prf()[2] >= minimum, total.pairs.prf()


@pytest.mark.parametrize(
    ("scenario", "minimum"),
    [
        ("paraphrase", 0.99),  # a quarter of the words replaced: rare-word signatures change
        ("heavy", 0.944),  # half the sentences kept and reworded (0.955)
        ("restructure", 0.849),  # sentences travel between clauses (0.860)
    ],
)
def test_synthetic_revisions_through_the_word_index(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch, scenario: str, minimum: float
) -> None:
    # Large documents never score all pairs: the rare-word index and the position priors must
    # find the counterparts of heavily reworded clauses on their own.
    monkeypatch.setattr(candidates, "ALL_PAIRS_LIMIT", 0)
    total = score_alignment.Score()
    for score in align_eval_extra.scenario_scores(align_eval_extra.bases(), scenario, 1).values():
        total.merge(score)
    assert total.pairs.prf()[2] >= minimum, total.pairs.prf()


def test_adjudication_composes_the_declared_weaknesses(tmp_path: Path) -> None:
    # A mechanical gold pairs article 2 with article 2 (same number, rewritten in place) and
    # deletes article 3, whose words the new article 2 took over. The aligner pairs old 3 with
    # new 2 and deletes old 2: wrong three times for the raw gold, right under its declared
    # weaknesses (a disputed pair may be a deletion and an insertion, a near-identical
    # deletion and insertion may be a pair), which compose.
    write_moved_article_pair(tmp_path)
    run = score_alignment.run_pair(tmp_path, gold_segmentation=True)
    assert run[0].pairs.prf()[1] == 0.5  # L2-R2 missed, L3-R2 found instead
    lenient = score_alignment.adjudicated(tmp_path, run)
    assert lenient is not None
    assert lenient.pairs.prf() == (1.0, 1.0, 1.0)
    assert lenient.deleted.prf()[:2] == (1.0, 1.0)


def test_cut_weak_cuts_one_to_one_pairs_under_the_threshold_unless_the_number_vouches() -> None:
    # the calibration curve (--cut-curve) scores the pairs as if weak one-to-one pairs were cut
    pairs = [
        Pair(("a",), ("b",), PairStatus.MODIFIED, 0.05, reason=LinkReason.POSITION),
        Pair(("c",), ("d",), PairStatus.MODIFIED, 0.05, reason=LinkReason.NUMBER),
        Pair(("e",), ("f",), PairStatus.MODIFIED, 0.30, reason=LinkReason.TEXT),
        Pair(("g", "h"), ("i",), PairStatus.MERGED, 0.05, reason=LinkReason.TEXT),
    ]
    cut = alignment_sweeps.cut_weak(pairs, 0.1)
    assert [(tuple(p.left), tuple(p.right)) for p in cut] == [
        (("a",), ()),
        ((), ("b",)),
        (("c",), ("d",)),
        (("e",), ("f",)),
        (("g", "h"), ("i",)),
    ]
