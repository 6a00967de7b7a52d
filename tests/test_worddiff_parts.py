"""Splits and merges diffed part by part (:mod:`clausediff.worddiff.parts`), on real text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Op, Pair, PairStatus, Side
from clausediff.marks import pair_marks
from clausediff.options import CompareOptions
from clausediff.worddiff.parts import diff_parts, part_links

ROOT = Path(__file__).resolve().parent.parent
# Licence Ouverte 1.0 -> 2.0: five definitions, each a clause under its own heading, became one
# article listing seven definitions in another order (the held-out pair's gold says so).
LICENCE = (
    ROOT / "bench" / "data" / "heldout" / "pairs" / "licence-ouverte-1.0-fr__licence-ouverte-2.0-fr"
)
AGREEMENT = ROOT / "resources" / "samples" / "service-agreement-v1.txt"
# The two sentences of Section 8 of the English sample.
EXCLUSION = (
    "Neither Party is liable to the other for any indirect, incidental or consequential damages,"
    " including lost profits, arising out of this Agreement."
)
CAP = (
    "Except for breaches of confidentiality and Customer’s payment obligations, each Party’s total"
    " liability under this Agreement shall not exceed the fees paid by Customer in the twelve (12)"
    " months preceding the event giving rise to the claim."
)


def marked_words(comparison: Comparison, pair: Pair, side: Side, clause_id: str) -> list[str]:
    """The words the views mark in one clause of a pair (the runs every view shows)."""
    words: list[str] = []
    for block in pair_marks(comparison, pair, side):
        if block.clause.id == clause_id:
            words.extend(
                w for run in block.runs if run.op is not Op.EQUAL for w in run.text.split()
            )
    return words


def check_tiling(comparison: Comparison, pair: Pair) -> None:
    """Every character of each side's bodies lies in exactly one op; the parts read in order."""
    for side in Side:
        bodies = sorted((c.body_start, c.body_end) for c in comparison.side(side).of(pair))
        covered = sorted(
            op.span(side)
            for op in pair.diff
            if op.op is not side.other.marked and op.span(side)[1] > op.span(side)[0]
        )
        assert sum(e - s for s, e in covered) == sum(e - s for s, e in bodies)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(covered))  # no overlap
        assert all(any(s <= lo and hi <= e for s, e in bodies) for lo, hi in covered)
    parts_side = Side.LEFT if len(pair.left) >= len(pair.right) else Side.RIGHT
    starts = [op.span(parts_side)[0] for op in pair.diff]
    assert starts == sorted(starts)


def test_a_definition_merged_with_four_others_shows_its_few_changes() -> None:
    comparison = compare_files(LICENCE / "left.txt", LICENCE / "right.txt")
    pair = next(p for p in comparison.pairs if p.status is PairStatus.MERGED and len(p.left) == 5)
    check_tiling(comparison, pair)
    links = {link.clause.heading: link for link in part_links(comparison, pair)}
    kept = next(link for heading, link in links.items() if "propriété intellectuelle" in heading)
    # "Il s'agit des droits identifiés comme tels par le Code de la propriété intellectuelle
    # (…droit sui generis des bases de données)" -> "tous droits identifiés comme tels par le
    # Code … droit sui generis des producteurs de bases de données)", sixth of seven on the right:
    # diffed against the whole article in order it was 6 % kept and all struck through.
    assert kept.similarity > 0.75
    region = comparison.right.text[kept.other_start : kept.other_end]
    assert region.startswith("droits identifiés comme tels par le Code de la propriété")
    assert region.endswith("bases de données).")
    struck = marked_words(comparison, pair, Side.LEFT, kept.clause.id)
    assert len(struck) <= 6, struck
    assert "propriété" not in struck and "bases" not in struck
    # The pair as a whole keeps what its parts keep (it showed 6 %).
    assert pair.similarity > 0.3


def test_a_split_whose_parts_were_reordered_marks_only_the_changed_words(tmp_path: Path) -> None:
    source = AGREEMENT.read_text(encoding="utf-8")
    assert f"{EXCLUSION} {CAP}" in source
    # Section 8 split in two sub-clauses, the cap first, and the cap raised.
    raised = CAP.replace("twelve (12)", "twenty-four (24)")
    right = tmp_path / "right.txt"
    right.write_text(
        source.replace(f"{EXCLUSION} {CAP}", f"8.1 {raised}\n\n8.2 {EXCLUSION}"), encoding="utf-8"
    )
    comparison = compare_files(AGREEMENT, right)
    pair = next(p for p in comparison.pairs if p.status is PairStatus.SPLIT)
    check_tiling(comparison, pair)
    assert marked_words(comparison, pair, Side.LEFT, pair.left[0]) == ["twelve", "12"]
    assert marked_words(comparison, pair, Side.RIGHT, pair.right[0]) == ["twenty-four", "24"]
    assert marked_words(comparison, pair, Side.RIGHT, pair.right[1]) == []
    first, second = part_links(comparison, pair)
    assert comparison.left.text[first.other_start : first.other_end] == CAP
    assert comparison.left.text[second.other_start : second.other_end] == EXCLUSION
    assert second.similarity == 1.0 and 0.9 < first.similarity < 1.0
    # The deadline change is found in the part it is in.
    [change] = pair.term_changes
    assert (change.left and change.left.text, change.right and change.right.text) == (
        "twelve (12) months",
        "twenty-four (24) months",
    )


