"""OpenDocument, HTML and RTF readers; format sniffing; input files left untouched."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from readers_fixtures import CONTRACT, make_docx, make_odt, make_pdf, visible

from clausediff.document import Document, Format
from clausediff.readers import read_document


def _texts(document: Document) -> list[str]:
    return [document.paragraph_text(paragraph) for paragraph in document.paragraphs]


# ---------------------------------------------------------------- .odt

ODT_STYLES = (
    '<style:style style:name="P1" style:family="paragraph" '
    'style:parent-style-name="Text_20_body"/>'
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2">'
    '<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."'
    ' text:start-value="3"/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."'
    ' text:display-levels="2"/>'
    "</text:list-style>"
    '<text:list-style style:name="L3">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>'
)
ODT_BODY = (
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Article 1 – Objet</text:h>'
    '<text:p text:style-name="P1">Le   contrat<text:s text:c="2"/>définit '
    "<text:span>les <text:a>prestations</text:a></text:span>.<text:tab/>Fin"
    "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Une note"
    "</text:p></text:note-body></text:note><text:line-break/>seconde ligne.</text:p>"
    '<text:h text:outline-level="2">1.1 Portée</text:h>'
    '<text:list text:style-name="L1">'
    "<text:list-item><text:p>Premier point ;</text:p>"
    "<text:list><text:list-item><text:p>détail ;</text:p></text:list-item>"
    "<text:list-item><text:p>autre détail ;</text:p></text:list-item></text:list>"
    "</text:list-item>"
    "<text:list-item><text:p>Second point.</text:p></text:list-item></text:list>"
    "<text:p>Entre deux listes.</text:p>"
    '<text:list text:style-name="L1" text:continue-numbering="true">'
    "<text:list-item><text:p>Troisième point.</text:p></text:list-item></text:list>"
    '<text:list text:style-name="L2"><text:list-item><text:p>Titre III</text:p>'
    "<text:list><text:list-item><text:p>Sous-titre</text:p></text:list-item></text:list>"
    "</text:list-item></text:list>"
    '<text:list text:style-name="L3"><text:list-item><text:p>Une puce.</text:p>'
    "</text:list-item></text:list>"
    "<table:table><table:table-row><table:table-cell><text:p>Poste</text:p></table:table-cell>"
    "<table:table-cell><text:p>Montant</text:p></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>Maintenance</text:p></table:table-cell>"
    "<table:table-cell><text:p>12 500 €</text:p></table:table-cell></table:table-row>"
    "</table:table>"
)


def test_odt(tmp_path: Path) -> None:
    document = read_document(make_odt(tmp_path / "contrat.odt", ODT_BODY, ODT_STYLES))
    assert document.format is Format.ODT
    assert _texts(document) == [
        "Article 1 – Objet",
        # white space collapses; the note's call stays visible and its text follows
        "Le contrat  définit les prestations.\tFin[1]\nseconde ligne.",
        "[1] Une note",
        "1.1 Portée",
        "1. Premier point ;",
        "a) détail ;",
        "b) autre détail ;",
        "2. Second point.",
        "Entre deux listes.",
        "3. Troisième point.",  # continue-numbering
        "III. Titre III",  # upper roman from start value 3
        "III.1. Sous-titre",  # display-levels 2
        "• Une puce.",
        "Poste\tMontant",
        "Maintenance\t12 500 €",
    ]
    levels = [(p.style, p.level, p.numbering) for p in document.paragraphs[:6]]
    assert levels == [
        ("Heading 1", 1, ""),
        ("Text body", 0, ""),
        ("Footnote Text", 0, ""),
        ("", 2, ""),
        ("", 1, "1."),
        ("", 2, "a)"),
    ]


def test_odt_outline_numbered_headings(tmp_path: Path) -> None:
    # LibreOffice numbers headings through the outline style in styles.xml
    styles = (
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
        'style:family="paragraph"/>'
        "<text:outline-style>"
        '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Article "'
        ' style:num-suffix=" –"/>'
        '<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."'
        ' text:display-levels="2"/>'
        '<text:outline-level-style text:level="3" style:num-format=""/>'
        "</text:outline-style>"
    )
    body = (
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Objet</text:h>'
        '<text:h text:outline-level="2">Définitions</text:h>'
        '<text:h text:outline-level="3">Sans numéro</text:h>'
        '<text:h text:outline-level="2">Portée</text:h>'
        '<text:h text:outline-level="1">Durée</text:h>'
        '<text:h text:outline-level="2"><text:number>2.1.</text:number>Prise d’effet</text:h>'
    )
    document = read_document(make_odt(tmp_path / "titres.odt", body, styles=styles))
    assert [(document.paragraph_text(p), p.style, p.level) for p in document.paragraphs] == [
        ("Article 1 – Objet", "Heading 1", 1),
        ("1.1. Définitions", "", 2),
        ("Sans numéro", "", 3),
        ("1.2. Portée", "", 2),
        ("Article 2 – Durée", "", 1),
        ("2.1. Prise d’effet", "", 2),  # the number LibreOffice displayed is used as is
    ]


def test_odt_made_by_a_real_writer_layout(tmp_path: Path) -> None:
    # mimetype stored first, content deflated: what LibreOffice writes; the contract survives
    body = "".join(f"<text:p>{visible(text)}</text:p>" for text in CONTRACT)
    document = read_document(make_odt(tmp_path / "contrat.odt", body))
    assert _texts(document) == [visible(text) for text in CONTRACT]
    assert document.language == "fr"


# ---------------------------------------------------------------- .html


HTML = """<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Titre de l’onglet</title>
<style>p { color: red }</style><script>document.write("<p>non</p>")</script></head>
<body><h1>Conditions générales</h1>
<p>Le pr&eacute;sent   contrat
   d\xe9finit l&#8217;objet&nbsp;; voir<br>la suite.</p>
