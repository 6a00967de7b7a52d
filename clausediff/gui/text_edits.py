"""The exact text of a plain-text editor, non-breaking spaces included.

``QPlainTextEdit.toPlainText()`` turns every U+00A0 NO-BREAK SPACE into an ordinary space. French
contracts put one before ":", ";", "€" and "%" and inside « », so custom wordings, notes and new
variant wordings read back through it lost their typography (and differed from the clause they
started from). :func:`exact_text` reads the document's raw text instead and maps Qt's paragraph
and line separators back to "\\n". No other change; nothing here knows about contracts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def exact_text(edit: QPlainTextEdit) -> str:
    """``edit``'s text as typed or set, with its non-breaking spaces."""
    return edit.document().toRawText().translate(_SEPARATORS)
