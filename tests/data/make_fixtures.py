"""Write the committed reader fixtures of tests/data/ (run once by hand; tests never run it).

Usage: ``python tests/data/make_fixtures.py`` with LibreOffice (``soffice``), Ghostscript
(``gs``) and the French hyphenation patterns (Debian: libreoffice-writer-nogui, ghostscript,
hyphen-fr) installed. It writes:

* ``pdf/two-columns.pdf``: a French contract laid out by LibreOffice Writer in two justified,
  hyphenated columns under a full-width title, with footnotes and compounds (ci-après,
  celle-ci, c'est-à-dire, a URL) that fall at line ends; ``pdf/two-columns-gs.pdf`` is the same
  file rewritten by Ghostscript (``pdfwrite``), whose fonts lose their weight flags;
  ``pdf/bullets.pdf`` a list with Symbol-font bullets (private-use U+F0B7); ``pdf/table.pdf``
  a two-column definitions table inside prose (a table, not text columns);
* ``samples/<sample>.pdf|.html|.md``: each bundled sample contract (resources/samples/*.txt)
  as LibreOffice prints it to PDF, as an HTML page with site furniture around it, and as
  Markdown with ``##`` headings, so that the same-text matrix can compare them with the .txt.

The expected text of each fixture is committed beside it (``*.expected.txt``) and was checked
by eye against the PDF rendered with pdftoppm.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Symbol" svg:font-family="Symbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"
   fo:language="fr" fo:country="FR" fo:hyphenate="{hyphenate}"
   fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="{align}" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect" style:family="section">
  <style:section-properties>
   <style:columns fo:column-count="{columns}" fo:column-gap="0.8cm"/>
  </style:section-properties>
 </style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="\uf0b7">
   <style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.6cm"/>
   <style:text-properties style:font-name="Symbol"/>
  </text:list-level-style-bullet>
 </text:list-style>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="{height}"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/>
</office:master-styles>
<office:body><office:text>
"""
_FODT_TAIL = "</office:text></office:body></office:document>\n"

TWO_COLUMNS = [
    ("Title", "CONTRAT DE MAINTENANCE INFORMATIQUE"),
    ("Head", "Article 1 – Objet"),
    (
        "Body",
        "Le présent contrat, ci-après dénommé « le Contrat », a pour objet de définir les "
        "conditions dans lesquelles la société Prestataire, ci-après dénommée « le "
        "Prestataire », assure la maintenance corrective et évolutive des logiciels du "
        "Client, c'est-à-dire la correction des anomalies et l'adaptation des fonctions "
        "existantes aux besoins exprimés par celui-ci.",
    ),
    ("Head", "Article 2 – Durée"),
    (
        "Body",
        "Le Contrat prend effet à la date de sa signature pour une durée de vingt-quatre "
        "mois. Il se renouvelle ensuite par tacite reconduction pour des périodes successives "
        "d'un an, sauf dénonciation par l'une des parties notifiée au moins trois mois avant "
        "l'échéance en cours[1:Le délai de préavis court à compter de la réception de la "
        "lettre recommandée.].",
    ),
    ("Head", "Article 3 – Prix"),
    (
        "Body",
        "En contrepartie des prestations, le Client verse au Prestataire une redevance "
        "forfaitaire annuelle de 18 500 euros hors taxes, payable par trimestre à terme "
        "échu, dans un délai de trente jours à compter de la réception de la facture "
        "correspondante. Celle-ci mentionne le détail des prestations exécutées au cours de "
        "la période facturée. Les prix sont révisés chaque année au premier janvier selon "
        "l'évolution de l'indice Syntec, sans que la hausse puisse excéder cinq pour cent "
        "par an.",
    ),
    ("Head", "Article 4 – Obligations du Prestataire"),
    (
        "Body",
        "Le Prestataire s'engage à exécuter les prestations avec soin, conformément aux "
        "règles de l'art, et à respecter la politique de sécurité publiée à l'adresse "
        "https://www.exemple-client.fr/securite/site-policy-maintenance-informatique. Il "
        "informe sans délai le Client de toute difficulté susceptible de compromettre la "
        "bonne exécution des prestations, et propose les mesures correctives appropriées "
        "dans un délai de quarante-huit heures.",
    ),
    ("Head", "Article 5 – Confidentialité"),
    (
        "Body",
        "Chaque partie s'oblige à tenir strictement confidentielles les informations de "
        "toute nature qu'elle reçoit de l'autre partie à l'occasion de l'exécution du "
        "Contrat. Cette obligation demeure en vigueur pendant cinq ans après la fin de "
        "celui-ci, quelle qu'en soit la cause.",
    ),
    ("Head", "Article 6 – Juridiction"),
    (
        "Body",
        "Le Contrat est soumis au droit français. Tout litige relatif à sa formation, son "
        "interprétation ou son exécution relève de la compétence exclusive du tribunal de "
        "commerce de Paris[2:Sauf si le défendeur est domicilié hors de France.], y compris "
        "en cas de pluralité de défendeurs ou d'appel en garantie.",
    ),
]
"""(style, text) of the two-column contract; ``[n:text]`` is a footnote called there."""

