"""French words of obligations, deadlines and amounts, with examples the tests run.

Contract: data only (see :mod:`clausediff.terms.lang`). Spellings used as lookup keys are
*folded* (lower case, no accents, straight apostrophes) where the comment says so; the others
are written as contracts write them and the rule builders make them match any case, spacing and
apostrophe. No I/O, no Qt.
"""

from __future__ import annotations

from clausediff.terms.lang import Negative, Positive, split_words

# --- numbers ------------------------------------------------------------------------------------
# Number words ("trente-six", "quatre-vingt-dix" are built from them). "un/une" are here: the
# deadline rules decide in which contexts a lone "un" counts as a quantity.
NUMBER_WORDS: tuple[str, ...] = split_words(
    """zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
    quinze seize vingt vingts trente quarante cinquante soixante cent cents mille million
    millions milliard milliards"""
)

# Ordinals that name which day of a period: "le cinquième jour ouvré du mois".
ORDINALS: tuple[str, ...] = split_words(
    """premier 1er dernier deuxième second troisième quatrième cinquième sixième septième
    huitième neuvième dixième quinzième vingtième trentième"""
)
ORDINAL_DIGITS = r"\d{1,2}(?:e|ème)"  # "5e", "10ème"

# --- time ---------------------------------------------------------------------------------------
# Units of time: folded spelling -> canonical unit of the guidelines. "nuitée" is not here: it is
# a billed overnight stay (a count of things), not a length of time.
UNITS: dict[str, str] = {
    **dict.fromkeys(["seconde", "secondes"], "second"),
    **dict.fromkeys(["minute", "minutes", "min", "mn"], "minute"),
    **dict.fromkeys(["heure", "heures", "h"], "hour"),
    **dict.fromkeys(["jour", "jours", "journee", "journees", "j"], "day"),
    **dict.fromkeys(["semaine", "semaines"], "week"),
    **dict.fromkeys(["mois"], "month"),
    **dict.fromkeys(["an", "ans", "annee", "annees"], "year"),
    **dict.fromkeys(["nuit", "nuits"], "night"),
    **dict.fromkeys(["trimestre", "trimestres"], "quarter"),
    **dict.fromkeys(["semestre", "semestres"], "half_year"),
}
# How a canonical unit is written back: (singular, plural).
UNIT_NAMES: dict[str, tuple[str, str]] = {
    "second": ("seconde", "secondes"),
    "minute": ("minute", "minutes"),
    "hour": ("heure", "heures"),
    "day": ("jour", "jours"),
    "business_day": ("jour ouvré", "jours ouvrés"),
    "week": ("semaine", "semaines"),
    "month": ("mois", "mois"),
    "year": ("an", "ans"),
    "night": ("nuit", "nuits"),
    "quarter": ("trimestre", "trimestres"),
}
# A periodicity and a time denominator, written back: "chaque mois", "par mois".
EVERY: dict[str, str] = {
    "second": "chaque seconde",
    "minute": "chaque minute",
    "hour": "chaque heure",
    "day": "chaque jour",
    "business_day": "chaque jour ouvré",
    "week": "chaque semaine",
    "month": "chaque mois",
    "quarter": "chaque trimestre",
    "year": "chaque année",
    "night": "chaque nuit",
}
PER: dict[str, str] = {
    "hour": "par heure",
    "day": "par jour",
    "night": "par nuit",
    "week": "par semaine",
    "month": "par mois",
    "quarter": "par trimestre",
    "year": "par an",
}
# Qualifiers written after a unit ("5 jours ouvrés", "10 jours francs", "deux mois
# consécutifs"), and (folded) those of them that make days (or hours) business days (hours).
UNIT_QUALIFIERS: tuple[str, ...] = (
    *split_words(
        """ouvré ouvrés ouvrée ouvrées ouvrable ouvrables franc francs plein pleins entier
        entiers calendaire calendaires civil civils successif successifs successive successives
        consécutif consécutifs consécutive consécutives"""
    ),
    "de calendrier",
)
BUSINESS: frozenset[str] = frozenset(
    ["ouvre", "ouvres", "ouvree", "ouvrees", "ouvrable", "ouvrables"]
)
# Adjectives and adverbs of periodicity (folded) -> unit: "un audit annuel", "mensuellement".
PERIODIC: dict[str, str] = {
    **dict.fromkeys(["quotidien", "quotidienne", "quotidiens", "quotidiennes"], "day"),
    **dict.fromkeys(["quotidiennement", "journalier", "journaliers"], "day"),
    **dict.fromkeys(["journaliere", "journalieres"], "day"),
    **dict.fromkeys(["hebdomadaire", "hebdomadaires", "hebdomadairement"], "week"),
    **dict.fromkeys(["mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement"], "month"),
    **dict.fromkeys(["trimestriel", "trimestrielle", "trimestriels", "trimestrielles"], "quarter"),
    **dict.fromkeys(["trimestriellement"], "quarter"),
    **dict.fromkeys(["semestriellement"], "half_year"),
    # twice a week: the periodicity builder turns it into half a week
    **dict.fromkeys(["bihebdomadaire"], "week"),
    **dict.fromkeys(["semestriel", "semestrielle", "semestriels", "semestrielles"], "half_year"),
    **dict.fromkeys(["annuel", "annuelle", "annuels", "annuelles", "annuellement"], "year"),
}
# Day and month names (folded), in calendar order.
DAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS: tuple[str, ...] = split_words(
    """janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"""
)

