"""A giant clause degrades visibly in the PDF instead of taking minutes (10^6 chars took 300 s)."""

from __future__ import annotations

import random
from pathlib import Path

from pypdf import PdfReader

from clausediff.cli.main import main
from clausediff.report.pdf.pairs import MAX_CLAUSE_CHARS

SAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "samples" / "contrat-services-v1.txt"
)


def test_a_clause_longer_than_the_limit_says_what_the_pdf_leaves_out(tmp_path: Path) -> None:
    words = SAMPLE.read_text(encoding="utf-8").split()
    rng = random.Random(7)
    body = " ".join(rng.choice(words) for _ in range(MAX_CLAUSE_CHARS // 4))
    assert len(body) > MAX_CLAUSE_CHARS
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text(f"Article 1 – Objet\n\n{body}\n", encoding="utf-8")
    right.write_text(f"Article 1 – Objet\n\n{body.replace(' le ', ' la ', 40)} Fin.\n", "utf-8")
    report = tmp_path / "r.pdf"
    assert main(["compare", str(left), str(right), "--pdf", str(report), "--lang", "en"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "more characters not drawn in the PDF" in " ".join(text.split())
