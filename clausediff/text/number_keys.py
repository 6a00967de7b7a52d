"""Clause numbers as keys: "Article 1er" and "ARTICLE 1 –" compare equal, "Titre II" is 2.

:func:`number_key` folds a number as written to the form the aligner compares numbering by
("Article 1er" -> "1", "5.1." -> "5.1", "Titre II" -> "title.2"), and :func:`roman_value` reads
a roman numeral, which both the key and the marker readings of :mod:`clausediff.text.numbering`
need. Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

import re

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(text: str) -> int | None:
    """The value of a roman numeral (lowercase or uppercase), or None when it is not one."""
    text = text.lower()
    if not text or any(char not in _ROMAN_VALUES for char in text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    if total <= 0 or _to_roman(total) != text:
        return None
    return total


def _to_roman(value: int) -> str:
    parts = (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for amount, letters in parts:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


_KEY_PREFIX_RE = re.compile(
    r"^(?:article|art\.?|livre|titre|title|chapitre|chapter|sous-section|section|paragraphe|"
    r"partie|part|clause|annexe|"
    r"appendice|appendix|schedule|exhibit|annex|§)\s*",
    re.IGNORECASE,
)


# Divisions whose numbers restart apart from articles: their keys keep the kind of division, so
# "Annexe 1" and "Article 1" do not compare equal.
_DIVISION_KEYS = {
    "partie": "part",
    "part": "part",
    "livre": "book",
    "sous-section": "subsection",
    "paragraphe": "paragraph",
    "titre": "title",
    "title": "title",
    "chapitre": "chapter",
    "chapter": "chapter",
    "annexe": "annex",
    "annex": "annex",
    "appendice": "annex",
    "appendix": "annex",
    "schedule": "annex",
    "exhibit": "annex",
}


def number_key(number: str) -> str:
    """A normalised form of a clause number, for comparing numbering apart from text.

    "Article 1er" -> "1", "ARTICLE 2 –" -> "2", "Art. 3" -> "3", "5.1." -> "5.1", "(a)" -> "a",
    "1°" -> "1", "§ 4" -> "4", "I." -> "1"; divisions other than articles keep their kind:
    "Titre II" -> "title.2", "Annexe 1" and "Schedule 1" -> "annex.1", "Annexe" -> "annex";
    "" for no number.
    """
    text = number.strip().strip("*_#").strip()
    prefix_match = _KEY_PREFIX_RE.match(text)
    had_keyword = bool(prefix_match)
    division = ""
    if prefix_match:
        keyword = prefix_match.group(0).strip().lower()
        division = _DIVISION_KEYS.get(keyword, "")
    text = _KEY_PREFIX_RE.sub("", text)
    text = text.strip(" \t-–—:.)(°")
    text = text.replace("(", ".").replace(")", "")
    lowered = text.lower()
    if lowered in {"premier", "première", "1er", "1re", "unique"}:
        return "1"
    lowered = re.sub(r"^(\d+)(?:er|ère|re|e)$", r"\1", lowered)
    lowered = re.sub(r"^([ivxlc]+)(?:er|re)\b", r"\1", lowered)  # "Titre Ier" -> "i"
    parts = [part for part in lowered.split(".") if part]
    keyed: list[str] = []
    for index, part in enumerate(parts):
        roman = roman_value(part)
        use_roman = roman is not None and (
            had_keyword
            or len(part) > 1
            or (part == "i" and index == 0 and number.strip()[:1].isupper())
        )
        keyed.append(str(roman) if use_roman else part)
    key = ".".join(keyed)
    if division:
        return f"{division}.{key}" if key else division
    return key