_NOTE = re.compile(r"\[(\d+):([^\]]*)\]")


def _paragraph_xml(style: str, text: str) -> str:
    def note(match: re.Match[str]) -> str:
        number, body = match.groups()
        return (
            f'<text:note text:id="ftn{number}" text:note-class="footnote">'
            f"<text:note-citation>{number}</text:note-citation><text:note-body>"
            f"<text:p>{html.escape(body)}</text:p></text:note-body></text:note>"
        )

    escaped = html.escape(text, quote=False)
    return f'<text:p text:style-name="{style}">{_NOTE.sub(note, escaped)}</text:p>\n'


def _fodt(body: str, columns: int = 1, hyphenate: bool = True, height: str = "29.7cm") -> str:
    head = _FODT_HEAD.format(
        columns=columns,
        hyphenate="true" if hyphenate else "false",
        align="justify" if hyphenate else "start",
        height=height,
    )
    return head + body + _FODT_TAIL


def _to_pdf(fodt: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{target.stem}.fodt"
        source.write_text(fodt, encoding="utf-8")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(folder) / f"{target.stem}.pdf", target)


def two_columns() -> None:
    title = _paragraph_xml(*TWO_COLUMNS[0])
    section = "".join(_paragraph_xml(style, text) for style, text in TWO_COLUMNS[1:])
    body = f'{title}<text:section text:style-name="Sect" text:name="S">{section}</text:section>'
    target = HERE / "pdf" / "two-columns.pdf"
    _to_pdf(_fodt(body, columns=2, height="20cm"), target)
    subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
         f"-sOutputFile={HERE / 'pdf' / 'two-columns-gs.pdf'}", str(target)],
        check=True,
    )  # fmt: skip
    expected = []
    for _style, text in TWO_COLUMNS:
        notes = _NOTE.findall(text)
        expected.append(_NOTE.sub(lambda match: f"[{match.group(1)}]", text))
        expected += [f"[{number}] {note}" for number, note in notes]
    (HERE / "pdf" / "two-columns.expected.txt").write_text(
        "\n\n".join(expected) + "\n", encoding="utf-8"
    )


BULLETS = [
    "Le Client s'engage à :",
    "désigner un interlocuteur unique ;",
    "déclarer les incidents par l'outil de tickets ;",
    "régler les sommes dues aux échéances convenues.",
]


def bullets() -> None:
    items = "".join(
        f'<text:list-item><text:p text:style-name="Body">{html.escape(text)}</text:p>'
        "</text:list-item>"
        for text in BULLETS[1:]
    )
    body = (
        f'<text:p text:style-name="Body">{html.escape(BULLETS[0])}</text:p>'
        f'<text:list text:style-name="Bullets">{items}</text:list>'
    )
    _to_pdf(_fodt(body, hyphenate=False), HERE / "pdf" / "bullets.pdf")
    expected = [BULLETS[0], *(f"• {text}" for text in BULLETS[1:])]
    (HERE / "pdf" / "bullets.expected.txt").write_text(
        "\n\n".join(expected) + "\n", encoding="utf-8"
    )


