"""Pairs from alignment links: word diff, similarity and term changes of each linked clause set.

Contract: :class:`PairBuilder` turns one :class:`~clausediff.align.Link` into its
:class:`~clausediff.comparison.Pair` (or a deletion and an insertion when nothing founds a
"moved" link); :func:`build_pairs` does it for every link of an alignment, in their order, on
two cores when asked. :func:`diff_ahead` finds the word diffs of some links before the terms
are known (they need none), for a builder to take up later; :func:`build_ahead` builds the
pairs that need no terms at all. A pure function of the documents,
clauses, terms and options: the result is the same in one process or two. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clausediff.align import Link
from clausediff.clause import Clause
from clausediff.compare.forked import both
from clausediff.comparison import (
    Comparison,
    DiffOp,
    LinkReason,
    Op,
    Pair,
    PairStatus,
    Term,
    TermChange,
    TermChangeKind,
)
from clausediff.document import Document
from clausediff.options import CompareOptions
from clausediff.progress import SILENT, Monitor
from clausediff.terms import taken_along, term_changes
from clausediff.worddiff.diff import WordDiff, diff_spans
from clausediff.worddiff.parts import diff_parts

#: Below this share of surviving text, a one-to-one "moved" pair is shown as a deletion plus an
#: insertion unless the same number and heading or a manual link vouch for it.
LOW_SIMILARITY = 0.15
#: The reasons that hold a moved pair whose texts share almost nothing.
_VOUCHING = frozenset({LinkReason.NUMBER, LinkReason.MANUAL})
#: Links built between two progress reports (cancel checks).
_PROGRESS_STEP = 200
#: The cost of a link whose bodies are not diffed (identical, or on one side only), in
#: characters diffed: on the Code civil pair such a link takes about 9 µs, a word diff about
#: 0.5 µs per character of its two sides.
_LINK_COST = 20
#: A split or merged pair is diffed in reading order, then part by part: about four times the
#: cost per character of a one-to-one pair (measured on the same pair).
_PARTS_WEIGHT = 4
#: Below this cost (characters diffed, about 25 ms of work), a second process is not worth its
#: start and the pickling of its pairs.
FORK_MIN_COST = 50_000

#: Which link a word diff found ahead belongs to: its left and right clause ids.
LinkKey = tuple[tuple[str, ...], tuple[str, ...]]


class PairBuilder:
    """Turns alignment links into pairs with their word diff and term changes.

    Kept as a small object because relinking by hand (:mod:`clausediff.compare.relink`) builds
    pairs the same way from a finished comparison. ``word_diffs`` are the diffs of links found
    ahead (:func:`diff_ahead`), taken up instead of diffing those links again.
    """

    def __init__(
        self,
        left: Document,
        right: Document,
        left_clauses: Sequence[Clause],
        right_clauses: Sequence[Clause],
        left_terms: Mapping[str, tuple[Term, ...]],
        right_terms: Mapping[str, tuple[Term, ...]],
        options: CompareOptions,
        word_diffs: Mapping[LinkKey, WordDiff] | None = None,
    ) -> None:
        self.left = left
        self.right = right
        self.left_by_id = {clause.id: clause for clause in left_clauses}
        self.right_by_id = {clause.id: clause for clause in right_clauses}
        self.left_terms = left_terms
        self.right_terms = right_terms
        self.options = options
        self.word_diffs: Mapping[LinkKey, WordDiff] = word_diffs or {}

    @classmethod
    def for_comparison(cls, comparison: Comparison) -> PairBuilder:
        """A builder over the documents, clauses and terms of a finished comparison."""
        return cls(
            comparison.left,
            comparison.right,
            comparison.left_clauses,
            comparison.right_clauses,
            comparison.left_terms,
            comparison.right_terms,
            comparison.options,
        )

    def build_founded(self, link: Link) -> tuple[Pair, ...]:
        """The pair for one link, or a deletion and an insertion when nothing founds the pair.

        A "moved" pair is by definition mostly the same text found elsewhere: one whose word
        diff keeps under :data:`LOW_SIMILARITY` of it, unless the same number and heading or a
        manual link vouch for it, is a clause deleted and another inserted. A "modified" pair in
        place keeps its link and shows its reason (its rare words, or its place between linked
        neighbours: right four times out of five on the rewrites of the corpus, where diffs
        keep little text).
        """
        pair, link_similarity = self._build(link)
        if (
            pair.status is PairStatus.MOVED
            and len(link.left) == len(link.right) == 1
            and link_similarity < LOW_SIMILARITY
            and pair.reason not in _VOUCHING
        ):
            return (
                self.build(Link(link.left, (), PairStatus.DELETED, 0.0)),
                self.build(Link((), link.right, PairStatus.INSERTED, 0.0)),
            )
        return (pair,)

    def build(self, link: Link) -> Pair:
        """The pair for one link: diff the bodies, then match the terms."""
        return self._build(link)[0]

    def cost(self, link: Link) -> int:
        """What building the link's pair costs, in characters diffed plus :data:`_LINK_COST`:
        how :func:`build_pairs` shares the work between two processes."""
        left = [self.left_by_id[i] for i in link.left]
        right = [self.right_by_id[i] for i in link.right]
        if not left or not right or _same_bodies(left, right):
            return _LINK_COST
        if (link.left, link.right) in self.word_diffs:  # found ahead: taken up, not diffed
            return _LINK_COST
        size = sum(clause.body_end - clause.body_start for clause in left + right)
        return _LINK_COST + size * (_PARTS_WEIGHT if len(left) > 1 or len(right) > 1 else 1)

    def _build(self, link: Link) -> tuple[Pair, float]:
        """The pair, and the word diff's :attr:`~clausediff.worddiff.diff.WordDiff.link_similarity`.

        The pair shows the similarity of its marks; whether a "moved" pair is founded is judged
        on the link similarity, the reading its threshold was measured on.
        """
        left = [self.left_by_id[i] for i in link.left]
        right = [self.right_by_id[i] for i in link.right]
        if not right:
            ops = tuple(_whole(Op.DELETE, c, self.left.text) for c in left)
            gone = taken_along(link.left, self.left_terms, TermChangeKind.REMOVED)
            return Pair(link.left, (), PairStatus.DELETED, 0.0, ops, gone), 0.0
        if not left:
            ops = tuple(_whole(Op.INSERT, c, self.right.text) for c in right)
            brought = taken_along(link.right, self.right_terms, TermChangeKind.ADDED)
            return Pair((), link.right, PairStatus.INSERTED, 0.0, ops, brought), 0.0
        word_diff = self.word_diffs.get((link.left, link.right))
        if word_diff is None:
            word_diff = self._diff(left, right)
        if _same_bodies(left, right):
            changes: tuple[TermChange, ...] = ()  # the same words hold the same terms
        else:
            changes = term_changes(
                [t for c in left for t in self.left_terms.get(c.id, ())],
                [t for c in right for t in self.right_terms.get(c.id, ())],
                word_diff.ops,
                (self.left.text, self.right.text),
            )
        survived = link.similarity if word_diff.truncated else word_diff.similarity
        linked = link.similarity if word_diff.truncated else word_diff.link_similarity
        pair = Pair(
            left=link.left,
            right=link.right,
            status=link.status,
            similarity=round(survived, 4),
            diff=word_diff.ops,
            term_changes=changes,
            number_changed=link.number_changed,
            heading_changed=link.heading_changed,
            truncated=word_diff.truncated,
            reason=link.reason,
        )
        return pair, linked

    def _diff(self, left: Sequence[Clause], right: Sequence[Clause]) -> WordDiff:
        """The word diff of the bodies of ``left`` and ``right`` clauses, both sides non-empty."""
        spans = (
            self.left.text,
            [(c.body_start, c.body_end) for c in left],
            self.right.text,
            [(c.body_start, c.body_end) for c in right],
            self.options,
        )
        if len(left) > 1 or len(right) > 1:
            # A split or merged pair: each part against the region it went to.
            names = ([c.heading for c in left], [c.heading for c in right])
            return diff_parts(*spans, *names).word_diff
        return diff_spans(*spans)

    def needs_terms(self, link: Link) -> bool:
        """Whether the link's pair depends on the terms: all do but those with the same bodies
        on both sides (a clause deleted or inserted whole takes its terms along, and bodies
        that differ may hold different terms)."""
        left = [self.left_by_id[i] for i in link.left]
        right = [self.right_by_id[i] for i in link.right]
        return not (left and right and _same_bodies(left, right))

    def diff_link(self, link: Link) -> WordDiff:
        """The word diff of one link whose two sides hold clauses."""
        return self._diff(
            [self.left_by_id[i] for i in link.left], [self.right_by_id[i] for i in link.right]
        )


def diff_ahead(
    builder: PairBuilder, links: Sequence[Link], share: float, monitor: Monitor = SILENT
) -> dict[LinkKey, WordDiff]:
    """The word diffs of the costliest links that need one, about ``share`` of their whole cost
    (:meth:`PairBuilder.cost`), by link; a builder given them (``word_diffs``) takes them up.

    A word diff needs no terms: :func:`clausediff.compare.pipeline.compare_documents` finds
    some while a child process finds the terms. ``builder`` may hold no terms. Checks for
    cancel between two diffs.
    """
    costs = [(builder.cost(link), link) for link in links]
    diffed = sorted(
        ((cost, link) for cost, link in costs if cost > _LINK_COST),
        key=lambda entry: entry[0],
        reverse=True,
    )
    budget = sum(cost for cost, _ in diffed) * share
    found: dict[LinkKey, WordDiff] = {}
    for cost, link in diffed:
        if budget <= 0:
            break
        monitor.check()
        found[(link.left, link.right)] = builder.diff_link(link)
        budget -= cost
    return found


def build_ahead(builder: PairBuilder, links: Sequence[Link]) -> dict[int, tuple[Pair, ...]]:
    """The pairs of the links that need no terms (:meth:`PairBuilder.needs_terms`: the same
    bodies on both sides, whose term changes are none), by index in ``links``; ``builder`` may
    hold no terms. :func:`build_pairs` takes them up (``built``)."""
    return {
        index: builder.build_founded(link)
        for index, link in enumerate(links)
        if not builder.needs_terms(link)
    }


def _same_bodies(left: Sequence[Clause], right: Sequence[Clause]) -> bool:
    """Whether the two sides' clause bodies are the same texts, one for one."""
    return len(left) == len(right) and all(
        a.text == b.text for a, b in zip(left, right, strict=True)
    )


