"""What the readers warned about each document, shown above that document's half of the view.

A reader lists what it could not render exactly as the author's application shows it (tracked
changes and the state compared, notes placed, text boxes read, content left out, pages without
text, columns...) as :class:`~clausediff.document.ReaderWarning` s: a stable code with
parameters. :func:`warning_text` words one in the interface language (the templates below are
marked for Qt Linguist); :class:`ReaderWarningsBar` shows the left document's warnings on the
left and the right one's on the right, and hides itself when neither has any. Plain text only:
the parameters come from the files.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from clausediff.comparison import Side
from clausediff.document import Document, ReaderWarning, WarningCode

_CONTEXT = "ReaderWarningsBar"  # the class below: Qt looks its context up
_TEMPLATES: dict[WarningCode, object] = {
    WarningCode.TRACKED_CHANGES_ACCEPTED: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar",
        "{count} tracked change(s): compared as if all were accepted",
    ),
    WarningCode.TRACKED_CHANGES_ORIGINAL: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar",
        "{count} tracked change(s): compared as if all were rejected (the original text)",
    ),
    WarningCode.NOTES_PLACED: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar",
        "{count} footnote(s) or endnote(s) placed after the paragraph that calls them",
    ),
    WarningCode.TEXT_BOXES: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "{count} text box(es) read after their anchor paragraph"
    ),
    WarningCode.COMMENTS_LEFT_OUT: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "{count} comment(s) not compared"
    ),
    WarningCode.HIDDEN_TEXT_LEFT_OUT: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "hidden text left out, as the application hides it"
    ),
    WarningCode.CONTENT_NOT_READ: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "content not read: {what}"
    ),
    WarningCode.PAGES_WITHOUT_TEXT: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "pages without text (scanned?): {pages}"
    ),
    WarningCode.UNDECODABLE_CHARACTERS: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "{share} of the characters could not be decoded"
    ),
    WarningCode.COLUMNS_DETECTED: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "text laid out in columns on page(s) {pages}: read column by column"
    ),
    WarningCode.INVISIBLE_CONTROLS: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar",
        "{count} invisible control character(s) that can reorder or hide text, shown as {kinds}",
    ),
    WarningCode.PAGE_PARTS_LEFT_OUT: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar", "web page: left out {parts}"
    ),
    WarningCode.RTF_UNBALANCED: QT_TRANSLATE_NOOP(
        "ReaderWarningsBar",
        "the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing "
        "brace(s) without a group; the text compared may be incomplete",
    ),
}


def warning_text(warning: ReaderWarning) -> str:
    """One warning in the interface language (an unknown or free-text one as written)."""
    template = _TEMPLATES.get(warning.code)
    if template is None:
        return str(warning)
    return warning.render(QCoreApplication.translate(_CONTEXT, str(template)))


class ReaderWarningsBar(QFrame):
    """The readers' warnings of both documents, each above its own half; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerWarnings")
        self.setStyleSheet(
            "QFrame#readerWarnings { background: rgba(255, 193, 7, 0.16); }"
            "QFrame#readerWarnings QLabel { padding: 2px 0; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 24, 4)
        layout.setSpacing(16)
        self.labels: dict[Side, QLabel] = {}
        for side in Side:
            label = QLabel(self)
            label.setObjectName(f"{side.value}Warnings")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label, 1)
            self.labels[side] = label
        self.warnings: dict[Side, tuple[ReaderWarning, ...]] = {Side.LEFT: (), Side.RIGHT: ()}
        self.setVisible(False)

    def show_documents(self, left: Document | None, right: Document | None) -> None:
        """Show the warnings of the documents compared (None: no document on that side)."""
        self.warnings = {
            Side.LEFT: left.warnings if left is not None else (),
            Side.RIGHT: right.warnings if right is not None else (),
        }
        self.retranslate()

    def retranslate(self) -> None:
        """Word every warning in the current language."""
        for side, label in self.labels.items():
            lines = [f"⚠ {warning_text(warning)}" for warning in self.warnings[side]]
            label.setText("\n".join(lines))
            label.setToolTip(
                self.tr("What the reader could not show exactly as the document's application")
                if lines
                else ""
            )
        self.setVisible(any(self.warnings.values()))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
