"""File ▸ Open Versions…: pick 2 or 3 versions of a contract and put them in order, oldest first.

:class:`VersionsDialog` lists the chosen files (v1 at the top); Add… asks for files, Remove,
Move Up and Move Down (Alt+U, Alt+D) reorder them, and so does dragging a row. Files are
first sorted by name, which puts "v1, v2, v3" or dated names in order; the user fixes the rest.
OK is enabled only for 2 or 3 files; a file added twice or beyond the third is not taken, and the
dialog says so. It only collects paths: :attr:`VersionsDialog.paths` after ``accepted``; comparing
them is the :mod:`~clausediff.gui.versions` controller's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clausediff.compare.chain import MAX_VERSIONS, MIN_VERSIONS
from clausediff.gui import dialogs
from clausediff.gui.plain_text import plain_tooltip
from clausediff.readers import SUPPORTED_SUFFIXES

PATH_ROLE = Qt.ItemDataRole.UserRole


class VersionsDialog(QDialog):
    """The list of versions, oldest first, with the buttons that fill and order it."""

    def __init__(self, parent: QWidget | None, folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.folder = folder
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("versionsList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMinimumWidth(460)
        self.note = QLabel(self)  # what was not taken, and why
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        column = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            column.addWidget(button)
        column.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.ask_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self._update())
        self.list.model().rowsMoved.connect(lambda *args: self._renumber())
        self.retranslate()
        self._update()

    @property
    def paths(self) -> list[str]:
        """The versions in order, oldest first."""
        return [str(self.list.item(row).data(PATH_ROLE)) for row in range(self.list.count())]

    def ask_files(self) -> None:
        """Add…: ask for files and add them."""
        chosen = dialogs.open_files(
            self,
            self.tr("Add versions of the contract"),
            dialogs.contract_filter(SUPPORTED_SUFFIXES),
            self.folder,
        )
        self.add_paths(chosen)

    def add_paths(self, paths: list[str]) -> None:
        """Add ``paths`` sorted by name after those listed; say which ones were not taken."""
        taken, left_out = self.paths, []
        for path in sorted(paths, key=lambda p: Path(p).name.casefold()):
            if path in taken or len(taken) >= MAX_VERSIONS:
                left_out.append(Path(path).name)
                continue
            taken.append(path)
            item = QListWidgetItem(self.list)
            item.setData(PATH_ROLE, path)
            item.setToolTip(plain_tooltip(path))
        self.note.setText(
            self.tr("Not added (already listed, or more than %1 versions): %2")
            .replace("%1", str(MAX_VERSIONS))
            .replace("%2", ", ".join(left_out))
            if left_out
            else ""
        )
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._renumber()

    def remove_current(self) -> None:
        """Remove: take the selected version out of the list."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()

    def move_current(self, offset: int) -> None:
        """Move Up (-1) / Move Down (1): the selected version one place earlier or later."""
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()

    def _renumber(self) -> None:
        """Each row says which version it is ("v2 — contrat-negocie.docx")."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = Path(str(item.data(PATH_ROLE))).name
            item.setText(f"v{row + 1} — {name}")
        self._update()

    def _update(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.add_button.setEnabled(count < MAX_VERSIONS)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(MIN_VERSIONS <= count <= MAX_VERSIONS)

    def retranslate(self) -> None:
        """Every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Open Versions"))
        self.intro.setText(
            self.tr(
                "Choose two or three versions of the contract and put them in order, the oldest "
                "at the top: for instance your first draft, the other side's mark-up, the final. "
                "Drag a row or use the buttons to reorder."
            )
        )
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &Up"))
        self.down_button.setText(self.tr("Move &Down"))
        self.list.setAccessibleName(self.tr("Versions, oldest first"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
