"""Helpers that write the test documents the reader tests read (no test in here).

Every reader is tested on files made here: python-docx writes .docx (with real automatic
numbering written into ``numbering.xml``), Qt's QPdfWriter writes .pdf (typeset line by line
with QPainter so hyphenated wraps, running headers and page numbers are under the test's
control), zipfile writes .odt, strings write .html/.rtf, and a tiny hand-made PDF writer makes
the encrypted and the broken PDFs Qt cannot produce.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CONTRACT = (
    "Article 1 – Objet",
    "Le présent contrat a pour objet de définir les conditions dans lesquelles le Prestataire "
    "fournit au Client des prestations de main\u00adte\u00adnance informatique, ainsi que les "
    "engagements con\u00adtrac\u00adtuels réciproques des parties.",
    "Article 2 – Durée",
    "Le contrat est conclu pour une durée de vingt-deux mois à compter de sa signature. Il se "
    "renouvelle ensuite par tacite reconduction pour des périodes successives d’un an, sauf "
    "dénonciation par l’une des parties au moins trois mois avant l’échéance.",
    "Article 3 – Prix et modalités de paiement",
    "En contrepartie des prestations, le Client verse au Prestataire une rémunération forfaitaire "
    "annuelle de 12 500 € hors taxes, payable par trimestre à terme échu. Toute somme non payée "
    "à son échéance porte intérêt de plein droit au taux de trois fois le taux d’intérêt légal, "
    "sans préjudice de l’indemnité for\u00adfai\u00adtaire pour frais de recouvrement.",
    "Article 4 – Obligations du Prestataire",
    "Le Prestataire s’engage à exécuter les prestations avec soin, conformément aux règles de "
    "l’art et aux usages de la profession. Il informe sans délai le Client de toute difficulté "
    "susceptible de compromettre la bonne exécution des prestations et propose les mesures "
    "correctives appropriées. Il met à la disposition du Client un interlocuteur unique, "
    "joignable du lundi au vendredi, de neuf heures à dix-huit heures.",
    "Article 5 – Confidentialité",
    "Chaque partie s’oblige à tenir confidentielles les informations de toute nature qu’elle "
    "reçoit de l’autre partie à l’occasion de l’exécution du contrat, et à ne les "
    "com\u00admu\u00adni\u00adquer qu’aux seuls membres de son personnel qui ont besoin de "
    "les connaître. Cette "
    "obligation demeure en vigueur pendant cinq ans après la fin du contrat, quelle qu’en soit "
    "la cause.",
    "Article 6 – Responsabilité",
    "La responsabilité du Prestataire ne peut être engagée qu’en cas de faute prouvée. Elle est "
    "limitée, tous préjudices confondus, au montant des sommes effectivement perçues au titre "
    "des douze derniers mois. Le Prestataire ne répond pas des dommages indirects, tels que la "
    "perte de chiffre d’affaires, de clientèle ou de données.",
    "Article 7 – Résiliation",
    "En cas de manquement de l’une des parties à ses obligations, non réparé dans un délai de "
    "trente jours suivant la réception d’une lettre recommandée avec demande d’avis de réception "
    "le mettant en demeure, l’autre partie peut résilier le contrat de plein droit, sans "
    "préjudice des dommages et intérêts auxquels elle pourrait prétendre.",
    "Article 8 – Droit applicable et juridiction",
    "Le contrat est soumis au droit français. Tout litige relatif à sa formation, son "
    "interprétation ou son exécution relève de la compétence exclusive du tribunal de commerce "
    "de Lyon, y compris en cas de pluralité de défendeurs ou d’appel en garantie.",
)
"""A short French services contract: headings at even indexes, soft hyphens (U+00AD) mark
where the PDF typesetter may hyphenate a word at the end of a line."""


def visible(text: str) -> str:
    """The text a reader should give back: soft hyphens are invisible."""
    return text.replace("\u00ad", "")


_VOWELS = frozenset("aeiouyéèêàâîôûœ")


def hyphenate(text: str, min_length: int = 9) -> str:
    """Put a soft hyphen in every long word (after a vowel, before a consonant, mid-word).

    Crude, but it gives the PDF typesetter hyphenation points everywhere, like a real
    hyphenation dictionary would, so that many lines end with a hyphenated word.
    """
    words = []
    for word in text.split(" "):
        if len(word) >= min_length and word.isalpha() and "\u00ad" not in word:
            for cut in range(len(word) // 2, len(word) - 3):
                if word[cut - 1] in _VOWELS and word[cut] not in _VOWELS:
                    word = f"{word[:cut]}\u00ad{word[cut:]}"
                    break
        words.append(word)
    return " ".join(words)


# ---------------------------------------------------------------- .docx


def make_docx(path: Path, paragraphs: Sequence[str], heading_every: int = 2) -> Path:
    """A .docx with the paragraphs; every ``heading_every``-th one (from 0) as Heading 1."""
    import docx

    document = docx.Document()
    for index, text in enumerate(paragraphs):
        if heading_every and index % heading_every == 0:
            document.add_heading(visible(text), level=1)
        else:
            document.add_paragraph(visible(text))
    document.save(str(path))
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Lvl:
    """One level of a hand-written abstract numbering."""

    fmt: str
    text: str
    start: int = 1
    style: str = ""


def _abstract_xml(abstract_id: int, levels: Sequence[Lvl]) -> str:
    parts = [f'<w:abstractNum w:abstractNumId="{abstract_id}">']
    for ilvl, lvl in enumerate(levels):
        style = f'<w:pStyle w:val="{lvl.style}"/>' if lvl.style else ""
        parts.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{lvl.start}"/>'
            f'<w:numFmt w:val="{lvl.fmt}"/>{style}<w:lvlText w:val="{lvl.text}"/></w:lvl>'
        )
    parts.append("</w:abstractNum>")
    return "".join(parts)


def set_numbering(
    document: object,
    abstracts: Sequence[Sequence[Lvl]],
    nums: Sequence[tuple[int, int, dict[int, int]]],
) -> None:
    """Replace the document's numbering part content.

    ``abstracts[i]`` becomes abstractNum ``i``; ``nums`` are ``(numId, abstractId,
    {ilvl: startOverride})``.
    """
    from docx.oxml import parse_xml

    body = "".join(_abstract_xml(index, levels) for index, levels in enumerate(abstracts))
    for num_id, abstract_id, overrides in nums:
        override_xml = "".join(
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for ilvl, start in overrides.items()
        )
        body += (
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override_xml}</w:num>"
        )
    element = parse_xml(f'<w:numbering xmlns:w="{W_NS}">{body}</w:numbering>')
    part = document.part.numbering_part  # type: ignore[attr-defined]
    part._element = element  # python-docx has no public setter for a whole numbering part


def add_numbered(document: object, text: str, num_id: int, ilvl: int = 0) -> None:
    """A paragraph with a direct ``w:numPr`` (what Word writes for a numbered paragraph)."""
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    num_pr = parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    paragraph._p.get_or_add_pPr().append(num_pr)


def add_style_numbering(document: object, style_name: str, num_id: int) -> str:
    """Give a new paragraph style a ``w:numPr`` (numbering inherited from the style)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    style = document.styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return str(style.style_id)


