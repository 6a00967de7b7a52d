"""The main window's status bar: the summary line, the progress bar and Cancel.

:class:`StatusLine` says what is on screen ("42 clause pairs · 3 modified · 2 term changes ·
1 decision"), or "Comparing…" while the first comparison runs, and shows a worker's progress in
the user's language. It only shows: the counts come from the core's ``Comparison.summary()``.
Its texts are in the "MainWindow" translation context, where they were filed before the status
bar left the window's module; they are spelled out as ``QCoreApplication.translate("MainWindow",
…)`` so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from clausediff.comparison import Comparison, PairStatus
from clausediff.gui.i18n import progress_label


def status_count(status: PairStatus, count: int) -> str:
    """ "3 modified" / "3 modifiées", with the plural the language needs."""
    words = {
        PairStatus.UNCHANGED: QCoreApplication.translate("MainWindow", "%n unchanged", "", count),
        PairStatus.MODIFIED: QCoreApplication.translate("MainWindow", "%n modified", "", count),
        PairStatus.MOVED: QCoreApplication.translate("MainWindow", "%n moved", "", count),
        PairStatus.SPLIT: QCoreApplication.translate("MainWindow", "%n split", "", count),
        PairStatus.MERGED: QCoreApplication.translate("MainWindow", "%n merged", "", count),
        PairStatus.INSERTED: QCoreApplication.translate("MainWindow", "%n inserted", "", count),
        PairStatus.DELETED: QCoreApplication.translate("MainWindow", "%n deleted", "", count),
    }
    return words[status]


class StatusLine(QObject):
    """Summary, progress and Cancel in ``bar``; ``cancel`` is the window's Cancel action."""

    def __init__(self, bar: QStatusBar, cancel: QAction) -> None:
        super().__init__(bar)
        self.summary = QLabel(bar)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("summary")
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("progress")
        self.progress.setFixedWidth(300)  # "Alignement des clauses… 100 %" on one line
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(bar)
        self.cancel_button.setDefaultAction(cancel)
        bar.addWidget(self.summary, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()  # until a job starts (set_busy)
        self.cancel_button.hide()

    def show_summary(self, comparison: Comparison | None, decided: int) -> None:
        """The counts of the comparison on screen (or the invitation to open two contracts)."""
        if comparison is None:
            self.summary.setText(
                QCoreApplication.translate("MainWindow", "Open two contracts to compare them")
            )
            return
        counts = comparison.summary()
        pairs = len(comparison.pairs)
        parts = [QCoreApplication.translate("MainWindow", "%n clause pair(s)", "", pairs)]
        parts += [
            status_count(s, counts[s.value])
            for s in PairStatus
            if s is not PairStatus.UNCHANGED and counts[s.value]
        ]
        # a clause deleted or inserted whole counts the terms it takes along (Pair.term_changes)
        terms = sum(len(pair.term_changes) for pair in comparison.pairs)
        parts.append(QCoreApplication.translate("MainWindow", "%n term change(s)", "", terms))
        parts.append(QCoreApplication.translate("MainWindow", "%n decision(s)", "", decided))
        self.summary.setText("   ·   ".join(parts))

    def set_busy(self, busy: bool, message: str, first: bool) -> None:
        """Show or hide the progress bar and Cancel; ``first``: nothing compared yet."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        comparing = QCoreApplication.translate("MainWindow", "Comparing…")
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(message or comparing)
        if first:  # the first comparison: not "Open two contracts"
            self.summary.setText(
                comparing
                if busy
                else QCoreApplication.translate("MainWindow", "Open two contracts to compare them")
            )

    def show_progress(self, done: int, total: int, message: str) -> None:
        """A worker's progress report."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        # "%p" is Qt's percentage; French writes "50 %" (narrow space before the sign).
        percent = QCoreApplication.translate("MainWindow", "%p%", "progress bar percentage")
        self.progress.setFormat(f"{progress_label(message)} {percent}")
