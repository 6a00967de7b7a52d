"""The recent files on the welcome screen: one click (or Tab and Return) reopens one.

:class:`RecentFiles` shows the settings' recent files, most recent first, each as a flat
button with the file's name (its folder and full path in the tooltip) and a small × button that
removes it from the list. A file that is no longer where it was is shown greyed out with "not
found" and cannot be opened; its × stays, so the list can be cleaned. Every button takes the
keyboard focus in reading order. The widget only emits requests (:attr:`open_requested`,
:attr:`remove_requested`); the window opens the file or edits the settings. Plain text only:
file names come from the user's disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from clausediff.gui.plain_text import plain_tooltip

#: How many recent files the welcome screen lists (File ▸ Open Recent has them all).
SHOWN = 5


class RecentFiles(QWidget):
    """The welcome screen's list of recent files (see the module docstring)."""

    open_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, files: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentFiles")
        self._files = files
        self.title = QLabel(self)
        self.title.setObjectName("recentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(4)
        self.rows.setVerticalSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        self.buttons: list[tuple[str, QPushButton, QToolButton]] = []
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the settings (also when the language changes)."""
        for _path, open_button, remove_button in self.buttons:
            open_button.deleteLater()
            remove_button.deleteLater()
        self.buttons = []
        paths = self._files()[:SHOWN]
        self.title.setText(self.tr("Recent files"))
        for row, path in enumerate(paths):
            self._add_row(row, path)
        self.setVisible(bool(paths))

    def _add_row(self, row: int, path: str) -> None:
        name = Path(path).name or path
        found = Path(path).exists()
        open_button = QPushButton(self)
        open_button.setObjectName("recentFile")
        open_button.setFlat(True)
        open_button.setAutoDefault(True)  # Return opens the focused file
        open_button.setStyleSheet("text-align: left; padding: 3px 6px;")
        shown = name.replace("&", "&&")  # a literal "&" ("Dupont & Fils.docx"), not a mnemonic
        open_button.setText(shown if found else self.tr("%1 — not found").replace("%1", shown))
        open_button.setToolTip(plain_tooltip(path))
        open_button.setAccessibleName(
            self.tr("Open %1").replace("%1", name)
            if found
            else self.tr("%1, not found").replace("%1", name)
        )
        open_button.setEnabled(found)  # greyed out: moved or deleted since
        open_button.clicked.connect(lambda _=False, p=path: self.open_requested.emit(p))
        remove_button = QToolButton(self)
        remove_button.setObjectName("forgetRecentFile")
        remove_button.setText("×")
        remove_button.setAutoRaise(True)
        remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab
        tip = self.tr("Remove %1 from the recent files").replace("%1", name)
        remove_button.setToolTip(plain_tooltip(tip))
        remove_button.setAccessibleName(tip)
        remove_button.clicked.connect(lambda _=False, p=path: self.remove_requested.emit(p))
        self.rows.addWidget(open_button, row, 0)
        self.rows.addWidget(remove_button, row, 1)
        self.buttons.append((path, open_button, remove_button))

    def changeEvent(self, event: QEvent) -> None:
        """Reword the list when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
