"""Exact, tiny tests of the alignment building blocks (chain, plausibility, order, exact pairs,
sentence evidence, joins of links, far attachments, rehoming)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from clausediff.align.candidates import exact_pairs
from clausediff.align.core import survival
from clausediff.align.moves import in_order, moves
from clausediff.align.regroup import fill_gaps, join, rehome
from clausediff.align.score import Scorer
from clausediff.align.sentences import Sentences
from clausediff.align.sequence import chain, level_filter, level_near, plausible
from clausediff.align.signatures import Stemmer, provisions
from clausediff.align.splits import Group, attach
from clausediff.clause import Clause


@pytest.mark.parametrize(
    ("sims", "expected"),
    [
        # the diagonal is kept whole
        ({(0, 0): 0.9, (1, 1): 0.8, (2, 2): 0.7}, {0: 0, 1: 1, 2: 2}),
        # two crossing pairs: only the heavier survives
        ({(0, 1): 0.9, (1, 0): 0.5}, {0: 1}),
        # two light pairs in order outweigh one heavier pair crossing both
        ({(0, 0): 0.6, (1, 1): 0.6, (1, 0): 0.9}, {0: 0, 1: 1}),
        # below the threshold nothing is kept
        ({(0, 0): 0.1, (1, 1): 0.05}, {}),
        # one clause never takes two partners, even when both are in order
        ({(0, 0): 0.9, (0, 1): 0.8}, {0: 0}),
        # equal copies: the position prior pairs them in place
        ({(0, 0): 1.0, (0, 1): 1.0, (1, 0): 1.0, (1, 1): 1.0}, {0: 0, 1: 1}),
    ],
)
def test_chain(sims: dict[tuple[int, int], float], expected: dict[int, int]) -> None:
    assert chain(sims, 0.12, 2, 2) == expected


def test_plausible_drops_pairs_far_below_either_clause_best() -> None:
    sims = {(0, 0): 0.3, (1, 0): 0.9, (0, 1): 0.35}
    # (0, 0) is 0.3 against 0.9 for right clause 0 elsewhere: dropped; (0, 1) is left 0's best
    assert plausible(sims, 0.5) == {(1, 0): 0.9, (0, 1): 0.35}


@pytest.mark.parametrize(
    ("i", "j", "expected"),
    [
        (1, 1, True),  # between (0, 0) and (2, 5)
        (1, 6, False),  # beyond the right clause of the next chained pair
        (3, 9, True),  # after the last chained pair
        (3, 2, False),  # before the right clause of the previous chained pair
    ],
)
def test_in_order(i: int, j: int, expected: bool) -> None:
    chained = {0: 0, 2: 5}
    assert in_order(chained, sorted(chained), i, j) is expected


def test_moves_pair_best_first_among_free_clauses() -> None:
    sims = {(0, 0): 0.9, (0, 1): 0.95, (1, 1): 0.8, (2, 2): 0.2}
    # left 0 takes right 1 (its best); left 1 is then left without a partner above threshold
    assert moves(sims, {0, 1, 2}, {0, 1, 2}, 0.25) == {0: 1}


def test_exact_pairs_unique_and_copies() -> None:
    left = ["=a", "=b", "=b", "", "=c"]
    right = ["=b", "=a", "", "=b", "=d"]
    unique, copies = exact_pairs(left, right)
    assert unique == {0: 1}  # "a" once on each side; empty bodies never match
    assert copies == {(1, 0), (1, 3), (2, 0), (2, 3)}  # "b" twice: the chain decides


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("abcd", "abcd", 1.0),
        ("abcd", "", 0.0),
        ("abcd", "abxy", 0.5),  # Indel: 4 of 8 characters kept
    ],
)
def test_survival(a: str, b: str, expected: float) -> None:
    assert survival(a, b) == pytest.approx(expected)


def test_level_filter_keeps_rewritten_sections_and_drops_lone_weak_pairs() -> None:
    values = [1.0, 1.0, 0.18, 1.0, 1.0, 0.18, 0.2, 0.16, 0.22, 1.0, 1.0]
    chained = {k: k for k in range(len(values))}
    sims = {(k, k): v for k, v in enumerate(values)}
    kept, levels = level_filter(chained, sims, 0.25, 2)
    # pair 2 sits alone among identical neighbours: a deleted and an inserted clause in one slot
    assert 2 not in kept
    # pairs 5-8 are a rewritten section: their neighbours are weak too, so they stay
    assert {5, 6, 7, 8} <= set(kept)
    # the level is the median of two neighbours on each side
    assert levels[2] == 1.0 and levels[7] == pytest.approx((0.2 + 0.22) / 2)


def test_level_near_reads_the_chain_around_any_left_index() -> None:
    chained = {0: 0, 1: 1, 3: 3, 4: 4, 6: 6, 7: 7}
    sims = {(0, 0): 1.0, (1, 1): 0.9, (3, 3): 0.2, (4, 4): 0.3, (6, 6): 0.25, (7, 7): 0.35}
    level = level_near(chained, sims, 2)
    # index 2 is out of the chain: median of two chained pairs before it and two after
    assert level(2) == pytest.approx((0.9 + 0.3) / 2)  # 1.0, 0.9 | 0.2, 0.3
    # a chained index leaves itself out, as level_filter does: 0.9, 0.2 | 0.25, 0.35
    assert level(4) == pytest.approx((0.25 + 0.35) / 2)
    # past the end: the last two chained pairs
    assert level(9) == pytest.approx((0.25 + 0.35) / 2)


def test_moves_bar_raises_the_threshold_of_given_pairs() -> None:
    sims = {(0, 0): 0.3, (1, 1): 0.3}
    assert moves(sims, {0, 1}, {0, 1}, bar=lambda i, j: 0.35 if i == 0 else 0.0) == {1: 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chapter and a section heading after the article's last sentence are cut
        (
            "Le juge statue.\n\nChapitre III : Des conséquences\n\nSection 1 : De la date",
            "Le juge statue.\n",
        ),
        # the Code civil's other divisions, roman and "préliminaire" numbers too
        ("Texte.\n\nLivre V : Dispositions applicables à Mayotte", "Texte.\n"),
        ("Texte.\nSous-titre II : Des sûretés sur les meubles", "Texte."),
        ("Texte.\nParagraphe 2 : De la conciliation.", "Texte."),
        ("Texte.\nTitre préliminaire : Dispositions relatives", "Texte."),
        ("Text.\n\nChapter 4 Termination", "Text.\n"),
        ("Texte.\n\nLivre Ier : Des personnes\n\nTitre Ier bis : De la nationalité", "Texte.\n"),
        # a heading followed by text is part of the body; a one-line body is never cut
        ("Texte.\nChapitre II : Objet\nLe contrat a pour objet", None),
        ("Section 2 : Des obligations", None),
        # a sentence that merely starts with a keyword is no heading
        ("Texte.\nSection contents are listed below.", None),
        ("Text.\nPart 2 of the Schedule applies.", None),
    ],
)
def test_provisions_cut_division_headings_ending_a_body(text: str, expected: str | None) -> None:
    assert provisions(text) == (text if expected is None else expected)


def _groups(spec: list[tuple[list[int], list[int]]]) -> list[Group]:
    return [Group(list(a), list(b), "chain" if a and b else "unpaired") for a, b in spec]


@pytest.mark.parametrize(
    ("spec", "tied", "expected"),
    [
        # two one-to-one links, one tie across: 1 true pair gained for 1 false implied -> joined
        ([([0], [0]), ([1], [1])], [(0.8, 0, 1)], [([0, 1], [0, 1])]),
        # a one-to-two link and a one-to-one link, one tie: 1 gained for 2 implied -> apart
        ([([0], [0, 1]), ([1], [2])], [(0.8, 1, 0)], [([0], [0, 1]), ([1], [2])]),
        # ... unless two of the three cross pairs are tied
        (
            [([0], [0, 1]), ([1], [2])],
            [(0.8, 1, 0), (0.7, 1, 1)],
            [([0, 1], [0, 1, 2])],
        ),
        # an unpaired left clause tied to a one-to-one link joins it (a merged clause)
        ([([0], [0]), ([1], [])], [(0.6, 1, 0)], [([0, 1], [0])]),
        # two unpaired clauses tied to each other become a link
        ([([0], []), ([], [0])], [(0.6, 0, 0)], [([0], [0])]),
        # a join never makes a side longer than MAX_SIDE clauses
        (
            [([0, 1, 2, 3], [0]), ([4], [])],
            [(0.9, 4, 0)],
            [([0, 1, 2, 3], [0]), ([4], [])],
        ),
    ],
)
def test_join(
    spec: list[tuple[list[int], list[int]]],
    tied: list[tuple[float, int, int]],
    expected: list[tuple[list[int], list[int]]],
) -> None:
    groups = _groups(spec)
    join(groups, tied)
    assert sorted((sorted(g.lefts), sorted(g.rights)) for g in groups) == expected
    assert all(g.kind != "unpaired" for g in groups if g.lefts and g.rights)


@pytest.mark.parametrize(
    ("in_place", "kind"),
    [
        (lambda i, j: True, "chain"),  # between the linked neighbours: in place
        (lambda i, j: False, "move"),  # across them: moved
    ],
)
def test_two_lone_clauses_tied_by_a_sentence_are_placed_and_marked(
    in_place: Callable[[int, int], bool], kind: str
) -> None:
    groups = _groups([([0], [0]), ([1], []), ([], [1])])
    join(groups, [(0.6, 1, 1)], in_place=in_place)
    tied = [g for g in groups if g.lefts == [1]]
    assert [(g.rights, g.kind, g.sentence) for g in tied] == [([1], kind, True)]
    assert not next(g for g in groups if g.lefts == [0]).sentence


def _clause(cid: str, text: str) -> Clause:
    return Clause(cid, "", "", text, 1, None, 0, len(text), 0, len(text))


def test_sentences_find_the_surviving_sentence_and_ignore_short_ones() -> None:
    left = [
        _clause(
            "L1",
            "Définitions : "
            "Le Prestataire assure la sauvegarde quotidienne des données du Client. "
            "Le Client règle les factures à trente jours.",
        )
    ]
    right = [
        _clause(
            "R1",
            "Le support répond sous quatre heures ouvrées aux demandes urgentes. "
            "Le Prestataire assure la sauvegarde quotidienne des données du Client.",
        )
    ]
    stemmer = Stemmer()
    idf = {w: 1.0 for c in (*left, *right) for w in stemmer.text_words(c.text)}  # all words weigh 1
    sentences = Sentences(left, right, stemmer, idf)
    # "Définitions :" has fewer than MIN_WORDS stems: no evidence, not a sentence
    assert len(sentences.of(0, 0)) == 2
    value, s, t = sentences.best(0, 0)
    assert (round(value, 6), s, t) == (1.0, 0, 1)
    assert sentences.best_in(0, 0, 1, [0]) < 0.5  # the invoice sentence is found nowhere


class _Flat:
    """A stand-in scorer: every pair has the same similarity and containment."""

    def __init__(self, value: float) -> None:
        self.value = value

    def sim(self, i: int, j: int) -> float:
        return self.value

    def left_in(self, i: int, rights: object) -> float:
        return self.value

    def right_in(self, j: int, lefts: object) -> float:
        return self.value


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        # an unpaired right clause between two pieces of one split joins the split
        ([([0], [0, 2]), ([], [1])], 0.2, [([0], [0, 1, 2])]),
        # ... unless it shows no evidence at all
        ([([0], [0, 2]), ([], [1])], 0.01, [([], [1]), ([0], [0, 2])]),
        # a run of two unpaired left clauses inside a merge joins it
        ([([0, 3], [0]), ([1], []), ([2], [])], 0.2, [([0, 1, 2, 3], [0])]),
        # between two different links: not a gap of one link, stays unpaired
        ([([0], [0]), ([], [1]), ([1], [2])], 0.2, [([], [1]), ([0], [0]), ([1], [2])]),
    ],
)
def test_fill_gaps(
    spec: list[tuple[list[int], list[int]]],
    value: float,
    expected: list[tuple[list[int], list[int]]],
) -> None:
    groups = _groups(spec)
    fill_gaps(groups, _Flat(value), {})  # type: ignore[arg-type]  # duck-typed scorer
    assert sorted((sorted(g.lefts), sorted(g.rights)) for g in groups) == expected


def _scorer(left: list[str], right: list[str]) -> tuple[Scorer, dict[tuple[int, int], float]]:
    """A real scorer over word sets written as space-separated words, and all its pairs."""
    scorer = Scorer(
        [frozenset(w.split()) for w in left],
        [frozenset(w.split()) for w in right],
        [""] * len(left),
        [""] * len(right),
    )
    sims = {(i, j): scorer.sim(i, j) for i in range(len(left)) for j in range(len(right))}
    return scorer, sims


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        # the piece (2 of left 0's 6 words, 2 words of its own) sits between left 0's
        # counterpart and left 1's: in order, it joins left 0 as a split piece
        (["a b c d", "e f x y", "g h i j"], [([0], [0, 1]), ([1], [2])]),
        # the same piece after left 1's counterpart would have travelled: contained at less
        # than half either way (FAR_CONTAINED), it is a new clause sharing a topic, unpaired
        (["a b c d", "g h i j", "e f x y"], [([], [2]), ([0], [0]), ([1], [1])]),
        # ... unless most of it came from left 0
        (["a b c d", "g h i j", "e f x"], [([0], [0, 2]), ([1], [1])]),
    ],
)
def test_attach_far_pieces_need_containment(
    right: list[str], expected: list[tuple[list[int], list[int]]]
) -> None:
    left = ["a b c d e f", "g h i j"]
    scorer, sims = _scorer(left, right)
    paired = {0: right.index("a b c d"), 1: right.index("g h i j")}
    groups = [Group([i], [j], "chain") for i, j in paired.items()]
    groups += [Group([], [j], "unpaired") for j in range(3) if j not in paired.values()]
    attach(groups, scorer, sims, adjacent_only=False)
    assert sorted((sorted(g.lefts), sorted(g.rights)) for g in groups) == expected


@pytest.mark.parametrize(
    ("left0", "expected"),
    [
        # left 0 (paired by order with right 0, sharing one word) is whole inside right 1, which
        # absorbed left 1 and 2 too: it moves there and right 0 is left unpaired
        ("m n o p q", [([], [0]), ([0, 1, 2], [1])]),
        # only 3 of its 5 words are in right 1 (below REHOME_CONTAINED): it stays
        ("m n o z1 z2", [([0], [0]), ([1, 2], [1])]),
    ],
)
def test_rehome(left0: str, expected: list[tuple[list[int], list[int]]]) -> None:
    left = [left0, "a b c", "d e f"]
    right = ["q z1 z2 r s t", "a b c d e f m n o p q"]
    scorer, sims = _scorer(left, right)
    groups = _groups([([0], [0]), ([1, 2], [1])])
    rehome(groups, [(0.9, 0, 1)], scorer, sims)
    assert sorted((sorted(g.lefts), sorted(g.rights)) for g in groups) == expected