TABLE_ROWS = [
    ("Client", "la société qui commande les prestations et en paie le prix"),
    ("Prestataire", "la société qui exécute les prestations"),
    ("Incident", "tout dysfonctionnement de la plateforme"),
    ("Jour ouvré", "du lundi au vendredi, hors jours fériés"),
    ("Plateforme", "le logiciel hébergé par le Prestataire"),
    ("Ticket", "une demande d'assistance"),
    ("Utilisateur", "une personne autorisée par le Client"),
    ("Délai", "le temps de rétablissement garanti"),
]


def table() -> None:
    """A page of prose around a two-column definitions table (drawn cell by cell)."""
    cells = "".join(
        f"<table:table-row><table:table-cell><text:p>{html.escape(term)}</text:p>"
        f"</table:table-cell><table:table-cell><text:p>{html.escape(meaning)}</text:p>"
        "</table:table-cell></table:table-row>"
        for term, meaning in TABLE_ROWS
    )
    before = "Article 2 – Définitions"
    intro = "Dans le présent contrat, les termes suivants ont le sens qui leur est donné ici :"
    after = "Les définitions s'appliquent au singulier comme au pluriel."
    body = (
        _paragraph_xml("Head", before) + _paragraph_xml("Body", intro)
        + '<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>'
        + cells + "</table:table>" + _paragraph_xml("Body", after)
    )  # fmt: skip
    _to_pdf(_fodt(body, hyphenate=False), HERE / "pdf" / "table.pdf")


_HEADING = re.compile(r"^(?:Article \d+(?:er)?|Section \d+\.) ")
_SITE_TOP = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<script>var consent = false;</script></head><body>
<div class="cookie-consent"><p>This site uses cookies.</p><button>OK</button></div>
<header><a href="/">Example Legal</a><nav><ul><li><a href="/">Home</a></li>
<li><a href="/contracts">Contracts</a></li></ul></nav></header>
<main><article>
"""
_SITE_BOTTOM = """</article><aside><p>Related contracts</p></aside></main>
<footer><p>© 2026 Example Legal – Terms – Privacy</p></footer></body></html>
"""


def _contract_samples() -> list[Path]:
    """The two sample contract pairs (the clause libraries beside them are not contracts)."""
    folder = ROOT / "resources" / "samples"
    return sorted([*folder.glob("contrat-*.txt"), *folder.glob("service-*.txt")])


def samples() -> None:
    """Each sample contract as PDF, HTML and Markdown (paragraphs as in the .txt)."""
    target = HERE / "samples"
    target.mkdir(exist_ok=True)
    for source in _contract_samples():
        paragraphs = [p for p in source.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        paragraphs = [" ".join(p.split("\n")) for p in paragraphs]
        body = "".join(
            _paragraph_xml("Head" if _HEADING.match(p) else "Body", p) for p in paragraphs
        )
        _to_pdf(_fodt(body, hyphenate=False), target / f"{source.stem}.pdf")
        lang = "fr" if "contrat" in source.stem else "en"
        page = _SITE_TOP.format(lang=lang, title=html.escape(paragraphs[0]))
        for p in paragraphs:
            tag = "h2" if _HEADING.match(p) else "p"
            page += f"<{tag}>{html.escape(p, quote=False)}</{tag}>\n"
        (target / f"{source.stem}.html").write_text(page + _SITE_BOTTOM, encoding="utf-8")
        markdown = "\n\n".join(
            f"## {p}" if _HEADING.match(p) else _escape_markdown(p) for p in paragraphs
        )
        (target / f"{source.stem}.md").write_text(markdown + "\n", encoding="utf-8")


def _escape_markdown(paragraph: str) -> str:
    """A paragraph as Markdown that renders as written (a number + period is no list here)."""
    escaped = re.sub(r"([*_`\[\]<>\\|#])", r"\\\1", paragraph)
    return re.sub(r"^(\d+)([.)]) ", r"\1\\\2 ", escaped)


if __name__ == "__main__":
    import sys

    (HERE / "pdf").mkdir(exist_ok=True)
    makers = {"two_columns": two_columns, "bullets": bullets, "table": table, "samples": samples}
    for name in sys.argv[1:] or list(makers):
        makers[name]()
