"""PDF: a line that starts with an accented capital ("À", "É") continues its paragraph.

``tests/data/pdf/accented-line-start.pdf`` is Articles 13 to 15 of the French sample contract
(``tests/data/samples/contrat-services-v1.docx``) converted by LibreOffice 7.4
(``soffice --headless --convert-to pdf``). Its fonts are embedded, and pdfium's loose box of
"À" reaches above the font's ascent: measured on it, the line "À l'issue de la période
initiale, le Contrat est renouvelé par tacite" looked set in 12 pt among 10 pt lines and was
cut from "reconduction pour des périodes successives...", which segmentation then took for a
clause of its own (39 clauses in the PDF of the sample, 38 in its .txt, .docx and .odt).
"""

from __future__ import annotations

from pathlib import Path

from clausediff.readers import read_document
from clausediff.segment import segment

PDF = Path(__file__).parent / "data" / "pdf" / "accented-line-start.pdf"


def test_line_starting_with_an_accented_capital_stays_in_its_paragraph() -> None:
    document = read_document(PDF)
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts[2:5] == [
        "Article 14 – Renouvellement",
        "À l’issue de la période initiale, le Contrat est renouvelé par tacite reconduction "
        "pour des périodes successives de douze (12) mois, sauf dénonciation par l’une des "
        "Parties dans les conditions prévues à l’article 15.1.",
        "Article 15 – Résiliation",
    ]


def test_the_excerpt_segments_as_its_text_does() -> None:
    clauses = segment(read_document(PDF))
    assert [clause.label for clause in clauses] == [
        "Article 13 Durée",
        "Article 14 Renouvellement",
        "15.1 Résiliation",
        "15.2",
        "15.3",
    ]
