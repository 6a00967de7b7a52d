""" "Find similar clauses in a library": the closest variants to a clause, one click to compare.

:class:`FindSimilarDialog` lists, for a clause selected in a two-contract comparison, the variants
of an open library closest to it (:func:`clausediff.variants.similar.find_similar`) with their
group and similarity. "Compare" adds the clause to that variant's group in the variants window
and shows its diff against the reference.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clausediff.gui.variants.window import VariantsWindow
from clausediff.variants.load import load_text
from clausediff.variants.similar import SimilarVariant, find_similar


class FindSimilarDialog(QDialog):
    """The closest variants of ``window``'s library to a clause."""

    def __init__(
        self, window: VariantsWindow, text: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Similar clauses in the library"))
        self.window_ = window
        self.text = text
        self.title = title
        state = window.controller.state
        self.matches: tuple[SimilarVariant, ...] = find_similar(
            text, state.library, state.groups, title
        )
        self.table = QTableWidget(len(self.matches), 3)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Clause"), self.tr("Variant"), self.tr("Similarity")]
        )
        groups = {g.id: g for g in state.groups}
        for row, match in enumerate(self.matches):
            variant = state.library.variant(match.variant_id)
            cells = (
                groups[match.group_id].title,
                variant.label or variant.id,
                f"{round(match.similarity * 100)} %",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        if self.matches:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.compare_button = buttons.addButton(
            self.tr("Compare"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.compare_button.setEnabled(bool(self.matches))
        buttons.accepted.connect(self.compare)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.matches:
            layout.addWidget(QLabel(self.tr("No similar clause in the open library.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def compare(self) -> None:
        """Add the clause to the chosen variant's group and show it against the reference."""
        row = self.table.currentRow()
        if 0 <= row < len(self.matches):
            compare_clause(self.window_, self.text, self.title, self.matches[row])
        self.accept()


def compare_clause(window: VariantsWindow, text: str, title: str, match: SimilarVariant) -> str:
    """Add ``text`` as a variant of ``match``'s group in ``window``; return its variant id."""
    from clausediff.variants.grouping import move_variant
    from clausediff.variants.load import extend

    controller = window.controller
    state = controller.state
    added = load_text(
        text,
        title or QCoreApplication.translate("VariantsWindow", "clause of the comparison"),
        "comparison-clause",
    )
    merged = extend(state.library, added)
    new_id = merged.variants[-1].id
    groups = move_variant(state.groups, new_id, match.group_id)
    controller.edit(
        type(state)(merged, groups, dict(state.choices)),
        QCoreApplication.translate("VariantsWindow", "Compare clause"),
    )
    controller.set_group(match.group_id)
    controller.select(new_id)
    return new_id
