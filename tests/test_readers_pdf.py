"""PDF: paragraphs rebuilt from lines, furniture dropped, hyphenation undone; layout rules."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from rapidfuzz import fuzz
from readers_fixtures import (
    CONTRACT,
    hyphenate,
    make_docx,
    make_pdf,
    make_text_pdf,
    make_textdocument_pdf,
    visible,
)

from clausediff.document import Format
from clausediff.readers import read_document
from clausediff.readers.pdf import unreadable_share
from clausediff.readers.pdf_layout import Line, drop_furniture, rebuild_paragraphs

HEADER = "Contrat de maintenance – Société Exemple SA – confidentiel"
# the contract with hyphenation points in long words, and in the compounds "vingt-deux" and
# "dix-huit" (right after their own hyphen), so that real hyphens fall at line ends too
CONTRACT_PDF = tuple(
    hyphenate(text).replace("vingt-deux", "vingt-\u00addeux").replace("dix-huit", "dix-\u00adhuit")
    for text in CONTRACT
)


def _raw_lines(path: Path) -> list[str]:
    """The PDF's visual lines, grouped naively by exact baseline (to check the fixture only)."""
    import ctypes

    import pypdfium2.raw as raw

    lines: list[str] = []
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            textpage = page.get_textpage()
            by_baseline: dict[float, list[str]] = {}
            x, y = ctypes.c_double(), ctypes.c_double()
            for index in range(textpage.count_chars()):
                raw.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
                char = chr(raw.FPDFText_GetUnicode(textpage.raw, index))
                by_baseline.setdefault(round(y.value), []).append(char)
            lines += ["".join(chars).strip() for _, chars in sorted(by_baseline.items())[::-1]]
    finally:
        document.close()
    return lines


@pytest.fixture
def typeset_pdf(qapp: object, tmp_path: Path) -> Path:
    """The contract typeset narrow over several pages, at the first page width (from 90 mm
    up) where a compound's real hyphen falls at a line end (fonts differ between machines)."""
    path = tmp_path / "contrat.pdf"
    for width in range(90, 140):
        make_pdf(path, CONTRACT_PDF, header=HEADER, width_mm=width, height_mm=150)
        if any(line.endswith(("vingt-", "dix-")) for line in _raw_lines(path)):
            break
    return path


def test_fixture_really_has_furniture_and_hyphens(typeset_pdf: Path) -> None:
    lines = _raw_lines(typeset_pdf)
    assert sum(line.startswith(HEADER) for line in lines) >= 3  # three pages or more
    assert any(line.startswith("Page 2 / ") for line in lines)
    assert any(line.endswith("-") and line[-2].isalpha() for line in lines)
    assert sum(line.endswith("-") and line[-2].isalpha() for line in lines) >= 3
    assert any(line.endswith(("vingt-", "dix-")) for line in lines)


def test_paragraphs_rebuilt(typeset_pdf: Path) -> None:
    document = read_document(typeset_pdf)
    assert document.format is Format.PDF
    assert document.language == "fr"
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts == [visible(text) for text in CONTRACT]  # exact: every rule had to work
    assert HEADER not in document.text and "Page " not in document.text
    assert [paragraph.bold for paragraph in document.paragraphs] == [True, False] * 8


@pytest.mark.parametrize(
    ("gap", "indent", "bold_headings", "comment"),
    [
        (0.0, 0.0, True, "no paragraph spacing: bold headings and short last lines tell"),
        (0.0, 0.05, True, "no spacing, first-line indents"),
        (0.0, 0.0, False, "no spacing, no bold: short lines and clause numbers tell"),
        (1.0, 0.0, False, "a blank line between paragraphs"),
    ],
)
def test_paragraph_layouts(
    qapp: object, tmp_path: Path, gap: float, indent: float, bold_headings: bool, comment: str
) -> None:
    path = make_pdf(tmp_path / "layout.pdf", CONTRACT_PDF, header=HEADER, width_mm=120,
                    gap=gap, indent=indent, heading_every=2 if bold_headings else 0)  # fmt: skip
    document = read_document(path)
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts == [visible(text) for text in CONTRACT], comment


LIST_CONTRACT = (
    "Article 4 – Obligations du Prestataire",
    "4.1\tLe Prestataire exécute les prestations avec soin et selon les règles de l’art.",
    "4.2\tIl informe le Client de toute difficulté.",
    "4.3\tIl met à disposition un interlocuteur unique, joignable du lundi au vendredi, de "
    "neuf heures à dix-huit heures, y compris pendant les périodes de congés scolaires.",
    "a)\tle Prestataire désigne un suppléant ;",
    "b)\tle suppléant dispose des mêmes pouvoirs que l’interlocuteur.",
)
"""List items of one, two and three lines (the two-line ones are the hard case)."""


