"""Offsets are sacred: every clause, term and diff run of a comparison points into its source.

These are properties, checked over every comparison the project has real text for (the bundled
samples and the shared corpus pairs) under several options, and after a manual relink:

* a clause body is the document text between its body offsets;
* a term's text is the document text between its offsets, inside its clause's body;
* a diff run's text is the text between its offsets on the side it comes from (the left side for
  a deletion, the right side for an insertion or an equal run); the side it does not exist on
  has an empty span; deletions and equal runs on the left, insertions and equal runs on the
  right, read in order, cover each side's clause bodies without overlapping;
* the terms of a term change point into the text too, inside the bodies of the pair's clauses.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from clausediff.clause import Clause
from clausediff.compare.pipeline import compare_files
from clausediff.compare.relink import relink, unlink
from clausediff.comparison import Comparison, Op, Pair
from clausediff.options import CompareOptions

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
CORPUS = Path("/work/shared/corpus")


def _pairs_of_files() -> list[tuple[Path, Path]]:
    found = [
        (SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"),
        (SAMPLES / "service-agreement-v1.txt", SAMPLES / "service-agreement-v2.txt"),
    ]
    if CORPUS.is_dir():
        found += [(d / "left.txt", d / "right.txt") for d in sorted(CORPUS.iterdir()) if d.is_dir()]
    return [(left, right) for left, right in found if left.exists() and right.exists()]


FILES = _pairs_of_files()
OPTIONS = [
    # As shipped: nothing ignored.
    CompareOptions(),
    # Every normalisation at once: equal runs then differ from their left text as written.
    CompareOptions(
        ignore_case=True, ignore_punctuation=True, ignore_whitespace=True, ignore_numbering=True
    ),
    # A guardrail so low that most pairs fall back to the coarse, truncated diff.
    CompareOptions(max_diff_chars=80),
]


def check_offsets(comparison: Comparison) -> None:
    """Assert every property of the module docstring."""
    for document, clauses, terms in (
        (comparison.left, comparison.left_clauses, comparison.left_terms),
        (comparison.right, comparison.right_clauses, comparison.right_terms),
    ):
        for clause in clauses:
            assert document.text[clause.body_start : clause.body_end] == clause.text
            for term in terms.get(clause.id, ()):
                assert document.text[term.start : term.end] == term.text
                assert clause.body_start <= term.start < term.end <= clause.body_end
    for pair in comparison.pairs:
        _check_diff(comparison, pair)
        _check_term_changes(comparison, pair)


def _check_diff(comparison: Comparison, pair: Pair) -> None:
    left_text, right_text = comparison.left.text, comparison.right.text
    left_spans, right_spans = [], []
    for op in pair.diff:
        if op.op is Op.DELETE:
            assert left_text[op.left_start : op.left_end] == op.text
            assert op.right_start == op.right_end
        elif op.op is Op.INSERT:
            assert right_text[op.right_start : op.right_end] == op.text
            assert op.left_start == op.left_end
        else:
            assert right_text[op.right_start : op.right_end] == op.text
        if op.left_start < op.left_end:
            left_spans.append((op.left_start, op.left_end))
        if op.right_start < op.right_end:
            right_spans.append((op.right_start, op.right_end))
    # A split or merged pair is diffed part by part: the side with the parts reads in order,
    # the other region after region (worddiff.parts); every character once all the same.
    if len(pair.left) > 1 and len(pair.left) >= len(pair.right):
        right_spans.sort()
    elif len(pair.right) > 1:
        left_spans.sort()
    _check_cover(left_spans, [c for c in comparison.left_clauses if c.id in pair.left], left_text)
    _check_cover(
        right_spans, [c for c in comparison.right_clauses if c.id in pair.right], right_text
    )


def _check_cover(spans: list[tuple[int, int]], clauses: list[Clause], text: str) -> None:
    """The spans, in order and apart, lie within the clause bodies and miss only white space."""
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    bodies = [(c.body_start, c.body_end) for c in clauses]
    covered = set()
    for start, end in spans:
        assert any(b_start <= start and end <= b_end for b_start, b_end in bodies)
        covered.update(range(start, end))
    missed = [
        text[i] for b_start, b_end in bodies for i in range(b_start, b_end) if i not in covered
    ]
    assert "".join(missed).strip() == ""


def _check_term_changes(comparison: Comparison, pair: Pair) -> None:
    for change in pair.term_changes:
        for term, document, clauses in (
            (change.left, comparison.left, comparison.left_clauses),
            (change.right, comparison.right, comparison.right_clauses),
        ):
            if term is None:
                continue
            # A term of the pair's clauses, or a permission read from the diff ("doit" -> "peut"):
            # either way it lies in a body of the pair, as written.
            assert document.text[term.start : term.end] == term.text
            ids = pair.left if document is comparison.left else pair.right
            bodies = [(c.body_start, c.body_end) for c in clauses if c.id in ids]
            assert any(start <= term.start and term.end <= end for start, end in bodies)


@pytest.mark.parametrize("options", OPTIONS, ids=["default", "ignore-all", "coarse"])
@pytest.mark.parametrize(("left", "right"), FILES, ids=[p[0].parent.name for p in FILES])
def test_offsets_point_into_the_source(left: Path, right: Path, options: CompareOptions) -> None:
    check_offsets(compare_files(left, right, options))


def test_offsets_after_relink_and_unlink() -> None:
    """Rebuilt pairs keep the same properties."""
    left, right = FILES[0]
    comparison = compare_files(left, right)
    first, last = comparison.left_clauses[0].id, comparison.right_clauses[-1].id
    check_offsets(relink(comparison, [first], [last]))
    check_offsets(unlink(comparison, 0))


def test_term_annotation_can_be_cancelled() -> None:
    """Annotating clauses checks the monitor inside its loop, not only before it starts."""
    from clausediff.compare.pipeline import annotate_clauses
    from clausediff.errors import Cancelled
    from clausediff.progress import Monitor
    from clausediff.readers import read_document
    from clausediff.segment import segment

    document = read_document(FILES[0][0])
    clauses = segment(document) * 10  # 380 clauses: more than one step of checks (200)
    calls: list[int] = []

    def should_cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        annotate_clauses(document, clauses, Monitor(should_cancel=should_cancel))
    assert len(calls) == 2
