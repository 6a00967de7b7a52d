"""Help > Keyboard Shortcuts: every shortcut of a window, grouped by the menu that holds it.

:class:`ShortcutsDialog` reads the window's own menu bar (so another window's actions, such as
an open variants window's, never appear), one section per menu, each action with all its key
sequences in the platform's notation. It only reads actions; it never changes them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, "Ctrl+Shift+Z, Ctrl+Y")]) in menu order, empty menus left out."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(title: str, menu: QMenu) -> None:
        rows: list[tuple[str, str]] = []
        sections.append((title, rows))  # before its submenus, as the menu shows them
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(f"{title} › {_plain(submenu.title())}", submenu)
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.text():
                rows.append((_plain(action.text()), ", ".join(keys)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(_plain(menu.title()), menu)
    return [(title, rows) for title, rows in sections if rows]


class ShortcutsDialog(QDialog):
    """A two-column tree: menu, then its actions and their shortcuts."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts")
        self._window = window
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(540, 720)

    def retranslate(self) -> None:
        """Titles and rows in the current language (action texts come translated)."""
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.clear()
        for title, rows in menu_shortcuts(self._window):
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in rows:
                QTreeWidgetItem(section, [text, keys])
        self.tree.expandAll()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) for every row shown: what tests and screen readers see."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(index)
            if section is None:
                continue
            for child in range(section.childCount()):
                item = section.child(child)
                if item is not None:
                    found.append((section.text(0), item.text(0), item.text(1)))
        return found