@pytest.mark.parametrize("gap", [0.0, 0.5])
def test_hanging_indent_items(qapp: object, tmp_path: Path, gap: float) -> None:
    # numbers in the margin, text (and its continuation lines) indented: one paragraph each
    path = make_pdf(tmp_path / "liste.pdf", LIST_CONTRACT, width_mm=120, heading_every=0,
                    gap=gap)  # fmt: skip
    document = read_document(path)
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts == [text.replace("\t", " ") for text in LIST_CONTRACT]


def test_pdf_and_docx_of_the_same_contract_agree(typeset_pdf: Path, tmp_path: Path) -> None:
    from_docx = read_document(make_docx(tmp_path / "contrat.docx", CONTRACT))
    from_pdf = read_document(typeset_pdf)
    assert fuzz.ratio(from_docx.text, from_pdf.text) > 95
    assert len(from_pdf.paragraphs) == len(from_docx.paragraphs)


def test_qt_text_document_layout(qapp: object, tmp_path: Path) -> None:
    # Qt's own typesetter (QTextDocument) with headings and justified paragraphs
    html = "".join(
        f"<h3>{visible(heading)}</h3><p align='justify'>{visible(body)}</p>"
        for heading, body in zip(CONTRACT[0::2], CONTRACT[1::2], strict=True)
    )
    path = make_textdocument_pdf(tmp_path / "qt.pdf", html)
    assert {"1", "2"} <= set(_raw_lines(path))  # Qt printed page numbers: they must go
    document = read_document(path)
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts == [visible(text) for text in CONTRACT]


def test_hand_written_pdf_lines(tmp_path: Path) -> None:
    # Helvetica lines at a fixed 14 pt pitch, no paragraph spacing: breaks come from the text
    path = make_text_pdf(
        tmp_path / "simple.pdf",
        [
            "Article 1 - Objet",
            "Le contrat definit les prestations que le Prestataire fournit au Client, dans",
            "les conditions prevues ci-apres.",
            "1.1 Le Prestataire fournit les prestations de maintenance decrites en annexe.",
        ],
    )
    document = read_document(path)
    assert [document.paragraph_text(p) for p in document.paragraphs] == [
        "Article 1 - Objet",
        "Le contrat definit les prestations que le Prestataire fournit au Client, dans les "
        "conditions prevues ci-apres.",
        "1.1 Le Prestataire fournit les prestations de maintenance decrites en annexe.",
    ]


# ---------------------------------------------------------------- layout rules, on bare lines


def _line(
    text: str, top: float, page: int = 0, x0: float = 50, x1: float | None = None, bold: str = ""
) -> Line:
    """A 10 pt line on an A4 page; full width (x1 = 545) unless told; ``bold`` is "" (none),
    "start" (a bold run-in) or "all"."""
    return Line(text, x0, 545 if x1 is None else x1, top, 10.0, page, 842.0, bold=bool(bold),
                bold_end=bold == "all")  # fmt: skip


@pytest.mark.parametrize(
    ("furniture", "comment"),
    [
        ("3", "bare page number"),
        ("- 3 -", "dashed page number"),
        ("Page 3 / 12", "page of pages"),
        ("Page 3 sur 12", "French page of pages"),
        ("p. 3", "abbreviated"),
    ],
)
def test_page_numbers_dropped_even_on_one_page(furniture: str, comment: str) -> None:
    page = [_line("Le contrat est conclu pour un an.", 100), _line(furniture, 800, x1=300)]
    assert [line.text for line in drop_furniture([page])[0]] == [page[0].text], comment


def test_numbered_running_footer_dropped_but_not_repetitive_body() -> None:
    # each page: a long body line that differs only by its number, and a short footer
    # that differs only by its page number; only the footer is furniture
    body = "Article {n} – Le Prestataire livre les biens commandés dans les délais convenus"
    pages = [
        [_line(body.format(n=n), 60), _line(f"Contrat n° 2024-17 – page {n} sur 4", 810, x1=250)]
        for n in range(1, 5)
    ]
    kept = [[line.text for line in page] for page in drop_furniture(pages)]
    assert kept == [[body.format(n=n)] for n in range(1, 5)]


def test_running_header_dropped_when_on_most_pages() -> None:
    bodies = ["Le prix est ferme.", "Le délai court.", "La garantie dure un an.", "Fin."]
    pages = [[_line("ACME – Contrat n° 2024-17", 40), _line(body, 100)] for body in bodies]
    pages[3][0] = _line("Annexe finale", 40)  # a different first line on one page stays
    kept = [[line.text for line in page] for page in drop_furniture(pages)]
    assert kept[:3] == [[body] for body in bodies[:3]]
    assert kept[3] == ["Annexe finale", "Fin."]


