"""Every command of the window as a QAction, with its shortcut, so all of it works without a mouse.

:class:`Actions` creates the actions (grouped by menu), sets their texts in
:meth:`Actions.retranslate` and enables them for what is on screen; :class:`~clausediff.gui.menus.
Menus` lays them into the menu bar. The window connects ``triggered`` to its slots; nothing here
acts on the data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from clausediff.comparison import Pair
from clausediff.gui.resources import icon_path
from clausediff.options import CompareOptions, Revisions
from clausediff.store.session import Keep

StandardKey = QKeySequence.StandardKey


class Actions(QObject):
    """The window's actions; attributes are named after what they do."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()

        def make(
            name: str,
            shortcut: str | StandardKey | list[str] | None = None,
            checkable: bool = False,
            icon: QIcon | None = None,
        ) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            elif shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            if icon is not None:
                action.setIcon(icon)
            window.addAction(action)
            return action

        pixmap = QStyle.StandardPixmap
        # File
        self.open_pair = make(
            "openPair", StandardKey.Open, icon=style.standardIcon(pixmap.SP_DialogOpenButton)
        )
        self.open_left = make("openLeft", "Ctrl+Shift+L")
        self.open_right = make("openRight", "Ctrl+Shift+R")
        self.open_samples = make("openSamples")
        self.demo_variants = make("demoVariants")
        self.open_library = make("openLibrary", "Ctrl+Shift+B")
        self.portfolio = make("portfolioReview")
        self.swap = make(
            "swapSides", "Ctrl+Shift+X", icon=style.standardIcon(pixmap.SP_BrowserReload)
        )
        self.open_session = make("openSession", "Ctrl+Shift+O")
        self.save_session = make(
            "saveSession", StandardKey.Save, icon=style.standardIcon(pixmap.SP_DialogSaveButton)
        )
        self.save_session_as = make("saveSessionAs", "Ctrl+Shift+S")
        self.export_pdf = make("exportPdf", "Ctrl+E", icon=style.standardIcon(pixmap.SP_FileIcon))
        self.export_html = make("exportHtml")
        self.export_json = make("exportJson")
        self.export_redline = make("exportRedline")
        self.print_report = make("printReport", StandardKey.Print)
        self.export_docx = make("exportDocx")
        self.export_txt = make("exportTxt")
        self.preferences = make("preferences", "Ctrl+,")
        self.quit = make("quit", StandardKey.Quit)
        # Edit
        self.find = make("find", StandardKey.Find)
        # Checkable: they show the decision on the current pair (the window keeps them in sync).
        choice = QIcon(str(icon_path("choice")))
        self.keep_left = make("keepLeft", "Alt+Left", checkable=True, icon=choice)
        self.keep_right = make("keepRight", "Alt+Right", checkable=True, icon=choice)
        self.clear_choice = make("clearChoice", "Alt+Backspace")
        self.edit_custom = make("editCustom", "F2")
        self.edit_note = make("editNote", "Ctrl+Shift+N", icon=QIcon(str(icon_path("note"))))
        self.link = make("link", "Ctrl+K")
        self.unlink = make("unlink", "Ctrl+Shift+K")
        self.find_similar = make("findSimilar", "Ctrl+Alt+F")
        # View
        self.next_change = make(
            "nextChange", "Alt+Down", icon=style.standardIcon(pixmap.SP_ArrowDown)
        )
        self.previous_change = make(
            "previousChange", "Alt+Up", icon=style.standardIcon(pixmap.SP_ArrowUp)
        )
        self.next_term = make("nextTermChange", "Alt+Shift+Down")
        self.previous_term = make("previousTermChange", "Alt+Shift+Up")
        self.zoom_in = make("zoomIn", ["Ctrl++", "Ctrl+="])
        self.zoom_out = make("zoomOut", "Ctrl+-")
        self.zoom_reset = make("zoomReset", "Ctrl+0")
        self.fold = make("foldIdentical", "Ctrl+Shift+F", checkable=True)
        self.show_obligations = make("showObligations", "Ctrl+Alt+1", checkable=True)
        self.show_deadlines = make("showDeadlines", "Ctrl+Alt+2", checkable=True)
        self.show_amounts = make("showAmounts", "Ctrl+Alt+3", checkable=True)
        # Compare
        self.ignore_case = make("ignoreCase", checkable=True)
        self.ignore_punctuation = make("ignorePunctuation", checkable=True)
        self.ignore_whitespace = make("ignoreWhitespace", checkable=True)
        self.ignore_numbering = make("ignoreNumbering", checkable=True)
        self.original_revisions = make("originalRevisions", checkable=True)
        self.rerun = make("rerun", StandardKey.Refresh)
        self.cancel = make("cancel", "Esc", icon=style.standardIcon(pixmap.SP_DialogCancelButton))
        # Help
        self.about = make("about")
        # F1 opens the user guide; its table lists these shortcuts too.
        self.user_guide = make("userGuide", StandardKey.HelpContents)
        self.shortcuts = make("shortcuts", "Ctrl+F1")
        self.retranslate()

    def term_toggles(self) -> list[QAction]:
        """The three term-highlight toggles, in legend order."""
        return [self.show_obligations, self.show_deadlines, self.show_amounts]

    def compare_options(self) -> CompareOptions:
        """The comparison options as the Compare menu is ticked."""
        return CompareOptions(
            ignore_case=self.ignore_case.isChecked(),
            ignore_punctuation=self.ignore_punctuation.isChecked(),
            ignore_whitespace=self.ignore_whitespace.isChecked(),
            ignore_numbering=self.ignore_numbering.isChecked(),
            revisions=Revisions.ORIGINAL
            if self.original_revisions.isChecked()
            else Revisions.ACCEPTED,
        )

    def show_compare_options(self, options: CompareOptions) -> None:
        """Tick the Compare menu as ``options`` say, without triggering a re-run."""
        for action, value in (
            (self.ignore_case, options.ignore_case),
            (self.ignore_punctuation, options.ignore_punctuation),
            (self.ignore_whitespace, options.ignore_whitespace),
            (self.ignore_numbering, options.ignore_numbering),
            (self.original_revisions, options.revisions is Revisions.ORIGINAL),
        ):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    def enable_for(
        self, *, has_comparison: bool, pair: Pair | None, kept: Keep | None, busy: bool
    ) -> None:
        """Enable what makes sense with this comparison, current pair and decision, and tick
        the keep toggles as the decision says."""
        for action in (
            self.save_session,
            self.save_session_as,
            self.export_pdf,
            self.export_html,
            self.export_json,
            self.export_redline,
            self.print_report,
            self.export_docx,
            self.export_txt,
            self.next_change,
            self.previous_change,
            self.next_term,
            self.previous_term,
            self.rerun,
            self.swap,
            self.link,
        ):
            action.setEnabled(has_comparison)
        for action in (
            self.keep_left,
            self.keep_right,
            self.clear_choice,
            self.edit_custom,
            self.edit_note,
            self.find_similar,
        ):
            action.setEnabled(pair is not None)
        self.unlink.setEnabled(pair is not None and bool(pair.left) and bool(pair.right))
        self.keep_left.setChecked(kept is Keep.LEFT)
        self.keep_right.setChecked(kept is Keep.RIGHT)
        self.cancel.setEnabled(busy)

    def retranslate(self) -> None:
        """Set every action's text and tip in the current language."""
        texts = {
            self.open_pair: (
                self.tr("&Open Two Contracts…"),
                self.tr("Choose the left, then the right document"),
            ),
            self.open_left: (self.tr("Open &Left Document…"), self.tr("Replace the left document")),
            self.open_right: (
                self.tr("Open &Right Document…"),
                self.tr("Replace the right document"),
            ),
            self.open_samples: (
                self.tr("Try with Sa&mple Contracts"),
                self.tr("Compare the two bundled sample contracts"),
            ),
            self.demo_variants: (
                self.tr("Try the Clause &Variants Demo"),
                self.tr("Compare the eight variants of the bundled clause library"),
            ),
            self.open_library: (
                self.tr("Open a Clause Li&brary…"),
                self.tr("Compare the variants of a clause from a clause library"),
            ),
            self.portfolio: (
                self.tr("Port&folio Review…"),
                self.tr("Compare one template with a folder of contracts"),
            ),
            self.find_similar: (
                self.tr("Find &Similar Clauses in Library…"),
                self.tr("The library variants closest to this clause"),
            ),
            self.swap: (
                self.tr("S&wap Sides"),
                self.tr("Put the left document on the right and back"),
            ),
            self.open_session: (
                self.tr("Open Sess&ion…"),
                self.tr("Reopen a saved .clausediff session"),
            ),
            self.save_session: (
                self.tr("&Save Session"),
                self.tr("Save the comparison and your decisions"),
            ),
            self.save_session_as: (
                self.tr("Save Session &As…"),
                self.tr("Save the session under a new name"),
            ),
            self.export_pdf: (
                self.tr("Report as &PDF…"),
                self.tr("Export the comparison report as PDF"),
            ),
            self.export_html: (
                self.tr("Report as &HTML…"),
                self.tr("Export the comparison report as a web page"),
            ),
            self.export_json: (
                self.tr("Report as &JSON…"),
                self.tr("Export the comparison report as JSON data"),
            ),
            self.print_report: (
                self.tr("Print Repor&t…"),
                self.tr("Print the comparison report, laid out as the PDF"),
            ),
            self.export_redline: (
                self.tr("Word &Redline (.docx)…"),
                self.tr(
                    "The right document with every change as a tracked revision (Word, LibreOffice)"
                ),
            ),
            self.export_docx: (
                self.tr("Assembled Contract (.&docx)…"),
                self.tr("The right document with your decisions applied"),
            ),
            self.export_txt: (
                self.tr("Assembled Contract (.&txt)…"),
                self.tr("The right document with your decisions applied, as plain text"),
            ),
            self.preferences: (self.tr("&Preferences…"), self.tr("Language, colours, text size")),
            self.quit: (self.tr("&Quit"), self.tr("Close ClauseDiff")),
            self.find: (self.tr("&Find Clause…"), self.tr("Search the clauses")),
            self.keep_left: (
                self.tr("Keep &Left"),
                self.tr("Keep the left version of this clause"),
            ),
            self.keep_right: (
                self.tr("Keep Ri&ght"),
                self.tr("Keep the right version of this clause"),
            ),
            self.clear_choice: (
                self.tr("&Clear Decision"),
                self.tr("Forget the decision on this clause"),
            ),
            self.edit_custom: (
                self.tr("Edit Cus&tom Text"),
                self.tr("Write your own version of this clause"),
            ),
            self.edit_note: (self.tr("Add &Note"), self.tr("Write a note on this clause")),
            self.link: (
                self.tr("Lin&k Selected Clauses"),
                self.tr("Pair the selected left and right clauses by hand"),
            ),
            self.unlink: (
                self.tr("Unlink &Pair"),
                self.tr("Break this pair into a deleted and an inserted clause"),
            ),
            self.next_change: (self.tr("&Next Change"), self.tr("Go to the next changed clause")),
            self.previous_change: (
                self.tr("&Previous Change"),
                self.tr("Go to the previous changed clause"),
            ),
            self.next_term: (
                self.tr("Next &Term Change"),
                self.tr("Go to the next change of obligation, deadline or amount"),
            ),
            self.previous_term: (
                self.tr("Previous T&erm Change"),
                self.tr("Go to the previous change of obligation, deadline or amount"),
            ),
            self.zoom_in: (self.tr("Zoom &In"), self.tr("Larger text")),
            self.zoom_out: (self.tr("Zoom &Out"), self.tr("Smaller text")),
            self.zoom_reset: (self.tr("&Actual Size"), self.tr("Default text size")),
            self.fold: (
                self.tr("&Fold Identical Clauses"),
                self.tr("Show runs of identical clauses as one line"),
            ),
            self.show_obligations: (
                self.tr("Obligations"),
                self.tr("Highlight obligations (shall, must, doit…)"),
            ),
            self.show_deadlines: (
                self.tr("Deadlines"),
                self.tr("Highlight deadlines and durations"),
            ),
            self.show_amounts: (self.tr("Amounts"), self.tr("Highlight amounts of money")),
            self.ignore_case: (
                self.tr("Ignore &Case"),
                self.tr("Compare without regard to upper and lower case"),
            ),
            self.ignore_punctuation: (
                self.tr("Ignore &Punctuation"),
                self.tr("Compare without punctuation"),
            ),
            self.ignore_whitespace: (
                self.tr("Ignore &Whitespace"),
                self.tr("Compare without regard to spaces and line breaks"),
            ),
            self.ignore_numbering: (
                self.tr("Ignore &Numbering"),
                self.tr("Compare without clause numbers"),
            ),
            self.original_revisions: (
                self.tr("Tracked Changes: Compare the &Original Text"),
                self.tr(
                    "Read documents with tracked changes as if every change were rejected "
                    "(unticked: as if every change were accepted)"
                ),
            ),
            self.rerun: (
                self.tr("Compare A&gain"),
                self.tr("Read the files again and compare them, keeping your decisions"),
            ),
            self.cancel: (self.tr("C&ancel"), self.tr("Stop the running comparison")),
            self.about: (self.tr("&About ClauseDiff"), self.tr("Versions and licences")),
            self.user_guide: (
                self.tr("&User Guide"),
                self.tr("How to use ClauseDiff, in the language of the interface"),
            ),
            self.shortcuts: (
                self.tr("&Keyboard Shortcuts"),
                self.tr("Every shortcut of the window"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
