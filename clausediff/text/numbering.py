"""Clause numbers: the tables of patterns that open a clause.

Input is the text at the start of a line or paragraph (Markdown ``#`` and ``**`` markers already
skipped by the caller); output is a :class:`Marker` (what was written, its style, its ordinal) or
``None``. Folding a number to the key the aligner compares is
:func:`clausediff.text.number_keys.number_key`.

Styles matter more than values: segmentation nests clauses by the order in which styles appear
("Article N" above "N.N" above "a)"), so every pattern names its style. Roman numerals and
letters are ambiguous ("i." is the ninth letter or the first roman numeral); :func:`parse_marker`
returns every reading and the caller keeps the one that continues a sequence.

Pure functions: no I/O, no Qt (the readings of short texts are remembered, which changes no
answer: a whole legal code reads its thousands of "Article N" lines more than once).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from clausediff.text.number_keys import roman_value

# Keywords that introduce a numbered division, from the broadest to the narrowest. The rank is
# used to nest divisions of different keywords ("Titre" above "Chapitre" above "Article").
KEYWORD_RANKS: dict[str, int] = {
    "partie": 1,
    "part": 1,
    "livre": 2,
    "titre": 3,
    "title": 3,
    "chapitre": 4,
    "chapter": 4,
    "section": 5,
    "sous-section": 6,
    "paragraphe": 7,
    "article": 8,
    "art.": 8,
    "clause": 8,
    "annexe": 0,
    "appendice": 0,
    "appendix": 0,
    "schedule": 0,
    "exhibit": 0,
    "annex": 0,
}
# Divisions that end the body of a contract: they always start a new top-level part.
ANNEX_KEYWORDS = frozenset(keyword for keyword, rank in KEYWORD_RANKS.items() if rank == 0)

DECIMAL_KEYWORD_RANK = 10
# Keywords that make a heading on their own, without a number ("Annexe", "Appendix").
STANDALONE_KEYWORDS = frozenset(
    {
        "annexe",
        "annexes",
        "appendice",
        "appendix",
        "schedule",
        "exhibit",
        "annex",
        "préambule",
        "preambule",
        "preamble",
        "recitals",
    }
)

# A French code numbers its articles "6-1", "16-1-1" (inserted after 6 and 16-1), its divisions
# "Titre Ier", "Titre Ier bis" (inserted after Titre Ier): the number goes on after the hyphen
# and the Latin adverb.
_INSERTED = r"(?:[ \t\u00a0]+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?"
_KEYWORDS = (
    r"article|art\.|livre|titre|title|chapitre|chapter|sous-section|section|paragraphe|"
    r"partie|part|clause|annexe|appendice|appendix|schedule|exhibit|annex"
)
_KEYWORD_RE = re.compile(
    r"(?P<kw>" + _KEYWORDS + r")"
    r"(?:\s*(?P<num>\d{1,4}(?:\.\d{1,3})*(?:-\d{1,4})*|[IVXLC]{1,6}(?:-\d{1,4})*(?=er\b|\b)|"
    r"[A-Z]\b|premier|première|unique|préliminaire)"
    r"(?P<suffix>er|ère|re|e)?" + _INSERTED + r")?"
    r"(?P<sep>\s*[-–—:.)|/]+)?",
    re.IGNORECASE,
)
# What a standalone keyword alone on its line starts with (a quick test before the exact one).
_STANDALONE_START_RE = re.compile(
    r"\s*(?:" + "|".join(sorted(STANDALONE_KEYWORDS)) + ")", re.IGNORECASE
)
_SECTION_SIGN_RE = re.compile(r"§\s*(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<sep>\s*[-–—:.)])?")
_DECIMAL_RE = re.compile(r"(?P<num>\d{1,3}(?:\.\d{1,3})+)(?P<sep>\.|\s*[-–—:)])?")
# "1." "1)" "1°" "1/" "1 - Titre", and "1- OBJET": a hyphen glued to the number before a
# capital serves as the period ("1- OBJET." then "2. L'ÉTENDUE ..."), one sequence with "N."
_SINGLE_RE = re.compile(
    r"(?P<num>\d{1,3})"
    r"(?P<sep>°|\.(?!\d)|\)|/|[ \t]+[-–—](?=[ \t]+\D)|-(?=[ \t]+[A-ZÀ-ÖØ-Þ]))"
)
_PAREN_RE = re.compile(r"\((?P<num>\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)")
_LETTER_RE = re.compile(r"(?P<num>[a-zA-Z])(?P<sep>[.)]|[ \t]+[-–—](?=[ \t]))(?!\w)")
_ROMAN_RE = re.compile(r"(?P<num>[ivxlcIVXLC]{1,6})(?P<sep>[.)]|\s+[-–—])(?!\w)")
_BULLET_RE = re.compile(r"[-–—•▪●◦■□➢►*·](?=\s)")
# What every pattern above needs at its start: a keyword (a standalone one after spaces), "§", a
# digit, "(", up to six letters and a separator (a letter or a roman numeral), or a bullet. Most
# lines of a contract are running text that opens otherwise: this one test rules them out
# instead of the nine patterns (a line of a whole legal code is parsed several times).
_MAY_OPEN_RE = re.compile(
    r"(?:" + _KEYWORDS + r")|\s*(?:" + "|".join(sorted(STANDALONE_KEYWORDS)) + r")|"
    r"[§\d(]|[a-zA-Z]{1,6}(?:[.)]|\s+[-–—])|[-–—•▪●◦■□➢►*·]\s",
    re.IGNORECASE,
)


class Marker(NamedTuple):
    """A clause number found at the start of a line (a tuple: a legal code has thousands).

    ``style`` names the numbering scheme ("article", "dec2", "num.", "alpha)", "(roman)",
    "bullet", ...); ``family`` groups styles that nest by ``rank`` (keywords by
    :data:`KEYWORD_RANKS`, decimals by depth). ``number`` is the text as written, without the
    trailing separator; ``ordinal`` the value of its last component (None when meaningless);
    ``length`` how many characters the number and its separator take, spaces after excluded.
    """

    style: str
    family: str
    rank: int
    number: str
    ordinal: int | None
    length: int

    @property
    def is_list(self) -> bool:
        """True for the single-token styles that also number plain enumerations."""
        return self.family in {"list", "bullet"}


def _keyword_number_value(num: str) -> int | None:
    num = num.split("-", 1)[0]  # "6-1" follows 6 in its sequence
    if num.isdigit():
        return int(num)
    if num.lower() in {"premier", "première", "unique"}:
        return 1
    if num.lower() == "préliminaire":
        return 0  # "Titre préliminaire" comes before "Titre Ier"
    if "." in num:
        return int(num.rsplit(".", 1)[1])
    roman = roman_value(num)
    if roman is not None:
        return roman
    if len(num) == 1 and num.isalpha():
        return ord(num.lower()) - ord("a") + 1
    return None


def _next_is_text(text: str, pos: int, *, allow_glued: bool) -> bool:
    """Whether what follows a number looks like the start of a heading or a sentence."""
    if pos >= len(text):
        return True
    char = text[pos]
    if char in " \t\u00a0\u202f\n*_":  # a space, or the end of bold or italic markup
        return True
    return allow_glued and (char.isupper() or char in "«“\"‘'(")


def may_open_with_number(text: str) -> bool:
    """A quick test: False when ``text`` cannot open with a clause number (most lines of prose).

    True does not mean it does: :func:`parse_marker` tells.
    """
    return _MAY_OPEN_RE.match(text) is not None


def parse_marker(text: str) -> list[Marker]:
    """Every reading of the clause number that opens ``text`` (empty list when none).

    The first reading is the most likely; ambiguous letters/roman numerals give two.
    """
    return list(marker_readings(text))


def marker_readings(text: str) -> tuple[Marker, ...]:
    """:func:`parse_marker` as a tuple: a caller that keeps the readings needs no copy."""
    if not _MAY_OPEN_RE.match(text):
        return ()
    if len(text) <= REMEMBERED_CHARS:
        return _remembered_readings(text)
    return tuple(_readings(text))


# Segmentation reads each numbered line more than once (cutting units, then classifying them),
# and a whole legal code has thousands of "Article N" lines: short texts' readings are kept.
REMEMBERED_CHARS = 200
REMEMBERED_TEXTS = 16384


@functools.lru_cache(maxsize=REMEMBERED_TEXTS)
def _remembered_readings(text: str) -> tuple[Marker, ...]:
    return tuple(_readings(text))


def forget_readings() -> None:
    """Forget the remembered readings (a benchmark times a fresh process's work with it)."""
    _remembered_readings.cache_clear()


def _readings(text: str) -> list[Marker]:
    """:func:`parse_marker` for a text that may open with a number."""
    found: list[Marker] = []
    match = _KEYWORD_RE.match(text)
    if match and match.group("kw").lower() not in KEYWORD_RANKS:
        match = None  # "ſection", "artıcle": letters that only fold to a keyword's when matching
    if match:
        keyword = match.group("kw").lower()
        num = match.group("num")
        after = match.end()
        rest = text[after:].lstrip()
        sentence = not match.group("sep") and rest[:1].islower()
        # "Article L. 217-4 du code ..." cites a code article: a letter then a number
        citation = num is not None and num.isalpha() and len(num) == 1 and rest[:1].isdigit()
        sentence = sentence or citation
        if num is not None and not sentence and _next_is_text(text, after, allow_glued=False):
            number = text[match.start() : match.end("sep") if match.group("sep") else after]
            number = number.rstrip(" \t\u00a0\u202f-–—:.)|/")
            # "Section 1.01" under "ARTICLE I": a decimal number nests below every division
            depth = num.count(".")
            found.append(
                Marker(
                    f"kw:{keyword}" + (f".{depth}" if depth else ""),
                    "keyword",
                    KEYWORD_RANKS[keyword] + (DECIMAL_KEYWORD_RANK + depth if depth else 0),
                    number,
                    _keyword_number_value(num),
                    after,
                )
            )
        elif num is None and keyword in STANDALONE_KEYWORDS:
            end = match.end("kw")
            if end >= len(text) or text[end] in " \t:–—-\n":
                found.append(
                    Marker(
                        f"kw:{keyword}",
                        "keyword",
                        KEYWORD_RANKS[keyword],
                        text[:end],
                        None,
                        match.end(),
                    )
                )
        if found:
            return found
    # Stripping and lowering a whole paragraph costs more than every other test here: only a
    # text that opens with a standalone keyword is looked at whole.
    bare = text.strip().rstrip(" :.-–—\u00a0") if _STANDALONE_START_RE.match(text) else ""
    lowered = bare.lower()
    if lowered in STANDALONE_KEYWORDS and len(bare.split()) == 1:
        rank = KEYWORD_RANKS.get(lowered, 0)
        return [Marker("kw:" + lowered, "keyword", rank, bare, None, len(text))]
    match = _SECTION_SIGN_RE.match(text)
    if match and _next_is_text(text, match.end(), allow_glued=False):
        value = _keyword_number_value(match.group("num"))
        return [
            Marker(
                "section-sign",
                "keyword",
                KEYWORD_RANKS["section"],
                match.group(0).rstrip(" -–—:.)"),
                value,
                match.end(),
            )
        ]
    match = _DECIMAL_RE.match(text)
    following = text[match.end() :].lstrip(" \t\u00a0")[:1] if match else ""
    if (
        match
        and _next_is_text(text, match.end(), allow_glued=True)
        and (match.group("sep") or not following.islower())  # not "2.5 million"
    ):
        num = match.group("num")
        depth = num.count(".") + 1
        return [Marker(f"dec{depth}", "dec", depth, num, int(num.rsplit(".", 1)[1]), match.end())]
    match = _SINGLE_RE.match(text)
    if match and _next_is_text(text, match.end(), allow_glued=match.group("sep") == "."):
        period = match.group("sep") in (".", "-")  # "1." or "1- "
        sep = match.group("sep").strip()
        style = "dec1" if period else f"num{sep if sep in '°)/' else '-'}"
        family = "dec" if period else "list"
        number = match.group("num") + (match.group("sep") if period or sep in ")/°" else "")
        return [Marker(style, family, 1, number, int(match.group("num")), match.end())]
    match = _PAREN_RE.match(text)
    if match and _next_is_text(text, match.end(), allow_glued=False):
        num = match.group("num")
        found.extend(_letter_or_roman(num, "({})", match.group(0), match.end()))
        if num.isdigit():
            found.append(Marker("(num)", "list", 1, match.group(0), int(num), match.end()))
        return found
    match = _ROMAN_RE.match(text)
    if match and _next_is_text(text, match.end(), allow_glued=False):
        sep = match.group("sep").strip()
        number = match.group("num") + (sep if sep in ".)" else "")
        found.extend(_letter_or_roman(match.group("num"), "{}" + sep[:1], number, match.end()))
        if found:
            return found
    match = _LETTER_RE.match(text)
    if match and _next_is_text(text, match.end(), allow_glued=False):
        sep = match.group("sep").strip()  # "A - Définitions": a letter, a dash, a title
        number = match.group("num") + (sep if sep in ".)" else "")
        return _letter_or_roman(match.group("num"), "{}" + sep[:1], number, match.end())
    match = _BULLET_RE.match(text)
    if match:
        return [Marker("bullet", "bullet", 1, match.group(0), None, match.end())]
    return []


def _letter_or_roman(num: str, shape: str, number: str, length: int) -> list[Marker]:
    """Readings of ``num`` as a letter and/or a roman numeral, in the style ``shape``."""
    readings: list[Marker] = []
    case = "upper" if num.isupper() else "lower"
    roman = roman_value(num)
    if roman is not None:
        readings.append(Marker(shape.format(f"roman-{case}"), "list", 1, number, roman, length))
    if len(num) == 1 and num.isalpha():
        letter = Marker(
            shape.format(f"alpha-{case}"),
            "list",
            1,
            number,
            ord(num.lower()) - ord("a") + 1,
            length,
        )
        # "i." is more often a roman numeral, "c." or "v." more often a letter.
        if num.lower() == "i":
            readings.append(letter)
        else:
            readings.insert(0, letter)
    return readings
