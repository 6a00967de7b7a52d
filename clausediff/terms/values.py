"""Normalised values: unit, day and month tables, candidates, and how values compare.

Contract: the shared vocabulary of the rule modules (:class:`Candidate`, the unit/day/month
tables and their lookup functions) and the comparison helpers used by :mod:`.changes`
(:func:`duration_seconds`, :func:`values_equal`). Values follow the "Values" sections of the
annotation guidelines exactly. No I/O, no Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from clausediff.comparison import TermKind

Value = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible span found by one rule; :func:`.engine.resolve` keeps the best ones.

    ``rule`` names the rule that found it: the engine's override list refers to rules by name.
    """

    kind: TermKind
    start: int
    end: int
    value: Value = field(default_factory=dict)
    rule: str = ""


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, plain spaces: a key for table lookups."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Time units: folded spelling -> canonical unit. Both languages in one table.
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(["seconde", "secondes", "second", "seconds", "sec", "secs"], "second"),
    **dict.fromkeys(["minute", "minutes", "min", "mins", "mn"], "minute"),
    **dict.fromkeys(["heure", "heures", "h", "hour", "hours", "hr", "hrs"], "hour"),
    **dict.fromkeys(["jour", "jours", "journee", "journees", "j", "day", "days"], "day"),
    **dict.fromkeys(["semaine", "semaines", "week", "weeks"], "week"),
    **dict.fromkeys(["mois", "month", "months"], "month"),
    **dict.fromkeys(["an", "ans", "annee", "annees", "year", "years", "yr", "yrs"], "year"),
    # "nuitée" is a billed overnight stay (a count of things), not a length of time
    **dict.fromkeys(["nuit", "nuits", "night", "nights"], "night"),
    **dict.fromkeys(["trimestre", "trimestres", "quarter", "quarters"], "quarter"),
    **dict.fromkeys(["semestre", "semestres"], "half_year"),
}

# Qualifiers that turn days (or hours) into business days (hours).
BUSINESS_WORDS = frozenset(
    ["ouvre", "ouvres", "ouvree", "ouvrees", "ouvrable", "ouvrables", "business", "working"]
)

# Adverbs and adjectives of periodicity -> unit.
PERIODIC_WORDS: dict[str, str] = {
    **dict.fromkeys(["quotidien", "quotidienne", "quotidiens", "quotidiennes"], "day"),
    **dict.fromkeys(["quotidiennement", "journalier", "journaliers", "daily"], "day"),
    **dict.fromkeys(["journaliere", "journalieres"], "day"),
    **dict.fromkeys(["hebdomadaire", "hebdomadaires", "hebdomadairement", "weekly"], "week"),
    **dict.fromkeys(["mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement"], "month"),
    **dict.fromkeys(["monthly"], "month"),
    **dict.fromkeys(["trimestriel", "trimestrielle", "trimestriels", "trimestrielles"], "quarter"),
    **dict.fromkeys(["trimestriellement", "quarterly"], "quarter"),
    **dict.fromkeys(["semestriellement", "biannually", "semiannually"], "half_year"),
    # every two weeks / months: the periodicity builder adds "quantity": 2 for these
    **dict.fromkeys(["bi-weekly", "biweekly", "fortnightly", "bihebdomadaire"], "week"),
    **dict.fromkeys(["bi-monthly", "bimonthly"], "month"),
    **dict.fromkeys(["semestriel", "semestrielle", "semestriels", "semestrielles"], "half_year"),
    **dict.fromkeys(["semi-annual", "semiannual", "semi-annually", "biannual"], "half_year"),
    **dict.fromkeys(["annuel", "annuelle", "annuels", "annuelles", "annuellement"], "year"),
    **dict.fromkeys(["annual", "annually", "yearly", "per annum"], "year"),
}


def _table(french: str, english: str, values: list[Any]) -> dict[str, Any]:
    """French and English names (space separated) mapped to the same values, in order."""
    return {
        **dict(zip(french.split(), values, strict=True)),
        **dict(zip(english.split(), values, strict=True)),
    }


_WEEK = "monday tuesday wednesday thursday friday saturday sunday"
DAY_NAMES: dict[str, str] = _table(
    "lundi mardi mercredi jeudi vendredi samedi dimanche", _WEEK, _WEEK.split()
)
MONTH_NAMES: dict[str, int] = _table(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "january february march april may june july august september october november december",
    list(range(1, 13)),
)

# Approximate length of each unit in seconds, to compare durations written in different units.
# A business day counts for 7/5 calendar days: five of them span a week.
UNIT_SECONDS: dict[str, float] = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "night": 86400,
    "business_day": 86400 * 7 / 5,
    "week": 7 * 86400,
    "month": 30.44 * 86400,
    "quarter": 91.31 * 86400,
    "half_year": 182.62 * 86400,
    "year": 365.25 * 86400,
}


def duration_value(quantity: float, unit: str, business: bool = False) -> Value:
    """A duration value as in the guidelines (business days, business hours flagged)."""
    if unit == "day" and business:
        return {"quantity": quantity, "unit": "business_day"}
    if unit == "half_year":
        return {"quantity": quantity * 6, "unit": "month"}
    value: Value = {"quantity": quantity, "unit": unit}
    if business and unit == "hour":
        value["business"] = True
    return value


def clock(hours: int | float | None, minutes: int | float | None = 0) -> str | None:
    """``HH:MM`` for a clock time, ``None`` when it is not a valid one."""
    if hours is None or not float(hours).is_integer():
        return None
    h, m = int(hours), int(minutes or 0)
    if not (0 <= h <= 24 and 0 <= m < 60):
        return None
    return f"{h:02d}:{m:02d}"


def _minutes(text: str) -> int:
    hh, mm = text.split(":")
    return int(hh) * 60 + int(mm)


def duration_seconds(value: Mapping[str, Any]) -> float | None:
    """A deadline value as a length in seconds, for ordering; ``None`` when not a length.

    Durations use :data:`UNIT_SECONDS`; periodicities their period; service hours the length
    of the range (24 h for "always"); day ranges the number of days covered.
    """
    if "quantity" in value and value.get("unit") in UNIT_SECONDS:
        return float(value["quantity"]) * UNIT_SECONDS[str(value["unit"])]
    kind = value.get("type")
    if kind == "periodicity" and value.get("unit") in UNIT_SECONDS:
        return float(value.get("quantity", 1)) * UNIT_SECONDS[str(value["unit"])]
    if kind == "hours":
        if value.get("always"):
            return 86400.0
        if "from" in value and "to" in value:
            return float((_minutes(value["to"]) - _minutes(value["from"])) % 1440) * 60
    if kind == "days" and "from" in value and "to" in value:
        order = list(DAY_NAMES.values())[7:]
        span = (order.index(value["to"]) - order.index(value["from"])) % 7 + 1
        return span * 86400.0
    return None


def values_equal(left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    """Same normalised value (numbers compared as numbers: 1 == 1.0)."""
    return dict(left) == dict(right)
