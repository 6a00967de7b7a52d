"""Deadlines on the clock: service-hour ranges and clock times.

Contract: :data:`CLOCK` is a :class:`.rules.Table` of deadline candidates: time ranges
("de 9 heures à 12 heures 30" -> ``{"type": "hours", "from": "09:00", "to": "12:30"}``, also
with hours in French words: "de huit heures à dix-huit heures"), single clock times after a
marker ("avant 19 heures" -> ``{"type": "hours", "to": "19:00"}``) and plain clock times
("9h30", "5:00 p.m."). Days, dates and the 24/7 idioms live in :mod:`.calendar`. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.rules import DIGIT, Rule, Table, words
from clausediff.terms.values import Value, clock, fold

DEADLINE = TermKind.DEADLINE

# --- clock times ------------------------------------------------------------------------------
_AMPM = r"\s*(?P<{0}ap>[ap])\.?\s?m\.?(?![\w])"
_ZONE = (
    r"(?:\s+(?:\(?(?-i:CET|CEST|GMT|UTC|PST|PT|EST|ET|CT)\)?|\(?(?:heure\s+de\s+Paris|"
    r"heure\s+française|Paris\s+time|Pacific\s+Time|Eastern\s+Time|Central\s+Time)\)?))?"
)


# Hours of the day written in French words, as in "de huit heures à dix-huit heures".
_SPELLED_HOURS = """zéro une deux trois quatre cinq six sept huit neuf dix onze douze treize
quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-une vingt-deux vingt-trois
vingt-quatre"""
HOUR_WORDS: dict[str, int] = {word: hour for hour, word in enumerate(_SPELLED_HOURS.split())}
MINUTE_WORDS: dict[str, int] = {
    "quinze": 15,
    "trente": 30,
    "quarante-cinq": 45,
    "et quart": 15,
    "et demie": 30,
}
_HOUR_WORD = "(?:" + "|".join(sorted(HOUR_WORDS, key=len, reverse=True)) + ")"
_MINUTE_WORD = r"(?:quarante-cinq|quinze|trente|et\s+quart|et\s+demie|\d{2}(?!\d))"


def _clock_pattern(tag: str, spelled: bool = False) -> str:
    """One clock time with named parts ``<tag>h``, ``<tag>m``, ``<tag>ap``; ``spelled`` adds
    hours in French words (``<tag>h4``, ``<tag>m4``: "dix-huit heures trente"), used only in
    ranges, where "de ... à ..." makes them clock times rather than durations."""
    spelled_hours = (
        rf"|(?P<{tag}h4>{_HOUR_WORD})\s+heures?(?:\s+(?P<{tag}m4>{_MINUTE_WORD}))?(?![\w-])"
        if spelled
        else ""
    )
    return (
        rf"(?:(?P<{tag}h>\d{{1,2}})\s*(?:[:.]|h\s?|heures?\s*)(?P<{tag}m>\d{{2}})(?!\d)"
        rf"(?:{_AMPM.format(tag)})?"
        rf"|(?P<{tag}h2>\d{{1,2}})(?:{_AMPM.format(tag + '2')})"
        rf"|(?P<{tag}h3>\d{{1,2}})\s*(?:heures?|h)(?![\w])"
        rf"|(?P<{tag}w>midi|minuit|noon|midnight){spelled_hours})"
    )


def _clock_of(match: re.Match[str], tag: str) -> str | None:
    """``HH:MM`` for the clock time tagged ``tag`` in ``match``."""
    words = {"midi": "12:00", "noon": "12:00", "minuit": "00:00", "midnight": "00:00"}
    if match.group(f"{tag}w"):
        return words[match.group(f"{tag}w").lower()]
    spelled = match.groupdict().get(f"{tag}h4")
    if spelled:
        minutes_text = re.sub(r"\s+", " ", (match.group(f"{tag}m4") or "").lower())
        spelled_minutes = MINUTE_WORDS.get(minutes_text) or int(minutes_text or 0)
        return clock(HOUR_WORDS[spelled.lower()], spelled_minutes)
    for suffix, ap_group in (("", f"{tag}ap"), ("2", f"{tag}2ap"), ("3", None)):
        hours = match.group(f"{tag}h{suffix}")
        if hours is None:
            continue
        minutes = match.group(f"{tag}m") if suffix == "" else "0"
        h = int(hours)
        ampm = match.group(ap_group) if ap_group else None
        if ampm and ampm.lower() == "p" and h < 12:
            h += 12
        if ampm and ampm.lower() == "a" and h == 12:
            h = 0
        return clock(h, int(minutes or 0))
    return None


def _time_range(match: re.Match[str]) -> Value | None:
    start, end = _clock_of(match, "a"), _clock_of(match, "b")
    if start is None or end is None:
        return None
    return {"type": "hours", "from": start, "to": end}


def _single_time(match: re.Match[str]) -> Value | None:
    time = _clock_of(match, "a")
    if time is None:
        return None
    marker = fold(match.group("mark")).strip()
    if marker == "apres" and match.group("ah3") is not None:
        return None  # "après 2 heures" is a duration, left to the duration rule
    if marker in {"a partir de", "des", "apres", "after", "from"}:
        return {"type": "hours", "from": time}
    if marker in {"a", "at", "le", "on"}:
        return {"type": "hours", "at": time}
    return {"type": "hours", "to": time}


_RANGE_SEP = r"\s*(?:à|a|au|to|until|till|through|thru|-|–|—|et|and)\s*"

# Cheap check at the anchor: a clock time may start here (digits are everywhere).
_CLOCK_GATE = r"[a-z]|\d{1,2}\s*(?:[:h.]|heures?|[ap]\.?\s?m)"
_CLOCK_WORDS = ("midi", "minuit", "noon", "midnight")

_TIME_RANGE = (
    rf"\b(?:(?:de|from|entre|between)\s+)?{_clock_pattern('a', True)}{_RANGE_SEP}"
    rf"{_clock_pattern('b', True)}{_ZONE}"
)

CLOCK = Table(
    (
        Rule(
            "de 9 heures à 12 heures 30",
            DEADLINE,
            _TIME_RANGE,
            _time_range,
            anchors=(DIGIT, *_CLOCK_WORDS),
            back=9,
            gate=_CLOCK_GATE,
            starts=(DIGIT, "de", "from", "entre", "between", *_CLOCK_WORDS),
        ),
        Rule(
            "de huit heures à dix-huit heures",
            DEADLINE,
            _TIME_RANGE,
            _time_range,
            # the same ranges, found from a spelled hour: "heures" must be followed by the
            # range separator (maybe after its minutes) for the rule to be tried at all
            anchors=("heures", "heure"),
            back=30,
            gate=r"heures?\s+(?:(?:trente|quinze|quarante-cinq|et\s+demie|et\s+quart|\d{2})\s+)?"
            r"(?:à|a|au|et|-|–)\s",
            starts=("de", "entre"),
        ),
        Rule(
            "avant 19 heures",
            DEADLINE,
            r"\b(?P<mark>avant|après|à\s+partir\s+de|dès|à|before|after|by|until|till|at|from|"
            rf"not\s+later\s+than|no\s+later\s+than)\s+{_clock_pattern('a')}{_ZONE}",
            _single_time,
            reject_before=r"jusqu['’]$",
            anchors=(DIGIT, *_CLOCK_WORDS),
            back=16,
            gate=_CLOCK_GATE,
            starts=words("avant après à a dès before after by until till at from not no"),
        ),
        Rule(
            "9h30 / 5:00 p.m.",
            DEADLINE,
            r"\b(?P<ah>\d{1,2})\s*(?:h|:)(?P<am>\d{2})(?!\d)(?:" + _AMPM.format("a") + r")?"
            r"|\b(?P<ah2>\d{1,2})(?:" + _AMPM.format("a2") + r")",
            lambda m: _clock_value(m),
            anchors=(DIGIT,),
            gate=r"\d{1,2}\s*(?:h\d|:\d|[ap]\.?\s?m)",
        ),
    )
)


def _clock_value(match: re.Match[str]) -> Value | None:
    time = _clock_of_simple(match)
    return {"type": "hours", "at": time} if time else None


def _clock_of_simple(match: re.Match[str]) -> str | None:
    if match.group("ah") is not None:
        ap = match.group("aap")
        h = int(match.group("ah"))
        if ap and ap.lower() == "p" and h < 12:
            h += 12
        return clock(h, int(match.group("am")))
    h = int(match.group("ah2"))
    ap = match.group("a2ap")
    if ap.lower() == "p" and h < 12:
        h += 12
    return clock(h, 0)
