"""Deadlines on the calendar: day ranges, dates, month periods, 24/7 idioms.

Contract: :data:`CALENDAR` is a :class:`.rules.Table` of deadline candidates: day ranges
("du lundi au vendredi" -> ``{"type": "days", "from": "monday", "to": "friday"}``), dates ("by
January 5, 2024" -> ``{"type": "date", "date": "2024-01-05"}``), month periods ("de mi-mai à
mi-septembre") and fixed service-time idioms ("24h/24 et 7j/7" -> ``{"type": "hours", "always":
true}``). Dates that only identify a law, a decision or a document version are rejected. Clock
times and service-hour ranges live in :mod:`.clock`. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.rules import DIGIT, Rule, Table, constant, words
from clausediff.terms.values import DAY_NAMES, MONTH_NAMES, Value, fold

DEADLINE = TermKind.DEADLINE

# --- days ---------------------------------------------------------------------------------
_DAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
)
_ABBREVIATIONS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}


def _day(word: str) -> str | None:
    key = fold(word).strip(". ")
    return DAY_NAMES.get(key) or _ABBREVIATIONS.get(key)


def _day_range(match: re.Match[str]) -> Value | None:
    first, last = _day(match.group("d1")), _day(match.group("d2"))
    if first is None or last is None or first == last:
        return None
    return {"type": "days", "from": first, "to": last}


def _single_day(match: re.Match[str]) -> Value | None:
    day = _day(match.group("d1"))
    if day is None:
        return None
    marker = fold(match.group(0)).split()[0]
    if marker in {"chaque", "tous", "every", "each"} or fold(match.group(0)).endswith("s"):
        return {"type": "periodicity", "unit": "week", "day": day}
    return {"type": "days", "from": day, "to": day}


DAY_ANCHORS = (*DAY_NAMES, *_ABBREVIATIONS)
# Cheap checks at the anchor: a clock time or a date may start here (digits are everywhere).
_DATE_GATE = (
    r"[^\W\d_]|(?:1er|\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?[^\W\d_]{3}|\d{1,2}[/.]\d{1,2}[/.]\d"
    r"|(?:19|20)\d\d-\d"
)

# A day named in a list of days off: the guidelines leave holiday exclusions unlabelled.
_EXCLUSION_BEFORE = (
    r"(?:\bexceptés?|\bsauf|\bhors|à\s+l['’]exception\s+des?|\bexcept|\bexcluding|"
    r"\bother\s+than)\s[^.;:]{0,40}$"
)
_LIST_GLUE = r"(?:\s*,\s*|\s+(?:et|ou|and|or)\s+)(?:les\s+|the\s+)?"
_HOLIDAY_LIST_AFTER = (
    rf"^(?:{_LIST_GLUE}(?:{_DAY})s?)*{_LIST_GLUE}"
    r"(?:jours?\s+fériés|fériés|jours?\s+chômés|(?:public|bank|national)\s+holidays|holidays)"
)

# --- dates --------------------------------------------------------------------------------
_MONTH_FR = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
    r"octobre|novembre|décembre|decembre)"
)
_MONTH_EN = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
    r"Dec\.)"
)
_MONTH = rf"(?:{_MONTH_FR}|{_MONTH_EN})"
_ABBR_MONTHS = {m[:3]: n for m, n in MONTH_NAMES.items()}
MONTH_ANCHORS = words(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DATE_MARKER_WORDS = (
    "au avant après jusqu à dès le du no not by before after on until from as starting "
    "effective through"
)
_DATE_MARKERS = (
    r"(?:(?:au\s+plus\s+tard\s+le|avant\s+le|après\s+le|jusqu['’]au|à\s+compter\s+du|"
    r"à\s+partir\s+du|dès\s+le|le|du|au|no\s+later\s+than|not\s+later\s+than|by|before|after|"
    r"on|until|from|as\s+of|starting|effective|through)\s+)?"
)


def _month(word: str) -> int | None:
    key = fold(word).strip(". ")
    return MONTH_NAMES.get(key) or _ABBR_MONTHS.get(key[:3])


def _date(match: re.Match[str]) -> Value | None:
    """A date value; a yearly date ("le 31 décembre de chaque année") is a periodicity."""
    value = _calendar_date(match)
    if value is None or not match.group("yearly"):
        return value
    yearly: Value = {"type": "periodicity", "unit": "year"}
    if "month" in value:
        yearly.update(month=value["month"], day=value["day"])
    return yearly


def _calendar_date(match: re.Match[str]) -> Value | None:
    groups = match.groupdict()
    if groups.get("iso"):
        return {"type": "date", "date": groups["iso"]}
    if groups.get("nd"):
        day, month, year = int(groups["nd"]), int(groups["nm"]), int(groups["ny"])
        if year < 100:
            year += 2000
    else:
        day_text = groups.get("d1") or groups.get("d2") or ""
        month_num = _month(groups.get("m1") or groups.get("m2") or "")
        if month_num is None:
            return None
        day = 1 if day_text.lower() in {"1er", "premier"} else int(re.sub(r"\D", "", day_text))
        month = month_num
        year_text = groups.get("y1") or groups.get("y2")
        if not year_text:
            if not 1 <= day <= 31:
                return None
            return {"type": "date", "month": month, "day": day}
        year = int(year_text)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return {"type": "date", "date": f"{year:04d}-{month:02d}-{day:02d}"}


# A date that only names a law, a decision or a document version is not a deadline.
_IDENTIFYING = (
    r"\b(?:loi|lois|décret|décrets|ordonnance|règlement|directive|arrêté|délibération|décision|"
    r"circulaire|convention|version|mise\s+à\s+jour|mis\s+à\s+jour|modifiée?|en\s+date\s+du|"
    r"n°|no\.|act|regulation|law|decision|updated|revised|amended|dated|effective\s+date|"
    r"copyright|©|signée?s?|signed|fait\s+à|publiée?|published|journal\s+officiel|conclue?s?|"
    r"concluded|entered\s+into|executed|établie?s?|traité|treaty|adoptée?s?|adopted)\b"
    r"(?:[^.;]|\.\d){0,75}$"
)


CALENDAR = Table(
    (
        Rule(
            "24h/24 et 7j/7",
            DEADLINE,
            r"\b24\s*h(?:eures)?\s*/\s*24(?:\s*h)?(?:\s*(?:,|et|and)?\s*7\s*j(?:ours)?\s*/\s*7"
            r"(?:\s*j)?)?(?!\s*/?\s*\d)"
            r"|\b24\s+heures\s+sur\s+24(?:\s*(?:,|et)?\s*7\s+jours\s+sur\s+7)?"
            r"|\b24\s*(?:/|x)\s*7(?:\s*/\s*365)?(?!\s*/?\s*\d)(?:\s*,?\s*365\s+days\s+"
            r"(?:of\s+the|a|per)\s+year)?"
            r"|\b24\s+hours\s+a\s+day\s*,?\s*(?:and\s+)?7\s+days\s+a\s+week",
            constant({"type": "hours", "always": True}),
            anchors=(DIGIT,),
            gate=r"24\s*(?:h|/|x|heures|hours)",
        ),
        Rule(
            "7j/7",
            DEADLINE,
            r"(?:\b7\s*j(?:ours)?\s*/\s*7(?:\s*j)?(?!\s*/?\s*\d)|\b7\s+jours\s+sur\s+7)"
            # the idiom written days first: "7j/7 et 24h/24", "7 jours sur 7, 24 heures sur 24"
            r"(?P<always>\s*(?:,|et)?\s*(?:24\s*h(?:eures)?\s*/\s*24(?:\s*h)?|24\s+heures\s+sur\s+24))?"
            r"|\b365\s+jours\s+par\s+an|\b365\s+days\s+(?:a|per|of\s+the)\s+year",
            lambda m: (
                {"type": "hours", "always": True}
                if m.group("always")
                else {"type": "days", "from": "monday", "to": "sunday"}
            ),
            anchors=(DIGIT,),
            gate=r"7\s*j|7\s+jours\s+sur|365\s",
        ),
        Rule(
            "du lundi au vendredi",
            DEADLINE,
            rf"\b(?:(?:du|de|from|between|entre)\s+)?(?P<d1>{_DAY})\s*(?:au|à|a|to|through|thru|"
            rf"until|-|–|and|et)\s*(?P<d2>{_DAY})(?:\s+(?:inclus|inclusive|included|compris))?"
            r"(?![\w])",
            _day_range,
            anchors=DAY_ANCHORS,
            back=9,
            starts=(*DAY_ANCHORS, *words("du de from between entre")),
        ),
        Rule(
            "date",
            DEADLINE,
            _DATE_MARKERS + r"(?:(?<![\d][.,])\b(?P<d1>1er|premier|\d{1,2})(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?(?P<m1>{_MONTH})(?!\w)(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?"
            rf"|\b(?P<m2>{_MONTH_EN})(?!\w)\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>(?:19|20)"
            r"\d{2}))?"
            r"|\b(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)"
            # a numeric date keeps one separator ("1/3/2024", "01.03.2024") and ends its number:
            # "1/3.000 du montant" is a fraction of an amount, not the 1st of March 2000
            r"|\b(?P<nd>[0-3]?\d)(?P<sep>[/.])(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:19|20)\d{2}|\d{2})"
            r"(?!\d))(?![\w/.-]\d)"
            # a yearly date: "le 31 décembre de chaque année", "on January 1 of each year"
            r"(?P<yearly>\s+(?:de\s+chaque\s+année|of\s+(?:each|every)\s+(?:calendar\s+)?year))?",
            _date,
            reject_before=_IDENTIFYING,
            anchors=(DIGIT, *MONTH_ANCHORS, "premier"),
            back=18,
            gate=_DATE_GATE,
            starts=(DIGIT, *MONTH_ANCHORS, "premier", *words(_DATE_MARKER_WORDS)),
        ),
        Rule(
            "du 1er juillet au 31 août",
            DEADLINE,
            r"\b(?:du|de|from|between|entre\s+le)\s+(?:1er|\d{1,2})(?:\s+" + _MONTH + r")?\s*"
            r"(?:au|à|to|until|through|and|et\s+le|-)\s*(?:1er|\d{1,2})\s+"
            + _MONTH
            + r"(?:,?\s+(?:19|20)\d{2})?\b"
            # month first, as American English writes it: "from June 1 to August 31"
            r"|\b(?:from|between)\s+" + _MONTH_EN + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|"
            r"through|and|-)\s*(?:" + _MONTH_EN + r"\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\d\w])"
            r"(?:,?\s+(?:19|20)\d{2})?",
            constant({"type": "period"}),
            reject_before=_IDENTIFYING,
            anchors=(DIGIT,),
            back=22,
            gate=r"(?:1er|\d{1,2})(?:st|nd|rd|th)?(?:\s+\w+)?\s*(?:au|à|to|until|through|and|"
            r"et\s+le|-)\s*(?:1er|\d|[A-Z])",
            starts=words("du de from between entre"),
        ),
        Rule(
            "de mi-mai à mi-septembre",
            DEADLINE,
            rf"\b(?:de|du|from|between|entre)\s+(?:(?:la\s+)?mi-|mid-)?{_MONTH}\s*"
            rf"(?:à|au|to|until|through|and|et|-)\s*(?:(?:la\s+)?mi-|mid-)?{_MONTH}\b"
            rf"|\b(?:mi-|mid-){_MONTH}\b",
            constant({"type": "period"}),
            reject_before=_IDENTIFYING,
            anchors=(*MONTH_ANCHORS, "mi", "mid"),
            back=12,
            starts=words("de du from between entre mi mid"),
        ),
        Rule(
            "janvier 2024",
            DEADLINE,
            rf"\b(?:(?:en|in|avant|before|after|après|until|by|d['’]ici)\s+)?{_MONTH}\s+(?:19|20)\d{{2}}\b",
            constant({"type": "period"}),
            reject_before=_IDENTIFYING,
            anchors=MONTH_ANCHORS,
            back=10,
            starts=(*MONTH_ANCHORS, *words("en in avant before after après until by d")),
        ),
        Rule(
            "hors juillet et août",
            DEADLINE,
            rf"\b(?:en|au\s+mois\s+d['’]|au\s+mois\s+de|durant|pendant|hors|sauf|excepté|"
            rf"in|during|except|excluding|until|through)\s+(?:le\s+mois\s+d['’]|le\s+mois\s+de\s+)?"
            rf"{_MONTH}(?:\s*(?:et|ou|à|-|and|or|to|through)\s*{_MONTH})?\b",
            constant({"type": "period"}),
            reject_before=_IDENTIFYING,
            anchors=MONTH_ANCHORS,
            back=22,
            starts=words(
                "en au durant pendant hors sauf excepté in during except excluding until through"
            ),
        ),
        Rule(
            "chaque lundi",
            DEADLINE,
            rf"\b(?:chaque|tous\s+les|every|each|le|les|on)\s+(?P<d1>{_DAY})s?\b(?!\s+de\s+Pâques)",
            _single_day,
            # Holiday exclusions are not deadlines: "excepté les samedis", "les samedis, les
            # dimanches et les jours fériés ne sont pas comptés".
            reject_before=_EXCLUSION_BEFORE,
            reject_after=r"^\s+(?:de\s+Pâques|de\s+Pentecôte)|" + _HOLIDAY_LIST_AFTER,
            anchors=DAY_ANCHORS + tuple(d + "s" for d in DAY_ANCHORS),
            back=9,
            starts=words("chaque tous every each le les on"),
        ),
    )
)
