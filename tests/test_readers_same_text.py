"""Same text, same clauses: each sample contract as .pdf (LibreOffice), .html (a site page
around it), .md, .docx (python-docx, headings in Heading styles), .odt and .rtf (LibreOffice's
own writers, from that .docx) compares with its .txt as unchanged, pair for pair (issue 11,
item 9); a heading that starts like a list item is a heading in .txt as in .docx.

The files in tests/data/samples were written once by tests/data/make_fixtures.py (.pdf, .html,
.md) and tests/data/make_office_fixtures.py (.docx, .odt, .rtf)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus
from clausediff.readers import read_document
from clausediff.segment import segment

ROOT = Path(__file__).parent.parent
SAMPLES = ["contrat-services-v1", "contrat-services-v2", "service-agreement-v1",
           "service-agreement-v2"]  # fmt: skip


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md", ".docx", ".odt", ".rtf"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_compares_unchanged_with_its_txt(sample: str, suffix: str) -> None:
    txt = ROOT / "resources" / "samples" / f"{sample}.txt"
    other = ROOT / "tests" / "data" / "samples" / f"{sample}{suffix}"
    comparison = compare_files(txt, other)
    changed = [pair for pair in comparison.pairs if pair.status is not PairStatus.UNCHANGED]
    assert changed == []
    numbers = [clause.number for clause in segment(read_document(txt))]
    assert [clause.number for clause in segment(read_document(other))] == numbers


HEADINGS = (
    "CONTRAT DE LICENCE",
    "Article 1 – b. Licence du logiciel",
    "Le Concédant accorde au Licencié une licence non exclusive.",
    "Article 2 – (a) Durée",
    "La licence est consentie pour une durée d’un an.",
    "Article 3 – ii. Prix",
    "Le prix est fixé à 100 € par an.",
)


def test_heading_that_starts_like_a_list_item_is_a_heading_in_txt_and_docx(
    tmp_path: Path,
) -> None:
    as_text = tmp_path / "licence.txt"
    as_text.write_text("\n\n".join(HEADINGS) + "\n", encoding="utf-8")
    word = docx.Document()
    for paragraph in HEADINGS:
        if paragraph.startswith("Article"):
            word.add_heading(paragraph, level=1)
        else:
            word.add_paragraph(paragraph)
    as_docx = tmp_path / "licence.docx"
    word.save(str(as_docx))
    for path in (as_text, as_docx):
        clauses = [c for c in segment(read_document(path)) if c.number]
        assert [(c.number, c.heading) for c in clauses] == [
            ("Article 1", "b. Licence du logiciel"),
            ("Article 2", "(a) Durée"),
            ("Article 3", "ii. Prix"),
        ], path.suffix