# ---------------------------------------------------------------- .pdf (Qt)


def make_pdf(
    path: Path,
    paragraphs: Sequence[str],
    header: str = "",
    footer: str = "Page {page} / {pages}",
    width_mm: float = 148.0,
    height_mm: float = 210.0,
    heading_every: int = 2,
    gap: float = 0.5,
    indent: float = 0.0,
) -> Path:
    """Typeset paragraphs into a PDF with QPdfWriter, line by line.

    Greedy line filling with real font metrics; a word that does not fit is hyphenated at its
    last soft hyphen that fits (drawn as "-"), as a typesetter would. Headings (every
    ``heading_every``-th paragraph) are bold; paragraphs are separated by ``gap`` lines and
    their first line indented by ``indent`` (a fraction of the width); every page gets the
    running ``header`` and the ``footer`` (``{page}``/``{pages}`` filled in). A paragraph
    "label\ttext" gets a hanging indent: the label in the margin, every line of the text
    indented. Needs a QGuiApplication (the ``qapp`` fixture).
    """
    from PySide6.QtCore import QMarginsF, QPointF, QSizeF
    from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    body_font, bold_font, small_font = (
        QFont("DejaVu Serif"),
        QFont("DejaVu Serif"),
        QFont("DejaVu Sans"),
    )
    body_font.setPointSizeF(10)
    bold_font.setPointSizeF(10)
    bold_font.setBold(True)
    small_font.setPointSizeF(8)
    metrics = QFontMetricsF(body_font, writer)
    line_height = metrics.lineSpacing()
    top, bottom = 2.5 * line_height, area.height() - 2.5 * line_height
    pages: list[list[tuple[float, str, bool, float]]] = [[]]
    y = top
    for index, paragraph in enumerate(paragraphs):
        bold = bool(heading_every) and index % heading_every == 0
        font_metrics = QFontMetricsF(bold_font if bold else body_font, writer)
        first_indent = 0.0 if bold else indent * area.width()
        label, hang = "", 0.0
        if "\t" in paragraph:  # "1.1\ttext": the label in the margin, the text hanging
            label, paragraph = paragraph.split("\t", 1)
            hang, first_indent = 0.08 * area.width(), 0.0
        wrapped = _wrap(paragraph, font_metrics, area.width() - hang, first_indent)
        for number, line in enumerate(wrapped):
            if y + line_height > bottom:
                pages.append([])
                y = top
            baseline = y + metrics.ascent()
            if label and number == 0:
                pages[-1].append((baseline, label, bold, 0.0))
            x = hang + (first_indent if number == 0 else 0.0)
            pages[-1].append((baseline, line, bold, x))
            y += line_height
        y += line_height * gap
    painter = QPainter(writer)
    for number, lines in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.setFont(small_font)
        if header:
            painter.drawText(QPointF(0, line_height), header)
        if footer:
            painter.drawText(
                QPointF(area.width() / 2 - 3 * line_height, area.height() - line_height),
                footer.format(page=number, pages=len(pages)),
            )
        for baseline, line, bold, x in lines:
            painter.setFont(bold_font if bold else body_font)
            painter.drawText(QPointF(x, baseline), line)
    painter.end()
    return path


