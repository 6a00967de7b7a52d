"""PDF bookmarks of the report: the main sections, one entry per pair at the page it starts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from clausediff.compare.pipeline import compare_files
from clausediff.report.model import build_report
from clausediff.report.pdf.outline import Bookmark, add_bookmarks
from clausediff.report.pdf.writer import write_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _folded(text: str) -> str:
    """Text with ligatures undone and whitespace folded (pypdf gives tabs and line breaks)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_sample_report_has_one_bookmark_per_pair_at_its_page(tmp_path: Path) -> None:
    comparison = compare_files(
        str(SAMPLES / "contrat-services-v1.txt"), str(SAMPLES / "contrat-services-v2.txt")
    )
    report = build_report(comparison, language="fr")
    out = tmp_path / "report.pdf"
    write_pdf(report, out)

    reader = PdfReader(out)
    pages = [_folded(page.extract_text()) for page in reader.pages]
    top = [entry for entry in reader.outline if isinstance(entry, Destination)]
    assert [entry.title for entry in top] == [
        "Documents comparés",
        "Légende",
        "Synthèse",
        "Détail des clauses",
    ]
    nested = reader.outline[-1]  # pypdf lists an entry's children right after it
    assert isinstance(nested, list)
    assert len(report.sections) > 10
    assert [entry.title for entry in nested] == [
        f"{section.index}. {section.title}" for section in report.sections
    ]
    starts = [reader.get_destination_page_number(entry) for entry in nested]
    assert starts == sorted(starts)
    assert len(set(starts)) > 2  # the pairs spread over several pages
    for entry, page in zip(nested, starts, strict=True):
        assert _folded(entry.title) in pages[page], (entry.title, page)
    details = reader.get_destination_page_number(top[-1])
    assert "Détail des clauses" in pages[details]
    assert details <= starts[0]
    assert reader.page_mode == "/UseOutlines"


def test_a_bookmark_past_the_last_page_is_refused(tmp_path: Path) -> None:
    comparison = compare_files(
        str(SAMPLES / "contrat-services-v1.txt"), str(SAMPLES / "contrat-services-v2.txt")
    )
    out = tmp_path / "report.pdf"
    write_pdf(build_report(comparison, language="en"), out)
    pages = len(PdfReader(out).pages)
    with pytest.raises(ValueError, match="points at page"):
        add_bookmarks(out, [Bookmark("Beyond", pages)])
