"""A chain of versions: a first draft, the counterparty's mark-up, the final (v1 → v2 → v3).

Lawyers read a negotiation as steps: what the other side changed in my draft (v1 → v2), what
changed in the last round (v2 → v3), and, to see where it ended up, the first draft against the
final (v1 → v3). :class:`VersionChain` holds the 2 or 3 versions and one ordinary
:class:`~clausediff.comparison.Comparison` per step, each computed by the same pipeline as any
pair (:func:`~clausediff.compare.pipeline.compare_prepared`), so every view, report and session
takes a step as it takes a pair.

Contract: :func:`compare_chain` takes 2 or 3 documents already read, :func:`compare_chain_files`
reads them first; both segment and annotate each version once, compare every step of
:func:`step_order` (with three versions: v1 → v2, v2 → v3, then v1 → v3; with two: v1 → v2), report
progress over the whole run and honour cancellation through a
:class:`~clausediff.progress.Monitor`. A wrong number of versions or versions too large to compare
raise :class:`~clausediff.errors.InputError` before any work. Results are immutable and point
into the documents by offsets, as every comparison does. No Qt, no output files.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence
from dataclasses import dataclass

from clausediff.compare.pipeline import (
    TermCache,
    check_compared_size,
    compare_prepared,
    prepare_document,
)
from clausediff.comparison import Comparison, Pair
from clausediff.document import Document
from clausediff.errors import ErrorCode, InputError
from clausediff.options import CompareOptions
from clausediff.progress import SILENT, Monitor
from clausediff.readers import read_document

MIN_VERSIONS, MAX_VERSIONS = 2, 3

#: Progress units given to each piece of work (reading or preparing a version, comparing a step).
_UNITS = 1000


def step_order(versions: int) -> tuple[tuple[int, int], ...]:
    """The steps of a chain of ``versions`` versions as (older, newer) indexes from 0, in the
    order they are shown: each version against the next, then the first against the last.

    >>> step_order(3)
    ((0, 1), (1, 2), (0, 2))
    >>> step_order(2)
    ((0, 1),)
    """
    check_version_count(versions)
    consecutive = tuple((index, index + 1) for index in range(versions - 1))
    whole = ((0, versions - 1),) if versions > 2 else ()
    return consecutive + whole


def check_version_count(versions: int) -> None:
    """Raise InputError unless a chain of ``versions`` versions can be compared."""
    if not MIN_VERSIONS <= versions <= MAX_VERSIONS:
        raise InputError(
            f"a chain of versions holds {MIN_VERSIONS} or {MAX_VERSIONS} documents, not {versions}",
            ErrorCode.VERSION_COUNT,
            count=versions,
            least=MIN_VERSIONS,
            most=MAX_VERSIONS,
        )


def step_label(older: int, newer: int) -> str:
    """ "v1 → v2" for the step from version index ``older`` to ``newer`` (from 0)."""
    return f"v{older + 1} → v{newer + 1}"


@dataclass(frozen=True, slots=True)
class Step:
    """One comparison of the chain: version ``older`` (left) against version ``newer`` (right),
    indexes from 0 into :attr:`VersionChain.versions`."""

    older: int
    newer: int
    comparison: Comparison

    @property
    def label(self) -> str:
        """ "v1 → v2"."""
        return step_label(self.older, self.newer)


@dataclass(frozen=True, slots=True)
class VersionChain:
    """2 or 3 versions of one contract, oldest first, and the comparison of each step.

    ``steps`` follow :func:`step_order`; a step's comparison has the older version on the left
    and the newer on the right, the very documents of :attr:`versions`.
    """

    versions: tuple[Document, ...]
    steps: tuple[Step, ...]

    def step(self, older: int, newer: int) -> Step:
        """The step from version ``older`` to ``newer``; KeyError when the chain has none."""
        for step in self.steps:
            if (step.older, step.newer) == (older, newer):
                return step
        raise KeyError(step_label(older, newer))


def compare_chain_files(
    paths: Sequence[str | os.PathLike[str]],
    options: CompareOptions | None = None,
    monitor: Monitor = SILENT,
) -> VersionChain:
    """Read 2 or 3 files, oldest first, and compare them as a chain (see :func:`compare_chain`).

    Raises InputError for a wrong number of files or a bad file (naming it), Cancelled on cancel.
    """
    check_version_count(len(paths))
    revisions = (options or CompareOptions()).revisions
    total = _UNITS * (2 * len(paths) + len(step_order(len(paths))))
    documents = []
    for index, path in enumerate(paths):
        monitor.report(index * _UNITS, total, "reading")
        documents.append(read_document(path, _within(monitor, index * _UNITS, total), revisions))
    return _compare(tuple(documents), options, monitor, done=len(paths) * _UNITS, total=total)


def compare_chain(
    documents: Sequence[Document],
    options: CompareOptions | None = None,
    monitor: Monitor = SILENT,
) -> VersionChain:
    """Compare 2 or 3 documents, oldest first, step by step.

    Each version is segmented and annotated once and shared by the steps it belongs to. Raises
    InputError for a wrong number of documents or a step too large to compare (before any work),
    Cancelled on cancel.
    """
    check_version_count(len(documents))
    total = _UNITS * (len(documents) + len(step_order(len(documents))))
    return _compare(tuple(documents), options, monitor, done=0, total=total)


def _compare(
    documents: tuple[Document, ...],
    options: CompareOptions | None,
    monitor: Monitor,
    *,
    done: int,
    total: int,
) -> VersionChain:
    """Prepare each version once, then compare every step; progress from ``done`` to ``total``."""
    order = step_order(len(documents))
    for older, newer in order:
        check_compared_size(documents[older], documents[newer])
    term_cache: TermCache = {}
    prepared = []
    for document in documents:
        monitor.report(done, total, "segmenting")
        prepared.append(prepare_document(document, _within(monitor, done, total), term_cache))
        done += _UNITS
    steps = []
    for older, newer in order:
        inner = _within(monitor, done, total, step_label(older, newer))
        comparison = compare_prepared(prepared[older], prepared[newer], options, inner)
        steps.append(Step(older, newer, comparison))
        done += _UNITS
    monitor.report(total, total, "done")
    return VersionChain(documents, tuple(steps))


def _within(monitor: Monitor, start: int, total: int, label: str = "") -> Monitor:
    """A monitor for one piece of the run: its own progress mapped into ``start``..``start +
    _UNITS`` of the whole, its messages prefixed by the step when given ("v2 → v3: aligning"),
    the same cancel check. The stages inside a comparison each count from 0 (aligning, then
    diffing), so the share shown never goes back: the bar only moves forward."""
    reached = [start]

    def progress(done: int, part_total: int, message: str) -> None:
        share = done * _UNITS // part_total if part_total > 0 else 0
        reached[0] = max(reached[0], start + min(share, _UNITS))
        monitor.progress(reached[0], total, f"{label}: {message}" if label else message)

    return Monitor(progress=progress, should_cancel=monitor.should_cancel)


def changed_in_steps(first: Comparison, second: Comparison, pair: Pair) -> tuple[bool, bool]:
    """For ``pair`` of the first-to-last comparison (v1 → v3): did its clauses change in the step
    ``first`` (v1 → v2), in the step ``second`` (v2 → v3)?

    A lawyer reading the final against the first draft asks who made a change: the counterparty's
    mark-up, the last round, or both (and a clause "unchanged" overall may have been changed and
    changed back). The pair's v1 clauses are followed into ``first``, its v3 clauses into
    ``second``, and the v2 clauses either leads to into the other step (for a clause inserted or
    deleted overall); a step counts when any pair it has over those clauses is not unchanged.
    Clause ids are those of each version's document, shared by the steps that show it.
    """
    left, right = set(pair.left), set(pair.right)
    middle = {i for p in first.pairs if left & set(p.left) for i in p.right}
    middle |= {i for p in second.pairs if right & set(p.right) for i in p.left}
    in_first = any(p.changed for p in first.pairs if left & set(p.left) or middle & set(p.right))
    in_second = any(p.changed for p in second.pairs if right & set(p.right) or middle & set(p.left))
    return in_first, in_second


class StepTrace(enum.Enum):
    """In which step of a three-version chain a clause of v1 → v3 changed."""

    FIRST = "first"  #: in v1 → v2 only
    SECOND = "second"  #: in v2 → v3 only
    BOTH = "both"  #: in v1 → v2 and again in v2 → v3
    BACK = "back"  #: in both steps, but the same in v1 and v3: changed, then changed back
    NEITHER = "neither"  #: in no step


def step_trace(first: Comparison, second: Comparison, pair: Pair) -> StepTrace:
    """:func:`changed_in_steps` of ``pair`` (of v1 → v3) put as one :class:`StepTrace`."""
    in_first, in_second = changed_in_steps(first, second, pair)
    if in_first and in_second:
        return StepTrace.BOTH if pair.changed else StepTrace.BACK
    if in_first:
        return StepTrace.FIRST
    return StepTrace.SECOND if in_second else StepTrace.NEITHER


def chain_traces(chain: VersionChain) -> tuple[tuple[Pair, StepTrace], ...]:
    """Every pair of the first-to-last step with the step(s) it changed in, in reading order;
    empty for a chain of two versions (its one step says it all)."""
    if len(chain.steps) < 3:
        return ()
    first, second, whole = (step.comparison for step in chain.steps)
    return tuple((pair, step_trace(first, second, pair)) for pair in whole.pairs)
