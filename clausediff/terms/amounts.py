"""Amounts: money with its currency and tax basis, percentages, multiples of a reference rate.

Contract: :data:`AMOUNTS` is a :class:`.rules.Table` of amount candidates (guideline section 4):
``110 € HT`` -> ``{"quantity": 110, "currency": "EUR", "tax": "HT"}``, ``$5,000.00 USD``,
``one hundred U.S. dollars (US $100)``, ``dix pour cent (10%)`` -> ``{"quantity": 10, "unit":
"percent"}``, ``1.0% per month`` (the time denominator belongs to the amount), ``1 fois et demi
le taux d'intérêt légal`` -> ``{"multiplier": 1.5, "of": "legal_interest_rate"}``. A number with
no currency or percent sign is never an amount (phone numbers, article numbers, counts, years).
No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.lang import en, fr
from clausediff.terms.numbers import DIGITS, NUMBER, NUMBER_STARTS, NUMBER_WORDS, parse_number
from clausediff.terms.rules import DIGIT, Rule, Table, phrases, words
from clausediff.terms.values import UNIT_WORDS, Value, fold

AMOUNT = TermKind.AMOUNT

# Currency spellings -> ISO code: symbols and codes here, the words of each language in .lang.
CURRENCIES: dict[str, str] = {
    **dict.fromkeys(["€", "eur", "k€", "m€"], "EUR"),
    **dict.fromkeys(["$", "usd", "us$", "us $"], "USD"),
    **dict.fromkeys(["£", "gbp"], "GBP"),
    **dict.fromkeys(["chf"], "CHF"),
    **dict.fromkeys(["cad"], "CAD"),
    **dict.fromkeys(["¥", "jpy"], "JPY"),
    # other dollars, by prefix
    **dict.fromkeys(["s$"], "SGD"),
    **dict.fromkeys(["a$", "au$"], "AUD"),
    **dict.fromkeys(["c$", "ca$"], "CAD"),
    **dict.fromkeys(["hk$"], "HKD"),
    **dict.fromkeys(["nz$"], "NZD"),
    **dict.fromkeys(["r$"], "BRL"),
    **fr.CURRENCY_WORDS,
    **en.CURRENCY_WORDS,
    # the currency found is looked up folded: "dollars américains" -> "dollars americains"
    **{fold(word): code for word, code in fr.CURRENCY_WORDS.items()},
}
# ISO codes matched in capitals only ("MAD", "TRY" are also words): code -> itself.
_CODE_TABLE = """
AUD NZD SGD HKD CNY RMB INR SEK NOK DKK PLN CZK HUF RON BGN ZAR BRL MXN KRW TWD THB MYR
IDR AED SAR QAR ILS TRY RUB UAH MAD TND DZD XOF XAF EGP NGN KES
"""
OTHER_CODES: tuple[str, ...] = tuple(_CODE_TABLE.split())
# Scale words between the number and the currency ("2 millions d'euros", "10 k€") and tax
# markers -> "HT" (before tax) / "TTC" (tax included), in .lang.
SCALES: dict[str, int] = {**fr.SCALES, **en.SCALES}
TAXES: dict[str, str] = {**fr.TAXES, **en.TAXES}
_SIGNS = ("€", "$", "£", "¥")


def _anchor_word(spelling: str) -> str:
    """The one word of a currency's spelling that anchors it: its longest ("dollars de
    singapour" -> "singapour", "u.s. dollars" -> "dollars")."""
    return max(words(spelling), key=len)


# A match holds its currency, so each spelling needs one anchor: its sign, else its longest
# word. Every word of every spelling was an anchor once, and "de" (of "dollars de Singapour"),
# "a" (of "A$") or "s" made the amount rule try every number before each "de" of a text, a
# fifth of all the time spent finding terms in the Code civil.
CURRENCY_ANCHORS = tuple(
    dict.fromkeys(
        [
            *_SIGNS,
            *(_anchor_word(c) for c in CURRENCIES if not any(s in c for s in _SIGNS)),
            *(c.lower() for c in OTHER_CODES),
        ]
    )
)


def _in_capitals(codes: tuple[str, ...]) -> str:
    """A gate for a rule that matches ``codes`` in capitals only: at an anchor that is one of
    them, the rule is tried only if it is written in capitals ("ils", "try", "mad", "us" are
    common words, and no match can hold them in lower case). The other anchors pass."""
    either = "|".join(codes)
    return rf"(?!(?:{either})\b)|(?-i:{either})\b"


PERCENT_WORDS = ("%", *fr.PERCENT_WORDS, *en.PERCENT_WORDS)

