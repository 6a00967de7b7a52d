# ruff: noqa: E501 -- raw XML of Word parts reads best one element per line
"""Writes the small Word, LibreOffice and RTF files of tests/data (run once; the files are
committed). ``python tests/data/make_office_fixtures.py`` rewrites them (PDF, HTML and
Markdown fixtures: ``make_fixtures.py``).

Each file is written as raw XML or RTF, the way Word and LibreOffice write those constructs,
so that each fixture holds exactly the case it is named after. The text each application shows
for it is written by hand next to it (``NAME.expected.txt``, or ``NAME.accepted.txt`` and
``NAME.original.txt`` for the two states of tracked changes), and was checked against
LibreOffice (``soffice --headless --convert-to txt``) where LibreOffice shows the same thing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)
_PARTS = {
    "footnotes": ("footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
    "endnotes": ("endnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
    "numbering": ("numbering", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
    "styles": ("styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
    "settings": ("settings", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
    "comments": ("comments", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
}  # fmt: skip
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STYLES = (
    f"<w:styles {NAMESPACES}>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>'
    "</w:styles>"
)


def docx(name: str, body: str, **parts: str) -> Path:
    """A minimal .docx: ``body`` is the inside of ``w:body``; ``parts`` the inside of the
    footnotes, endnotes, numbering, settings or comments root elements."""
    parts.setdefault("styles", STYLES)
    content_types = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>'
    ]
    rels = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    ]
    files = {}
    for number, (key, xml) in enumerate(sorted(parts.items()), start=1):
        part, content_type = _PARTS[key]
        content_types.append(
            f'<Override PartName="/word/{part}.xml" ContentType="{content_type}"/>'
        )
        rels.append(f'<Relationship Id="rId{number}" Type="{_REL}{part}" Target="{part}.xml"/>')
        if not xml.startswith(f"<w:{part} "):
            xml = f"<w:{part} {NAMESPACES}>{xml}</w:{part}>"
        files[f"word/{part}.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml
    content_types.append("</Types>")
    rels.append("</Relationships>")
    path = HERE / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "".join(content_types))
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>",
        )
        archive.writestr("word/_rels/document.xml.rels", "".join(rels))
        for member, xml in files.items():
            archive.writestr(member, xml)
    return path


def p(*runs: str, style: str = "", num: tuple[int, int] | None = None, mark: str = "") -> str:
    """A paragraph; runs are XML or plain text (made a run); ``mark`` goes in the mark's rPr."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        properties += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark:
        properties += f"<w:rPr>{mark}</w:rPr>"
    inner = "".join(run if run.startswith("<") else r(run) for run in runs)
    return f"<w:p><w:pPr>{properties}</w:pPr>{inner}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(xml: str, rid: int) -> str:
    return f'<w:ins w:id="{rid}" w:author="Avocat" w:date="2024-03-01T10:00:00Z">{xml}</w:ins>'


def dele(text: str, rid: int) -> str:
    return (
        f'<w:del w:id="{rid}" w:author="Avocat" w:date="2024-03-01T10:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


INS_MARK = '<w:ins w:id="90" w:author="Avocat" w:date="2024-03-01T10:00:00Z"/>'
DEL_MARK = '<w:del w:id="91" w:author="Avocat" w:date="2024-03-01T10:00:00Z"/>'
ARTICLES = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
    '<w:numFmt w:val="{fmt}"/><w:lvlText w:val="Article %1 –"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def note(kind: str, note_id: int, *paragraphs: str) -> str:
    inner = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:{kind}Ref/></w:r>'
        f"{r(' ' + text)}</w:p>"
        for text in paragraphs
    )
    return f'<w:{kind} w:id="{note_id}">{inner}</w:{kind}>'


SEPARATORS = (
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:{kind}>"
)


