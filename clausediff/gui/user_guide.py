"""Help ▸ User Guide (F1): the bundled HTML guide, in the interface language, in a Qt window.

The guide is ``resources/guide/guide-<language>.html`` (French and English, shipped in the wheel
and the bundle), read offline in a :class:`UserGuideWindow` (a ``QTextBrowser``; links to other
sites open in the system browser); the variants window opens it at its section. Both guides
give their sections the same ids. Its keyboard-shortcut table is generated from the main
window's own menus (:func:`~clausediff.gui.shortcuts_dialog.menu_shortcuts`, what Help ▸
Keyboard Shortcuts shows) between two marker comments, so it cannot drift from the actions: run
``python -m clausediff.gui.guide_update`` after changing a shortcut or a menu text, and a test
compares the table of each guide with the window's actions in that language.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from clausediff.gui.resources import resources_dir
from clausediff.gui.shortcuts_dialog import menu_shortcuts

LANGUAGES = ("fr", "en")
BEGIN = "<!-- shortcuts:begin -->"
END = "<!-- shortcuts:end -->"
Row = tuple[str, str, str]  # menu, action, keys


def guide_path(language: str) -> Path:
    """The guide in ``language`` (the English one for a language without a guide)."""
    folder = resources_dir() / "guide"
    wanted = folder / f"guide-{language}.html"
    return wanted if wanted.is_file() else folder / "guide-en.html"


def shortcut_rows(window: QMainWindow) -> list[Row]:
    """(menu, action, keys) for every action of the window's menus that has a shortcut."""
    return [(menu, text, keys) for menu, rows in menu_shortcuts(window) for text, keys in rows]


def shortcuts_table(rows: list[Row]) -> str:
    """The guide's table: one section row per menu, then its actions and their keys."""
    lines = ['<table id="shortcut-table">']
    menu = None
    for section, text, keys in rows:
        if section != menu:
            menu = section
            lines.append(f'<tr><th colspan="2">{html.escape(section)}</th></tr>')
        lines.append(f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    lines.append("</table>")
    return "\n".join(lines)


def table_rows(page: str) -> list[Row]:
    """The (menu, action, keys) rows of the shortcut table of a guide page."""
    start, end = page.index(BEGIN), page.index(END)
    rows: list[Row] = []
    menu = ""
    for cells in re.findall(r"<tr>(.*?)</tr>", page[start:end], flags=re.S):
        section = re.fullmatch(r'<th colspan="2">(.*)</th>', cells)
        if section:
            menu = html.unescape(section.group(1))
            continue
        found = re.fullmatch(r"<td>(.*)</td><td><b>(.*)</b></td>", cells)
        if found:
            rows.append((menu, html.unescape(found.group(1)), html.unescape(found.group(2))))
    return rows


def with_table(page: str, rows: list[Row]) -> str:
    """The guide page with its shortcut table replaced by one made of ``rows``."""
    start, end = page.index(BEGIN) + len(BEGIN), page.index(END)
    return page[:start] + "\n" + shortcuts_table(rows) + "\n" + page[end:]


class UserGuideWindow(QDialog):
    """The guide in a window of its own (not modal: it stays open beside the comparison)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_language(language)
        self.resize(760, 680)

    def show_language(self, language: str, section: str = "") -> None:
        """Show the guide of ``language`` (the window's title is the guide's own), at
        ``section`` (an id both guides share: "open", "variants", "shortcuts"...)."""
        self.language = language
        url = QUrl.fromLocalFile(str(guide_path(language)))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)
        self.setWindowTitle(self.browser.documentTitle())


def show_user_guide(window: QMainWindow, language: str, section: str = "") -> UserGuideWindow:
    """F1: raise the window's guide (opened once), in ``language``, at ``section``."""
    guide = window.findChild(UserGuideWindow, "userGuide")
    if not isinstance(guide, UserGuideWindow):
        guide = UserGuideWindow(language, window)
    if section or guide.language != language:
        guide.show_language(language, section)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
