"""Every word of the variants report and summaries, in French and English.

:func:`text` looks a key up for a language (any language other than "en" gets French, ClauseDiff
being French first) and fills ``{placeholders}``. The GUI
translates its own labels with Qt Linguist; this table serves the Qt-free report and text
exports. No Qt, no I/O.
"""

from __future__ import annotations

from typing import Final

_FR: Final[dict[str, str]] = {
    "title": "Variantes de clause",
    "count": "{n} variante(s)",
    "reference": "Référence",
    "variant": "Variante",
    "similarity": "Similarité",
    "similarity_matrix": "Similarité entre variantes",
    "terms": "Termes et similarité à la référence",
    "col.deadlines": "Délais",
    "col.hours": "Horaires et périodicités",
    "col.amounts": "Montants",
    "col.obligations": "Obligations",
    "grid": "Dispositions alignées",
    "provision": "Disposition {n}",
    "silent": "(muettes : {names})",
    "differences": "Différences avec la référence",
    "legend": "Légende : barré rouge = texte de la référence absent de la variante ; souligné "
    "bleu = texte ajouté par la variante ; fond violet = obligation, orange = délai, "
    "vert = montant.",
    "in_common": "dispositions communes\u202f: {shared} sur {total}",
    "provision_column": "Disposition",
    "kept": "{share} en commun",
    "only_reference": "seulement dans la référence",
    "only_variant": "seulement dans cette variante",
    "absent": "— absente",
    "choice": "Choix",
    "preferred": "Variante retenue",
    "custom": "Rédaction propre, à partir de {base}",
    "note": "Note",
    "no_choice": "Aucune variante retenue pour l’instant.",
    "sources": "Sources",
    "produced": "établi le {date}",
    "colon": "\u202f: ",
}

_EN: Final[dict[str, str]] = {
    "title": "Clause variants",
    "count": "{n} variant(s)",
    "reference": "Reference",
    "variant": "Variant",
    "similarity": "Similarity",
    "similarity_matrix": "Similarity between variants",
    "terms": "Terms and similarity to the reference",
    "col.deadlines": "Deadlines",
    "col.hours": "Hours and periods",
    "col.amounts": "Amounts",
    "col.obligations": "Obligations",
    "grid": "Aligned provisions",
    "provision": "Provision {n}",
    "silent": "(silent: {names})",
    "differences": "Differences from the reference",
    "legend": "Legend: red strike-through = reference text the variant lacks; blue underline = "
    "text the variant adds; purple = obligation, orange = deadline, green = amount.",
    "in_common": "provisions in common: {shared} of {total}",
    "provision_column": "Provision",
    "kept": "{share} in common",
    "only_reference": "only in the reference",
    "only_variant": "only in this variant",
    "absent": "— absent",
    "choice": "Choice",
    "preferred": "Preferred variant",
    "custom": "Own wording, starting from {base}",
    "note": "Note",
    "no_choice": "No variant chosen yet.",
    "sources": "Sources",
    "produced": "produced on {date}",
    "colon": ": ",
}


def text(language: str, key: str, **values: object) -> str:
    """The wording of ``key`` in ``language`` ("en", else French), placeholders filled."""
    table = _EN if language == "en" else _FR
    return table[key].format(**values) if values else table[key]
