"""Human wording of a term's value and of a term change, in French or English.

Contract: :func:`describe_value` turns a :class:`~clausediff.comparison.Term` into a short phrase
("4 heures", "5 jours ouvrés", "110 € HT", "doit"; "4 hours", "5 business days", "€110 excl.
tax", "shall") and :func:`describe_change` a :class:`~clausediff.comparison.TermChange` into one
line ("Délai : 4 heures -> 5 jours ouvrés", "Obligation : doit -> peut (affaiblie)",
"Deadline: 4 hours -> 5 business days"). Values without a normalised wording (vague limits,
periods, relative points, obligations) are shown as written. Any language other than "en" gets
French. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clausediff.comparison import Direction, Term, TermChange, TermChangeKind, TermKind
from clausediff.terms.context import excerpt
from clausediff.terms.lang import en, fr

# How units, periods and days are written back, per language (the words live in .lang).
_UNITS: dict[str, dict[str, tuple[str, str]]] = {"fr": fr.UNIT_NAMES, "en": en.UNIT_NAMES}
_EVERY: dict[str, dict[str, str]] = {"fr": fr.EVERY, "en": en.EVERY}
_PER: dict[str, dict[str, str]] = {"fr": fr.PER, "en": en.PER}
_DAYS_FR = dict(zip(en.DAYS, fr.DAYS, strict=True))
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_KIND = {
    "fr": {
        TermKind.OBLIGATION: "Obligation",
        TermKind.DEADLINE: "Délai",
        TermKind.AMOUNT: "Montant",
    },
    "en": {
        TermKind.OBLIGATION: "Obligation",
        TermKind.DEADLINE: "Deadline",
        TermKind.AMOUNT: "Amount",
    },
}
_ADDED = {
    "fr": {TermKind.OBLIGATION: "ajoutée", TermKind.DEADLINE: "ajouté", TermKind.AMOUNT: "ajouté"},
    "en": dict.fromkeys(TermKind, "added"),
}
_REMOVED = {
    "fr": {
        TermKind.OBLIGATION: "supprimée",
        TermKind.DEADLINE: "supprimé",
        TermKind.AMOUNT: "supprimé",
    },
    "en": dict.fromkeys(TermKind, "removed"),
}
# A deadline or amount that measures a criminal or administrative penalty (.penalties).
_PENALTY = {"fr": "Peine", "en": "Penalty"}
# The duty stays, who bears it changed (.voice).
_SUBJECT = {"fr": "sujet changé", "en": "subject changed"}
_CHANGED = {"fr": "modifiée", "en": "changed"}
_DIRECTION = {
    "fr": {Direction.WEAKENED: "affaiblie", Direction.STRENGTHENED: "renforcée"},
    "en": {Direction.WEAKENED: "weakened", Direction.STRENGTHENED: "strengthened"},
}


def _lang(language: str) -> str:
    return "en" if language == "en" else "fr"


def format_number(number: float, language: str) -> str:
    """``1 000,5`` in French (narrow no-break space for thousands), ``1,000.5`` in English."""
    if float(number).is_integer():
        text = f"{int(number):,}"
    else:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    if _lang(language) == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def written(term: Term) -> str:
    """The term as written, on one line (a term may wrap across lines in the source)."""
    return " ".join(term.text.split())


def _duration(value: Mapping[str, Any], lang: str) -> str | None:
    unit = str(value.get("unit"))
    if unit not in _UNITS[lang] or not isinstance(value.get("quantity"), int | float):
        return None
    quantity = float(value["quantity"])
    singular, plural = _UNITS[lang][unit]
    word = singular if quantity <= 1 else plural
    if value.get("business") and unit == "hour":
        word += (" ouvrée" if quantity <= 1 else " ouvrées") if lang == "fr" else ""
        if lang == "en":
            word = "business " + word
    return f"{format_number(quantity, lang)} {word}"


def _clock(text: str, lang: str) -> str:
    hours, minutes = text.split(":")
    if lang == "fr":
        return f"{int(hours)} h" + (f" {minutes}" if minutes != "00" else "")
    return text


def _deadline(value: Mapping[str, Any], lang: str) -> str | None:
    kind = value.get("type")
    if kind is None:
        return _duration(value, lang)
    if kind == "hours":
        if value.get("always"):
            return "24h/24" if lang == "fr" else "24/7"
        if "from" in value and "to" in value:
            start, end = _clock(value["from"], lang), _clock(value["to"], lang)
            return f"de {start} à {end}" if lang == "fr" else f"{start} to {end}"
    if kind == "days" and "from" in value and "to" in value:
        first, last = str(value["from"]), str(value["to"])
        if lang == "fr":
            return f"du {_DAYS_FR.get(first, first)} au {_DAYS_FR.get(last, last)}"
        return f"{first.capitalize()} to {last.capitalize()}"
    if kind == "periodicity" and "day" not in value:
        unit = str(value.get("unit"))
        count = value.get("quantity")
        if isinstance(count, int | float) and count != 1 and unit in _UNITS[lang]:
            words = _UNITS[lang][unit][1]
            every = "tous les" if lang == "fr" else "every"
            if lang == "fr" and unit in {"week", "hour", "minute", "second", "night"}:
                every = "toutes les"
            return f"{every} {format_number(float(count), lang)} {words}"
        return _EVERY[lang].get(unit)
    if kind == "date" and "date" in value:
        year, month, day = str(value["date"]).split("-")
        return f"{day}/{month}/{year}" if lang == "fr" else str(value["date"])
    return None


def _amount(value: Mapping[str, Any], lang: str) -> str | None:
    if "multiplier" in value:
        rate = "taux d'intérêt légal" if lang == "fr" else "legal interest rate"
        return f"{format_number(float(value['multiplier']), lang)} × {rate}"
    quantity = value.get("quantity")
    if not isinstance(quantity, int | float):
        return None
    number = format_number(quantity, lang)
    if value.get("unit") == "percent":
        text = f"{number} %" if lang == "fr" else f"{number}%"
    elif "currency" in value:
        code = str(value["currency"])
        symbol = _SYMBOLS.get(code)
        if lang == "fr":
            text = f"{number} {symbol or code}"
        else:
            text = f"{symbol}{number}" if symbol else f"{number} {code}"
        tax = value.get("tax")
        if tax:
            text += f" {tax}" if lang == "fr" else (" excl. tax" if tax == "HT" else " incl. tax")
    else:
        return None
    per = _PER[lang].get(str(value.get("per")))
    return f"{text} {per}" if per else text


def describe_value(term: Term, language: str) -> str:
    """A short phrase for the term's value, in ``language`` ("fr" or "en")."""
    lang = _lang(language)
    text: str | None = None
    if term.kind is TermKind.DEADLINE:
        text = _deadline(term.value, lang)
    elif term.kind is TermKind.AMOUNT:
        text = _amount(term.value, lang)
    # Shown as written, with straight apostrophes so "s’engage" and "s'engage" read alike.
    return text or written(term).replace("’", "'")


