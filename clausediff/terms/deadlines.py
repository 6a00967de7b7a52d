"""Deadlines that are quantities of time, and vague time limits.

Contract: :data:`DURATIONS` (``au plus tard quatre (4) heures``, ``within 72 hours``,
``30-day``, ``entre 8 et 12 semaines``) and :data:`VAGUE` (the guideline's closed list: ``dans les
meilleurs délais``, ``without undue delay``) are :class:`.rules.Table` objects yielding deadline
candidates with guideline values. The span starts at the time-limit marker when there is one and
never includes the anchor event ("après la réception ..."). Ages and lone quantities "un"/"one"
outside a time-limit context are rejected. The words of each language (markers, units and their
qualifiers, the vague list) are in :mod:`.lang.fr` and :mod:`.lang.en`; this module builds the
patterns from them. Periodicities and relative points live in :mod:`.periodicity`, clock times,
days and dates in :mod:`.calendar`. No I/O, no Qt.
"""

from __future__ import annotations

import re
from functools import cache

from clausediff.comparison import TermKind
from clausediff.terms.lang import en, fr
from clausediff.terms.numbers import NUMBER, NUMBER_STARTS, parse_number
from clausediff.terms.rules import DIGIT, Rule, Table, constant, phrases, words
from clausediff.terms.values import (
    BUSINESS_WORDS,
    UNIT_WORDS,
    Value,
    duration_value,
    fold,
)

DEADLINE = TermKind.DEADLINE

# Time-limit markers that start the span when they directly precede the quantity (.lang).
MARKERS_FR = fr.DEADLINE_MARKERS
MARKERS_EN = en.DEADLINE_MARKERS
_MARKER = r"\b" + phrases(*MARKERS_FR, *MARKERS_EN)
MARKER_BEFORE = rf"{_MARKER}\s*$"

# Table keys are folded (no accents); the text keeps them: "journée", "années".
_UNIT_PLAIN = phrases(
    *(u for u in UNIT_WORDS if u != "h"), "journée", "journées", "année", "années"
)
# "h" only right after digits ("24h", "48 h"), never before other letters or minutes ("9h30").
_UNIT = rf"(?:{_UNIT_PLAIN}|h(?![\w]))"
# Qualifiers of the unit: English ones before it ("5 business days"), French ones after it
# ("5 jours ouvrés francs"), in .lang.
_QUAL_PRE = rf"(?:{phrases(*en.UNIT_QUALIFIERS)}\s+)?"
_QUAL_POST = rf"(?:[\s-]+{phrases(*fr.UNIT_QUALIFIERS)}){{0,2}}"
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
# Nouns of things that last (a warranty, a subscription, a renewal) count too: "une garantie
# minimale d'un an", "a warranty of one year", "un abonnement d'un mois".
_ONE_CONTEXT = (
    r"(?:\b(?:periods?|terms?|notice|durées?|périodes?|délais?|préavis|termes?|séjours?|stays?|"
    r"garanties?|validité|engagements?|abonnements?|prolongations?|extensions?|renouvellements?|"
    r"reconductions?|conservation|warrant(?:y|ies)|guarantees?|subscriptions?|renewals?|"
    r"retention|validity|commitments?)"
    r"\s+(?:(?:successive?s?|consécuti(?:f|fs|ve|ves)|initiale?s?|renewal|minimale?s?|"
    r"maximale?s?|minimum|maximum|supplémentaires?|additionnelle?s?|contractuelle?s?|totale?s?|"
    r"additional|initial|further|extended|limited|légale?s?|statutory)\s+)?"
    r"(?:of|de|d['’])\s*|"
    # the length stated as an attribute: "le préavis est d'un mois", "fixé à un an"
    r"\b(?:est|sont|sera|seront)\s+(?:de\s+|d['’]\s*)|"
    r"\b(?:fixée?s?|portée?s?|ramenée?s?|réduite?s?|limitée?s?|égale?s?|set|extended|reduced|"
    r"limited|increased|equal)\s+(?:à|to)\s+|\b(?:upon|with|give|giving|provide|providing)\s+)$"
    # any marker but the bare "d'" ("le dernier jour d'un mois" is no time limit)
    + "|"
    + phrases(*(m for m in MARKERS_FR + MARKERS_EN if m != "d'"))
    + r"\s*$"
)


