"""PDF layouts made by LibreOffice (tests/data/pdf, written by tests/data/make_fixtures.py):
two columns, footnotes, compounds at line ends, a Ghostscript rewrite, Symbol bullets; and the
column, note and hyphen rules on bare lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.readers import read_document
from clausediff.readers.pdf_columns import order_page
from clausediff.readers.pdf_hyphens import Evidence, joint
from clausediff.readers.pdf_layout import Line, read_layout

PDF = Path(__file__).parent / "data" / "pdf"


def _expected(name: str) -> list[str]:
    return (PDF / name).read_text(encoding="utf-8").rstrip("\n").split("\n\n")


@pytest.mark.parametrize("name", ["two-columns.pdf", "two-columns-gs.pdf"])
def test_two_columns_with_footnotes(name: str) -> None:
    document = read_document(PDF / name)
    texts = [document.paragraph_text(paragraph) for paragraph in document.paragraphs]
    assert texts == _expected("two-columns.expected.txt")
    assert [str(warning) for warning in document.warnings] == [
        "text laid out in columns on page(s) 1: read column by column",
        "2 footnote(s) or endnote(s) placed as a numbered note paragraph after the paragraph "
        "that calls them",
    ]


@pytest.mark.parametrize("name", ["two-columns.pdf", "two-columns-gs.pdf"])
def test_bold_compared_with_the_body_text(name: str) -> None:
    # Ghostscript gives the regular text weight 600: before, every paragraph was "bold"
    document = read_document(PDF / name)
    bold = [document.paragraph_text(p) for p in document.paragraphs if p.bold]
    assert bold == [
        "CONTRAT DE MAINTENANCE INFORMATIQUE",
        *(text for text in _expected("two-columns.expected.txt") if text.startswith("Article")),
    ]


def test_compounds_at_line_ends_keep_their_hyphen() -> None:
    text = read_document(PDF / "two-columns.pdf").text
    for compound in ("ci-après", "c'est-à-dire", "site-policy-maintenance", "celui-ci",
                     "vingt-quatre", "quarante-huit"):  # fmt: skip
        assert compound in text
    for broken in ("lesquelles", "ensuite", "successives", "compromettre", "propose",
                   "confidentielles", "pendant", "exécution", "pluralité"):  # fmt: skip
        assert broken in text  # syllable breaks joined


def test_symbol_font_bullets() -> None:
    document = read_document(PDF / "bullets.pdf")
    assert [document.paragraph_text(p) for p in document.paragraphs] == _expected(
        "bullets.expected.txt"
    )
    assert "\uf0b7" not in document.text and document.warnings == ()


# ---------------------------------------------------------------- rules on bare lines


def _line(text: str, top: float, x0: float, x1: float, size: float = 10.0, page: int = 0) -> Line:
    return Line(text, x0, x1, top, size, page, 842.0)


def _two_column_page(row_by_row: bool = False) -> list[Line]:
    """A title across the page, then two columns of five lines each, then a closing line
    across the page; drawn one column after the other (as word processors draw columns), or
    row by row (as tables are drawn, cell by cell)."""
    left = [_line(f"gauche ligne {n} du texte de la colonne", 80 + 12 * n, 50, 290)
            for n in range(5)]  # fmt: skip
    right = [_line(f"droite ligne {n} du texte de la colonne", 80 + 12 * n, 305, 545)
             for n in range(5)]  # fmt: skip
    middle = [line for pair in zip(left, right, strict=True) for line in pair]
    return [
        _line("TITRE DU CONTRAT SUR TOUTE LA LARGEUR DE LA PAGE", 50, 50, 545),
        *(middle if row_by_row else [*left, *right]),
        _line("Fait en deux exemplaires originaux, à Lyon, le premier mars.", 150, 50, 545),
    ]


def test_columns_read_one_after_the_other() -> None:
    page = _two_column_page()
    ordered, in_columns = order_page([page[0], *reversed(page[1:])])  # drawn bottom up
    assert in_columns
    texts = [line.text for line in ordered]
    assert texts[0].startswith("TITRE")
    assert [text.split()[0] for text in texts[1:11]] == ["gauche"] * 5 + ["droite"] * 5
    assert [text.split()[2] for text in texts[1:11]] == ["0", "1", "2", "3", "4"] * 2
    assert texts[-1].startswith("Fait")
    assert {line.column for line in ordered[1:6]} == {1} and ordered[6].column == 2


def test_a_table_drawn_cell_by_cell_keeps_its_rows() -> None:
    page = _two_column_page(row_by_row=True)
    assert order_page(page) == (page, False)


def test_one_column_page_untouched() -> None:
    page = [_line(f"Ligne {n} d'un texte ordinaire sur toute la largeur", 80 + 12 * n, 50, 545)
            for n in range(8)]  # fmt: skip
    page[3] = _line("Fin courte.", 116, 50, 120)
    assert order_page(page) == (page, False)


def test_signature_block_on_a_page_of_text_is_no_column() -> None:
    page = [_line(f"Ligne {n} d'un texte ordinaire sur toute la largeur", 80 + 12 * n, 50, 545)
            for n in range(12)]  # fmt: skip
    for n in range(4):
        page.append(_line("Pour le Client", 300 + 12 * n, 50, 150))
        page.append(_line("Pour le Prestataire", 300 + 12 * n, 350, 470))
    assert order_page(page)[1] is False


def test_paragraph_runs_on_from_one_column_to_the_next() -> None:
    left = [_line("Le présent contrat est conclu pour une durée", 80 + 12 * n, 50, 290)
            for n in range(6)]  # fmt: skip
    right = [_line("déterminée et se renouvelle ensuite par période", 80 + 12 * n, 305, 545)
             for n in range(5)]  # fmt: skip
    right.append(_line("annuelle.", 140, 305, 350))
    blocks = read_layout([[*left, *right]]).blocks
    assert len(blocks) == 1  # one paragraph across the column break


def test_footnote_call_and_area() -> None:
    body = "Le tribunal de commerce de Paris\x0e2\x0f est seul compétent en cas de litige."
    page = [
        _line(f"Ligne {n} d'un texte ordinaire sur toute la largeur de la page", 80 + 12 * n,
              50, 545) for n in range(6)
    ]  # fmt: skip
    page.append(_line(body, 152, 50, 545))
    page.append(_line("Fin de l'article.", 164, 50, 130))
    page.append(_line("2 Sauf si le défendeur est domicilié hors de France.", 780, 50, 400, 8.0))
    layout = read_layout([page])
    texts = [block.text for block in layout.blocks]
    assert texts[-2].endswith(
        "Le tribunal de commerce de Paris[2] est seul compétent en cas de litige. Fin de l'article."
    )
    assert texts[-1] == "[2] Sauf si le défendeur est domicilié hors de France."
    assert layout.notes_placed == 1


def test_raised_number_without_a_note_stays_as_printed() -> None:
    page = [_line("La surface louée est de 120 m\x0e2\x0f au rez-de-chaussée.", 80, 50, 545),
            _line("Document non contractuel.", 780, 50, 300, 8.0)]  # fmt: skip
    page += [_line(f"Ligne {n} d'un texte ordinaire sur la largeur", 92 + 12 * n, 50, 545)
             for n in range(5)]  # fmt: skip
    page.sort(key=lambda line: line.top)
    texts = [block.text for block in read_layout([page]).blocks]
    assert any("120 m2 au rez-de-chaussée" in text for text in texts)
    assert "Document non contractuel." in texts  # small print with no note number: body text


@pytest.mark.parametrize(
    ("left", "right", "between", "comment"),
    [
        ("les conditions ci-", "après définies", "-", "ci-après: a known tail"),
        ("les conditions ci-", "dessous", "-", "ci-dessous"),
        ("en application de celle-", "ci, sans délai", "-", "celle-ci"),
        ("la correction, c'est-", "à-dire", "-", "c'est-à-dire: the tail starts with à"),
        ("la correction, c'est-à-", "dire la reprise", "-", "c'est-à-dire: the head à"),
        ("voir https://www.exemple.fr/site-", "policy", "-", "inside a URL"),
        ("écrire à contrats@exemple-", "societe.fr", "-", "inside an e-mail address"),
        ("appeler le 01-", "23-45-67", "-", "inside a number"),
        ("les engagements contrac-", "tuels", "", "a syllable break"),
        ("les moyens de compro-", "mettre", "", "a syllable break"),
        ("un ef-", "fort particulier", "", "'fort' is no compound tail here"),
        ("le prix –", "ferme", " ", "a dash is punctuation"),
    ],
)  # fmt: skip
def test_line_end_hyphens(left: str, right: str, between: str, comment: str) -> None:
    assert joint(left, right, Evidence([])) == between, comment


def test_hyphenated_form_attested_elsewhere_wins() -> None:
    evidence = Evidence(["le contrat-cadre signé", "un non-lieu"])
    assert joint("le contrat-", "cadre", evidence) == "-"
    assert joint("un avis non-", "conforme", Evidence(["la décision nonconforme"])) == ""


def _raised_notes_pdf(path: Path) -> Path:
    """A hand-written page as Word prints notes: calls raised with a text rise (``Ts``) in a
    small size, and the note area's own numbers raised too."""
    from readers_fixtures import pdf_bytes

    body = [
        b"BT /F2 12 Tf 72 760 Td (Article 1 - Competence) Tj ET",
        b"BT /F1 12 Tf 72 736 Td (Tout litige releve du tribunal de commerce de Paris) Tj "
        b"/F1 7 Tf 4 Ts (1) Tj /F1 12 Tf 0 Ts (, sauf accord) Tj ET",
        b"BT /F1 12 Tf 72 722 Td (contraire des parties, et la loi francaise s'applique) Tj "
        b"/F1 7 Tf 4 Ts (2) Tj /F1 12 Tf 0 Ts (.) Tj ET",
        b"BT /F2 12 Tf 72 690 Td (Article 2 - Duree) Tj ET",
        b"BT /F1 12 Tf 72 666 Td (Le contrat est conclu pour une surface de 120 m) Tj "
        b"/F1 7 Tf 4 Ts (2) Tj /F1 12 Tf 0 Ts ( et pour un an.) Tj ET",
        b"BT /F1 6 Tf 72 96 Td 3 Ts (1) Tj /F1 9 Tf 0 Ts ( Le demandeur peut aussi saisir "
        b"le tribunal du lieu d'execution.) Tj ET",
        b"BT /F1 6 Tf 72 84 Td 3 Ts (2) Tj /F1 9 Tf 0 Ts ( Convention de Rome.) Tj ET",
    ]
    ops = b"\n".join(body)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    path.write_bytes(pdf_bytes(objects))
    return path


