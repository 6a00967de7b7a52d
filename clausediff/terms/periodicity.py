"""Deadlines that recur or point at the calendar: periodicities and relative points.

Contract: :data:`PERIODICITIES` ("chaque mois", "tous les trois mois", "une fois par an",
"monthly", "in a calendar month", "trimestriel" -> ``{"type": "periodicity", "unit": ...}``) and
:data:`RELATIVE` ("à la fin du mois", "au plus tard le 10 du mois suivant", "la veille", "on the
business day after", "on the anniversary", "dans le mois qui suit", "the fifth business day of
each month" -> ``{"type": "relative"}``) are :class:`.rules.Table` objects of deadline
candidates. The anchor event of a duration ("45 days following the end of each month") is not
labelled, even when it is itself a calendar point. A periodicity adjective that qualifies an
amount ("montant annuel", "monthly fee") is not one: the amount carries it, also when
coordinated ("annual or monthly subscription fee"). Payments, invoices and instalments are
actions, not amounts: "une demande de paiement mensuelle", "monthly payments" are periodicities.
No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.lang import en, fr
from clausediff.terms.numbers import NUMBER, parse_number
from clausediff.terms.rules import DIGIT, Rule, Table, phrases, words
from clausediff.terms.values import PERIODIC_WORDS, UNIT_WORDS, Value, fold

DEADLINE = TermKind.DEADLINE

_PERIOD_UNITS = (
    r"(?:(?:calendar|fiscal|business|working)\s+)?(?:day|week|month|quarter|year|hour|minute)s?"
    r"|jours?(?:\s+ouvrés|\s+ouvrables)?|semaines?|mois|ans?|années?|trimestres?|semestres?|"
    r"heures?|minutes?|nuits?|(?:année|exercice)\s+civile?|exercices?(?:\s+(?:social|comptable|fiscal))?"
)
_MONEY_NOUNS = (
    r"montants?|prix|coûts?|tarifs?|redevances?|loyers?|forfaits?|chiffres?\s+d['’]affaires|"
    r"revenus?|budgets?|plafonds?|abonnements?|salaires?|cotisations?|frais|intérêts?|taux|"
    r"sommes?|rémunérations?|primes?|honoraires|pénalités?|indemnités?|amendes?|"
    r"fees?|prices?|costs?|charges?|amounts?|revenues?|rents?|salar(?:y|ies)|"
    r"subscriptions?|turnover|caps?|limits?|interest|rates?|sums?|compensation|"
    r"temps|time|uptime|disponibilité|availability"
)


# A time unit (closing parenthesis or apostrophe allowed), then maybe the word that introduces
# the anchor event a duration counts from: what follows is that anchor, never labelled.
_AFTER_DURATION = (
    r"\b(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|années?|heures?)['’)]?"
    r"\s+(?:(?:following|after|from|of|prior\s+to|before|preceding|suivant|après|avant|"
    r"à\s+compter\s+de|à\s+partir\s+de)\s+)?"
)
_ANCHOR_OF_DURATION = _AFTER_DURATION + "$"
# "45 days following the end of each month": "each month" belongs to the anchor too.
_PERIOD_IN_ANCHOR = (
    _AFTER_DURATION + r"(?:the\s+)?(?:end|(?:last|first)\s+(?:business\s+|working\s+|"
    r"calendar\s+)?day)\s+of\s+$"
)


def periodicity(match: re.Match[str]) -> Value | None:
    """``{"type": "periodicity", "unit": "month"}`` from the last time word of the match; a
    period of several units ("tous les trois mois", "semestriel") adds ``"quantity"``."""
    every = match.groupdict().get("every")
    count = parse_number(every) if every else 1
    folded = fold(match.group(0))
    if folded.startswith(("bi-", "biweekly", "bimonthly", "fortnight")):
        count = 2
    elif folded == "bihebdomadaire":
        count = 0.5
    for word in reversed(re.split(r"[\s'-]+", folded)):
        unit = PERIODIC_WORDS.get(word) or UNIT_WORDS.get(word)
        if word in {"exercice", "exercices"}:  # a financial year
            unit = "year"
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


# The table keys are folded; the text keeps its accents.
_ACCENTED = ("journalière", "journalières")


def _anniversary(match: re.Match[str]) -> Value:
    """Each anniversary recurs yearly; "the anniversary" is one calendar-relative point."""
    if re.search(r"\b(?:each|every|chaque)\b", match.group(0), re.IGNORECASE):
        return {"type": "periodicity", "unit": "year"}
    return {"type": "relative"}


PERIODICITIES = Table(
    (
        Rule(
            "chaque mois / every month",
            DEADLINE,
            r"\b(?:(?:chaque|chacune?\s+des|tous\s+les|toutes\s+les|each|every|once\s+(?:a|per|"
            r"every|each)|twice\s+(?:a|per)|(?:une|deux|trois|quatre|\d+)\s+fois\s+par|"
            r"(?:two|three|four|\d+)\s+times\s+(?:a|per))\s+(?:(?P<every>"
            + NUMBER
            # a bare "par"/"per" takes no count: "se prescrit par cinq ans" is a limitation
            # period (a length), not something that recurs every five years
            + r")\s+)?|(?:per|par)\s+)(?:"
            + _PERIOD_UNITS
            + r")\b(?!\s+(?:fériés?|d['’]|de\s+(?:retard|travail)))",
            periodicity,
            back=12,
            reject_before=_PERIOD_IN_ANCHOR,
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
            anchors=words("calendar fiscal civil civile calendaire"),
            back=25,
            # both readings start on their preposition: "civil" alone is common in French
            starts=words("in during within across for par"),
        ),
        Rule(
            "mensuel (after its noun)",
            DEADLINE,
            r"\b" + phrases(*fr.PERIODIC, *_ACCENTED) + r"\b",
            periodicity,
            anchors=words(*PERIODIC_WORDS, *_ACCENTED),
            back=5,
            reject_before=r"\b(?:" + _MONEY_NOUNS + r")(?:\s+(?:total|totale|net|nette|brut|brute|"
            r"hors\s+taxes|HT|TTC|forfaitaire|minimum|maximum|global|globale))?"
            r"(?:\s+[\w-]+\s+(?:ou|et))?\s+$",
        ),
        Rule(
            "monthly (before its noun)",
            DEADLINE,
            r"\b" + phrases(*en.PERIODIC) + r"\b",
            periodicity,
            anchors=words(*PERIODIC_WORDS),
            back=5,
            # "monthly fee", "annual subscription fee", "annual or monthly subscription fee"
            reject_after=r"^(?:\s*(?:or|and|/)\s*[\w-]+)?\s+(?:[\w-]+\s+)?(?:"
            + _MONEY_NOUNS
            + r")\b",
        ),
    )
)


# Ordinal days: "le cinquième jour ouvré", "the fifth business day" (.lang).
_ORDINAL_FR = f"{phrases(*fr.ORDINALS)}|{fr.ORDINAL_DIGITS}"
_ORDINAL_EN = f"{phrases(*en.ORDINALS)}|{en.ORDINAL_DIGITS}"

RELATIVE = Table(
    (
        Rule(
            "à la fin du mois",
            DEADLINE,
            r"\b(?:(?:à\s+la|en|avant\s+la|jusqu['’]à\s+la|d['’]ici\s+la)\s+fin|au\s+début)\s+"
            r"(?:du|de\s+la|de\s+l['’]|de\s+chaque|de)\s*"
            # "avant la fin du premier trimestre": an ordinal names which period
            r"(?:(?:premier|première|deuxième|second|seconde|troisième|quatrième|dernier|"
            r"dernière)\s+)?(?:mois|trimestre|"
            # calendar periods only: "à la fin de la période de garantie" is the end of a
            # contractual period, like "upon termination", with no quantity or date
            r"semestre|année|exercice|semaine|journée)\b(?:\s+(?:civile?|calendaire|en\s+cours|"
            r"suivante?|concernée?))?",
            {"type": "relative"},
            anchors=("fin", "début"),
            back=16,
        ),
        Rule(
            "le premier jour du mois",
            DEADLINE,
            rf"\ble\s+(?:{_ORDINAL_FR})\s+jour\s+(?:ouvrée?\s+|ouvrable\s+|calendaire\s+)?"
            r"(?:(?:du|de\s+la|de\s+chaque|de\s+l['’])\s*(?:mois|trimestre|année|semaine)\b"
            r"(?:\s+suivante?)?|suivant\b|qui\s+suit\b)"
            r"|\ble\s+jour\s+(?:ouvré\s+|ouvrable\s+)?suivant\b|"
            r"\b(?:(?:au\s+plus\s+tard|dès|avant|jusqu['’]à|à\s+compter\s+de|"
            r"à\s+partir\s+de)\s+)?(?:le\s+lendemain|la\s+veille)\b(?:\s+(?:incluse?|comprise?))?"
            r"(?=\s*(?:[,.;:)]|$|de\b|du\b|des\b|d['’]|au\s+soir|à\b|avant\b|minuit|midi))|"
            r"\b(?:jusqu['’]au|à\s+compter\s+du|à\s+partir\s+du)\s+lendemain\b(?:\s+inclus)?"
            r"(?=\s*(?:[,.;:)]|$|de\b|du\b|des\b|d['’]|au\s+soir|à\b|avant\b|minuit|midi))|"
            r"\ble\s+mois\s+suivant\b|"
            # "prorogé jusqu'au prochain jour ouvrable"
            r"\b(?:jusqu['’]au|au|le)\s+prochain\s+jour\s+(?:ouvrable|ouvré|franc)\b",
            {"type": "relative"},
            anchors=words("jour lendemain veille mois prochain"),
            back=30,
            # every reading starts on one of these words; "jour" and "mois" are common anchors
            starts=words("le la au dès avant jusqu à"),
        ),
        Rule(
            "at the end of the month",
            DEADLINE,
            r"\b(?:(?:at|by|before|until|on|after)\s+)?the\s+(?:end|(?:"
            + _ORDINAL_EN
            + r")\s+(?:business\s+|working\s+|calendar\s+)?day)\s+of\s+"
            r"(?:the|each|every|any|that|such|a)\s+(?:(?:succeeding|following|next|preceding|"
            r"current|then-current|first|second|third|fourth|last)\s+)?"
            r"(?:calendar\s+|fiscal\s+|billing\s+)?"
            r"(?:month|quarter|year|week)\b",
            {"type": "relative"},
            anchors=("end", "day"),
            back=30,
            # the anchor event of a duration is never labelled: "45 days following the end of
            # each month", "30 days after the last day of the quarter"
            reject_before=_ANCHOR_OF_DURATION,
        ),
        Rule(
            "the next business day",
            DEADLINE,
            r"\b(?:on\s+)?the\s+(?:next|following|same|preceding)\s+(?:business\s+|working\s+|"
            r"calendar\s+)?day\b|\bon\s+the\s+(?:business|working)\s+day\s+"
            r"(?:after|following|before)\b"
            # "by the fifth business day after receipt": an ordinal day counted from an event
            r"|\b(?:(?:on|by|before|no\s+later\s+than|not\s+later\s+than)\s+)?the\s+(?:"
            + _ORDINAL_EN
            + r")\s+(?:business\s+|working\s+|calendar\s+)?day\s+(?:after|following)\b",
            {"type": "relative"},
            anchors=("day",),
            back=40,
        ),
        Rule(
            "dans le mois qui suit / within the hour",
            DEADLINE,
            # the current or next calendar unit as the time limit: "dans le mois qui suit la
            # livraison", "dans la journée", "le jour même", "by the end of the business day"
            r"\bdans\s+(?:le\s+mois|la\s+semaine|l['’]heure|la\s+journée|l['’]année|le\s+trimestre)"
            r"\s+(?:qui\s+suit|qui\s+suivent|suivante?|qui\s+précède|précédante?)\b"
            r"|\bdans\s+la\s+journée\b(?!\s+(?:de|du|d['’])\b)|\ble\s+jour\s+même\b"
            r"|\b(?:(?:by|before|until|at)\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
            r"(?:business|working)\s+day\b|\b(?:by|before|until|at)\s+close\s+of\s+business\b"
            r"|\bwithin\s+the\s+(?:hour|day|week|month)\b",
            {"type": "relative"},
            anchors=words(
                "mois semaine heure journée année trimestre même day business hour week month"
            ),
            back=40,
            starts=words("dans le within by before until at the end close"),
        ),
        Rule(
            "on the anniversary / à la date anniversaire",
            DEADLINE,
            # a yearly calendar point: "on the anniversary of your purchase", "à chaque date
            # anniversaire du contrat", "before each renewal anniversary date"
            r"\b(?:(?:on|at|by|before|until|after|from|prior\s+to)\s+)?(?:the|each|every|its|your|"
            r"any)\s+(?:(?:yearly|annual|renewal|subscription|contract)\s+)?anniversary"
            r"(?:\s+date)?\b"
            r"|\b(?:(?:à|a|avant|après|jusqu['’]à|dès)\s+)?(?:la|chaque|sa|leur)\s+"
            r"date\s+(?:d['’])?anniversaire\b"
            r"|\bà\s+(?:l['’]|chaque\s+)anniversaire\b",
            _anniversary,
            anchors=("anniversary", "anniversaire"),
            back=40,
        ),
        Rule(
            "J+2",
            DEADLINE,
            r"(?-i:\bJ)\s*[+-]\s*\d{1,3}\b",
            {"type": "relative"},
            anchors=("j",),
        ),
        Rule(
            "le 10 du mois suivant",
            DEADLINE,
            r"\b(?:(?:au\s+plus\s+tard|avant|jusqu['’]au|by|before|no\s+later\s+than|on)\s+)?"
            r"(?:le|the)\s+(?:1er|\d{1,2}(?:st|nd|rd|th|e|ème)?)\s+(?:du|de\s+chaque|of\s+(?:each|"
            r"every|the))\s+(?:mois|trimestre|month|quarter)(?:\s+(?:suivant|following|civil))?\b",
            {"type": "relative"},
            anchors=(DIGIT,),
            back=22,
            gate=r"(?:1er|\d{1,2}(?:st|nd|rd|th|e|ème)?)\s+(?:du|de|of)\s",
        ),
    )
)
