"""The page and typography every Word document ClauseDiff writes shares: fit to send as is.

:func:`page_for` decides the page size and the proofing language from the compared document:
A4 and ``fr-FR`` for French; for English A4 and ``en-GB`` unless the source is a Word file
that says US Letter (then Letter and ``en-US``). :func:`new_document` opens a python-docx
document set up that way: margins of 2.5 cm, Arial (present on Windows and macOS, and metric-
compatible Liberation Sans elsewhere) for body and headings, headings in black, the language in
the document defaults so Word's spelling checker uses it. Reads the source file only to look at
its page size; no Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clausediff.document import Document, Format

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

#: Page sizes in twentieths of a point (twips): width, height.
A4 = (11906, 16838)
LETTER = (12240, 15840)
FONT = "Arial"
_MARGIN_TWIPS = 1417  # 2.5 cm
_HEADING_STYLES = ("Title", *(f"Heading {level}" for level in range(1, 10)))


@dataclass(frozen=True, slots=True)
class Page:
    """Page size (twips, portrait) and the BCP 47 language tag of the text."""

    size: tuple[int, int]
    language: str

    @property
    def name(self) -> str:
        """ "A4" or "Letter"."""
        return "Letter" if self.size == LETTER else "A4"


#: The page of a French document: what a contract without other hints gets.
FRENCH_A4 = Page(A4, "fr-FR")


def page_for(document: Document | None, language: str | None = None) -> Page:
    """A4/fr-FR for French; Letter/en-US only for English Word sources laid out on Letter."""
    language = language or (document.language if document else "fr")
    if language == "fr":
        return Page(A4, "fr-FR")
    if document is not None and document.format is Format.DOCX and _is_letter(document.path):
        return Page(LETTER, "en-US")
    return Page(A4, "en-GB")


def _is_letter(path: str) -> bool:
    """True if the Word file at ``path`` has a US Letter first section (False if unreadable)."""
    if not path or not os.path.isfile(path):
        return False
    try:
        import docx

        section = docx.Document(path).sections[0]
        width, height = section.page_width, section.page_height
    except Exception:
        return False
    if width is None or height is None:
        return False
    return bool(abs(min(width.twips, height.twips) - LETTER[0]) < 60)


def new_document(page: Page, *, landscape: bool = False) -> WordDocument:
    """An empty python-docx document with the page, fonts, heading colours and language set."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, RGBColor, Twips

    document = docx.Document()
    section = document.sections[0]
    width, height = page.size
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = Twips(width), Twips(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(_MARGIN_TWIPS))
    styles = document.styles
    _set_defaults(styles.element, page.language)
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    for name in _HEADING_STYLES:
        style = styles[name]
        _plain_font(style.element)
        style.font.color.rgb = RGBColor(0, 0, 0)
    styles["Title"].font.size = Pt(16)
    _no_border(styles["Title"].element)
    styles["Heading 1"].font.size = Pt(13)
    styles["Heading 2"].font.size = Pt(12)
    for name in ("Heading 3", "Heading 4"):
        styles[name].font.size = Pt(11)
    return document


def _set_defaults(styles: Any, language: str) -> None:
    """Arial and ``language`` in the document defaults (docDefaults/rPrDefault)."""
    from docx.oxml.ns import qn

    r_pr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = r_pr.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), FONT)
    lang = r_pr.find(qn("w:lang"))
    lang.set(qn("w:val"), language)


def _plain_font(style: Any) -> None:
    """Drop a style's theme fonts (Calibri Light, Cambria) so the default Arial applies."""
    from docx.oxml.ns import qn

    r_pr = style.find(qn("w:rPr"))
    if r_pr is None:
        return
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is not None:
        r_pr.remove(fonts)


def _no_border(style: Any) -> None:
    """Drop a style's paragraph border (the template's Title has a blue rule under it)."""
    from docx.oxml.ns import qn

    p_pr = style.find(qn("w:pPr"))
    border = p_pr.find(qn("w:pBdr")) if p_pr is not None else None
    if border is not None:
        p_pr.remove(border)