# Time-limit markers: when one directly precedes the quantity, the deadline span starts with it
# ("au plus tard quatre (4) heures"); the anchor event after the quantity is never included.
DEADLINE_MARKERS: tuple[str, ...] = (
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
    "dans un délai de moins d'",
    "dans les",
    "dans",
    "sous",
    "au moins",
    "au minimum",
    "au maximum",
    "au plus",
    "d'au moins",
    "d'au plus",
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
    "en moins de",
    "durant",
    "après",
    "avant",
    "égal ou supérieur à",
    "égale ou supérieure à",
    "supérieur à",
    "supérieure à",
    "inférieur à",
    "inférieure à",
    "au-delà de",
    "au-delà d'",
    "à partir de",
    "à partir d'",
    "a partir de",
    "entre",
    "en",
    "pour",
    # only in front of a quantity, never alone before a lone "un": "le dernier jour d'un mois"
    "d'",
)
# The guideline's closed list of vague time limits (value {"vague": true}), with variants.
VAGUE_LIMITS: tuple[str, ...] = (
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
    "dans des délais raisonnables",
    "un délai raisonnable",
    "dès que possible",
    "aussitôt que possible",
    "sans tarder",
    "sans attendre",
)

# --- obligations --------------------------------------------------------------------------------
# Forms of "devoir" (a duty; "ne doit pas" a prohibition) and of "pouvoir" (a permission; "ne
# peut" a prohibition). "devrait" is not here: a conditional recommends, it does not bind.
DUTY_MODALS: tuple[str, ...] = split_words(
    """doit doivent devra devront devez devons dois devrons devrez"""
)
PERMISSION_MODALS: tuple[str, ...] = split_words(
    """peut peuvent pourra pourront pouvez pourrez pouvons pourrons peux"""
)

# --- amounts ------------------------------------------------------------------------------------
# Currency words -> ISO code (symbols and codes, common to both languages, are in amounts.py).
CURRENCY_WORDS: dict[str, str] = {
    **dict.fromkeys(["euro", "euros"], "EUR"),
    **dict.fromkeys(
        ["dollars us", "dollars américains", "dollar américain", "dollars", "dollar"], "USD"
    ),
    **dict.fromkeys(["livres sterling", "livre sterling"], "GBP"),
    **dict.fromkeys(["francs suisses", "franc suisse"], "CHF"),
    **dict.fromkeys(["dollars canadiens"], "CAD"),
    **dict.fromkeys(["yen", "yens"], "JPY"),
    **dict.fromkeys(["dollars de singapour"], "SGD"),
    **dict.fromkeys(["dollars australiens"], "AUD"),
}
# Scale words between the number and the currency: "2 millions d'euros".
SCALES: dict[str, int] = {
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
}
# Tax markers (folded) -> "HT" (before tax) or "TTC" (tax included).
TAXES: dict[str, str] = {
    **dict.fromkeys(
        ["ht", "h.t.", "h.t", "hors taxes", "hors taxe", "hors tva", "+ tva", "tva en sus"], "HT"
    ),
    **dict.fromkeys(
        ["ttc", "t.t.c.", "t.t.c", "toutes taxes comprises", "tva incluse", "tva comprise"],
        "TTC",
    ),
}
PERCENT_WORDS: tuple[str, ...] = (
    "pour cent",
    "pourcent",
    "pour-cent",
    "p. 100",
    "p.100",
    "pour 100",
)