def call(kind: str, note_id: int) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def make_docx_fixtures() -> None:
    docx(
        "docx-notes.docx",
        p("Article 1 – Paiement", style="Heading1")
        + p(
            "Le Client paie chaque facture dans un délai de trente jours",
            call("footnote", 1),
            " à compter de sa réception au siège de Paris",
            call("footnote", 2),
            ".",
        )
        + p("Article 2 – Pénalités", style="Heading1")
        + p("Tout retard entraîne des pénalités", call("endnote", 1), " de retard.")
        + p("Le taux est fixé", call("footnote", 3), " par la loi."),
        footnotes=SEPARATORS.format(kind="footnote")
        + note("footnote", 1, "Délai de trente jours calendaires.")
        + note("footnote", 2, "Siège social : 10 rue de la Paix.", "Ou tout autre lieu convenu.")
        + note("footnote", 3, "Article L. 441-10 du code de commerce."),
        endnotes=SEPARATORS.format(kind="endnote")
        + note("endnote", 1, "Trois fois le taux d’intérêt légal."),
    )
    text = "La présente clause, placée dans un encadré, prévaut sur toute autre stipulation."
    box = f"<w:txbxContent>{p('Encadré – Clause prioritaire', style='Heading1')}{p(text)}</w:txbxContent>"
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData>'
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    docx(
        "docx-textbox.docx",
        p("Article 1 – Objet", style="Heading1")
        + p("Le présent contrat définit les prestations.", drawing)
        + p("Article 2 – Durée", style="Heading1")
        + p("Le contrat est conclu pour un an."),
    )
    sdt = (
        '<w:sdt><w:sdtPr><w:alias w:val="Client"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        f"{r('la société Alpha')}</w:sdtContent></w:sdt>"
    )
    block_sdt = (
        '<w:sdt><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr><w:sdtContent>'
        f"{p('Article 2 – Confidentialité', style='Heading1')}"
        f"{p('Les parties gardent le secret.')}</w:sdtContent></w:sdt>"
    )
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY DateSignature </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r('15 janvier 2024')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    simple = f'<w:fldSimple w:instr=" REF montant \\h ">{r("12 500 €")}</w:fldSimple>'
    docx(
        "docx-controls-fields.docx",
        p("Article 1 – Parties", style="Heading1")
        + p("Le contrat est conclu avec ", sdt, " le ", field, " pour ", simple, ".")
        + block_sdt,
    )
    # tracked changes: article 2 deleted, a new article inserted before article 4, a word changed
    body = (
        p("Préambule", style="Heading1")
        + p(r("Objet"), num=(1, 0))
        + p(r("Le contrat porte sur la maintenance."))
        + p(dele("Durée", 10), num=(1, 0), mark=DEL_MARK)
        + p(dele("Le contrat dure un an.", 11), mark=DEL_MARK)
        + p(r("Prix"), num=(1, 0))
        + p(r("Le prix est de "), dele("deux (2)", 12), ins(r("trois (3)"), 13), r(" mille euros."))
        + p(ins(r("Assurance"), 14), num=(1, 0), mark=INS_MARK)
        + p(ins(r("Le Prestataire est assuré."), 15), mark=INS_MARK)
        + p(r("Résiliation"), num=(1, 0))
        + p(r("Chaque partie peut résilier avec un préavis de trois mois."))
    )
    docx("docx-revisions.docx", body, numbering=ARTICLES.format(start=1, fmt="decimal"))
    docx(
        "docx-numbering-bomb.docx",
        "".join(p(r(f"Clause {n}."), num=(1, 0)) for n in range(3)),
        numbering=ARTICLES.format(start=2_000_000_000, fmt="upperLetter"),
    )


SAMPLES = HERE.parent.parent / "resources" / "samples"
_HEADING = re.compile(r"^(?:Article \d+(?:er)? –|Section \d+\.|Annexe \d|ANNEXE|\d+\.\d+ [A-ZÉ])")


def sample_docx(sample: Path) -> Path:
    """A bundled sample as a lawyer's .docx: headings in Heading styles, numbers typed."""
    import docx as python_docx

    document = python_docx.Document()
    for paragraph in sample.read_text(encoding="utf-8").split("\n\n"):
        paragraph = paragraph.strip("\n")
        match = _HEADING.match(paragraph)
        if match and len(paragraph) < 80 and not paragraph.endswith("."):
            level = 2 if paragraph[0].isdigit() else 1
            document.add_heading(paragraph, level=level)
        else:
            document.add_paragraph(paragraph)
    path = HERE / "samples" / f"{sample.stem}.docx"
    document.save(str(path))
    return path


