"""The clause search: which pairs hold a text, case and accents aside, fast enough for every key.

Input: a :class:`~clausediff.comparison.Comparison`. :meth:`PairSearch.matching` returns the
indexes of the pairs where the query, folded by :func:`~clausediff.text.fold.fold_key`, occurs in
a clause's label or in the clause as the comparison view shows it (number, heading and body, the
span ``start..end``), so a pair is listed exactly when the view marks something in it.

Each side's document text is folded once, whole (folding keeps offsets, so a clause's span is the
same in the folded text), then a query is one ``str.find`` pass per side that jumps to the end of
each clause it hits: a few milliseconds on the Code civil, where searching the pairs' texts one
by one through the clause list's model took 110 ms a key. Folding is done in slices by
:meth:`PairSearch.warm`, which the window calls in idle time after the first screen; a search
typed before that finishes the folding first. Results are remembered per query (Backspace
brings back an earlier one at once). No Qt, no I/O.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict

from clausediff.comparison import Comparison, Side
from clausediff.text.fold import fold_key as fold

#: Characters folded per :meth:`PairSearch.warm` call by default (about 10 ms).
WARM_SLICE = 64_000
#: Queries whose results are kept.
REMEMBERED = 64


class _FoldedSide:
    """One side's document text, folded slice by slice, and its clauses' spans by start."""

    def __init__(self, comparison: Comparison, side: Side) -> None:
        self.comparison = comparison
        self.side = side
        self.text = comparison.side(side).document.text
        self.parts: list[str] = []
        self.done = 0
        self._folded: str | None = None
        self._spans: tuple[list[int], list[int], list[int]] | None = None

    def spans(self) -> tuple[list[int], list[int], list[int]]:
        """Starts, ends and pair indexes of the side's clauses, by start (made once)."""
        if self._spans is None:
            side = self.comparison.side(self.side)
            spans = sorted(
                (clause.start, clause.end, number)
                for number, pair in enumerate(self.comparison.pairs)
                for clause in side.of(pair)
            )
            self._spans = (
                [start for start, _, _ in spans],
                [end for _, end, _ in spans],
                [number for _, _, number in spans],
            )
        return self._spans

    def warm(self, budget: int) -> int:
        """Fold up to ``budget`` more characters; the number left to fold."""
        if self.done < len(self.text):
            end = min(len(self.text), self.done + budget)
            self.parts.append(fold(self.text[self.done : end]))
            self.done = end
        return len(self.text) - self.done

    def folded(self) -> str:
        """The whole folded text (folding what is left first)."""
        if self._folded is None:
            while self.warm(len(self.text)):
                pass
            self._folded = "".join(self.parts)
            self.parts = []
        return self._folded

    def pairs_containing(self, query: str, found: set[int]) -> None:
        """Add to ``found`` the pairs of the clauses that contain ``query``."""
        text = self.folded()
        starts, ends, pairs = self.spans()
        position = text.find(query)
        while position >= 0:
            clause = bisect.bisect_right(starts, position) - 1
            if clause >= 0 and position + len(query) <= ends[clause]:
                found.add(pairs[clause])
                position = ends[clause]  # the clause is found: go on after it
            else:
                position += 1
            position = text.find(query, position)


class PairSearch:
    """Which pairs of one comparison contain a text (see the module's docstring)."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._sides = [_FoldedSide(comparison, side) for side in Side]
        self._labels: list[str] | None = None
        self._remembered: OrderedDict[str, frozenset[int]] = OrderedDict()

    def warm(self, budget: int = WARM_SLICE) -> bool:
        """Fold up to ``budget`` more characters of the documents (then the labels); True once
        everything is folded."""
        unfinished = next((side for side in self._sides if side.done < len(side.text)), None)
        if unfinished is not None:
            unfinished.warm(budget)
            return False
        for side in self._sides:
            side.spans()
        self._folded_labels()
        return True

    def _folded_labels(self) -> list[str]:
        if self._labels is None:
            labels = []
            for pair in self.comparison.pairs:
                names = (
                    clause.label for side in Side for clause in self.comparison.side(side).of(pair)
                )
                labels.append(fold("\n".join(names)))
            self._labels = labels
        return self._labels

    def matching(self, query: str) -> frozenset[int]:
        """Indexes of the pairs containing ``query`` (case, accents, typography aside); every
        pair for an empty query."""
        folded = fold(query.strip())
        if not folded:
            return frozenset(range(len(self.comparison.pairs)))
        known = self._remembered.get(folded)
        if known is not None:
            self._remembered.move_to_end(folded)
            return known
        found: set[int] = set()
        for side in self._sides:
            side.pairs_containing(folded, found)
        found.update(i for i, label in enumerate(self._folded_labels()) if folded in label)
        result = frozenset(found)
        self._remembered[folded] = result
        if len(self._remembered) > REMEMBERED:
            self._remembered.popitem(last=False)
        return result