# --- examples -----------------------------------------------------------------------------------
# Each must be found with exactly this span (most come from the guidelines' examples).
POSITIVE: tuple[Positive, ...] = (
    ("Le Client doit régler la facture.", "obligation", "doit"),
    ("Le Prestataire s'engage à ne pas divulguer les données.", "obligation", "s'engage à ne pas"),
    ("Le Client est tenu de notifier toute anomalie.", "obligation", "est tenu"),
    ("Le titulaire ne peut céder le marché.", "obligation", "ne peut"),
    ("Le coût de transfert ne devra pas excéder le prix.", "obligation", "ne devra pas"),
    ("Il lui appartient de vérifier la conformité.", "obligation", "Il lui appartient"),
    (
        "Le Prestataire intervient au plus tard quatre (4) heures après la réception de l'appel.",
        "deadline",
        "au plus tard quatre (4) heures",
    ),
    ("La livraison a lieu sous huitaine.", "deadline", "sous huitaine"),
    (
        "Le paiement intervient dans un délai de 30 jours ouvrés.",
        "deadline",
        "dans un délai de 30 jours ouvrés",
    ),
    ("Le Prestataire répond dans les meilleurs délais.", "deadline", "dans les meilleurs délais"),
    ("Le Prestataire transmet chaque mois un décompte.", "deadline", "chaque mois"),
    ("Un audit annuel est réalisé.", "deadline", "annuel"),
    ("Le support est ouvert du lundi au vendredi.", "deadline", "du lundi au vendredi"),
    ("Le service est disponible 24h/24 et 7j/7.", "deadline", "24h/24 et 7j/7"),
    ("La facture est émise à la fin du mois.", "deadline", "à la fin du mois"),
    ("Le prix est de 110 € HT par mois.", "amount", "110 € HT par mois"),
    (
        "La prestation est facturée 700 euros Hors Taxes par jour.",
        "amount",
        "700 euros Hors Taxes par jour",
    ),
    ("Une remise de dix pour cent (10%) est accordée.", "amount", "dix pour cent (10%)"),
    ("Le capital social est de 2 millions d'euros.", "amount", "2 millions d'euros"),
    (
        "Les intérêts sont dus à 1 fois et demi le taux d'intérêt légal.",
        "amount",
        "1 fois et demi le taux d'intérêt légal",
    ),
)
# Each must stay unlabelled (the guidelines' counter-examples).
NEGATIVE: tuple[Negative, ...] = (
    ("Le Client peut émettre des instructions supplémentaires.", "obligation", "peut"),
    ("Le Prestataire transmet le rapport au Client.", "obligation", "transmet"),
    ("Le Prestataire ne pourra être tenu responsable des retards.", "obligation", "ne pourra"),
    ("Si nous devons planifier une interruption, nous vous préviendrons.", "obligation", "devons"),
    ("Les délais considérés sont comptés en jours ouvrés.", "deadline", "délais"),
    ("La loi n°78-17 du 6 janvier 1978 s'applique.", "deadline", "6 janvier 1978"),
    ("Le contrat court pendant toute la durée du projet.", "deadline", "pendant toute la durée"),
    ("Ce service est réservé aux enfants de moins de 12 ans.", "deadline", "12 ans"),
    ("Les samedis, dimanches et jours fériés ne sont pas comptés.", "deadline", "samedis"),
    ("Premier mois de non-respect : avertissement.", "deadline", "Premier mois"),
    ("Le montant total annuel est plafonné.", "deadline", "annuel"),
    ("Conformément à l'article 6.2, le Client paie.", "amount", "6.2"),
    ("Les montants sont libellés en euros taxes comprises.", "amount", "euros"),
    ("Au moins deux (2) moyens de contact sont fournis.", "amount", "deux (2)"),
)
