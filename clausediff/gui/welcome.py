"""The first screen: one sentence saying what to do, four ways to start (the last two are
the bundled demos: two sample contracts, and the clause variants of the sample library) and the
recent files (:class:`~clausediff.gui.recent_list.RecentFiles`).

Shown until the first comparison is on screen. Buttons emit requests; the window opens the files.
Files dropped here open too (two files: left and right).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from clausediff.gui.drops import carries_files, dropped_paths
from clausediff.gui.recent_list import RecentFiles
from clausediff.gui.resources import icon_path


class WelcomePage(QWidget):
    """Icon, title, one sentence, four buttons, the recent files."""

    open_pair_requested = Signal()
    open_library_requested = Signal()
    samples_requested = Signal()
    variants_demo_requested = Signal()
    files_dropped = Signal(list)
    recent_requested = Signal(str)  # reopen this recent file
    recent_removed = Signal(str)  # take this file off the recent files

    def __init__(
        self, parent: QWidget | None = None, recent_files: Callable[[], list[str]] = list
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(icon_path("clausediff"))).pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("welcomeSentence")
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence.setWordWrap(True)
        self.sentence.setFixedWidth(560)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.title.setFont(font)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.sentence.setFont(font)
        layout.addWidget(logo)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        self.open_pair = QPushButton(self)
        self.open_pair.setObjectName("welcomeOpenPair")
        self.open_pair.setDefault(True)
        self.open_library = QPushButton(self)
        self.open_library.setObjectName("welcomeOpenLibrary")
        self.samples = QPushButton(self)
        self.samples.setObjectName("welcomeSamples")
        self.variants_demo = QPushButton(self)
        self.variants_demo.setObjectName("welcomeVariantsDemo")
        for button in (self.open_pair, self.open_library, self.samples, self.variants_demo):
            # Return/Enter presses the focused button (outside a dialog Qt only does that for
            # auto-default buttons), so a keyboard user can Tab to a button and press Return.
            button.setAutoDefault(True)
            button.setMinimumWidth(280)
            button.setMinimumHeight(36)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("welcomeHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._mute_hint()
        layout.addSpacing(6)
        layout.addWidget(self.hint)
        self.recent = RecentFiles(recent_files, self)
        self.recent.setFixedWidth(420)
        self.recent.open_requested.connect(self.recent_requested)
        self.recent.remove_requested.connect(self.recent_removed)
        layout.addSpacing(10)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        self.open_pair.clicked.connect(self.open_pair_requested)
        self.open_library.clicked.connect(self.open_library_requested)
        self.samples.clicked.connect(self.samples_requested)
        self.variants_demo.clicked.connect(self.variants_demo_requested)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("ClauseDiff"))
        self.sentence.setText(
            self.tr(
                "Open two versions of a contract to see, clause by clause, what changed: "
                "wording, obligations, deadlines and amounts."
            )
        )
        self.open_pair.setText(self.tr("Open two contracts"))
        self.open_library.setText(self.tr("Open a clause library"))
        self.samples.setText(self.tr("Try with sample contracts"))
        self.variants_demo.setText(self.tr("Try the clause variants demo"))
        self.hint.setText(self.tr("You can also drop two files here: the older version first."))

    def _mute_hint(self) -> None:
        """The hint in a softer text colour that still reads (contrast >= 4.5:1, light or dark).

        It used to be a disabled label, whose grey on the window grey was about 1.5:1.
        """
        palette = self.hint.palette()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        back = self.palette().color(QPalette.ColorRole.Window)
        mixed = QColor(
            round(text.red() * 0.7 + back.red() * 0.3),
            round(text.green() * 0.7 + back.green() * 0.3),
            round(text.blue() * 0.7 + back.blue() * 0.3),
        )
        palette.setColor(QPalette.ColorRole.WindowText, mixed)
        self.hint.setPalette(palette)

    def showEvent(self, event: QShowEvent) -> None:
        """The recent files as they are now (a file may have gone since)."""
        self.recent.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes; recolour the hint with the palette."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._mute_hint()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if carries_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped files: the first goes left, the second right."""
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