# After the quantity, a relation to an event makes a lone "un" a time limit as surely as a
# marker before it: "s'applique un mois après sa publication", "one week before the renewal".
_ONE_AFTER = (
    r"\s*(?:après|avant|plus\s+tard|plus\s+tôt|suivant|à\s+compter|à\s+partir|au\s+moins|"
    r"à\s+l['’]avance|d['’]avance|after|before|later|earlier|prior\s+to|following|from|"
    r"in\s+advance|beforehand|at\s+least)(?!\w)"
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled (case-insensitive) the first time a lone "un" asks for it, not at
    import: the forked comparison's first process finds no terms (clausediff.compare.pipeline).
    """
    return re.compile(pattern, re.IGNORECASE)


def _lone_one(match: re.Match[str], before: str) -> bool:
    """True (reject) when the quantity is a lone "un"/"one" with no time-limit context before
    or after it; compounds such as "one-year" always count."""
    hyphenated = match.group(0)[len(match.group("num")) :].lstrip().startswith("-")
    lone = fold(match.group("num")).strip() in _ONE and not hyphenated
    if not lone or _compiled(_ONE_CONTEXT).search(before[-48:]) is not None:
        return False
    if re.search(r"\b(?:avance|advance)\b", match.group(0), re.IGNORECASE):
        return False  # "un mois à l'avance": the advance notice is in the span already
    return _compiled(_ONE_AFTER).match(match.string, match.end()) is None


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
            rf"{NUMBER}\s*(?:hours|heures|h)\s+(?:per|a|par|each)\s+(?:day|jour)\s*,?\s*"
            rf"(?:and\s+|et\s+)?{NUMBER}\s+(?:days|jours|j)\s+(?:per|a|par|each|sur)\s+"
            r"(?:week|semaine|7)"
            # the same idiom written days first: "7 days a week, 24 hours a day"
            rf"|{NUMBER}\s+(?:days|jours|j)\s+(?:per|a|par|each)\s+(?:week|semaine)\s*,?\s*"
            rf"(?:and\s+|et\s+)?{NUMBER}\s*(?:hours|heures|h)\s+(?:per|a|par|each)\s+"
            r"(?:day|jour)",
            constant({"type": "hours", "weekly": True}),
            anchors=("hours", "heures", "h", "days", "jours"),
            gate=r"(?:\d+\s*)?(?:hours|heures|h|days|jours)\s+(?:per|a|par|each)\s",
            starts=(DIGIT, *NUMBER_STARTS),
            back=40,
        ),
        Rule(
            "duration",
            DEADLINE,
            DURATION,
            duration,
            anchors=UNIT_ANCHORS,
            starts=(DIGIT, *NUMBER_STARTS),
            back=70,
            reject_before=_AGE_BEFORE,
            # "d'un jour à l'autre" is an idiom (any day now), no time limit
            reject_after=_AGE_AFTER + r"|^\s*fériés?\b|^\s+à\s+l['’]autre\b",
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
            anchors=words("day week month year hour minute"),
            back=30,
        ),
        Rule(
            "huitaine / quinzaine",
            DEADLINE,
            r"\b(?:sous|dans\s+la|dans\s+une|d['’]une|une)\s+(?:huitaine|quinzaine)\b",
            lambda m: {"quantity": 8 if "huitaine" in m.group(0).lower() else 15, "unit": "day"},
            anchors=("huitaine", "quinzaine"),
            back=12,
            extend_before=MARKER_BEFORE,
        ),
    )
)

# The guideline's closed list of vague limits (plus their plain spelling variants), in .lang.
VAGUE_FR = fr.VAGUE_LIMITS
VAGUE_EN = en.VAGUE_LIMITS
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
            anchors=VAGUE_ANCHORS,
            starts=tuple(dict.fromkeys(words(p)[0] for p in (*VAGUE_FR, *VAGUE_EN))),
            back=30,
            # "immediately preceding" is a position, "sans délai de préavis" is no time limit
            reject_after=r"^\s+(?:preceding|following|adjacent|above|below|précédente?s?|"
            r"suivante?s?|antérieure?s?|postérieure?s?|de\s+préavis|de\s+prévenance)\b",
        ),
    )
)