_CODES = "|".join(("USD", "EUR", "GBP", "CHF", "CAD", "JPY", *OTHER_CODES))
_SYMBOL = rf"(?:(?-i:(?:US|HK|NZ|CA|AU)\s?\$|(?<![\w$])[SACR]\$|{_CODES})|€|\$|£|¥)"
_CURRENCY_AFTER = (
    rf"(?:(?-i:{'|'.join(OTHER_CODES)})(?![\w])|"
    + phrases(*(c for c in CURRENCIES if c not in {"$", "€", "£", "¥"} and "$" not in c[1:-1]))
    + r"(?![\w])|€|\$|£|¥)"
)
_SCALE = r"(?:\s*(?:" + phrases(*SCALES) + r")(?:\s+d['’]|\s+de\s+|\s+of\s+|\s+)?)?"
_TAX = (
    r"(?:\s*(?:(?-i:HT|H\.T\.?|TTC|T\.T\.C\.?)(?![\w])|"
    + phrases(*(t for t in TAXES if not t.replace(".", "").isalpha() or len(t) > 4))
    + r"))?"
)
_PER_UNITS = (
    r"(?:jour|journée|mois|an|année|semaine|heure|h|nuit|nuitée|trimestre|semestre|day|month|"
    r"year|annum|week|hour|night|quarter|calendar\s+month|mois\s+civil|année\s+civile|"
    r"minute|min|mn|seconde|second|sec)"
)
_PER_HEAD = (
    r"(?:\s*(?:/|par|per)\s*(?:user|utilisateur|seat|licen[cs]e|poste|personne|person|"
    r"participant|agent)s?)?"
)
# "10 € par utilisateur et par mois": the head and the time joined by "et"/"and".
_PER = (
    rf"(?:{_PER_HEAD}(?:\s+(?:et|and))?\s*(?:/|par|per|a|an|each|chaque|l['’])\s*{_PER_UNITS}"
    r"(?![\w]))?"
)
_PAREN_MONEY = rf"(?:\s*\(\s*{_SYMBOL}?\s*(?:{DIGITS})\s*(?:{_CURRENCY_AFTER})?\s*\))?"

# The amount restated in words in parentheses after the digits is part of the same span (the
# guideline's "words and digits together"): "40 € (quarante euros)", "$100 (one hundred dollars)".
_RESTATED = rf"(?:\s*\(\s*(?:{NUMBER_WORDS})(?:{_SCALE})\s*(?:{_CURRENCY_AFTER})?(?:{_TAX})?\s*\))?"
_RESTATED_PERCENT = rf"\s*\(\s*(?:{NUMBER_WORDS})\s*(?:pour\s+cent|percent|per\s+cent)\s*\)"


def _money(match: re.Match[str]) -> Value | None:
    """Quantity (digits in parentheses win), currency code, tax basis, time denominator."""
    text = match.group(0)
    paren = re.search(r"\(([^()]*)\)", text)
    groups = match.groupdict()
    number_text = groups.get("num") or groups.get("num2") or ""
    quantity = parse_number(paren.group(1)) if paren else None
    if quantity is None:
        quantity = parse_number(number_text)
    if quantity is None:
        return None
    scale_text = groups.get("scale") or ""
    for word, factor in SCALES.items():
        if re.search(rf"\b{word}\b", scale_text, re.IGNORECASE):
            quantity *= factor
            break
    currency_text = fold(groups.get("cur") or groups.get("sym") or "").strip()
    if currency_text in {"k€"}:
        quantity *= 1000
    elif currency_text in {"m€"}:
        quantity *= 10**6
    currency = CURRENCIES.get(re.sub(r"\s+", " ", currency_text))
    value: Value = {"quantity": quantity, "currency": currency or currency_text.upper()}
    _extras(value, groups.get("tax") or "", groups.get("per") or "")
    return value


def _extras(value: Value, tax_text: str, per_text: str) -> None:
    tax = TAXES.get(re.sub(r"\s+", " ", fold(tax_text).strip()))
    if tax:
        value["tax"] = tax
    if per_text.strip():
        unit = UNIT_WORDS.get(fold(per_text).split()[-1].lstrip("/"))
        if unit is None and "annum" in per_text:
            unit = "year"
        if unit is None and "/" in per_text:
            unit = UNIT_WORDS.get(fold(per_text).split("/")[-1].strip())
        if unit:
            value["per"] = unit


def _percent(match: re.Match[str]) -> Value | None:
    text = match.group(0)
    paren = re.search(r"\(([^()]*)\)", text)
    quantity = parse_number(paren.group(1)) if paren else None
    if quantity is None:
        quantity = parse_number(match.group("num"))
    if quantity is None:
        return None
    value: Value = {"quantity": quantity, "unit": "percent"}
    _extras(value, "", match.group("per") or "")
    return value


def _multiplier(match: re.Match[str]) -> Value | None:
    factor = parse_number(match.group("num"))
    if factor is None:
        return None
    if match.group("half"):
        factor += 0.5
    return {"multiplier": factor, "of": "legal_interest_rate"}


def _fraction(match: re.Match[str]) -> Value | None:
    """A fraction of the reference amount, as a percentage of it."""
    numerator, denominator = int(match.group("n")), int(re.sub(r"\D", "", match.group("d")))
    if denominator == 0 or numerator >= denominator:
        return None
    value: Value = {"quantity": round(100 * numerator / denominator, 6), "unit": "percent"}
    value["of"] = "amount"
    _extras(value, "", match.group("per") or "")
    return value


