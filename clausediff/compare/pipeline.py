"""Compare two documents: segment, align, diff word by word, find terms and their changes.

The one entry point the CLI, the GUI, the reports and the benchmarks share. It wires the stages
together and adds nothing of its own but the order of the pairs (the per-pair assembly is
:mod:`clausediff.compare.pairs`):

    Document x2 -> segment -> align -> per pair: word diff + term changes -> Comparison

:func:`compare_documents` takes documents already read; :func:`compare_files` reads them first;
:func:`compare_prepared` takes documents already segmented and annotated (:func:`prepare_document`
for one, :func:`prepare_pair` for both). :func:`compare_documents` shares its work between two
processes when asked (:mod:`clausediff.compare.forked`).
All report progress and honour cancellation through a :class:`~clausediff.progress.Monitor`.
No Qt, no output files.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from clausediff.align import Link, align
from clausediff.clause import Clause
from clausediff.compare.forked import both
from clausediff.compare.pair_order import order_pairs
from clausediff.compare.pairs import (
    LinkKey,
    PairBuilder,
    build_ahead,
    build_pairs,
    diff_ahead,
)
from clausediff.comparison import Comparison, Pair, Term
from clausediff.document import Document
from clausediff.errors import ErrorCode, InputError
from clausediff.options import CompareOptions
from clausediff.progress import SILENT, Monitor
from clausediff.readers import read_document
from clausediff.segment import segment
from clausediff.terms import annotate
from clausediff.worddiff.diff import WordDiff

#: Clauses annotated between two cancel checks.
_PROGRESS_STEP = 200
#: Terms found in a clause text, offsets into that text, by (language, text).
TermCache = dict[tuple[str, str], tuple[Term, ...]]
#: Word diffs found ahead of the terms, by link (:func:`~clausediff.compare.pairs.diff_ahead`).
WordDiffs = Mapping[LinkKey, WordDiff]


def compare_files(
    left_path: str | os.PathLike[str],
    right_path: str | os.PathLike[str],
    options: CompareOptions | None = None,
    monitor: Monitor = SILENT,
    *,
    parallel: bool = False,
) -> Comparison:
    """Read two files and compare them. Raises InputError for bad files, Cancelled on cancel.

    ``parallel``: see :func:`compare_documents`.
    """
    revisions = (options or CompareOptions()).revisions
    monitor.report(0, 4, "reading")
    left = read_document(left_path, monitor, revisions)
    monitor.report(1, 4, "reading")
    right = read_document(right_path, monitor, revisions)
    return compare_documents(left, right, options, monitor, parallel=parallel)


def compare_documents(
    left: Document,
    right: Document,
    options: CompareOptions | None = None,
    monitor: Monitor = SILENT,
    *,
    parallel: bool = False,
) -> Comparison:
    """Compare two documents already read. Raises InputError when they are too large together.

    With ``parallel``, the work is shared with forked child processes
    (:mod:`clausediff.compare.forked`), for a command that runs once, never in the window: the
    two sides are segmented at once; then a child finds the terms of every distinct clause text
    while this process aligns the clauses and finds the word diffs of about half of the links
    that need one (neither needs terms); then the other word diffs are shared the same way and
    the pairs built. The result is the same either way.
    """
    check_compared_size(left, right)
    monitor.report(2, 4, "segmenting")
    if not parallel:
        prepared_left, prepared_right = prepare_pair(left, right, monitor)
        return compare_prepared(prepared_left, prepared_right, options, monitor)
    options = options or CompareOptions()
    left_clauses, right_clauses = both(lambda: segment(left), lambda: segment(right), parallel=True)
    texts = _distinct_texts(left, left_clauses, right, right_clauses)

    def align_and_diff() -> tuple[tuple[Link, ...], dict[int, tuple[Pair, ...]], WordDiffs]:
        monitor.report(3, 4, "aligning")
        links = align(left_clauses, right_clauses, options, monitor)
        no_terms: dict[str, tuple[Term, ...]] = {}
        builder = PairBuilder(left, right, left_clauses, right_clauses, no_terms, no_terms, options)
        built = build_ahead(builder, links)
        return links, built, diff_ahead(builder, links, _DIFFS_BESIDE_THE_TERMS, monitor)

    found, (links, built, word_diffs) = both(
        lambda: annotate_texts(texts), align_and_diff, parallel=True
    )
    prepared_left, prepared_right = _prepared(
        left, left_clauses, right, right_clauses, texts, found, monitor
    )
    return _compare_aligned(
        prepared_left,
        prepared_right,
        links,
        options,
        monitor,
        parallel=True,
        word_diffs=word_diffs,
        built=built,
    )


#: The share of the word diffs (by cost) this process finds after aligning, while a child finds
#: every text's terms. On the Code civil pair aligning costs about 0.14 s CPU, the word diffs
#: 0.18 s, the terms 0.18 s and compiling their patterns 0.06 s more in each process that
#: finds any (which this one no longer does), so the two finish together near one half.
_DIFFS_BESIDE_THE_TERMS = 0.7


#: Most characters of text compared at once, both documents together. Measured on the French
#: Code civil pair (2.4 million characters, 115 MB peak) and four copies of it (9.6 million,
#: 380 MB): about 40 bytes per character, so this limit stays near 2 GB, within a laptop's
#: memory; it is 20 times the whole Code civil.
MAX_COMPARED_CHARS = 50_000_000
#: Lines of the two documents together: 20 times the whole Code civil pair (25,000 lines). Work
#: grows with the lines (segmentation reads each, about 17 µs): a million lines of "1." (3 MB,
#: far under the character limit) took 18 s before any answer.
MAX_COMPARED_LINES = 500_000


def check_compared_size(left: Document, right: Document) -> None:
    """Refuse, before any work, two documents too large to compare in this machine's memory,
    or of so many lines that segmenting them would keep the user waiting for minutes."""
    names = {"left": Path(left.path).name or "?", "right": Path(right.path).name or "?"}
    lines = left.text.count("\n") + right.text.count("\n") + 2
    if lines > MAX_COMPARED_LINES:
        raise InputError(
            f"{names['left']} and {names['right']} hold {lines:,} lines together; ClauseDiff "
            f"compares at most {MAX_COMPARED_LINES:,} (20 times the whole French Code civil): "
            "compare them part by part",
            ErrorCode.COMPARED_TOO_MANY_LINES,
            total=str(lines),  # digits only: the window words them in its own language
            limit=str(MAX_COMPARED_LINES),
            **names,
        )
    total = len(left.text) + len(right.text)
    if total > MAX_COMPARED_CHARS:
        millions, limit = f"{total / 1e6:.0f}", f"{MAX_COMPARED_CHARS / 1e6:.0f}"
        raise InputError(
            f"the two documents hold {millions} million characters together; ClauseDiff "
            f"compares at most {limit} million (20 times the whole French Code civil): compare "
            "them part by part",
            ErrorCode.COMPARED_TOO_LARGE,
            total=millions,
            limit=limit,
            **names,
        )


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """One side's own work, done once: the document, its clauses and the terms of each clause.

    A portfolio review prepares its template once and compares it with thousands of contracts
    (:mod:`clausediff.portfolio`); it pickles well, so it can be shipped to worker processes.
    """

    document: Document
    clauses: tuple[Clause, ...]
    terms: Mapping[str, tuple[Term, ...]]


def prepare_document(
    document: Document, monitor: Monitor = SILENT, term_cache: TermCache | None = None
) -> PreparedDocument:
    """Segment a document and find the terms of its clauses (see :func:`annotate_clauses`)."""
    clauses = segment(document)
    terms = annotate_clauses(document, clauses, monitor, term_cache)
    return PreparedDocument(document, clauses, terms)


def prepare_pair(
    left: Document, right: Document, monitor: Monitor = SILENT
) -> tuple[PreparedDocument, PreparedDocument]:
    """Both sides segmented and annotated, as :func:`prepare_document` does one.

    Most clauses of two versions are the same text: each distinct text is annotated once.
    (:func:`compare_documents` with ``parallel`` shares this work between two processes.)
    """
    left_clauses, right_clauses = segment(left), segment(right)
    texts = _distinct_texts(left, left_clauses, right, right_clauses)
    found = annotate_texts(texts, monitor)
    return _prepared(left, left_clauses, right, right_clauses, texts, found, monitor)


def _distinct_texts(
    left: Document,
    left_clauses: Sequence[Clause],
    right: Document,
    right_clauses: Sequence[Clause],
) -> list[tuple[str, str]]:
    """Each (language, clause text) of both sides once, in order of first appearance."""
    return list(
        dict.fromkeys(
            [(left.language, c.text) for c in left_clauses]
            + [(right.language, c.text) for c in right_clauses]
        )
    )


def _prepared(
    left: Document,
    left_clauses: tuple[Clause, ...],
    right: Document,
    right_clauses: tuple[Clause, ...],
    texts: Sequence[tuple[str, str]],
    found: Sequence[tuple[Term, ...]],
    monitor: Monitor,
) -> tuple[PreparedDocument, PreparedDocument]:
    """Both sides prepared from the terms ``found`` for each of ``texts``."""
    term_cache = dict(zip(texts, found, strict=True))
    return (
        PreparedDocument(
            left, left_clauses, annotate_clauses(left, left_clauses, monitor, term_cache)
        ),
        PreparedDocument(
            right, right_clauses, annotate_clauses(right, right_clauses, monitor, term_cache)
        ),
    )


def annotate_texts(
    texts: Sequence[tuple[str, str]], monitor: Monitor = SILENT
) -> list[tuple[Term, ...]]:
    """The terms of each (language, text), in order: ``dict(zip(texts, found))`` is a
    ``term_cache`` for :func:`annotate_clauses`. A list rather than that dict, so that a child
    process sends back the terms alone, not the texts it was given (half of 2.4 million
    characters on the Code civil pair).

    Checks for cancel every :data:`_PROGRESS_STEP` texts.
    """
    found = []
    for index, (language, text) in enumerate(texts):
        if index % _PROGRESS_STEP == 0:
            monitor.check()
        found.append(annotate(text, language))
    return found


def compare_prepared(
    left: PreparedDocument,
    right: PreparedDocument,
    options: CompareOptions | None = None,
    monitor: Monitor = SILENT,
) -> Comparison:
    """Compare two prepared documents: align their clauses, then build every pair."""
    options = options or CompareOptions()
    monitor.report(3, 4, "aligning")
    links = align(left.clauses, right.clauses, options, monitor)
    return _compare_aligned(left, right, links, options, monitor, parallel=False)


def pair_builder(
    left: PreparedDocument,
    right: PreparedDocument,
    options: CompareOptions,
    word_diffs: WordDiffs | None = None,
) -> PairBuilder:
    """What builds the pairs of two prepared documents (their texts, clauses and terms), taking
    up the ``word_diffs`` found ahead."""
    return PairBuilder(
        left.document,
        right.document,
        left.clauses,
        right.clauses,
        left.terms,
        right.terms,
        options,
        word_diffs,
    )


def _compare_aligned(
    left: PreparedDocument,
    right: PreparedDocument,
    links: Sequence[Link],
    options: CompareOptions,
    monitor: Monitor,
    *,
    parallel: bool,
    word_diffs: WordDiffs | None = None,
    built: Mapping[int, tuple[Pair, ...]] | None = None,
) -> Comparison:
    """The comparison of two prepared documents whose clauses are aligned by ``links``; the
    links in ``word_diffs`` are not diffed again, the pairs ``built`` not built again
    (:func:`~clausediff.compare.pairs.diff_ahead`, :func:`~clausediff.compare.pairs.build_ahead`).
    """
    builder = pair_builder(left, right, options, word_diffs)
    pairs = build_pairs(builder, links, monitor, parallel=parallel, built=built)
    monitor.report(len(links), len(links), "done")
    return Comparison(
        left=left.document,
        right=right.document,
        left_clauses=left.clauses,
        right_clauses=right.clauses,
        pairs=order_pairs(pairs, left.clauses, right.clauses),
        options=options,
        left_terms=left.terms,
        right_terms=right.terms,
    )


def annotate_clauses(
    document: Document,
    clauses: Sequence[Clause],
    monitor: Monitor = SILENT,
    term_cache: TermCache | None = None,
) -> dict[str, tuple[Term, ...]]:
    """Terms of every clause body, with offsets moved into the document text.

    :func:`~clausediff.terms.annotate` is a pure function of the text, so a clause whose text
    was annotated before (a repeated clause, or the same clause on the other side when both
    share ``term_cache``) takes the terms found then. Checks for cancel every
    :data:`_PROGRESS_STEP` clauses: annotating thousands of clauses takes seconds, and a new
    option should not wait for it.
    """
    cache: TermCache = {} if term_cache is None else term_cache
    found: dict[str, tuple[Term, ...]] = {}
    for index, clause in enumerate(clauses):
        if index % _PROGRESS_STEP == 0:
            monitor.check()
        key = (document.language, clause.text)
        terms = cache.get(key)
        if terms is None:
            terms = cache[key] = annotate(clause.text, document.language)
        # most clauses hold no term: their empty tuple is shared, not rebuilt
        found[clause.id] = terms and tuple(
            Term(t.kind, t.start + clause.body_start, t.end + clause.body_start, t.text, t.value)
            for t in terms
        )
    return found
