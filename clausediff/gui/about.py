"""The About box: ClauseDiff's version, and the version and licence of everything it ships.

:func:`shipped_components` lists Qt, Python and every library clausediff needs at run time (its
requirements walked through the installed package metadata, extras left out), each with the
version actually loaded and its declared licence. In the PyInstaller bundle, where package
metadata is not copied, the list is read from ``licenses/INDEX.txt`` that the bundle ships next
to the licence texts. :class:`AboutDialog` shows that list; it never writes anything.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clausediff import __version__
from clausediff.gui.resources import icon_path

#: Qt's own licence as ClauseDiff uses it (dynamically linked, unmodified libraries).
QT_LICENCE = "LGPL-3.0"
#: Metadata names of distributions that are Qt itself (shown once, as the "Qt" row).
_QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}


@dataclass(frozen=True)
class Component:
    """One piece of software in the application: name, version, licence as declared."""

    name: str
    version: str
    licence: str


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared_licence(dist: metadata.Distribution) -> str:
    """SPDX expression, else the free-text field's first line, else the trove classifiers."""
    meta = dist.metadata
    classifiers = [
        c.rsplit(" :: ", 1)[1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    fields = [(meta.get_all(field) or [""])[0] for field in ("License-Expression", "License")]
    text = fields[0] or fields[1] or ", ".join(classifiers)
    return (text or "?").strip().splitlines()[0]


def _from_metadata() -> list[Component] | None:
    """Walk clausediff's runtime requirements; None when clausediff's metadata is absent."""
    try:
        metadata.distribution("clausediff")
    except metadata.PackageNotFoundError:
        return None
    found: list[Component] = []
    seen: set[str] = set()
    queue = ["clausediff"]
    while queue:
        name = queue.pop()
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for requirement in dist.requires or []:
            match = re.match(r"[A-Za-z0-9._-]+", requirement)
            if match and "extra ==" not in requirement:
                queue.append(match.group(0))
        if _key(name) not in _QT_DISTRIBUTIONS | {"clausediff"}:
            found.append(Component(dist.metadata["Name"], dist.version, _declared_licence(dist)))
    return found


def _from_bundle_index() -> list[Component] | None:
    """The bundle's ``licenses/INDEX.txt`` lines "name version: licence"; None without it."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    index = Path(base) / "licenses" / "INDEX.txt"
    if not index.is_file():
        return None
    found = []
    for line in index.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\S+) (\S+): (.+)$", line)
        if match and _key(match.group(1)) not in _QT_DISTRIBUTIONS | {"python"}:
            found.append(Component(*match.groups()))
    return found


def shipped_components() -> list[Component]:
    """Qt, PySide6, Python, then the libraries in name order."""
    libraries = _from_metadata() or _from_bundle_index() or []
    head = [
        Component("Qt", qVersion(), QT_LICENCE),
        Component("PySide6", pyside_version, QT_LICENCE),
        Component("Python", sys.version.split()[0], "PSF-2.0"),
    ]
    return head + sorted(libraries, key=lambda c: c.name.lower())


class AboutDialog(QDialog):
    """Icon, name and version, one sentence, the table of components, About Qt and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(icon_path("clausediff"))).pixmap(QSize(64, 64)))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        self.components = shipped_components()
        self.table = QTableWidget(len(self.components), 3, self)
        self.table.setObjectName("aboutComponents")
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt = QPushButton(self)
        self.about_qt.setObjectName("aboutQt")
        self.buttons.addButton(self.about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt.clicked.connect(QApplication.aboutQt)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        self.retranslate()
        self.resize(560, 520)

    def retranslate(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("About ClauseDiff"))
        what = self.tr("Compares contracts clause by clause.")
        licence = self.tr("Free software under the MIT licence.")
        self.heading.setText(f"<h2>ClauseDiff {__version__}</h2><p>{what}</p><p>{licence}</p>")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.note.setText(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL v3, unmodified and dynamically "
                "linked. In the application bundle, the full licence texts are in the "
                "licenses folder."
            )
        )
        self.about_qt.setText(self.tr("About &Qt"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