AMOUNTS = Table(
    (
        Rule(
            "110 € HT",
            AMOUNT,
            rf"(?P<num>{NUMBER})(?P<scale>{_SCALE})\s*(?P<cur>{_CURRENCY_AFTER})"
            rf"(?P<paren>{_PAREN_MONEY})(?P<tax>{_TAX})(?P<per>{_PER}){_RESTATED}",
            _money,
            anchors=CURRENCY_ANCHORS,
            gate=_in_capitals(OTHER_CODES),
            starts=(DIGIT, *NUMBER_STARTS),
            back=70,
        ),
        Rule(
            "$5,000.00 USD",
            AMOUNT,
            rf"(?P<sym>{_SYMBOL})\s*(?P<num2>{DIGITS})(?P<scale>{_SCALE})"
            rf"(?:\s*(?-i:USD|EUR|GBP|CHF|CAD))?(?P<tax>{_TAX})(?P<per>{_PER}){_RESTATED}",
            _money,
            anchors=(
                *("€", "$", "£", "¥", "us", "usd", "eur", "gbp", "chf", "cad", "jpy"),
                *(code.lower() for code in OTHER_CODES),
            ),
            gate=_in_capitals(("US", *_CODES.split("|"))),
            back=3,
        ),
        Rule(
            "10 % / dix pour cent (10%)",
            AMOUNT,
            rf"(?P<num>{NUMBER})\s*(?:{phrases(*PERCENT_WORDS)})"
            rf"(?:\s*\(\s*(?:{DIGITS})\s*%\s*\)|{_RESTATED_PERCENT})?(?P<per>{_PER})",
            _percent,
            anchors=("%", "cent", "pourcent", "percent", "p"),
            starts=(DIGIT, *NUMBER_STARTS),
            back=60,
        ),
        Rule(
            "1 fois et demi le taux d'intérêt légal",
            AMOUNT,
            rf"(?P<num>{NUMBER})\s+(?:fois|times)(?P<half>\s+et\s+demie?|\s+and\s+a\s+half)?\s+"
            r"(?:le\s+|the\s+)?(?:taux\s+(?:de\s+l['’]|d['’])intérêt\s+légal|taux\s+légal|"
            r"(?:legal|statutory)\s+(?:interest\s+)?rate)",
            _multiplier,
            anchors=("fois", "times"),
            starts=(DIGIT, *NUMBER_STARTS),
            back=40,
        ),
        Rule(
            "1/3 000 du montant",
            AMOUNT,
            # a fraction of a reference amount is a rate, like a multiple of the legal rate:
            # "une pénalité journalière de 1/3 000 du montant hors taxes du marché"; thousands may
            # be grouped by a dot in older French texts ("1/3.000 du montant")
            r"(?<![\d/.,])(?P<n>\d{1,3})\s*/\s*(?P<d>\d{1,3}(?:[ \u00a0\u202f.]?\d{3})*)"
            r"(?:e|ème|ième|th)?\s+(?:du|de\s+la|de\s+l['’]|des|of\s+the)\s+(?:[\w-]+\s+)?"
            rf"(?:montant|prix|valeur|somme|amount|price|value|fees?)\b(?P<per>{_PER})",
            _fraction,
            anchors=(DIGIT,),
            gate=r"\d{1,3}\s*/\s*\d",
        ),
        Rule(
            "majoré de 10 points",
            AMOUNT,
            # a margin over a reference rate is a rate: "le taux de la BCE majoré de 10 points",
            # "the base rate plus 2 points"; bare "points" elsewhere are counts or scores
            rf"(?P<num>{NUMBER})\s+points?(?!\s+(?:de\s+base|de\s+pourcentage|basis|percentage))"
            r"(?![\w-])",
            lambda m: {"quantity": parse_number(m.group("num")), "unit": "percentage_point"},
            anchors=("points", "point"),
            starts=(DIGIT, *NUMBER_STARTS),
            back=40,
            require_marker=lambda _m, before: (
                re.search(
                    r"\b(?:majorée?s?|augmentée?s?|increased|plus|above|over)\s+(?:de\s+|d['’]|by\s+)?$",
                    before,
                    re.IGNORECASE,
                )
                is None
            ),
        ),
        Rule(
            "50 points de base",
            AMOUNT,
            rf"(?P<num>{NUMBER})\s+(?:points?\s+de\s+base|basis\s+points?|points?\s+de\s+pourcentage|"
            r"percentage\s+points?)\b",
            lambda m: {
                "quantity": parse_number(m.group("num")),
                "unit": "basis_point" if "bas" in m.group(0).lower() else "percentage_point",
            },
            anchors=("points", "point"),
            starts=(DIGIT, *NUMBER_STARTS),
            back=40,
        ),
    )
)