def test_raised_calls_and_raised_note_numbers(tmp_path: Path) -> None:
    document = read_document(_raised_notes_pdf(tmp_path / "notes.pdf"))
    assert [document.paragraph_text(p) for p in document.paragraphs] == [
        "Article 1 - Competence",
        "Tout litige releve du tribunal de commerce de Paris[1], sauf accord contraire des "
        "parties, et la loi francaise s’applique[2].",  # (0x27 is ’ in Helvetica's encoding)
        "[1] Le demandeur peut aussi saisir le tribunal du lieu d’execution.",
        "[2] Convention de Rome.",
        "Article 2 - Duree",
        "Le contrat est conclu pour une surface de 120 m2 et pour un an.",
    ]
    assert [p.bold for p in document.paragraphs] == [True, False, False, False, True, False]


def test_table_rows_stay_in_order() -> None:
    # LibreOffice draws a table cell by cell: it is no pair of text columns, its rows are read
    # across in order (pdfium joins the two cells of a line with a space)
    text = read_document(PDF / "table.pdf").text
    rows = [("Client", "la société qui commande"), ("Prestataire", "la société qui exécute"),
            ("Incident", "tout dysfonctionnement"), ("Jour ouvré", "du lundi au vendredi"),
            ("Plateforme", "le logiciel hébergé"), ("Ticket", "une demande d'assistance"),
            ("Utilisateur", "une personne autorisée"),
            ("Délai", "le temps de rétablissement")]  # fmt: skip
    positions = [text.index(f"{term} {meaning}") for term, meaning in rows]
    assert positions == sorted(positions)
    assert text.index("Article 2") < positions[0] and text.index("Les définitions") > positions[-1]
    assert read_document(PDF / "table.pdf").warnings == ()  # no columns detected


def test_note_split_across_two_pages() -> None:
    def body(page: int) -> list[Line]:
        text = "Ligne {n} d'un texte ordinaire sur toute la largeur de la page"
        return [_line(text.format(n=n), 80 + 12 * n, 50, 545, page=page) for n in range(6)]

    first = [
        *body(0),
        _line("Le préavis est de trois mois\x0e1\x0f.", 152, 50, 200),
        _line("1 Le délai court à compter de la", 780, 50, 300, 8.0),
    ]
    second = [*body(1), _line("réception de la lettre recommandée.", 780, 50, 300, 8.0, page=1)]
    texts = [block.text for block in read_layout([first, second]).blocks]
    assert "[1] Le délai court à compter de la réception de la lettre recommandée." in texts
    assert not any(text.startswith("réception") for text in texts)
