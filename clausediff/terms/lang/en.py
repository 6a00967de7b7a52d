"""English words of obligations, deadlines and amounts, with examples the tests run.

Contract: data only (see :mod:`clausediff.terms.lang`). Spellings used as lookup keys are lower
case where the comment says so; the others are written as contracts write them and the rule
builders make them match any case, spacing and apostrophe. No I/O, no Qt.
"""

from __future__ import annotations

from clausediff.terms.lang import Negative, Positive, split_words

# --- numbers ------------------------------------------------------------------------------------
# Number words ("twenty-four", "one hundred and five" are built from them). "one" is here: the
# deadline rules decide in which contexts a lone "one" counts as a quantity.
NUMBER_WORDS: tuple[str, ...] = split_words(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion"""
)

# Ordinals that name which day of a period: "the fifth business day of each month".
ORDINALS: tuple[str, ...] = split_words(
    """last first second third fourth fifth sixth seventh eighth ninth tenth fifteenth
    twentieth thirtieth"""
)
ORDINAL_DIGITS = r"\d{1,2}(?:st|nd|rd|th)"  # "5th", "21st"

# --- time ---------------------------------------------------------------------------------------
# Units of time: lower-case spelling -> canonical unit of the guidelines.
UNITS: dict[str, str] = {
    **dict.fromkeys(["second", "seconds", "sec", "secs"], "second"),
    **dict.fromkeys(["minute", "minutes", "min", "mins"], "minute"),
    **dict.fromkeys(["hour", "hours", "hr", "hrs", "h"], "hour"),
    **dict.fromkeys(["day", "days"], "day"),
    **dict.fromkeys(["week", "weeks"], "week"),
    **dict.fromkeys(["month", "months"], "month"),
    **dict.fromkeys(["year", "years", "yr", "yrs"], "year"),
    **dict.fromkeys(["night", "nights"], "night"),
    **dict.fromkeys(["quarter", "quarters"], "quarter"),
}
# How a canonical unit is written back: (singular, plural).
UNIT_NAMES: dict[str, tuple[str, str]] = {
    "second": ("second", "seconds"),
    "minute": ("minute", "minutes"),
    "hour": ("hour", "hours"),
    "day": ("day", "days"),
    "business_day": ("business day", "business days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "night": ("night", "nights"),
    "quarter": ("quarter", "quarters"),
}
# A periodicity and a time denominator, written back: "every month", "per month".
EVERY: dict[str, str] = {
    "second": "every second",
    "minute": "every minute",
    "hour": "every hour",
    "day": "every day",
    "business_day": "every business day",
    "week": "every week",
    "month": "every month",
    "quarter": "every quarter",
    "year": "every year",
    "night": "every night",
}
PER: dict[str, str] = {
    "hour": "per hour",
    "day": "per day",
    "night": "per night",
    "week": "per week",
    "month": "per month",
    "quarter": "per quarter",
    "year": "per year",
}
# Qualifiers written before a unit ("5 business days", "30 consecutive days"), and those of them
# that make days (or hours) business days (hours).
UNIT_QUALIFIERS: tuple[str, ...] = (
    "business",
    "working",
    "calendar",
    "consecutive",
    "full",
    "clear",
    "banking",
)
BUSINESS: frozenset[str] = frozenset(["business", "working"])
# Adjectives and adverbs of periodicity -> unit: "a monthly report", "annually".
PERIODIC: dict[str, str] = {
    **dict.fromkeys(["daily"], "day"),
    **dict.fromkeys(["weekly"], "week"),
    **dict.fromkeys(["monthly"], "month"),
    **dict.fromkeys(["quarterly"], "quarter"),
    **dict.fromkeys(["biannually", "semiannually"], "half_year"),
    # every two weeks / months: the periodicity builder adds "quantity": 2 for these
    **dict.fromkeys(["bi-weekly", "biweekly", "fortnightly"], "week"),
    **dict.fromkeys(["bi-monthly", "bimonthly"], "month"),
    **dict.fromkeys(["semi-annual", "semiannual", "semi-annually", "biannual"], "half_year"),
    **dict.fromkeys(["annual", "annually", "yearly", "per annum"], "year"),
}
# Day and month names (lower case), in calendar order.
DAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
MONTHS: tuple[str, ...] = split_words(
    """january february march april may june july august september october november december"""
)

# Time-limit markers: when one directly precedes the quantity, the deadline span starts with it
# ("within 72 hours"); the anchor event after the quantity is never included.
DEADLINE_MARKERS: tuple[str, ...] = (
    "within",
    "within the first",
    "within the last",
    "within a period of",
    "no later than",
    "not later than",
    "at least",
    "at most",
    "no fewer than",
    "not fewer than",
    "no less than",
    "not less than",
    "no more than",
    "not more than",
    "for",
    "for a period of",
    "for a period of at least",
    "for a period of up to",
    "for a period not exceeding",
    "for a minimum of",
    "for a maximum of",
    "for a term of",
    "for an initial term of",
    "for at least",
    "for up to",
    "for more than",
    "for less than",
    "during",
    "during the",
    "after",
    "up to",
    "more than",
    "less than",
    "over",
    "in",
    "in excess of",
    "upon",
    "the first",
    "the last",
    "the next",
    "the preceding",
    "a minimum of",
    "a maximum of",
    "an additional",
    "additional",
    "of at least",
)
# The guideline's closed list of vague time limits (value {"vague": true}), with variants.
VAGUE_LIMITS: tuple[str, ...] = (
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
    "a reasonable time",
    "a reasonable period of time",
    "forthwith",
    "as promptly as possible",
    "as promptly as practicable",
)

# --- obligations --------------------------------------------------------------------------------
# Modals of a duty ("shall not" / "must not" a prohibition) and of a permission ("may not" a
# prohibition). "will" and "should" are not here: the guidelines label neither.
DUTY_MODALS: tuple[str, ...] = ("shall", "must")
PERMISSION_MODALS: tuple[str, ...] = ("may", "can")

# --- amounts ------------------------------------------------------------------------------------
# Currency words -> ISO code (symbols and codes, common to both languages, are in amounts.py).
CURRENCY_WORDS: dict[str, str] = {
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(
        ["u.s. dollars", "u.s. dollar", "us dollars", "us dollar", "dollars", "dollar"], "USD"
    ),
    **dict.fromkeys(["pounds sterling", "pound sterling", "pounds", "pound"], "GBP"),
    **dict.fromkeys(["swiss francs"], "CHF"),
    **dict.fromkeys(["canadian dollars"], "CAD"),
    **dict.fromkeys(["yen"], "JPY"),
    **dict.fromkeys(["singapore dollars"], "SGD"),
    **dict.fromkeys(["australian dollars"], "AUD"),
    **dict.fromkeys(["hong kong dollars"], "HKD"),
    **dict.fromkeys(["new zealand dollars"], "NZD"),
}
# Scale words between the number and the currency: "2 million dollars".
SCALES: dict[str, int] = {
    "thousand": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
}
# Tax markers (lower case) -> "HT" (before tax) or "TTC" (tax included).
TAXES: dict[str, str] = {
    **dict.fromkeys(
        [
            "excluding vat",
            "excl. vat",
            "excl vat",
            "exclusive of vat",
            "plus vat",
            "net of tax",
            "net of taxes",
            "excluding taxes",
            "exclusive of taxes",
            "vat excluded",
            "before tax",
            "before taxes",
        ],
        "HT",
    ),
    **dict.fromkeys(
        [
            "including vat",
            "inclusive of vat",
            "incl. vat",
            "incl vat",
            "vat included",
            "vat inclusive",
            "including taxes",
            "taxes included",
            "all taxes included",
        ],
        "TTC",
    ),
}
PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "p.c.")

# --- examples -----------------------------------------------------------------------------------
# Each must be found with exactly this span (most come from the guidelines' examples).
POSITIVE: tuple[Positive, ...] = (
    ("Partner shall notify GitHub without undue delay.", "obligation", "shall"),
    ("The cost shall not exceed the cost of the data transfer.", "obligation", "shall not"),
    ("Customer agrees to pay all fees.", "obligation", "agrees to"),
    (
        "It is Customer's responsibility to back up its data.",
        "obligation",
        "It is Customer's responsibility to",
    ),
    ("Licensee may not sublicense the Software.", "obligation", "may not"),
    ("Partner shall notify GitHub without undue delay.", "deadline", "without undue delay"),
    ("Partner shall notify GitHub within 72 hours.", "deadline", "within 72 hours"),
    (
        "Fees are due no later than five (5) business days after invoice.",
        "deadline",
        "no later than five (5) business days",
    ),
    ("Support is available 24/7.", "deadline", "24/7"),
    ("Support is available Monday to Friday.", "deadline", "Monday to Friday"),
    ("Provider sends a monthly report.", "deadline", "monthly"),
    ("Invoices are issued at the end of the month.", "deadline", "at the end of the month"),
    ("Late payments bear interest of 1.0% per month.", "amount", "1.0% per month"),
    ("The fee is $5,000.00 USD.", "amount", "$5,000.00 USD"),
    (
        "A fee of one hundred U.S. dollars (US $100) applies.",
        "amount",
        "one hundred U.S. dollars (US $100)",
    ),
    ("Availability is at least 99.9%.", "amount", "99.9%"),
)
# Each must stay unlabelled (the guidelines' counter-examples).
NEGATIVE: tuple[Negative, ...] = (
    ("GitHub will remit the payment.", "obligation", "will"),
    ("Customer may terminate this Agreement.", "obligation", "may"),
    ('"Affiliate" shall mean any entity that controls a party.', "obligation", "shall"),
    ("This Section shall survive termination.", "obligation", "shall"),
    ("Partner shall have 15 days to cure.", "obligation", "shall"),
    ("If we have to plan any downtime, we will tell you.", "obligation", "have to"),
    ("You should keep a copy.", "obligation", "should"),
    ("Provider is not responsible for delays.", "obligation", "responsible"),
    ("This Agreement remains in force during the term.", "deadline", "during the term"),
    ("Users must be at least 13 years of age.", "deadline", "13 years"),
    ("Support excludes weekends and national U.S. holidays.", "deadline", "weekends"),
    ("First month of non-compliance: a warning.", "deadline", "First month"),
    ("Payments are made in U.S. Dollars.", "amount", "Dollars"),
    ("Severity 1 incidents are handled first.", "amount", "1"),
)
