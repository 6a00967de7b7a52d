"""Reports of the bundled sample contracts, end to end: compare, build, render, read back."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, PairStatus
from clausediff.report import build_report, render_html, report_to_json
from clausediff.report.model import Report

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
LEFT = SAMPLES / "contrat-services-v1.txt"
RIGHT = SAMPLES / "contrat-services-v2.txt"
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_files(LEFT, RIGHT)


def _report(comparison: Comparison, language: str = "fr") -> Report:
    return build_report(comparison, language=language, now=NOW)


def test_sections_follow_the_comparison(comparison: Comparison) -> None:
    report = _report(comparison)
    changed = [n for n, pair in enumerate(comparison.pairs, start=1) if pair.changed]
    assert [s.index for s in report.sections] == changed
    counts = {row.status.value: row.count for row in report.summary.statuses}
    assert counts == comparison.summary()
    # Every term change of the comparison, those a clause deleted or inserted whole takes along
    # included (the deleted non-solicitation clause, the inserted reversibility clause).
    one_sided = sum(
        len(comparison.side("left" if pair.left else "right").terms.get(clause_id, ()))
        for pair in comparison.pairs
        if not (pair.left and pair.right)
        for clause_id in pair.left or pair.right
    )
    linked = sum(len(p.term_changes) for p in comparison.pairs if p.left and p.right)
    assert one_sided > 0 and linked > 0
    assert len(report.summary.term_changes) == sum(comparison.term_change_counts().values())
    assert len(report.summary.term_changes) == linked + one_sided
    assert report.cover.left.name == "contrat-services-v1.txt"
    assert report.cover.left.sha256_of == "file"
    # Every status the sample pair shows is worded with where the clause went.
    moved = [s for s in report.sections if s.status is PairStatus.MOVED]
    assert moved and all("→" in s.status_text for s in moved)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_golden_sample_html(comparison: Comparison, golden: Any, language: str) -> None:
    golden.check(f"report_sample_{language}.html", render_html(_report(comparison, language)))


def test_golden_sample_model(comparison: Comparison, golden: Any) -> None:
    golden.check("report_sample.json", report_to_json(_report(comparison)))


@pytest.mark.usefixtures("qapp")
def test_sample_pdf_reads_back(comparison: Comparison, tmp_path: Path) -> None:
    from clausediff.report.pdf.writer import write_pdf

    report = _report(comparison)
    path = tmp_path / "rapport.pdf"
    write_pdf(report, path)
    document = pdfium.PdfDocument(str(path))
    try:
        pages = [
            " ".join(document[i].get_textpage().get_text_range().split())
            for i in range(len(document))
        ]
    finally:
        document.close()
    # A few pages: summary, then the changed clauses side by side (not one page per clause).
    assert 3 <= len(pages) <= len(report.sections)
    for number, text in enumerate(pages, start=1):
        assert "contrat-services-v1.txt ⟷ contrat-services-v2.txt" in text
        assert f"page {number} / {len(pages)}" in text
    everything = " ".join(pages)
    counts = " ".join(str(row.count) for row in report.summary.statuses)
    assert re.search(rf"{counts} {report.summary.total}\b", everything)
    for row in report.summary.term_changes:
        for words in (row.clause, row.before, row.after, row.change_text):
            assert " ".join(words.split()) in everything, words