def test_a_part_that_went_nowhere_reads_deleted() -> None:
    kept = "Le prix est payé à trente jours fin de mois par virement bancaire."
    dropped = "Tout retard entraîne une pénalité de trois fois le taux légal."
    left = f"{kept}\n\n{dropped}"
    right = f"Les parties se rencontrent chaque trimestre. {kept}"
    spans = [(0, len(kept)), (len(kept) + 2, len(left))]
    result = diff_parts(left, spans, right, [(0, len(right))], CompareOptions())
    assert result.by_part
    first, second = result.parts
    assert right[first.region[0][0] : first.region[-1][1]].strip() == right.strip()
    assert second.region == () and second.diff.similarity == 0.0
    deleted = [op.text for op in result.word_diff.ops if op.op is Op.DELETE]
    assert deleted == [dropped]


@pytest.mark.parametrize(
    "pair_dir", sorted(p for p in (ROOT / "bench" / "data").glob("heldout*/pairs/*") if p.is_dir())
)
def test_every_split_and_merge_of_the_held_out_pairs_tiles_both_sides(pair_dir: Path) -> None:
    comparison = compare_files(pair_dir / "left.txt", pair_dir / "right.txt")
    for pair in comparison.pairs:
        if len(pair.left) > 1 or len(pair.right) > 1:
            check_tiling(comparison, pair)
            # one part per clause of each side that has several (a 2:2 group has four parts)
            several = [side for side in (pair.left, pair.right) if len(side) > 1]
            assert len(part_links(comparison, pair)) == sum(len(side) for side in several)


def _split_comparison(folder: Path) -> Comparison:
    """The English sample against itself with Section 8 split in two, reordered, cap raised."""
    source = AGREEMENT.read_text(encoding="utf-8")
    raised = CAP.replace("twelve (12)", "twenty-four (24)")
    right = folder / "right.txt"
    right.write_text(
        source.replace(f"{EXCLUSION} {CAP}", f"8.1 {raised}\n\n8.2 {EXCLUSION}"), encoding="utf-8"
    )
    return compare_files(AGREEMENT, right)


def test_the_report_and_both_jsons_give_each_part_its_share_and_region(tmp_path: Path) -> None:
    import json

    from clausediff.report.html import render_html
    from clausediff.report.jsonout import report_to_dict
    from clausediff.report.model import build_report
    from clausediff.store.serialize import comparison_to_dict

    comparison = _split_comparison(tmp_path)
    index, pair = next(
        (i, p) for i, p in enumerate(comparison.pairs) if p.status is PairStatus.SPLIT
    )
    links = part_links(comparison, pair)
    report = build_report(comparison, language="en")
    section = next(s for s in report.sections if s.status is PairStatus.SPLIT)
    assert [(row.side, row.clause) for row in section.parts] == [
        (Side.RIGHT, pair.right[0]),
        (Side.RIGHT, pair.right[1]),
    ]
    first, second = section.parts
    assert second.region == (links[1].other_start, links[1].other_end)
    assert comparison.left.text[slice(*second.region)] == EXCLUSION
    assert second.text == "Part 2 of 2, 8.2: 100% kept, in Section 8. Limitation of Liability"
    assert first.text == (
        "Part 1 of 2, 8.1 Limitation of Liability: 95% kept, in Section 8. Limitation of Liability"
    )
    assert 0.9 < first.similarity < 1.0
    # HTML: the same lines, each linked to the clause it went to (which flashes when reached);
    # the report's JSON: the rows, region as [start, end].
    html = render_html(report)
    target = f"clause-{section.index}-l-{pair.left[0]}"
    assert (
        f'<li><a href="#{target}">Part 2 of 2, 8.2: 100% kept, in Section 8. Limitation of'
        " Liability</a></li>"
    ) in html
    assert f'<div class="clause" id="{target}">' in html
    rows = next(s for s in report_to_dict(report)["sections"] if s["status"] == "split")["parts"]
    assert rows[1]["region"] == list(second.region) and rows[1]["similarity"] == 1.0
    # The comparison's JSON (compare --json): the same, written beside the diff it comes from.
    written = json.loads(json.dumps(comparison_to_dict(comparison)))
    parts = written["pairs"][index]["parts"]
    assert parts == [
        {
            "side": "right",
            "clause": link.clause.id,
            "similarity": round(link.similarity, 4),
            "region": [link.other_start, link.other_end],
            "other": list(link.other_ids),
        }
        for link in links
    ]
    assert all(p["parts"] == [] for p in written["pairs"] if len(p["left"]) == len(p["right"]) == 1)


@pytest.mark.usefixtures("qapp")
def test_the_pdf_report_says_what_became_of_each_part(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from clausediff.report.model import build_report
    from clausediff.report.pdf.writer import write_pdf

    report = build_report(_split_comparison(tmp_path), language="en")
    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    document = pdfium.PdfDocument(str(path))
    try:
        text = " ".join(
            " ".join(document[i].get_textpage().get_text_range().split())
            for i in range(len(document))
        )
    finally:
        document.close()
    assert "Part 2 of 2, 8.2: 100% kept, in Section 8. Limitation of Liability" in text
