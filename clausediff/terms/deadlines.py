"""Deadlines that are quantities of time, vague limits, periodicities and relative points.

Contract: :data:`DURATIONS` (``au plus tard quatre (4) heures``, ``within 72 hours``,
``30-day``), :data:`VAGUE` (the guideline's closed list: ``dans les meilleurs délais``,
``without undue delay``), :data:`PERIODICITIES` (``chaque mois``, ``monthly``, ``in a calendar
month``) and :data:`RELATIVE` (``à la fin du mois``, ``on the business day after``) are
:class:`.rules.Table` objects yielding deadline candidates with guideline values. The span starts
at the time-limit marker when there is one and never includes the anchor event ("après la
réception ..."). Ages, time units denominating an amount ("par jour" after a price, "montant
annuel") and lone quantities "un"/"one" without a marker are rejected. Clock times, days and
dates live in :mod:`.calendar`. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.numbers import NUMBER, NUMBER_STARTS, parse_number
from clausediff.terms.rules import DIGIT, Rule, Table, constant, phrases, words
from clausediff.terms.values import (
    BUSINESS_WORDS,
    PERIODIC_WORDS,
    UNIT_WORDS,
    Value,
    duration_value,
    fold,
)

DEADLINE = TermKind.DEADLINE

# Time-limit markers that start the span when they directly precede the quantity.
MARKERS_FR = (
    "au plus tard",
    "au plus tard dans les",
    "au plus tard dans un délai de",
    "au plus tard dans un délai d'",
    "dans un délai de",
    "dans un délai d'",
    "dans un délai maximum de",
    "dans un délai maximal de",
    "dans un délai minimum de",
    "dans un délai maximum d'",
    "dans un délai n'excédant pas",
    "dans un délai ne pouvant excéder",
    "dans un délai inférieur à",
    "dans un délai de moins de",
    "dans les",
    "dans",
    "sous",
    "au moins",
    "au minimum",
    "au maximum",
    "au plus",
    "d'au moins",
    "pendant",
    "pendant une durée de",
    "pendant une durée d'",
    "pendant une période de",
    "pendant une période d'",
    "pendant au moins",
    "pendant une durée minimale de",
    "pendant une durée maximale de",
    "pour une durée de",
    "pour une durée d'",
    "pour une durée maximum de",
    "pour une durée maximale de",
    "pour une durée minimale de",
    "pour une durée minimum de",
    "pour une durée d'au moins",
    "pour une période de",
    "pour une période d'",
    "pour une durée initiale de",
    "d'une durée de",
    "d'une durée d'",
    "jusqu'à",
    "à l'expiration d'un délai de",
    "à l'expiration d'un délai d'",
    "au bout de",
    "au bout d'",
    "plus de",
    "plus d'",
    "moins de",
    "moins d'",
    "durant",
    "après",
    "avant",
    "égal ou supérieur à",
    "à partir de",
    "à partir d'",
    "a partir de",
    "entre",
    "d'au plus",
    "égale ou supérieure à",
    "supérieur à",
    "supérieure à",
    "inférieur à",
    "inférieure à",
    "au-delà de",
    "au-delà d'",
    "en moins de",
    "en",
    "dans un délai de moins d'",
    "pour",
    "d'",
)
MARKERS_EN = (
    "within",
    "no later than",
    "not later than",
    "at least",
    "no fewer than",
    "not fewer than",
    "no less than",
    "not less than",
    "no more than",
    "not more than",
    "at most",
    "for",
    "for a period of",
    "for a period of at least",
    "for a period of up to",
    "for a period not exceeding",
    "for a minimum of",
    "for a maximum of",
    "for a term of",
    "for an initial term of",
    "during",
    "during the",
    "after",
    "up to",
    "more than",
    "less than",
    "over",
    "in",
    "upon",
    "the first",
    "the last",
    "the next",
    "the preceding",
    "within the first",
    "within the last",
    "in excess of",
    "a minimum of",
    "a maximum of",
    "for at least",
    "for up to",
    "for more than",
    "for less than",
    "within a period of",
    "an additional",
    "additional",
    "of at least",
)
_MARKER = r"\b" + phrases(*MARKERS_FR, *MARKERS_EN)
MARKER_BEFORE = rf"{_MARKER}\s*$"

# Table keys are folded (no accents); the text keeps them: "journée", "années".
_UNIT_PLAIN = phrases(
    *(u for u in UNIT_WORDS if u != "h"), "journée", "journées", "année", "années"
)
# "h" only right after digits ("24h", "48 h"), never before other letters or minutes ("9h30").
_UNIT = rf"(?:{_UNIT_PLAIN}|h(?![\w]))"
_QUAL_PRE = r"(?:(?:business|working|calendar|consecutive|full|clear|banking)\s+)?"
_QUAL_POST = (
    r"(?:[\s-]+(?:ouvrée?s?|ouvrables?|francs?|pleins?|entiers?|calendaires?|civils?|successi(?:f|fs|ve|ves)|"
    r"consécuti(?:f|fs|ve|ves)|de\s+calendrier)){0,2}"
)
_ADVANCE = (
    r"(?:\s+(?:à\s+l['’]avance|d['’]avance|in\s+advance|fin\s+de\s+mois))?"
    r"(?:\s+(?:per|a|par|each)\s+(?:day|jour|week|semaine|month|mois|year|an)\b)?"
)
DURATION = (
    # a range ("entre 8 et 12 semaines"); atomic, so "vingt et un" is never cut into a range
    rf"(?:(?>{NUMBER})\s*(?:et|à|-|–|to|and|or|ou)\s*)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:or|ou)\s+(?:more|less|fewer|plus|moins))?"
    rf"(?:\s*-\s*|\s+|(?<=\d))(?P<qpre>{_QUAL_PRE})(?P<unit>{_UNIT})"
    # minutes after hours: "1 h 30", "2 heures 15"
    r"(?:(?:(?<=h)|(?<=H)|(?<=heure)|(?<=heures))\s*(?P<mins>[0-5]\d)(?![\d\w]))?"
    rf"(?P<qpost>{_QUAL_POST}){_ADVANCE}(?![\w-])"
)
UNIT_ANCHORS = (*UNIT_WORDS, "journée", "journées", "année", "années")
_ONE = frozenset({"un", "une", "one", "a", "an"})


def duration(match: re.Match[str]) -> Value | None:
    """``{"quantity": 4, "unit": "hour"}`` (business days and hours flagged)."""
    number, unit_word = match.group("num"), fold(match.group("unit")).strip()
    if unit_word == "h" and not any(c.isdigit() for c in number):
        return None
    quantity = parse_number(number)
    unit = UNIT_WORDS.get(unit_word)
    if quantity is None or unit is None:
        return None
    if match.group("mins"):
        quantity = round(quantity + int(match.group("mins")) / 60, 4)
    qualifiers = set(re.split(r"[\s-]+", fold(match.group("qpre") + match.group("qpost"))))
    return duration_value(quantity, unit, business=bool(qualifiers & BUSINESS_WORDS))


# Besides the markers, nouns of a length of time let a lone "un"/"one" count as a quantity:
# "a period of one year", "un préavis d'un mois", "one month's notice".
_ONE_CONTEXT = re.compile(
    r"(?:\b(?:periods?|terms?|notice|durées?|périodes?|délais?|préavis|termes?|séjours?|stays?)"
    r"\s+(?:(?:successive?s?|consécuti(?:f|fs|ve|ves)|initiale?s?|renewal)\s+)?"
    r"(?:of|de|d['’])\s*|\b(?:upon|with|give|giving|provide|providing)\s+)$"
    # any marker but the bare "d'" ("le dernier jour d'un mois" is no time limit)
    + "|"
    + phrases(*(m for m in MARKERS_FR + MARKERS_EN if m != "d'"))
    + r"\s*$",
    re.IGNORECASE,
)


def _lone_one(match: re.Match[str], before: str) -> bool:
    """True (reject) when the quantity is a lone "un"/"one" with no time-limit context before
    it; compounds such as "one-year" always count."""
    hyphenated = match.group(0)[len(match.group("num")) :].lstrip().startswith("-")
    lone = fold(match.group("num")).strip() in _ONE and not hyphenated
    return lone and _ONE_CONTEXT.search(before[-48:]) is None


_AGE_BEFORE = (
    r"\b(?:âgée?s?|âge|age|aged|enfants?|mineurs?|minors?|child|children|jeunes?|personnes?\s+"
    r"de)\b[^.;]{0,25}$"
)
_AGE_AFTER = r"^\s*(?:of\s+age|old|d['’]âge|révolus|and\s+(?:older|over|above)|or\s+(?:older|over))"

DURATIONS = Table(
    (
        # "twenty-four (24) hours per day, five (5) days per week": one service-time idiom.
        Rule(
            "hours per day, days per week",
            DEADLINE,
            rf"{NUMBER}\s+(?:hours|heures|h)\s+(?:per|a|par|each)\s+(?:day|jour)\s*,?\s*"
            rf"(?:and\s+|et\s+)?{NUMBER}\s+(?:days|jours|j)\s+(?:per|a|par|each|sur)\s+"
            r"(?:week|semaine|7)",
            constant({"type": "hours", "weekly": True}),
            50,
            anchors=("hours", "heures", "h"),
            starts=(DIGIT, *NUMBER_STARTS),
            back=40,
        ),
        Rule(
            "duration",
            DEADLINE,
            DURATION,
            duration,
            30,
            anchors=UNIT_ANCHORS,
            starts=(DIGIT, *NUMBER_STARTS),
            back=70,
            reject_before=_AGE_BEFORE,
            reject_after=_AGE_AFTER + r"|^\s*fériés?\b",
            extend_before=MARKER_BEFORE,
            require_marker=_lone_one,
        ),
        Rule(
            "a day / a month after a marker",
            DEADLINE,
            r"\b(?:within|after|for|over)\s+(?:a|an)\s+(?:single\s+)?(?:full\s+)?"
            r"(?:business\s+|working\s+|calendar\s+)?(?:day|week|month|year|hour|minute)\b",
            lambda m: duration_value(
                1,
                UNIT_WORDS[fold(m.group(0)).split()[-1]],
                business="business" in m.group(0) or "working" in m.group(0),
            ),
            29,
            anchors=words("day week month year hour minute"),
            back=30,
        ),
        Rule(
            "huitaine / quinzaine",
            DEADLINE,
            r"\b(?:sous|dans\s+la|dans\s+une|d['’]une|une)\s+(?:huitaine|quinzaine)\b",
            lambda m: {"quantity": 8 if "huitaine" in m.group(0).lower() else 15, "unit": "day"},
            30,
            anchors=("huitaine", "quinzaine"),
            back=12,
            extend_before=MARKER_BEFORE,
        ),
    )
)

# The guideline's closed list of vague limits (plus their plain spelling variants).
VAGUE_FR = (
    "dans les meilleurs délais",
    "dans les meilleurs délais possibles",
    "sans délai",
    "sans retard",
    "sans retard injustifié",
    "sans retard indu",
    "dans les plus brefs délais",
    "dans les délais les plus brefs",
    "le plus tôt possible",
    "le plus rapidement possible",
    "immédiatement",
    "en temps et lieu",
    "en temps opportun",
    "en temps utile",
    "dans un délai raisonnable",
    "un délai raisonnable",
    "dès que possible",
    "aussitôt que possible",
    "sans tarder",
    "sans attendre",
)
VAGUE_EN = (
    "without undue delay",
    "without delay",
    "without unreasonable delay",
    "promptly",
    "immediately",
    "as soon as possible",
    "as soon as practicable",
    "as soon as reasonably practicable",
    "as soon as reasonably possible",
    "in a timely manner",
    "in a timely fashion",
    "on a timely basis",
    "within a reasonable time",
    "within a reasonable period",
    "within a reasonable period of time",
    "forthwith",
    "as promptly as possible",
    "as promptly as practicable",
)
VAGUE_ANCHORS = words(
    "délai délais retard tôt rapidement immédiatement temps possible tarder attendre delay "
    "promptly immediately practicable possible timely reasonable forthwith raisonnable"
)
VAGUE = Table(
    (
        Rule(
            "vague limit",
            DEADLINE,
            r"\b" + phrases(*VAGUE_FR, *VAGUE_EN) + r"(?![\w-])",
            {"vague": True},
            30,
            anchors=VAGUE_ANCHORS,
            starts=tuple(dict.fromkeys(words(p)[0] for p in (*VAGUE_FR, *VAGUE_EN))),
            back=30,
            reject_after=r"^\s+(?:preceding|following|adjacent|above|below|précédente?s?|"
            r"suivante?s?|antérieure?s?|postérieure?s?)\b",
        ),
    )
)

_PERIOD_UNITS = (
    r"(?:(?:calendar|fiscal|business|working)\s+)?(?:day|week|month|quarter|year|hour|minute)s?"
    r"|jours?(?:\s+ouvrés|\s+ouvrables)?|semaines?|mois|ans?|années?|trimestres?|semestres?|"
    r"heures?|minutes?|nuits?|(?:année|exercice)\s+civile?"
)
_MONEY_NOUNS = (
    r"montants?|prix|coûts?|tarifs?|redevances?|loyers?|forfaits?|chiffres?\s+d['’]affaires|"
    r"revenus?|budgets?|plafonds?|abonnements?|salaires?|cotisations?|frais|intérêts?|taux|"
    r"sommes?|factures?|facturations?|rémunérations?|primes?|honoraires|paiements?|versements?|"
    r"fees?|prices?|costs?|charges?|amounts?|payments?|revenues?|rents?|salar(?:y|ies)|"
    r"subscriptions?|turnover|caps?|limits?|interest|rates?|sums?|invoices?|compensation|"
    r"temps|time|uptime|disponibilité|availability"
)


def periodicity(match: re.Match[str]) -> Value | None:
    """``{"type": "periodicity", "unit": "month"}`` from the last time word of the match; a
    period of several units ("tous les trois mois", "semestriel") adds ``"quantity"``."""
    every = match.groupdict().get("every")
    count = parse_number(every) if every else 1
    folded = fold(match.group(0))
    for word in reversed(re.split(r"[\s'-]+", folded)):
        unit = PERIODIC_WORDS.get(word) or UNIT_WORDS.get(word)
        if word in {"annum"}:
            unit = "year"
        if unit == "half_year":
            unit, count = "month", 6 * (count or 1)
        if unit is not None:
            value: Value = {"type": "periodicity", "unit": unit}
            if count and count != 1:
                value["quantity"] = count
            return value
    return None


def _is_english(word: str) -> bool:
    return word.endswith(("ly", "al", "annum"))


PERIODICITIES = Table(
    (
        Rule(
            "chaque mois / every month",
            DEADLINE,
            r"\b(?:chaque|chacune?\s+des|tous\s+les|toutes\s+les|each|every|per|par|once\s+(?:a|per|"
            r"every|each)|twice\s+(?:a|per)|(?:une|deux|trois|quatre|\d+)\s+fois\s+par|"
            r"(?:two|three|four|\d+)\s+times\s+(?:a|per))\s+(?:(?:"
            + NUMBER
            + r")\s+)?(?:"
            + _PERIOD_UNITS
            + r")\b(?!\s+(?:fériés?|d['’]|de\s+(?:retard|travail)))",
            periodicity,
            20,
            back=12,
            anchors=words(
                "chaque chacun chacune tous toutes each every per par once twice fois times"
            ),
            starts=(
                DIGIT,
                *words("chaque chacun chacune tous toutes each every per par once twice une deux"),
                *words("trois quatre two three four"),
            ),
            gate=r"\w+\s+(?:[\w()-]+\s+){0,3}?(?:(?:calendar|fiscal|business|working)\s+)?"
            r"(?:day|week|month|quarter|year|hour|minute|jour|semaine|mois|an|ann|trimestre|"
            r"semestre|heure|nuit|exercice)",
        ),
        Rule(
            "tous les trois mois / every two weeks",
            DEADLINE,
            r"\b(?:chaque|tous\s+les|toutes\s+les|each|every)\s+(?P<every>"
            + NUMBER
            + r")\s+(?:"
            + _PERIOD_UNITS
            + r")\b",
            periodicity,
            31,  # beats the duration "trois mois" inside it
            anchors=words("chaque tous toutes each every"),
            gate=r"\w+\s+(?:les\s+)?(?:\d|[^\W\d_]+\s+(?:\(\d+\)\s+)?[^\W\d_])",
        ),
        Rule(
            "in a calendar month",
            DEADLINE,
            r"\b(?:in|during|within|across|for)\s+(?:a|any|each|every|one|the\s+same)\s+"
            r"(?:calendar|fiscal|civil)\s+(?:day|week|month|quarter|year)\b"
            r"|\bpar\s+(?:mois|année|an|trimestre)\s+(?:civil|civile|calendaire)\b",
            periodicity,
            21,
            anchors=words("calendar fiscal civil civile calendaire"),
            back=25,
        ),
        Rule(
            "mensuel (after its noun)",
            DEADLINE,
            r"\b" + phrases(*(w for w in PERIODIC_WORDS if not _is_english(w))) + r"\b",
            periodicity,
            19,
            anchors=words(*PERIODIC_WORDS),
            back=5,
            reject_before=r"\b(?:" + _MONEY_NOUNS + r")(?:\s+(?:total|totale|net|nette|brut|brute|"
            r"hors\s+taxes|HT|TTC|forfaitaire|minimum|maximum|global|globale))?"
            r"(?:\s+[\w-]+\s+(?:ou|et))?\s+$",
        ),
        Rule(
            "monthly (before its noun)",
            DEADLINE,
            r"\b" + phrases(*(w for w in PERIODIC_WORDS if _is_english(w))) + r"\b",
            periodicity,
            19,
            anchors=words(*PERIODIC_WORDS),
            back=5,
            reject_after=r"^\s+(?:[\w-]+\s+)?(?:" + _MONEY_NOUNS + r")\b",
        ),
    )
)

RELATIVE = Table(
    (
        Rule(
            "à la fin du mois",
            DEADLINE,
            r"\b(?:à\s+la|en)\s+fin\s+(?:du|de\s+la|de\s+l['’]|de\s+chaque|de)\s*(?:mois|trimestre|"
            r"semestre|année|exercice|semaine|période|journée)\b(?:\s+(?:civile?|calendaire|en\s+cours|"
            r"suivante?|concernée?))?",
            {"type": "relative"},
            25,
            anchors=("fin",),
            back=6,
        ),
        Rule(
            "le premier jour du mois",
            DEADLINE,
            r"\ble\s+(?:premier|1er|dernier)\s+jour\s+(?:ouvrée?\s+|ouvrable\s+)?(?:du|de\s+la|"
            r"de\s+chaque|de\s+l['’])\s*(?:mois|trimestre|année|semaine)\b(?:\s+suivante?)?"
            r"|\ble\s+jour\s+(?:ouvré\s+|ouvrable\s+)?suivant\b|"
            r"\b(?:(?:au\s+plus\s+tard|dès|avant)\s+)?(?:le\s+lendemain|la\s+veille)\b"
            r"(?=\s*(?:[,.;:)]|$|de\b|du\b|des\b|d['’]|au\s+soir|à\b|avant\b|minuit|midi))|"
            r"\ble\s+mois\s+suivant\b",
            {"type": "relative"},
            25,
            anchors=words("jour lendemain veille mois"),
            back=30,
        ),
        Rule(
            "at the end of the month",
            DEADLINE,
            r"\b(?:(?:at|by|before|until|on|after)\s+)?the\s+(?:end|(?:last|first|1st|"
            r"\d{1,2}(?:st|nd|rd|th))\s+(?:business\s+|working\s+|calendar\s+)?day)\s+of\s+"
            r"(?:the|each|every|any|that|such|a)\s+(?:(?:succeeding|following|next|preceding|"
            r"current|then-current)\s+)?(?:calendar\s+|fiscal\s+|billing\s+)?"
            r"(?:month|quarter|year|week)\b",
            {"type": "relative"},
            25,
            anchors=("end", "day"),
            back=30,
        ),
        Rule(
            "the next business day",
            DEADLINE,
            r"\b(?:on\s+)?the\s+(?:next|following|same|preceding)\s+(?:business\s+|working\s+|"
            r"calendar\s+)?day\b|\bon\s+the\s+(?:business|working)\s+day\s+"
            r"(?:after|following|before)\b",
            {"type": "relative"},
            25,
            anchors=("day",),
            back=40,
        ),
        Rule(
            "J+2",
            DEADLINE,
            r"(?-i:\bJ)\s*[+-]\s*\d{1,3}\b",
            {"type": "relative"},
            25,
            anchors=("j",),
        ),
        Rule(
            "le 10 du mois suivant",
            DEADLINE,
            r"\b(?:(?:au\s+plus\s+tard|avant|jusqu['’]au|by|before|no\s+later\s+than|on)\s+)?"
            r"(?:le|the)\s+(?:1er|\d{1,2}(?:st|nd|rd|th|e|ème)?)\s+(?:du|de\s+chaque|of\s+(?:each|"
            r"every|the))\s+(?:mois|trimestre|month|quarter)(?:\s+(?:suivant|following|civil))?\b",
            {"type": "relative"},
            26,
            anchors=(DIGIT,),
            back=22,
            gate=r"(?:1er|\d{1,2}(?:st|nd|rd|th|e|ème)?)\s+(?:du|de|of)\s",
        ),
    )
)
