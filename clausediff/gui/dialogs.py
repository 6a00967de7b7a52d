"""Every modal question the window asks, behind small functions tests can replace.

The window calls ``dialogs.show_error(...)``, ``dialogs.open_file(...)`` and so on through this
module, so a test monkeypatches one function instead of racing a modal event loop. Each function
is a thin wrapper over a standard Qt dialog; none of them touches the data.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from clausediff.report.letterhead import Letterhead
from clausediff.store.session import SUFFIX, Keep

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class SaveAnswer(StrEnum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def contract_filter(suffixes: tuple[str, ...]) -> str:
    """File-dialog filter for the contract formats ClauseDiff reads."""
    patterns = " ".join(f"*{s}" for s in suffixes)
    contracts = QCoreApplication.translate("Dialogs", "Contracts")
    every = QCoreApplication.translate("Dialogs", "All files")
    return f"{contracts} ({patterns});;{every} (*)"


def session_filter() -> str:
    """File-dialog filter for session files."""
    sessions = QCoreApplication.translate("Dialogs", "ClauseDiff sessions")
    return f"{sessions} (*{SUFFIX})"


def error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """The warning box :func:`show_error` runs: ``title`` as its bold first line, then ``message``.

    The title goes into the box's text, not only its window title: macOS never shows a message
    box's title, and the core's one-line messages are English, so without it a French user read
    nothing in French about what failed.
    """
    text = f"<p><b>{html.escape(title)}</b></p><p>{html.escape(message)}</p>"
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something failed; the message is one sentence from the core."""
    error_box(parent, title, message).exec()


def open_file(parent: QWidget | None, title: str, file_filter: str, folder: str = "") -> str:
    """Ask for one existing file; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path


def open_files(parent: QWidget | None, title: str, file_filter: str, folder: str = "") -> list[str]:
    """Ask for one or more existing files; [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, file_filter)
    return list(paths)


def save_file(parent: QWidget | None, title: str, file_filter: str, suggested: str) -> str:
    """Ask where to write a file; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def readable_time(iso: str) -> str:
    """An ISO 8601 time ("2026-11-26T10:33:46+00:00") in local time, as the UI language writes
    dates ("26/11/2026 11:33"); the text unchanged when it is not such a time."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def ask_recover(parent: QWidget | None, saved_at: str) -> bool:
    """After a crash: offer to restore the autosaved session."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Recover your work?"),
        QCoreApplication.translate(
            "Dialogs", "ClauseDiff did not close normally. Restore the session autosaved at %1?"
        ).replace("%1", readable_time(saved_at)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None) -> SaveAnswer:
    """Before closing or replacing a session with unsaved decisions."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Unsaved decisions"),
        QCoreApplication.translate("Dialogs", "Save your decisions and notes before continuing?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return SaveAnswer.SAVE
    return SaveAnswer.DISCARD if answer == buttons.Discard else SaveAnswer.CANCEL


def info_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The box :func:`show_info` runs; ``text`` (which may hold clause headings) as plain text."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def ask_reread_changed(parent: QWidget | None, names: Sequence[str]) -> bool:
    """Before F5 reads contract files whose content differs from what the session compared."""
    return _ask_yes_default_no(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Files changed"),
        QCoreApplication.translate(
            "Dialogs",
            "These files are not the versions this session compared:\n%1\n\n"
            "Read them again and compare their current content?",
        ).replace("%1", "\n".join(f"– {name}" for name in names)),
    )


def ask_overwrite_changed(parent: QWidget | None, name: str) -> bool:
    """Before Save overwrites a session file another program rewrote since it was opened."""
    return _ask_yes_default_no(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "Session file changed"),
        QCoreApplication.translate(
            "Dialogs",
            "“%1” was changed by another program since you opened or saved it. "
            "Overwrite it with your version? (Choose No, then Save As, to keep both.)",
        ).replace("%1", name),
    )


def _ask_yes_default_no(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> bool:
    """A Yes/No question in plain text whose default (Return, Escape) is the safe No."""
    box = QMessageBox(icon, "", "", parent=parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """An information box (decisions not carried over, …)."""
    info_box(parent, title, text).exec()


def undecided_box(
    parent: QWidget | None, labels: Sequence[str]
) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """The box :func:`ask_undecided` runs, its "right" and "left" buttons; the clauses' labels
    (user text) are shown as text."""
    shown = "\n".join(f"– {label}" for label in labels[:12])
    if len(labels) > 12:
        shown += "\n…"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Clauses without a decision"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs",
            "%n changed clause(s) have no decision. Which text should the contract take for them? "
            "They will be listed in a note at the end of the contract.",
            "",
            len(labels),
        )
    )
    # The labels are user text: shown as plain text, one a line. Qt 6.11 shows the informative
    # text in the box's format (the old "<qt>…<br>…</qt>" read as markup there); older Qt
    # guessed its format, so its label is made plain here whatever the version.
    box.setInformativeText(shown)
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
    right = box.addButton(
        QCoreApplication.translate("Dialogs", "Take Right-Hand Text"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    left = box.addButton(
        QCoreApplication.translate("Dialogs", "Take Left-Hand Text"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box, right, left


def ask_undecided(parent: QWidget | None, labels: Sequence[str]) -> Keep | None:
    """Before assembling: changed clauses have no decision; take which side for them, or cancel."""
    box, right, left = undecided_box(parent, labels)
    box.exec()
    clicked = box.clickedButton()
    if clicked is right:
        return Keep.RIGHT
    if clicked is left:
        return Keep.LEFT
    return None


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """Qt's print dialog: the printer (page size, copies) the user chose, or None on cancel."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Print the Report"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def ask_letterhead(parent: QWidget | None, current: Letterhead) -> Letterhead | None:
    """Before a PDF report: the matter, the client and "Confidential" (all optional), or None."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

    translate = QCoreApplication.translate
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "PDF Report"))
    form = QFormLayout(dialog)
    matter = QLineEdit(current.matter, dialog)
    client = QLineEdit(current.client, dialog)
    confidential = QCheckBox(translate("Dialogs", "Mark every page “Confidential”"), dialog)
    confidential.setChecked(current.confidential)
    form.addRow(translate("Dialogs", "&Matter:"), matter)
    form.addRow(translate("Dialogs", "&Client:"), client)
    form.addRow(confidential)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Letterhead(matter.text(), client.text(), confidential.isChecked())


class ReportScope(StrEnum):
    """What a report of a chain of versions covers."""

    STEP = "step"  #: the step on screen, as for two documents
    ALL = "all"  #: where each clause changed, then every step


def ask_chain_scope(parent: QWidget | None, step: str) -> ReportScope | None:
    """Before a PDF or HTML report while a chain is shown: this step (``step``, "v2 → v3") or
    all steps; None on cancel."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Report of the Versions"))
    box.setText(translate("Dialogs", "Export the report of which steps?"))
    box.setInformativeText(
        translate(
            "Dialogs",
            "All steps: where each clause changed, then each step's comparison.",
        )
    )
    this_step = box.addButton(
        translate("Dialogs", "This Step (%1)").replace("%1", step),
        QMessageBox.ButtonRole.AcceptRole,
    )
    all_steps = box.addButton(translate("Dialogs", "All Steps"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(all_steps)
    box.exec()
    clicked = box.clickedButton()
    if clicked is this_step:
        return ReportScope.STEP
    if clicked is all_steps:
        return ReportScope.ALL
    return None