@pytest.mark.parametrize(
    ("first", "second", "joined", "comment"),
    [
        ("les engagements contrac-", "tuels des parties",
         "les engagements contractuels des parties", "ordinary end-of-line hyphenation undone"),
        ("une durée de vingt-", "deux mois", "une durée de vingt-deux mois",
         "compound number keeps its hyphen"),
        ("les sous-", "traitants agréés", "les sous-traitants agréés", "usual compound prefix"),
        ("les porte-", "parole désignés", "les porte-parole désignés",
         "the document writes 'porte-parole' elsewhere"),
        ("Jean-", "Pierre Martin", "Jean-Pierre Martin", "capital after the hyphen: kept"),
        ("années 2020-", "2024 comprises", "années 2020-2024 comprises",
         "a hyphen between digits is kept, unspaced"),
        ("le prix –", "ferme", "le prix – ferme", "a dash is punctuation"),
    ],
)  # fmt: skip
def test_line_joins(first: str, second: str, joined: str, comment: str) -> None:
    lines = [
        _line(first, 100),
        _line(second, 112, x1=200),
        _line("Les porte-parole sont désignés par écrit.", 130, x1=300),
    ]
    texts = [block.text for block in rebuild_paragraphs([lines])]
    assert texts[0] == joined, comment


@pytest.mark.parametrize(
    ("previous", "line", "after_x0", "breaks", "comment"),
    [
        (_line("Le contrat est conclu.", 100, x1=200), _line("Il prend effet ce jour.", 112),
         50, True, "the previous line stopped short"),
        (_line("Le contrat est conclu pour un an à compter de la date de", 100),
         _line("signature par les deux parties.", 112), 50, False, "a plain wrap"),
        (_line("Le contrat est conclu pour un an, renouvelable une fois.", 100),
         _line("Article 2 – Durée", 124), 50, True, "a larger vertical gap"),
        (_line("chacune des parties s’engage, pour la durée du contrat.", 100),
         _line("3.2 Le Prestataire informe le Client sans délai.", 112), 50, True,
         "sentence end then a clause number"),
        (_line("les obligations prévues au présent contrat et à l’article", 100),
         _line("3.2 ci-dessous, sans délai.", 112), 50, False,
         "a clause number inside a sentence"),
        (_line("Fin du premier alinéa, qui occupe toute la ligne.", 100),
         _line("Début du second alinéa, en retrait.", 112, x0=90), 50, True,
         "first-line indent after a sentence end"),
        (_line("Article 3 – Prix et modalités de paiement du prix convenu", 100),
         _line("En contrepartie des prestations, le Client verse", 112, x0=90), 50, True,
         "first-line indent: the line after returns to the margin"),
        (_line("a) le Prestataire livre les biens commandés dans les délais", 100),
         _line("convenus, à l’adresse indiquée par le Client, et", 112, x0=70), 70, False,
         "hanging indent: the lines after stay indented"),
        (_line("Article 8 – Droit applicable et juridiction compétente", 100, bold="all"),
         _line("Le contrat est soumis au droit français et à la loi du", 112), 50, True,
         "a bold heading line, then regular text"),
        (_line("Durée. Le contrat est conclu pour une durée de trois ans", 100, bold="start"),
         _line("à compter de sa signature par les deux parties.", 112), 50, False,
         "a bold run-in heading only starts the line"),
    ],
)  # fmt: skip
def test_paragraph_breaks(
    previous: Line, line: Line, after_x0: float, breaks: bool, comment: str
) -> None:
    # a few ordinary lines first, so that the body pitch (12 pt) is known; then a full line
    # after ``line`` that never starts a paragraph itself
    context = [_line(f"Ligne ordinaire numéro {n} du préambule de ce contrat", 40 + 12 * n)
               for n in range(4)]  # fmt: skip
    context.append(_line("Fin du préambule.", 88, x1=150))
    after = _line("et la suite du texte de cet alinéa sur une ligne", line.top + 12, x0=after_x0)
    blocks = rebuild_paragraphs([[*context, previous, line, after]])
    assert (len(blocks) == 3) is breaks, comment


def test_page_without_text_is_a_warning(qapp: object, tmp_path: Path) -> None:
    # a scanned annex page inside a textual PDF: read, and say so
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    path = tmp_path / "mixed.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(QPointF(200, 400), "Article 1 – Le contrat est conclu pour un an.")
    writer.newPage()
    painter.fillRect(QRectF(100, 100, 2000, 3000), QColor("gray"))
    painter.end()
    document = read_document(path)
    assert document.text == "Article 1 – Le contrat est conclu pour un an."
    assert [str(warning) for warning in document.warnings] == ["pages without text (scanned?): 2"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Le contrat est conclu.", 0.0),  # ordinary text
        ("\ue001\ue002\ue003 ab", 0.5),  # private-use glyph codes from an unmapped font
        ("\x03\x04\x05\x06", 1.0),  # control characters
        ("Le prix\n\tferme", 0.0),  # newlines and tabs are fine
    ],
)
def test_unreadable_share(text: str, share: float) -> None:
    assert unreadable_share(text) == pytest.approx(share, abs=0.01)