def _whole(op: Op, clause: Clause, text: str) -> DiffOp:
    """One diff run covering a whole clause body that exists on one side only."""
    body = text[clause.body_start : clause.body_end]
    if op is Op.DELETE:
        return DiffOp(op, body, clause.body_start, clause.body_end, 0, 0)
    return DiffOp(op, body, 0, 0, clause.body_start, clause.body_end)


def build_pairs(
    builder: PairBuilder,
    links: Sequence[Link],
    monitor: Monitor = SILENT,
    *,
    parallel: bool,
    built: Mapping[int, tuple[Pair, ...]] | None = None,
) -> list[Pair]:
    """Every link's pairs (:meth:`PairBuilder.build_founded`), in the order of ``links``.

    Nearly all the time goes to the word diffs of the links whose bodies differ: on the Code
    civil pair, 230 of its 3,370 links take 0.18 s of 0.21 s. With ``parallel``, those links are
    dealt into two shares of about the same cost (:func:`_child_share`); the child's share is
    built in a forked process (:func:`~clausediff.compare.forked.both`), which sends its pairs
    back pickled, and every other link here. The pairs already ``built`` (by index in
    ``links``, :func:`build_ahead`) are taken as they are. Reports progress and checks for
    cancel every :data:`_PROGRESS_STEP` links built here.
    """
    built = built or {}
    theirs = _child_share(builder, links, built) if parallel else []
    given = set(theirs)
    mine = [index for index in range(len(links)) if index not in given and index not in built]

    def build(indices: Sequence[int], monitor: Monitor) -> list[tuple[Pair, ...]]:
        built = []
        for count, index in enumerate(indices):
            if count % _PROGRESS_STEP == 0:
                monitor.report(index, len(links), "diffing")
            built.append(builder.build_founded(links[index]))
        return built

    their_pairs, my_pairs = both(
        lambda: build(theirs, SILENT), lambda: build(mine, monitor), parallel=bool(theirs)
    )
    by_index = dict(built)
    by_index.update(zip(theirs, their_pairs, strict=True))
    by_index.update(zip(mine, my_pairs, strict=True))
    return [pair for index in range(len(links)) for pair in by_index[index]]


def _child_share(
    builder: PairBuilder, links: Sequence[Link], built: Mapping[int, object] | None = None
) -> list[int]:
    """The indices of the links a second process should build, in order; none when the work
    is too small to share (:data:`FORK_MIN_COST`). The links already ``built`` cost nothing.

    Only links that need a word diff are given away (the others would cost more to pickle
    than to build), costliest first, each to the share that costs less so far: the
    "longest processing time first" rule, within a few per cent of the best split when the
    costs are many and small, as here.
    """
    done = built or {}
    costs = [0 if index in done else builder.cost(link) for index, link in enumerate(links)]
    diffed = sorted(
        (index for index, cost in enumerate(costs) if cost > _LINK_COST),
        key=costs.__getitem__,
        reverse=True,
    )
    here = sum(cost for cost in costs if cost <= _LINK_COST)
    if sum(costs) - here < FORK_MIN_COST:
        return []
    there = 0
    theirs: list[int] = []
    for index in diffed:
        if there < here:
            theirs.append(index)
            there += costs[index]
        else:
            here += costs[index]
    return sorted(theirs)