def _wrap(paragraph: str, metrics: object, width: float, indent: float = 0.0) -> list[str]:
    """Greedy wrap with hyphenation at soft hyphens (see :func:`make_pdf`)."""
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        candidate = f"{current} {word}" if current else word
        room = width - (indent if not lines else 0.0)
        if metrics.horizontalAdvance(visible(candidate)) <= room:  # type: ignore[attr-defined]
            current = candidate
            continue
        pieces = word.split("\u00ad")
        for cut in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:cut])
            head += "" if head.endswith("-") else "-"  # "vingt-\u00addeux" breaks after its hyphen
            trial = f"{current} {head}" if current else head
            if metrics.horizontalAdvance(trial) <= room:  # type: ignore[attr-defined]
                lines.append(visible(trial))
                current = "".join(pieces[cut:])
                break
        else:
            lines.append(visible(current))
            current = word
    lines.append(visible(current))
    return [line for line in lines if line]


def make_textdocument_pdf(path: Path, html: str) -> Path:
    """A one-column PDF laid out by QTextDocument (Qt's own typesetter), all pages."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)  # Qt's own pagination (it adds page numbers)
    return path


def make_drawing_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text at all (what a scanner without OCR gives)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(QRectF(100, 100, 2000, 3000), QColor("gray"))
    painter.end()
    return path


# ---------------------------------------------------------------- .pdf (by hand)


def pdf_bytes(objects: Sequence[bytes], trailer_extra: bytes = b"") -> bytes:
    """Serialise numbered objects with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def make_encrypted_pdf(path: Path, user_password: bytes = b"secret") -> Path:
    """A PDF protected by a user password (standard security handler, RC4 40-bit, R2)."""
    file_id = hashlib.md5(b"clausediff-test").digest()
    owner = _rc4(hashlib.md5(_PAD).digest()[:5], (user_password + _PAD)[:32])
    permissions = -4
    key = hashlib.md5(
        (user_password + _PAD)[:32] + owner + permissions.to_bytes(4, "little", signed=True)
        + file_id
    ).digest()[:5]  # fmt: skip
    user = _rc4(key, _PAD)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <"
        + user.hex().encode() + b"> /P -4 >>",
    ]  # fmt: skip
    trailer = b"/Encrypt 4 0 R /ID [<" + file_id.hex().encode() + b"> <" + file_id.hex().encode()
    path.write_bytes(pdf_bytes(objects, trailer + b">]"))
    return path


def make_text_pdf(path: Path, lines: Sequence[str]) -> Path:
    """A minimal one-page PDF with Helvetica lines (ASCII), written by hand."""
    ops = b"BT /F1 12 Tf 72 760 Td 14 TL " + b"".join(
        b"(" + line.encode("latin-1") + b") Tj T* " for line in lines
    ) + b"ET"  # fmt: skip
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(pdf_bytes(objects))
    return path


# ---------------------------------------------------------------- .odt


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def make_odt(
    path: Path, body: str, automatic_styles: str = "", prolog: str = "", styles: str = ""
) -> Path:
    """An .odt whose ``office:text`` holds ``body`` (ODF XML, namespaces declared) and, when
    given, a styles.xml whose ``office:styles`` holds ``styles``."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<office:document-content {ODT_NS} office:version="1.2">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        if styles:
            archive.writestr(
                "styles.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>'
                f"<office:styles>{styles}</office:styles></office:document-styles>",
            )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return path


# ---------------------------------------------------------------- hostile zips


def make_zip_bomb(path: Path, member: str = "word/document.xml", megabytes: int = 300) -> Path:
    """A zip whose one member declares (and really holds) ``megabytes`` of zeros.

    Written in 1 MB chunks so the test never holds the whole payload in memory.
    """
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(member, "w", force_zip64=True) as stream:
            for _ in range(megabytes):
                stream.write(chunk)
    return path


def rewrite_zip_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    """Copy a zip, replacing one member's bytes (e.g. a document.xml with an XXE)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == member else old.read(info.filename))
    return target
