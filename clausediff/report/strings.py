"""Every word a report shows, in French and English.

The report model and its renderers (HTML, PDF, JSON) never write a visible word themselves: they
ask :func:`text` for it by key, so both languages stay complete and a missing translation fails a
test instead of leaking a key into a client's report. Enum values (:class:`PairStatus`,
:class:`TermKind`, :class:`Direction`, ...) are keys too, prefixed by their family
("status.moved", "kind.deadline"). No Qt, no I/O.
"""

from __future__ import annotations

import locale
import os
import re
from datetime import datetime
from typing import Final

LANGUAGES: Final = ("fr", "en")

_FR: Final[dict[str, str]] = {
    "title": "Rapport de comparaison",
    "subtitle": "Comparaison clause par clause",
    "left": "Gauche",
    "right": "Droite",
    "files": "Documents comparés",
    "file": "Fichier",
    "sha256": "Empreinte SHA-256",
    "sha.file": "du fichier",
    "sha.text": "du texte extrait (fichier introuvable)",
    "sha.changed": "du fichier comparé (le fichier a changé depuis sur le disque)",
    "date": "Date du rapport",
    "options": "Options de comparaison",
    "warnings": "Avertissements de lecture",
    "warning.tracked_changes_accepted": (
        "{count} modification(s) suivie(s) : comparé comme si toutes étaient acceptées"
    ),
    "warning.tracked_changes_original": (
        "{count} modification(s) suivie(s) : comparé comme si toutes "
        "étaient refusées (le texte d’origine)"
    ),
    "warning.notes_placed": (
        "{count} note(s) de bas de page ou de fin placée(s) après le paragraphe qui les appelle"
    ),
    "warning.text_boxes": "{count} zone(s) de texte lue(s) après leur paragraphe d’ancrage",
    "warning.comments_left_out": "{count} commentaire(s) non comparé(s)",
    "warning.hidden_text_left_out": "texte masqué écarté, comme l’application le masque",
    "warning.content_not_read": "contenu non lu : {what}",
    "warning.pages_without_text": "pages sans texte (numérisées ?) : {pages}",
    "warning.undecodable_characters": "{share} des caractères n’ont pas pu être décodés",
    "warning.columns_detected": "texte en colonnes en page(s) {pages} : lu colonne par colonne",
    "warning.invisible_controls": (
        "{count} caractère(s) de contrôle invisible(s) pouvant réordonner ou masquer le texte, "
        "montré(s) comme {kinds}"
    ),
    "warning.page_parts_left_out": "page web : parties écartées ({parts})",
    "warning.rtf_unbalanced": (
        "le RTF semble tronqué ou endommagé : {unclosed} groupe(s) jamais fermé(s), {stray} "
        "accolade(s) fermante(s) sans groupe ; le texte comparé peut être incomplet"
    ),
    "warning.other": "{text}",
    "option.ignore_case": "Ignorer la casse",
    "option.ignore_punctuation": "Ignorer la ponctuation",
    "option.ignore_whitespace": "Ignorer les espaces",
    "option.ignore_numbering": "Ignorer la numérotation",
    "yes": "oui",
    "no": "non",
    "summary": "Synthèse",
    "summary.statuses": "Clauses par statut",
    "summary.total": "Total",
    "summary.terms": "Modifications des termes",
    "summary.no_terms": "Aucune obligation, aucun délai ni montant n’a changé.",
    "summary.no_changes": "Les deux documents ont les mêmes clauses, sans modification.",
    "chain.title": "Rapport de comparaison — versions successives",
    "chain.versions": "Versions comparées",
    "chain.version": "Version",
    "chain.where": "Où chaque clause a changé",
    "chain.lead": "Chaque clause de {whole} qui a changé, et l'étape où elle a changé.",
    "chain.clause": "Clause",
    "chain.overall": "Dans {whole}",
    "chain.changed_in": "A changé",
    "chain.none": "Aucune clause n'a changé d'une version à l'autre.",
    "chain.step": "Étape {label}",
    "trace.first": "en {first} seulement",
    "trace.second": "en {second} seulement",
    "trace.both": "en {first}, puis de nouveau en {second}",
    "trace.back": "en {first}, puis rétablie en {second}",
    "trace.neither": "à aucune étape",
    "col.clause": "Clause",
    "col.kind": "Terme",
    "col.change": "Changement",
    "col.before": "Avant",
    "col.after": "Après",
    "col.direction": "Sens",
    "col.status": "Statut",
    "col.count": "Nombre",
    "details": "Détail des clauses",
    "details.changed": "Clauses modifiées, dans l’ordre du document",
    "details.all": "Toutes les clauses, dans l’ordre du document",
    "similarity": "Similarité",
    "part.kept": "Partie {n} sur {total}, {label}\u202f: {percent} conservée, dans {where}",
    "part.rewritten": "Partie {n} sur {total}, {label}\u202f: réécrite (rien retrouvé)",
    "choice": "Décision",
    "note": "Note",
    "absent.left": "(absente de la version de gauche)",
    "clause.cut": (
        "[… {count} caractères de plus, non reproduits dans le PDF\u202f: voir le rapport HTML "
        "ou JSON]"
    ),
    "absent.right": "(absente de la version de droite)",
    "truncated": "Clause trop longue : comparaison globale, sans détail mot à mot.",
    "renumbered": "renumérotée",
    "retitled": "titre modifié",
    "term_changes": "Termes modifiés",
    "legend": "Légende",
    "legend.delete": "Texte supprimé (barré)",
    "legend.insert": "Texte ajouté (souligné)",
    "legend.moved": "Clause déplacée (filet vert et flèche ⇅)",
    "legend.term": "{kind} (lettre {letter} en exposant)",
    "legend.changed_term": "Terme modifié : en gras",
    "status.unchanged": "Inchangée",
    "status.modified": "Modifiée",
    "status.moved": "Déplacée",
    "status.split": "Scindée",
    "status.merged": "Fusionnée",
    "status.inserted": "Ajoutée",
    "status.deleted": "Supprimée",
    "kind.obligation": "Obligation",
    "kind.deadline": "Délai",
    "kind.amount": "Montant",
    "kind.penalty": "Peine",
    "letter.obligation": "O",
    "letter.deadline": "D",
    "letter.amount": "M",
    # Past participles agree with the term: une obligation modifiée, un délai modifié.
    "change.changed.obligation": "modifiée",
    "change.added.obligation": "ajoutée",
    "change.removed.obligation": "supprimée",
    "change.changed.deadline": "modifié",
    "change.added.deadline": "ajouté",
    "change.removed.deadline": "supprimé",
    "change.changed.amount": "modifié",
    "change.added.amount": "ajouté",
    "change.removed.amount": "supprimé",
    "direction.longer": "plus long",
    "direction.shorter": "plus court",
    "direction.higher": "en hausse",
    "direction.lower": "en baisse",
    "direction.weakened": "affaiblie",
    "direction.strengthened": "renforcée",
    "direction.other": "autre",
    "direction.subject": "sujet changé",
    "side.left": "Version de gauche retenue",
    "side.right": "Version de droite retenue",
    "side.custom": "Texte rédigé par l’utilisateur",
    "side.none": "Pas encore de décision",
    "page": "page {n} / {m}",
    "generated_by": "Établi avec ClauseDiff {version}",
    "position": "clause n° {n}",
    "none": "—",
    "colon": "\u202f: ",
    "redline.title": "Comparaison en mode révision",
    "matter": "Dossier",
    "client": "Client",
    "confidential": "CONFIDENTIEL",
    "assemble.note": "Note : clauses sans décision",
    "assemble.right": "Aucune décision n’a été prise pour les clauses suivantes ; le texte de la "
    "version de droite a été retenu :",
    "assemble.left": "Aucune décision n’a été prise pour les clauses suivantes ; le texte de la "
    "version de gauche a été retenu :",
}

