"""Translations the Qt way, and the words for the core's enum keys.

The core returns keys (``PairStatus.MOVED``, ``TermKind.DEADLINE``); this module is the one
place that turns them into words, through ``QCoreApplication.translate`` so Qt Linguist sees
them (``QT_TRANSLATE_NOOP`` marks the data). :class:`Translations` installs the app's ``.qm``
(and Qt's own, for standard dialogs) for "fr" or "en"; installing a translator makes Qt send
``LanguageChange`` to every widget, which retranslates itself live.
"""

from __future__ import annotations

import re
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from clausediff.comparison import (
    PairStatus,
    TermChange,
    TermKind,
)
from clausediff.gui.resources import translations_dir
from clausediff.terms import describe_change

LANGUAGES = ("fr", "en")
CONTEXT = "Labels"

_STATUS = {
    PairStatus.UNCHANGED: QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    PairStatus.MODIFIED: QT_TRANSLATE_NOOP("Labels", "Modified"),
    PairStatus.MOVED: QT_TRANSLATE_NOOP("Labels", "Moved"),
    PairStatus.SPLIT: QT_TRANSLATE_NOOP("Labels", "Split"),
    PairStatus.MERGED: QT_TRANSLATE_NOOP("Labels", "Merged"),
    PairStatus.INSERTED: QT_TRANSLATE_NOOP("Labels", "Inserted"),
    PairStatus.DELETED: QT_TRANSLATE_NOOP("Labels", "Deleted"),
}
_TERM = {
    TermKind.OBLIGATION: QT_TRANSLATE_NOOP("Labels", "Obligation"),
    TermKind.DEADLINE: QT_TRANSLATE_NOOP("Labels", "Deadline"),
    TermKind.AMOUNT: QT_TRANSLATE_NOOP("Labels", "Amount"),
}
_TERM_SHORT = {
    TermKind.OBLIGATION: QT_TRANSLATE_NOOP("Labels", "Oblig."),
    TermKind.DEADLINE: QT_TRANSLATE_NOOP("Labels", "Deadline"),
    TermKind.AMOUNT: QT_TRANSLATE_NOOP("Labels", "Amount"),
}
_PROGRESS = {
    "reading": QT_TRANSLATE_NOOP("Labels", "Reading the files…"),
    "segmenting": QT_TRANSLATE_NOOP("Labels", "Finding the clauses…"),
    "aligning": QT_TRANSLATE_NOOP("Labels", "Aligning the clauses…"),
    "diffing": QT_TRANSLATE_NOOP("Labels", "Comparing the words…"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "report": QT_TRANSLATE_NOOP("Labels", "Building the report…"),
    "pdf": QT_TRANSLATE_NOOP("Labels", "Drawing the PDF pages…"),
}


def _tr(text: object) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP (typed ``object`` by the stubs)."""
    return QCoreApplication.translate(CONTEXT, str(text))


def status_label(status: PairStatus) -> str:
    """The word for a pair status in the current UI language."""
    return _tr(_STATUS[status])


def term_label(kind: TermKind, short: bool = False) -> str:
    """The word for a term kind ("Délai"), or its badge form."""
    return _tr((_TERM_SHORT if short else _TERM)[kind])


_PAGE = QT_TRANSLATE_NOOP("Labels", "Reading page %1 of %2…")
_WORKING = QT_TRANSLATE_NOOP("Labels", "Working…")
#: The first word of a core progress message -> its key in ``_PROGRESS``. The core's messages are
#: short English phrases ("aligning clauses", "reading page 3 of 40", "read contrat.pdf"); the
#: user sees them in the UI language, never raw English.
_STEMS = {
    "read": "reading",
    "reading": "reading",
    "segmenting": "segmenting",
    "aligning": "aligning",
    "diffing": "diffing",
    "diff": "diffing",
    "done": "done",
    "report": "report",
    "pdf": "pdf",
    "variants": "variants",
}
_PROGRESS["variants"] = QT_TRANSLATE_NOOP("Labels", "Comparing the variants…")


def progress_label(message: str) -> str:
    """The words, in the UI language, for a core progress message ("aligning clauses")."""
    step = re.fullmatch(r"(v\d → v\d): (.*)", message)  # one step of a chain of versions
    if step:
        return f"{step.group(1)} — {progress_label(step.group(2))}"
    page = re.fullmatch(r"reading page (\d+) of (\d+)", message)
    if page:
        return _tr(_PAGE).replace("%1", page.group(1)).replace("%2", page.group(2))
    stem = _STEMS.get(message.split(" ", 1)[0].lower()) if message else None
    return _tr(_PROGRESS[stem]) if stem is not None else _tr(_WORKING)


def describe_term_change(change: TermChange, language: str) -> str:
    """One line for a term change: "Délai : 4 heures -> 5 jours ouvrés".

    The wording is the terms engine's (:func:`clausediff.terms.describe_change`), the same the
    report prints; an error in it is a bug and is not hidden here.
    """
    return describe_change(change, language)


def system_language() -> str:
    """ "fr" when the system locale is French, else "en"."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def effective_language(preference: str) -> str:
    """The UI language for a preference ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


class Translations:
    """The installed translators; :meth:`install` swaps them for another language."""

    #: The translators ClauseDiff installed, whichever window asked. They are the application's,
    #: not a window's: a switch removes them all, so a window closed in French (or a second
    #: window) cannot leave Qt's French catalogue behind ("Alt+Bas" in an English window).
    _installed: ClassVar[list[QTranslator]] = []

    def __init__(self) -> None:
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use ``language`` ("fr"/"en") for the UI; True when its app catalogue was found."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in Translations._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        Translations._installed.clear()
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
        )
        found = False
        own = QTranslator(app)  # English too: it holds the plural forms ("1 clause", "2 clauses")
        if own.load(f"clausediff_{language}", str(translations_dir())):
            QCoreApplication.installTranslator(own)
            Translations._installed.append(own)
            found = True
        if language == "en":
            return found
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            QCoreApplication.installTranslator(qt)
            Translations._installed.append(qt)
        return found