def describe_sides(change: TermChange, language: str, missing: str) -> tuple[str, str]:
    """The before and after wording of a change (``missing`` for an absent side).

    When both sides have the same value in other words ("quinze jours" / "15 jours"), the words
    are what changed, so both sides are shown as written.
    """
    before = describe_value(change.left, language) if change.left else missing
    after = describe_value(change.right, language) if change.right else missing
    if before == after and change.left and change.right:
        return written(change.left), written(change.right)
    return before, after


def is_penalty_change(change: TermChange) -> bool:
    """Whether the change is about a criminal or administrative penalty (either side)."""
    return any(t is not None and t.value.get("penalty") for t in (change.left, change.right))


def is_subject_change(change: TermChange) -> bool:
    """Whether the change is the same duty with another subject (one side in another voice, or
    another party bearing it: "Le Client doit" -> "Le Prestataire doit")."""
    return any(
        t is not None and (t.value.get("voice") or t.value.get("subject"))
        for t in (change.left, change.right)
    )


def kind_word(change: TermChange, language: str) -> str:
    """ "Obligation", "Délai", "Montant", or "Peine" for a penalty (in ``language``)."""
    lang = _lang(language)
    return _PENALTY[lang] if is_penalty_change(change) else _KIND[lang][change.kind]


def _gender(change: TermChange) -> TermKind:
    """The kind whose French agreement the change's noun takes ("Peine" is feminine, like
    "Obligation")."""
    return TermKind.OBLIGATION if is_penalty_change(change) else change.kind


def describe_change(change: TermChange, language: str) -> str:
    """One line for a term change: "Délai : 4 heures -> 5 jours ouvrés", "Deadline added: …"."""
    lang = _lang(language)
    colon = " : " if lang == "fr" else ": "
    kind = kind_word(change, lang)
    if change.change is TermChangeKind.ADDED and change.right is not None:
        added = _ADDED[lang][_gender(change)]
        return f"{kind} {added}{colon}{describe_value(change.right, lang)}"
    if change.change is TermChangeKind.REMOVED and change.left is not None:
        removed = _REMOVED[lang][_gender(change)]
        return f"{kind} {removed}{colon}{describe_value(change.left, lang)}"
    before, after = describe_sides(change, lang, "—")
    line = f"{kind}{colon}{before} -> {after}"
    word = _DIRECTION[lang].get(change.direction) if change.direction else None
    if is_subject_change(change):
        word = _SUBJECT[lang]
    if change.kind is TermKind.OBLIGATION and word:
        line += f" ({word})"
    return line


@dataclass(frozen=True, slots=True)
class ChangeInContext:
    """A term change worded for a lawyer: what changed, and where (see :func:`in_context`).

    ``headline`` is "Obligation affaiblie" or "Délai : 4 heures -> 5 jours ouvrés"; ``before``
    and ``after`` the excerpts of the sentence around each side's term ("" for a missing side).
    """

    headline: str
    before: str
    after: str

    def line(self) -> str:
        """All of it on one line: "Obligation affaiblie : « … doit … » -> « … peut … »"."""
        quoted = [f"« {text} »" for text in (self.before, self.after) if text]
        return f"{self.headline} — {' -> '.join(quoted)}" if quoted else self.headline


def in_context(
    change: TermChange, left_text: str, right_text: str, language: str
) -> ChangeInContext:
    """``change`` worded with excerpts of its sentences; ``left_text``/``right_text`` are the
    texts the left and right terms' offsets point into (the two documents)."""
    lang = _lang(language)
    before = excerpt(left_text, change.left.start, change.left.end) if change.left else ""
    after = excerpt(right_text, change.right.start, change.right.end) if change.right else ""
    if change.kind is not TermKind.OBLIGATION:
        return ChangeInContext(describe_change(change, lang), before, after)
    kind = _KIND[lang][change.kind]
    if change.change is TermChangeKind.ADDED:
        word = _ADDED[lang][change.kind]
    elif change.change is TermChangeKind.REMOVED:
        word = _REMOVED[lang][change.kind]
    elif is_subject_change(change):
        return ChangeInContext(
            f"{kind}{' : ' if lang == 'fr' else ': '}{_SUBJECT[lang]}", before, after
        )
    else:
        word = (
            _DIRECTION[lang].get(change.direction, _CHANGED[lang])
            if change.direction
            else _CHANGED[lang]
        )
    return ChangeInContext(f"{kind} {word}", before, after)