_EN: Final[dict[str, str]] = {
    "title": "Comparison report",
    "subtitle": "Clause-by-clause comparison",
    "left": "Left",
    "right": "Right",
    "files": "Documents compared",
    "file": "File",
    "sha256": "SHA-256 fingerprint",
    "sha.file": "of the file",
    "sha.text": "of the extracted text (file not found)",
    "sha.changed": "of the file as compared (the file on disk has changed since)",
    "date": "Report date",
    "options": "Comparison options",
    "warnings": "Reading warnings",
    "warning.tracked_changes_accepted": (
        "{count} tracked change(s): compared as if all were accepted"
    ),
    "warning.tracked_changes_original": (
        "{count} tracked change(s): compared as if all were rejected (the original text)"
    ),
    "warning.notes_placed": (
        "{count} footnote(s) or endnote(s) placed after the paragraph that calls them"
    ),
    "warning.text_boxes": "{count} text box(es) read after their anchor paragraph",
    "warning.comments_left_out": "{count} comment(s) not compared",
    "warning.hidden_text_left_out": "hidden text left out, as the application hides it",
    "warning.content_not_read": "content not read: {what}",
    "warning.pages_without_text": "pages without text (scanned?): {pages}",
    "warning.undecodable_characters": "{share} of the characters could not be decoded",
    "warning.columns_detected": (
        "text laid out in columns on page(s) {pages}: read column by column"
    ),
    "warning.invisible_controls": (
        "{count} invisible control character(s) that can reorder or hide text, shown as {kinds}"
    ),
    "warning.page_parts_left_out": "web page: left out {parts}",
    "warning.rtf_unbalanced": (
        "the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing "
        "brace(s) without a group; the text compared may be incomplete"
    ),
    "warning.other": "{text}",
    "option.ignore_case": "Ignore case",
    "option.ignore_punctuation": "Ignore punctuation",
    "option.ignore_whitespace": "Ignore whitespace",
    "option.ignore_numbering": "Ignore numbering",
    "yes": "yes",
    "no": "no",
    "summary": "Summary",
    "summary.statuses": "Clauses by status",
    "summary.total": "Total",
    "summary.terms": "Changes to terms",
    "summary.no_terms": "No obligation, deadline or amount changed.",
    "summary.no_changes": "Both documents have the same clauses, unchanged.",
    "chain.title": "Comparison report — successive versions",
    "chain.versions": "Versions compared",
    "chain.version": "Version",
    "chain.where": "Where each clause changed",
    "chain.lead": "Every clause of {whole} that changed, and the step it changed in.",
    "chain.clause": "Clause",
    "chain.overall": "In {whole}",
    "chain.changed_in": "Changed",
    "chain.none": "No clause changed from one version to the next.",
    "chain.step": "Step {label}",
    "trace.first": "in {first} only",
    "trace.second": "in {second} only",
    "trace.both": "in {first} and again in {second}",
    "trace.back": "in {first}, then changed back in {second}",
    "trace.neither": "in no step",
    "col.clause": "Clause",
    "col.kind": "Term",
    "col.change": "Change",
    "col.before": "Before",
    "col.after": "After",
    "col.direction": "Direction",
    "col.status": "Status",
    "col.count": "Count",
    "details": "Clause details",
    "details.changed": "Changed clauses, in document order",
    "details.all": "All clauses, in document order",
    "similarity": "Similarity",
    "part.kept": "Part {n} of {total}, {label}: {percent} kept, in {where}",
    "part.rewritten": "Part {n} of {total}, {label}: rewritten (nothing found)",
    "choice": "Decision",
    "note": "Note",
    "absent.left": "(not in the left version)",
    "clause.cut": "[… {count} more characters not drawn in the PDF: see the HTML or JSON report]",
    "absent.right": "(not in the right version)",
    "truncated": "Clause too long: compared as a whole, without word-level detail.",
    "renumbered": "renumbered",
    "retitled": "heading changed",
    "term_changes": "Changed terms",
    "legend": "Legend",
    "legend.delete": "Deleted text (struck through)",
    "legend.insert": "Inserted text (underlined)",
    "legend.moved": "Moved clause (green rule and ⇅ arrow)",
    "legend.term": "{kind} (superscript letter {letter})",
    "legend.changed_term": "Changed term: in bold",
    "status.unchanged": "Unchanged",
    "status.modified": "Modified",
    "status.moved": "Moved",
    "status.split": "Split",
    "status.merged": "Merged",
    "status.inserted": "Inserted",
    "status.deleted": "Deleted",
    "kind.obligation": "Obligation",
    "kind.deadline": "Deadline",
    "kind.amount": "Amount",
    "kind.penalty": "Penalty",
    "letter.obligation": "O",
    "letter.deadline": "D",
    "letter.amount": "A",
    "change.changed.obligation": "changed",
    "change.added.obligation": "added",
    "change.removed.obligation": "removed",
    "change.changed.deadline": "changed",
    "change.added.deadline": "added",
    "change.removed.deadline": "removed",
    "change.changed.amount": "changed",
    "change.added.amount": "added",
    "change.removed.amount": "removed",
    "direction.longer": "longer",
    "direction.shorter": "shorter",
    "direction.higher": "higher",
    "direction.lower": "lower",
    "direction.weakened": "weakened",
    "direction.strengthened": "strengthened",
    "direction.other": "other",
    "direction.subject": "subject changed",
    "side.left": "Left version kept",
    "side.right": "Right version kept",
    "side.custom": "Text written by the user",
    "side.none": "No decision yet",
    "page": "page {n} / {m}",
    "generated_by": "Produced with ClauseDiff {version}",
    "position": "clause no. {n}",
    "none": "—",
    "colon": ": ",
    "redline.title": "Redline comparison",
    "matter": "Matter",
    "client": "Client",
    "confidential": "CONFIDENTIAL",
    "assemble.note": "Note: clauses without a decision",
    "assemble.right": "No decision was made on the following clauses; the right-hand version "
    "was kept:",
    "assemble.left": "No decision was made on the following clauses; the left-hand version "
    "was kept:",
}

