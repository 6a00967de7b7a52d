"""Numbers as contracts write them: digits, number words, and both together.

Contract: regex fragments (plain strings, to be embedded in the rule tables of the other modules)
and :func:`parse_number`, which turns one matched number expression into an ``int`` or a
``float``. Accepted forms: ``1 000,00`` (space, NBSP or narrow NBSP between thousands),
``1,000.00``, ``1.000,00``, ``75.00``, ``99,0``; French and English number words
(``trente-six``, ``quatre-vingt-dix``, ``twenty-four``), which are parsed by ``text2num`` rather
than by hand; and words followed by digits in parentheses (``trente-six (36)``), where the digits
win because they are what the parties signed for. No I/O, no Qt.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from text_to_num import text2num

from clausediff.terms.lang import en, fr

# Number words, one table per language (in .lang). "un/une" and "one" are included: callers
# decide in which contexts a lone "un" counts as a quantity.
FR_NUMBER_WORDS: tuple[str, ...] = fr.NUMBER_WORDS
EN_NUMBER_WORDS: tuple[str, ...] = en.NUMBER_WORDS

NUMBER_STARTS: tuple[str, ...] = FR_NUMBER_WORDS + EN_NUMBER_WORDS  # words a number starts with
_FR_SET = frozenset(FR_NUMBER_WORDS)
_EN_SET = frozenset(EN_NUMBER_WORDS)


def _alternation(words: tuple[str, ...]) -> str:
    """Longest words first so that "quatorze" is not cut to "quatre"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WORD = rf"(?:{_alternation(FR_NUMBER_WORDS + EN_NUMBER_WORDS)})"
# Words joined by hyphens, spaces, "et"/"and" ("vingt et un", "one hundred and five").
NUMBER_WORDS = rf"\b{_WORD}(?:(?:-|\s+|\s+et\s+|-et-|\s+and\s+){_WORD})*\b"

_SPACE_GROUP = "[ \u00a0\u202f]"
# Digits with optional thousands groups and decimals: 1 000,00 / 1,000.00 / 1.000,00 / 75.00.
DIGITS = (
    rf"(?<![\d.,])\d{{1,3}}(?:(?:{_SPACE_GROUP}|[.,](?=\d{{3}}(?!\d)))\d{{3}}(?!\d))*"
    rf"(?:[.,]\d+)?(?![\d])"
    rf"|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])"
)
# Digits in parentheses after words: "(36)", "( 36 )", "(US $100)" is handled by amounts.
PAREN_DIGITS = rf"\s*\(\s*(?:{DIGITS})\s*\)"
# Words in parentheses after digits: "30 (trente) jours", "1 000 (mille) euros".
PAREN_WORDS = rf"\s*\(\s*(?:{NUMBER_WORDS})\s*\)"
# A number: words optionally followed by their digits in parentheses, or digits optionally
# followed by their words.
NUMBER = rf"(?:(?:{NUMBER_WORDS})(?:{PAREN_DIGITS})?|(?:{DIGITS})(?:{PAREN_WORDS})?)"

_DIGITS_ALONE = rf"(?:{DIGITS})"


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled the first time a number is parsed, not at import: the forked
    comparison's first process parses none (clausediff.compare.pipeline)."""
    return re.compile(pattern, flags)


def parse_digits(text: str) -> int | float | None:
    """Value of a digit string with thousands separators and a decimal part.

    A single ``,`` or ``.`` followed by exactly three digits is a thousands separator (both
    languages write ``1,000``/``1.000`` for a thousand); otherwise the last separator is the
    decimal mark.
    """
    raw = re.sub(r"[ \u00a0\u202f]", "", text.strip())
    if not raw or not raw[0].isdigit():
        return None
    kinds = {c for c in raw if c in ".,"}
    integer, decimals = raw, ""
    if len(kinds) == 2:
        last = max(raw.rfind("."), raw.rfind(","))
        integer, decimals = raw[:last].replace(".", "").replace(",", ""), raw[last + 1 :]
    elif kinds:
        mark = kinds.pop()
        parts = raw.split(mark)
        if len(parts) > 2 or len(parts[1]) == 3:
            integer = "".join(parts)
        else:
            integer, decimals = parts
    if not integer.isdigit() or (decimals and not decimals.isdigit()):
        return None
    if decimals:
        return float(f"{integer}.{decimals}")
    return int(integer)


@lru_cache(maxsize=4096)
def parse_words(text: str) -> int | None:
    """Value of number words ("trente-six", "twenty-four"), French tried first when ambiguous."""
    words = re.sub(r"\s+", " ", text.strip().lower())
    tokens = re.split(r"[\s-]+", words)
    french = sum(t in _FR_SET for t in tokens)
    english = sum(t in _EN_SET for t in tokens)
    languages = ("fr", "en") if french >= english else ("en", "fr")
    for language in languages:
        try:
            value = text2num(words, language)
        except ValueError:
            continue
        return int(value)
    return None


def parse_number(text: str) -> int | float | None:
    """Value of a number expression; digits in parentheses win over the words before them."""
    paren = re.search(r"\(\s*([^()]*?)\s*\)", text)
    if paren:
        inner = _compiled(_DIGITS_ALONE).search(paren.group(1))
        if inner:
            return parse_digits(inner.group(0))
    match = _compiled(NUMBER_WORDS, re.IGNORECASE).match(text.strip())
    if match:
        return parse_words(match.group(0))
    digits = _compiled(_DIGITS_ALONE).search(text)
    return parse_digits(digits.group(0)) if digits else None