def convert(source: Path, target_format: str, name: str) -> Path:
    """LibreOffice's own conversion (its .odt and .rtf writers), renamed to ``name``."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                target_format,
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        produced = next(Path(folder).iterdir())
        target = HERE / name
        shutil.copyfile(produced, target)
    return target


def make_sample_fixtures() -> None:
    for sample in sorted(SAMPLES.glob("*-v[12].txt")):
        made = sample_docx(sample)
        convert(made, "odt", f"samples/{sample.stem}.odt")
        convert(made, "rtf", f"samples/{sample.stem}.rtf")


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
ODT_OUTLINE = (
    "<text:outline-style>"
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Article "'
    ' style:num-suffix=" –"/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    "</text:outline-style>"
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:default-outline-level="1"/>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
    'style:family="paragraph" style:default-outline-level="2"/>'
)


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def odt(name: str, body: str, automatic_styles: str = "", styles: str = ODT_OUTLINE) -> Path:
    """An .odt as LibreOffice lays it out: mimetype first and stored, then content and styles."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} '
        f'office:version="1.3"><office:automatic-styles>{automatic_styles}'
        f"</office:automatic-styles><office:body><office:text>{body}</office:text>"
        "</office:body></office:document-content>"
    )
    path = HERE / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>'
            f"<office:styles>{styles}</office:styles></office:document-styles>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return path


def h(text: str, level: int = 1, style: str = "", extra: str = "") -> str:
    name = style or f"Heading_20_{level}"
    return f'<text:h text:style-name="{name}" text:outline-level="{level}"{extra}>{text}</text:h>'


def tp(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def region(change_id: str, kind: str, content: str = "") -> str:
    return (
        f'<text:changed-region xml:id="{change_id}" text:id="{change_id}"><text:{kind}>'
        "<office:change-info><dc:creator>Avocat</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>"
        f"</office:change-info>{content}</text:{kind}></text:changed-region>"
    )


def make_odt_fixtures() -> None:
    unnumbered = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1" style:list-style-name=""/>'
    odt(
        "odt-numbering.odt",
        h("Avertissement", style="P1")  # LibreOffice: a heading style taken out of the outline
        + tp("Ce document est un modèle.")
        + h("Préambule", extra=' text:is-list-header="true"')
        + tp("Les parties se sont rapprochées.")
        + h("Objet")
        + h("Définitions", 2)
        + h("Portée", 2)
        + h("Durée")
        + h("Prix", extra=' text:restart-numbering="true" text:start-value="7"')
        + '<text:numbered-paragraph text:list-id="l9" text:level="1" text:style-name="L1">'
        "<text:number>1)</text:number>"
        + tp("Le prix est ferme.")
        + "</text:numbered-paragraph>"
        + '<text:list text:style-name="L1"><text:list-header>'
        + tp("Conditions :")
        + "</text:list-header><text:list-item>"
        + tp("première condition ;")
        + tp("suite de la première.")
        + "</text:list-item><text:list-item>"
        + tp("seconde condition.")
        + "</text:list-item></text:list>",
        automatic_styles=unnumbered
        + '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-format="a" style:num-suffix=")"/></text:list-style>',
    )
    odt(
        "odt-inline.odt",
        h("Résiliation")
        + tp(
            'Le délai<text:s/> de préavis est de <text:s text:c="2"/>trois mois.<text:tab/>'
            "Fin<text:line-break/>de ligne, <text:span>en   gras</text:span> puis  suite."
        )
        + tp(
            "Les modalités sont fixées par avenants ultérieures."
            '<text:change-start text:change-id="i1"/> L’accessibilité est garantie.'
            '<text:change-end text:change-id="i1"/>'
        )
        + tp(
            'Le délai de <text:change text:change-id="d1"/><text:change-start text:change-id="i2"/>'
            'trois (3)<text:change-end text:change-id="i2"/> mois court à compter de la signature.'
        )
        + tp(
            'Compétence : tribunaux de <text:change text:change-id="d2"/>'
            '<text:change-start text:change-id="i3"/>Lyon<text:change-end text:change-id="i3"/>.'
            "<office:annotation><dc:creator>A</dc:creator><text:p>À vérifier</text:p>"
            "</office:annotation>"
        )
        + tp(
            '<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
            "Note interne que LibreOffice affiche."
        )
        + '<text:section text:name="S1" text:display="none">'
        + tp("Section masquée.")
        + "</text:section>"
        + tp(
            "Voir l’encadré.<draw:frame><draw:text-box>"
            + tp("Encadré : la clause de non-sollicitation s’applique deux ans.")
            + "</draw:text-box></draw:frame>"
        ),
        styles=ODT_OUTLINE,
    )
    path = HERE / "odt-inline.odt"
    tracked = (
        '<text:tracked-changes text:track-changes="true">'
        + region("i1", "insertion")
        + region("d1", "deletion", tp("deux (2)"))
        + region("i2", "insertion")
        + region("d2", "deletion", tp("Paris"))
        + region("i3", "insertion")
        + "</text:tracked-changes>"
    )
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["content.xml"] = members["content.xml"].replace(
        b"<office:text>", b"<office:text>" + tracked.encode()
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), members.pop("mimetype"))
        for name, data in members.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    odt("odt-spaces-bomb.odt", tp('Un<text:s text:c="1000000000"/>deux.'))
    for source, target in (
        ("docx-revisions.docx", "odt-revisions.odt"),
        ("docx-notes.docx", "odt-notes.odt"),
    ):
        convert(HERE / source, "odt", target)