_TABLES: Final[dict[str, dict[str, str]]] = {"fr": _FR, "en": _EN}

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def check_language(language: str) -> str:
    """Return ``language`` if reports can be written in it, else raise ``ValueError``."""
    if language not in _TABLES:
        raise ValueError(f"unsupported report language {language!r}: use one of {LANGUAGES}")
    return language


def text(language: str, key: str, **values: object) -> str:
    """The wording of ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    template = _TABLES[check_language(language)][key]
    return template.format(**values) if values else template


def warning(language: str, code: str, parameters: dict[str, str]) -> str:
    """A reader warning (its code and parameters) worded in ``language``; the parameters come
    from the file, so they fill the template as plain values, never as format directives."""
    template = _TABLES[check_language(language)][f"warning.{code}"]
    return re.sub(r"\{(\w+)\}", lambda match: parameters.get(match.group(1), ""), template)


def keys(language: str) -> frozenset[str]:
    """Every key of one language (tests check both languages have the same set)."""
    return frozenset(_TABLES[check_language(language)])


def percent(value: float, language: str) -> str:
    """A ratio as a whole percentage: "87 %" (French, narrow no-break space) or "87%"."""
    number = round(value * 100)
    return f"{number}\u202f%" if language == "fr" else f"{number}%"


def long_date(moment: datetime, language: str) -> str:
    """A date and time a reader can sign under: "26 novembre 2026, 09:20 UTC"."""
    month = _MONTHS[check_language(language)][moment.month - 1]
    zone = moment.tzname() or ""
    clock = moment.strftime("%H:%M")
    return f"{moment.day} {month} {moment.year}, {clock} {zone}".rstrip()


def default_language() -> str:
    """French when the user's locale is French, else English (the issue's default rule)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    current = locale.getlocale()[0] or ""
    return "fr" if current.lower().startswith("fr") else "en"
