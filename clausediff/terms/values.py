"""Normalised values: unit, day and month tables, candidates, and how values compare.

Contract: the shared vocabulary of the rule modules (:class:`Candidate`, the unit/day/month
lookup tables merged from the language data of :mod:`.lang`) and the comparison helpers used by
:mod:`.changes` (:func:`duration_seconds`, :func:`values_equal`). Values follow the "Values"
sections of the annotation guidelines exactly. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from clausediff.comparison import TermKind
from clausediff.terms.lang import en, fr
from clausediff.text.fold import fold_key

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
    """A key for table lookups: :func:`clausediff.text.fold.fold_key`, accents always folded."""
    return fold_key(text, same_length=False)


# The words of both languages (each written once, in :mod:`.lang.fr` and :mod:`.lang.en`):
# time units (folded spelling -> canonical unit), business qualifiers, periodicity adjectives.
UNIT_WORDS: dict[str, str] = {**fr.UNITS, **en.UNITS}
BUSINESS_WORDS = fr.BUSINESS | en.BUSINESS
PERIODIC_WORDS: dict[str, str] = {**fr.PERIODIC, **en.PERIODIC}
# Day names -> English day name; month names -> month number (French first, then English).
DAY_NAMES: dict[str, str] = {
    **dict(zip(fr.DAYS, en.DAYS, strict=True)),
    **dict(zip(en.DAYS, en.DAYS, strict=True)),
}
MONTH_NAMES: dict[str, int] = {
    **{name: number for number, name in enumerate(fr.MONTHS, 1)},
    **{name: number for number, name in enumerate(en.MONTHS, 1)},
}

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
        span = (en.DAYS.index(value["to"]) - en.DAYS.index(value["from"])) % 7 + 1
        return span * 86400.0
    return None


def values_equal(left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    """Same normalised value (numbers compared as numbers: 1 == 1.0)."""
    return dict(left) == dict(right)