# Word's RTF dialect: revision marks inside runs, a deleted paragraph mark, hidden text (\v), a
# footnote with its \chftn call, a field, \upr/\ud, a symbol-font bullet, a comment, a text box
# and a list whose \listtext labels count a deleted item (as Word writes them in markup view)
WORD_RTF = r"""{\rtf1\ansi\ansicpg1252\deff0
{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fnil\fcharset2 Symbol;}{\f2\fswiss\fcharset204 Arial Cyr;}}
{\*\revtbl {Unknown;}{Avocat;}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc0\levelstartat1{\leveltext\'0b\'41\'72\'74\'69\'63\'6c\'65\'20\'00\'20\'96;}{\levelnumbers\'09;}}\listid7}}
{\*\listoverridetable{\listoverride\listid7\listoverridecount0\ls1}}
\ftnnar\aftnnrlc
\pard\plain\s1\outlinelevel0\b Conditions particuli\'e8res\par
\pard\plain{\listtext Article 1 \'96\tab}\ls1\ilvl0 Objet\par
\pard\plain Le contrat porte sur la maintenance{\v  (note interne : voir avec le service juridique)}.\par
\pard\plain{\listtext Article 2 \'96\tab}\ls1\ilvl0 {\deleted\revauthdel1 Dur\'e9e\par}
\pard\plain {\deleted\revauthdel1 Le contrat dure un an.\par}
\pard\plain{\listtext Article 3 \'96\tab}\ls1\ilvl0 Prix\par
\pard\plain Le d\'e9lai de paiement est de {\deleted\revauthdel1 deux (2)}{\revised\revauth1 trois (3)} mois{\super\chftn}{\footnote\pard\plain{\super\chftn} \u224? compter de la facture.}.\par
\pard\plain Comp\'e9tence : tribunaux de {\deleted\revauthdel1 Paris}{\revised\revauth1 Lyon}{\*\atnid A}{\chatn{\*\annotation\pard\plain \'c0 v\'e9rifier.}}.\par
\pard\plain Voir {\field{\*\fldinst HYPERLINK "https://example.org/cgv"}{\fldrslt les conditions g\'e9n\'e9rales}} et {\upr{prix \'e0 jour}{\*\ud{prix \u224? jour}}}.\par
\pard\plain{\f1\'b7}\tab Une puce ; {\f2\'c4\'ee\'e3\'ee\'e2\'ee\'f0} sign\'e9.\par
\pard\plain Voir l\rquote encadr\'e9.{\shp{\*\shpinst{\sp{\sn shapeType}{\sv 202}}{\shptxt \pard\plain Encadr\'e9 : non-sollicitation pendant deux ans.\par}}{\shprslt{\*\do\dobxcolumn Encadr\'e9 : non-sollicitation pendant deux ans.}}}\par
\trowd\cellx3000\cellx6000\pard\intbl Poste\cell Montant\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Maintenance\cell 12 500 \'80\cell\row
\pard\plain{\listtext Article 4 \'96\tab}\ls1\ilvl0 {\revised\revauth1 Assurance\par}
\pard\plain{\listtext Article 5 \'96\tab}\ls1\ilvl0 R\'e9siliation\par
}
"""


def make_rtf_fixtures() -> None:
    (HERE / "rtf-word.rtf").write_text(WORD_RTF, encoding="ascii")
    for source, target in (
        ("docx-revisions.docx", "rtf-revisions.rtf"),
        ("docx-notes.docx", "rtf-notes.rtf"),
    ):
        convert(HERE / source, "rtf", target)


if __name__ == "__main__":
    make_docx_fixtures()
    make_odt_fixtures()
    make_rtf_fixtures()
    make_sample_fixtures()
