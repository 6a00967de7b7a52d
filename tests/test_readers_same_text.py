"""Same text, same clauses: each sample contract as .pdf (LibreOffice), .html (a site page
around it) and .md compares with its .txt as unchanged, pair for pair (issue 11, item 9).

The files in tests/data/samples were written once by tests/data/make_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus
from clausediff.readers import read_document
from clausediff.segment import segment

ROOT = Path(__file__).parent.parent
SAMPLES = ["contrat-services-v1", "contrat-services-v2", "service-agreement-v1",
           "service-agreement-v2"]  # fmt: skip


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_compares_unchanged_with_its_txt(sample: str, suffix: str) -> None:
    txt = ROOT / "resources" / "samples" / f"{sample}.txt"
    other = ROOT / "tests" / "data" / "samples" / f"{sample}{suffix}"
    comparison = compare_files(txt, other)
    changed = [pair for pair in comparison.pairs if pair.status is not PairStatus.UNCHANGED]
    assert changed == []
    numbers = [clause.number for clause in segment(read_document(txt))]
    assert [clause.number for clause in segment(read_document(other))] == numbers