<ol start="3"><li>Troisième</li><li>Quatrième<ul><li>une puce</li></ul></li></ol>
<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Maintenance</td><td>12 500 €</td></tr>
</table><div>Fin <b>du</b> document.</div><pre>  deux   espaces</pre></body></html>
"""


def test_html(tmp_path: Path) -> None:
    path = tmp_path / "cgu.html"
    path.write_bytes(HTML.encode("cp1252"))
    document = read_document(path)
    assert document.format is Format.HTML
    assert _texts(document) == [
        "Conditions générales",
        "Le présent contrat définit l’objet\u00a0; voir\nla suite.",
        "3. Troisième",
        "4. Quatrième",
        "- une puce",
        "Poste\tMontant",
        "Maintenance\t12 500 €",
        "Fin du document.",
        "deux   espaces",
    ]
    first = document.paragraphs[0]
    assert (first.style, first.level) == ("h1", 1)
    assert [(p.style, p.level, p.numbering) for p in document.paragraphs[2:5]] == [
        ("li", 1, "3."),
        ("li", 1, "4."),
        ("li", 2, "-"),
    ]


def test_html_list_items_holding_paragraphs(tmp_path: Path) -> None:
    # what many generators write: <li><p>...</p></li>; the marker stays with its text
    path = tmp_path / "liste.html"
    path.write_text(
        "<ol><li><p>Le prix est ferme.</p></li><li><div>Il est payable à 30 jours.</div>"
        "<p>Suite du point.</p></li></ol>",
        encoding="utf-8",
    )
    assert _texts(read_document(path)) == [
        "1. Le prix est ferme.",
        "2. Il est payable à 30 jours.",
        "Suite du point.",
    ]


def test_html_utf8_without_declaration(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<p>Délai : « trente » jours — 100 €</p>", encoding="utf-8")
    assert read_document(path).text == "Délai : « trente » jours — 100 €"


# ---------------------------------------------------------------- .rtf


RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}{\*\generator Word;}"
    r"\f0\b Article 1 \endash  Objet\b0\par "
    r"Le pr\'e9sent contrat d\'e9finit l\'92\'9cuvre \'e0 100 \'80 ; voir l\u8217?annexe."
    r"\par\par\pard Fin.\par}"
)


def test_rtf(tmp_path: Path) -> None:
    path = tmp_path / "contrat.rtf"
    path.write_bytes(RTF.encode("ascii"))
    document = read_document(path)
    assert document.format is Format.RTF
    assert _texts(document) == [
        "Article 1 – Objet",
        "Le présent contrat définit l’œuvre à 100 € ; voir l’annexe.",
        "Fin.",
    ]


def test_rtf_other_code_page(tmp_path: Path) -> None:
    # \ansicpg1251 (Cyrillic): \'e4 is "д", not "ä"
    path = tmp_path / "ru.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg1251 \'e4\'ee\'e3\'ee\'e2\'ee\'f0\par}")
    assert read_document(path).text == "договор"


# ---------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("source", "wrong_name", "expected"),
    [
        ("docx", "contrat.pdf", Format.DOCX),  # a .docx renamed .pdf
        ("docx", "contrat", Format.DOCX),  # no extension
        ("odt", "contrat.docx", Format.ODT),  # an .odt renamed .docx
        ("rtf", "contrat.txt", Format.RTF),  # RTF saved as .txt
        ("html", "page", Format.HTML),  # HTML without extension
        ("html", "notes.txt", Format.TXT),  # HTML in a .txt stays text: the user said so
    ],
)
def test_content_wins_over_a_lying_extension(
    tmp_path: Path, source: str, wrong_name: str, expected: Format
) -> None:
    made = tmp_path / f"source.{source}"
    if source == "docx":
        make_docx(made, CONTRACT[:2])
    elif source == "odt":
        make_odt(made, "<text:p>Article 1 – Objet</text:p>")
    elif source == "rtf":
        made.write_bytes(RTF.encode("ascii"))
    else:
        made.write_text("<!DOCTYPE html><html><body><p>Le contrat.</p></body></html>")
    target = tmp_path / wrong_name
    shutil.copy(made, target)
    assert read_document(target).format is expected


def test_pdf_without_extension(qapp: object, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "contrat.pdf", CONTRACT[:4])
    target = tmp_path / "contrat"
    shutil.copy(path, target)
    assert read_document(target).format is Format.PDF


# ---------------------------------------------------------------- files stay untouched


def test_input_files_are_not_modified(qapp: object, tmp_path: Path) -> None:
    paths = [
        make_docx(tmp_path / "a.docx", CONTRACT),
        make_pdf(tmp_path / "a.pdf", CONTRACT),
        make_odt(tmp_path / "a.odt", ODT_BODY, ODT_STYLES),
        tmp_path / "a.rtf",
        tmp_path / "a.html",
        tmp_path / "a.txt",
    ]
    paths[3].write_bytes(RTF.encode("ascii"))
    paths[4].write_bytes(HTML.encode("cp1252"))
    paths[5].write_bytes("Article 1 – Objet\r\n".encode("cp1252"))
    past = 1_600_000_000
    before = {}
    for path in paths:
        os.utime(path, (past, past))
        path.chmod(0o444)  # read-only (root ignores it; the bytes and mtime checks do not)
        before[path] = path.read_bytes()
    for path in paths:
        read_document(path)
    for path in paths:
        assert path.read_bytes() == before[path], path
        assert path.stat().st_mtime == past, path


def test_rtf_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "table.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\ansicpg1252 \trowd\cellx1000\cellx2000 Poste\cell Montant\cell\row "
        rb"\trowd\cellx1000\cellx2000 Maintenance\cell 12 500 \'80\cell\row Fin\par}"
    )
    assert _texts(read_document(path)) == ["Poste\tMontant", "Maintenance\t12 500 €", "Fin"]


def test_text_that_mentions_pdf_stays_text(tmp_path: Path) -> None:
    # "%PDF-" inside a text file is not a PDF header
    path = tmp_path / "notes.txt"
    path.write_text("Format exigé : %PDF-1.7 (PDF/A).\n", encoding="utf-8")
    assert read_document(path).format is Format.TXT


# ---------------------------------------------------------------- progress, cancel, threads


def test_progress_and_cancel(qapp: object, tmp_path: Path) -> None:
    from clausediff.errors import Cancelled
    from clausediff.progress import Monitor

    path = make_pdf(tmp_path / "contrat.pdf", CONTRACT * 3)
    seen: list[tuple[int, int, str]] = []
    read_document(
        path, Monitor(progress=lambda done, total, message: seen.append((done, total, message)))
    )
    assert seen[-1][0] == seen[-1][1]  # finished
    assert any("page" in message for _, _, message in seen)
    with pytest.raises(Cancelled):
        read_document(path, Monitor(should_cancel=lambda: True))


def test_two_pdfs_read_from_two_threads(qapp: object, tmp_path: Path) -> None:
    # pdfium is not thread-safe: the reader serialises its calls
    from concurrent.futures import ThreadPoolExecutor

    paths = [make_pdf(tmp_path / f"{n}.pdf", CONTRACT) for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda path: read_document(path).text, paths * 3))
    assert len(set(texts)) == 1
    assert texts[0].startswith("Article 1 – Objet")


def test_rtf_with_a_large_picture_is_quick(tmp_path: Path) -> None:
    # 8 MB of picture hex: cut out before the RTF tokenizer (which would crawl through it)
    import time

    picture = ("0123456789abcdef" * 64 + "\n") * 8000
    path = tmp_path / "photo.rtf"
    path.write_text(
        r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}Avant {\pict\pngblip " + picture
        + r"} apr\'e8s l'image.\par}",
        encoding="ascii",
    )  # fmt: skip
    start = time.perf_counter()
    document = read_document(path)
    assert time.perf_counter() - start < 3
    assert document.text == "Avant  après l'image."


def test_rtf_too_big_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clausediff.errors import InputError
    from clausediff.readers import rtf

    monkeypatch.setattr(rtf, "MAX_RTF_CHARS", 100)
    path = tmp_path / "long.rtf"
    path.write_bytes(RTF.encode("ascii") * 3)
    with pytest.raises(InputError, match=r"too much RTF .* save it as \.docx"):
        read_document(path)
