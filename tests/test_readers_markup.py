"""HTML main content and rendered Markdown: the text a browser or a Markdown viewer shows.

The fixtures in tests/data/html and tests/data/md each sit beside the text their application
shows (``*.expected.txt``, written by hand from the rendered page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.document import Document, Format
from clausediff.readers import read_document
from clausediff.readers.html_content import html_integer, list_marker
from clausediff.segment import segment

DATA = Path(__file__).parent / "data"


def _expected(path: Path) -> str:
    return path.with_suffix(".expected.txt").read_text(encoding="utf-8").rstrip("\n")


def _texts(document: Document) -> list[str]:
    return [document.paragraph_text(paragraph) for paragraph in document.paragraphs]


# ---------------------------------------------------------------- .html


def test_site_page_keeps_only_the_content() -> None:
    path = DATA / "html" / "site-page.html"
    document = read_document(path)
    assert document.text == _expected(path)
    for left_out in ("cookies", "Produits", "Accueil", "Ancienne rédaction", "★", "Note interne",
                     "Voir aussi", "lettre", "Mentions légales", "Promotion"):  # fmt: skip
        assert left_out not in document.text
    assert len(document.warnings) == 1
    for kind in ("cookie banner", "navigation", "hidden text", "page footer", "forms"):
        assert kind in str(document.warnings[0])


def test_article_header_and_footer_are_content(tmp_path: Path) -> None:
    # inside <article>/<main>/<section>, <header> and <footer> are that text's own lines
    path = tmp_path / "page.html"
    path.write_text(
        "<body><header>Site</header><section><header><h1>Contrat</h1></header>"
        "<p>Le prix est fixe.</p><footer>Fait à Lyon.</footer></section>"
        "<footer>© Site</footer></body>",
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == ["Contrat", "Le prix est fixe.", "Fait à Lyon."]


def test_unclosed_left_out_element_does_not_swallow_the_page(tmp_path: Path) -> None:
    # an <aside> whose end tag never comes would hide the rest: then it is read after all
    path = tmp_path / "page.html"
    path.write_text(
        "<body><nav>Menu</nav><p>Article 1 – Objet</p><aside><p>Le prix est fixe.</p>"
        "<p>Article 2 – Durée</p></body>",
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == [
        "Article 1 – Objet",
        "Le prix est fixe.",
        "Article 2 – Durée",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3),
        (" 7 ", 7),
        ("-2", -2),
        ("12abc", 12),  # browsers stop at the first non-digit
        ("²", 1),  # a superscript digit is not an ASCII digit: the default
        ("", 1),
        (None, 1),
        ("99999999999999", 999999999),  # at most nine digits are read
    ],
)
def test_html_integer_as_browsers_parse_it(value: str | None, expected: int) -> None:
    assert html_integer(value, 1) == expected


@pytest.mark.parametrize(
    ("number", "kind", "expected"),
    [(1, "1", "1."), (3, "a", "c."), (28, "A", "AB."), (4, "i", "iv."), (14, "I", "XIV."),
     (0, "a", "0."), (-1, "i", "-1.")],
)  # fmt: skip
def test_list_markers_as_browsers_draw_them(number: int, kind: str, expected: str) -> None:
    assert list_marker(number, kind) == expected


def test_ordered_list_attributes(tmp_path: Path) -> None:
    path = tmp_path / "liste.html"
    path.write_text(
        '<ol start="²"><li>un</li></ol><ol type="I" start="3"><li>trois</li>'
        '<li value="9">neuf</li><li>dix</li></ol>',
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == ["1. un", "III. trois", "IX. neuf", "X. dix"]


@pytest.mark.parametrize(
    ("charset", "expected"),
    [
        ("utf-7", "Prix +AOk- 10 €"),  # browsers ignore UTF-7: the bytes read as UTF-8
        ("unicode_escape", "Prix +AOk- 10 €"),  # not a web encoding either
        ("no-such-charset", "Prix +AOk- 10 €"),
    ],
)
def test_declared_charsets_browsers_ignore(tmp_path: Path, charset: str, expected: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(f'<meta charset="{charset}"><p>Prix +AOk- 10 €</p>'.encode())
    assert read_document(path).text == expected


def test_utf7_page_with_surrogates_reads(tmp_path: Path) -> None:
    # "+2D3eAA-" is an emoji in UTF-7; decoded as UTF-7 it was two surrogates and crashed
    path = tmp_path / "page.html"
    path.write_bytes(b'<meta charset="utf-7"><p>Prix +2D3eAA- et +2D0- fin</p>')
    document = read_document(path)
    document.text.encode("utf-8")  # valid Unicode
    assert document.text == "Prix +2D3eAA- et +2D0- fin"


# ---------------------------------------------------------------- .md


def test_markdown_rendered_as_a_viewer_shows_it() -> None:
    path = DATA / "md" / "conditions.md"
    document = read_document(path)
    assert document.format is Format.MD
    assert document.text == _expected(path)
    for markup in ("**", "](", "|", "---", "> ", "`", "##"):
        assert markup not in document.text


def test_markdown_headings_become_clause_headings() -> None:
    document = read_document(DATA / "md" / "conditions.md")
    styles = {document.paragraph_text(p): (p.style, p.level) for p in document.paragraphs}
    assert styles["Conditions d’utilisation du service"] == ("h1", 1)
    assert styles["Article 1 – Objet"] == ("h2", 2)
    assert styles["Article 4 – Durée"] == ("h2", 2)  # setext underline
    numbers = [clause.number for clause in segment(document) if clause.number]
    assert numbers == ["Article 1", "Article 2", "Article 3", "Article 4"]


def test_markdown_list_markers_as_written(tmp_path: Path) -> None:
    path = tmp_path / "liste.md"
    path.write_text("3) trois\n4) quatre\n\n* puce\n+ autre\n", encoding="utf-8")
    document = read_document(path)
    assert _texts(document) == ["3) trois", "4) quatre", "* puce", "+ autre"]
    assert [p.numbering for p in document.paragraphs] == ["3)", "4)", "*", "+"]


def test_markdown_html_block_read_with_the_html_rules(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        "# Titre\n\n<div hidden>caché</div>\n\n<p>Le <b>prix</b> est fixe.</p>\n",
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == ["Titre", "Le prix est fixe."]


def test_bogus_marked_section_is_a_comment(tmp_path: Path) -> None:
    # "<![CDAT x>" made html.parser raise AssertionError (refused with its text); browsers
    # read such a section as a comment
    path = tmp_path / "page.html"
    path.write_text("<p>Article 1</p><![CDAT x><p>Le prix est fixe.</p><![if !IE]>", "utf-8")
    assert _texts(read_document(path)) == ["Article 1", "Le prix est fixe."]


def test_classes_a_style_sheet_hides(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>.promo, div#old { display : none } .note .x { display: none } "
        "p { color: red }</style></head><body><p class='lead promo'>Offre</p>"
        "<p id='old'>Ancien délai</p>"
        "<p class='x'>Le prix est fixe.</p></body></html>",
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == ["Le prix est fixe."]  # a combinator is not followed


def test_markdown_inline_br_is_a_line_break(tmp_path: Path) -> None:
    path = tmp_path / "br.md"
    path.write_text("Le prix est fixe<br>et <u>ferme</u>.\n", encoding="utf-8")
    assert _texts(read_document(path)) == ["Le prix est fixe\net ferme."]
