"""The PDF report a firm sends: matter, client, "Confidential"; no title alone at a page foot."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from report_support import sample_comparison

from clausediff.cli.main import main
from clausediff.report.letterhead import Letterhead
from clausediff.report.model import build_report
from clausediff.report.pdf.writer import write_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


@pytest.mark.parametrize(("language", "mark"), [("fr", "CONFIDENTIEL"), ("en", "CONFIDENTIAL")])
def test_letterhead_on_the_cover_and_every_page(tmp_path: Path, language: str, mark: str) -> None:
    report = build_report(sample_comparison(), language=language, all_clauses=True)
    plain, firm = tmp_path / "plain.pdf", tmp_path / "firm.pdf"
    write_pdf(report, plain)
    # A line break pasted into a field is folded: the cover row stays one line.
    write_pdf(report, firm, letterhead=Letterhead("Dossier\n 2026-114", "Maison Berthier", True))
    pages = _pages(firm)
    assert all(mark in page for page in pages)
    assert "Dossier 2026-114" in pages[0] and "Maison Berthier" in pages[0]
    assert not any(mark in page or "2026-114" in page for page in _pages(plain))


def test_cli_flags(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    left, right = SAMPLES / "service-agreement-v1.txt", SAMPLES / "service-agreement-v2.txt"
    arguments = ["compare", str(left), str(right), "--pdf", str(out), "--lang", "en", "-q"]
    flags = ["--matter", "Acme renewal", "--client", "Acme Ltd", "--confidential"]
    assert main([*arguments, *flags]) == 0
    pages = _pages(out)
    assert "Matter Acme renewal" in pages[0] and "Client Acme Ltd" in pages[0]
    assert all("CONFIDENTIAL" in page for page in pages)


def test_no_pair_title_is_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    from clausediff.compare.pipeline import compare_files

    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    out = tmp_path / "report.pdf"
    write_pdf(build_report(comparison, language="fr", all_clauses=True), out)
    document = pdfium.PdfDocument(str(out))
    try:
        for index, page in enumerate(document):
            lines = [x.strip() for x in page.get_textpage().get_text_range().splitlines()]
            lines = [x for x in lines if x]
            # The last line is the footer; a pair's title row ends with the column heads.
            assert "GAUCHE DROITE" not in lines[-3:-1], f"page {index + 1}: {lines[-4:]}"
    finally:
        document.close()
