"""The clause-variants window: variant list, diff, provisions grid, terms, similarity, choice.

:class:`VariantsWindow` lays out the widgets over one
:class:`~clausediff.gui.variants.controller.VariantsController`: on the left the group selector,
the variants of the group (⚑ reference, ★ preferred, similarity) and the choice panel; in the
middle tabs for the variant against the reference provision by provision (``diff_view``), the
provisions grid (``grid_view``), the similarity matrix and the editor for the user's own
wording, and below them the sortable terms matrix. Toolbar: open files or a folder,
paste text, undo/redo, export the PDF report, copy as plain text, save as .docx. Groups can be
split and merged from the variant list's context menu, and the choices saved
(:mod:`~clausediff.gui.variants.groups`). Loading and exports go through the Qt-free core
(:mod:`~clausediff.gui.variants.files`); errors from it (``InputError``) are shown in a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clausediff.gui.plain_text import plain_label
from clausediff.gui.user_guide import show_user_guide
from clausediff.gui.variants.actions import VariantActions
from clausediff.gui.variants.choice_panel import ChoicePanel, VariantEditor
from clausediff.gui.variants.controller import VariantsController
from clausediff.gui.variants.diff_view import DiffPane, SimilarityBar
from clausediff.gui.variants.files import VariantFilesMixin
from clausediff.gui.variants.grid_view import ProvisionsView
from clausediff.gui.variants.groups import VariantChoicesMixin, VariantGroupsMixin
from clausediff.gui.variants.models import (
    SORT_ROLE,
    VARIANT_ROLE,
    GridModel,
    SimilarityModel,
    TermsModel,
    VariantColumn,
    VariantListModel,
)
from clausediff.gui.variants.terms_box import UNSET, TermsBox, split_height
from clausediff.variants.choice import VariantsState


def _table(model: object, sortable: bool = False) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move inside
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)  # type: ignore[arg-type]
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class VariantsWindow(VariantChoicesMixin, VariantGroupsMixin, VariantFilesMixin):
    """Compare the variants of a clause and choose one (see the module docstring)."""

    def __init__(
        self,
        state: VariantsState,
        language: str = "fr",
        parent: QWidget | None = None,
        *,
        scheme: str = "legal",
        memory_dir: Path | None = None,
        terms_height: int = UNSET,
    ) -> None:
        super().__init__(parent)
        #: The terms matrix's height the user last chose (settings; UNSET: the screen's default).
        self.terms_height = terms_height
        # Where "Save choices" keeps this library's choices (None: only a session saves them).
        self.memory_dir = memory_dir
        if parent is not None:  # owned by the main window: free it when the user closes it
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = language
        self.controller = VariantsController(state, language, self)
        self.controller.set_scheme(scheme)  # the settings' palette, colour-blind or not
        self._build_models()
        self._build_widgets()
        self._build_actions()
        self.choice_panel.saved_in_library = memory_dir is not None  # the note's placeholder
        self.controller.state_changed.connect(self._state_changed)
        self.controller.result_changed.connect(self._result_changed)
        self.controller.variant_selected.connect(self._select_row)
        self.controller.busy.connect(self._busy)
        self._fill_groups()
        self._result_changed()
        self.retranslate()
        self._undo_texts()
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Open at 1360x860, or within the screen's available area on a smaller one (a
        1366x768 laptop): the note field and the terms rows stay above the screen's edge."""
        area = self.screen().availableGeometry()
        # Keep room for the title bar and frame the window manager adds.
        width, height = min(1360, area.width() - 16), min(860, area.height() - 48)
        self.resize(width, height)
        self.move(area.left() + (area.width() - width) // 2, area.top())
        self._terms_placed = False

    def showEvent(self, event: QShowEvent) -> None:
        """Once laid out, give the terms matrix its height (see :mod:`.terms_box`)."""
        super().showEvent(event)
        if not self._terms_placed:
            self._terms_placed = True
            height = split_height(self.terms_box, self.terms_height, self.height())
            if height != UNSET:
                self.terms_box.open_at(height)

    def retranslate(self) -> None:
        """Every text in the current language: at start, and live when the UI language changes
        (the main window's preferences), like the main window itself."""
        self.setWindowTitle(self.tr("Clause variants — ClauseDiff"))
        self.clause_title.setText(self.tr("Clause"))
        for index, text in enumerate(
            (
                self.tr("Differences"),
                self.tr("Provisions"),
                self.tr("Similarity"),
                self.tr("New wording"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.terms_title.setText(self.tr("Terms — click a column title to sort"))
        self.actions_.retranslate()
        self.choice_panel.retranslate()
        self.editor.retranslate()
        self.diff_pane.refresh()
        for model in (self.variant_model, self.grid_model, self.terms_model, self.similarity_model):
            columns = model.columnCount(QModelIndex())
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        self._update_status()

    def set_scheme(self, scheme: str) -> None:
        """Use the colour scheme of the user's settings ("legal" or "colorblind")."""
        self.controller.set_scheme(scheme)
        self.variant_view.viewport().update()  # the similarity bars

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate live when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- construction ----------------------------------------------------------------------

    def _build_models(self) -> None:
        self.variant_model = VariantListModel(self.controller, self)
        self.grid_model = GridModel(self.controller, self)
        self.terms_model = TermsModel(self.controller, self)
        self.similarity_model = SimilarityModel(self.controller, self)

    def _build_widgets(self) -> None:
        self.group_box = QComboBox()
        self.group_box.setObjectName("groupSelector")
        self.group_box.currentIndexChanged.connect(self._group_chosen)
        self.variant_view = _table(self.variant_model)
        self.variant_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.variant_view.setWordWrap(False)  # one line a variant, the name elided
        header = self.variant_view.horizontalHeader()
        header.setSectionResizeMode(VariantColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VariantColumn.MARK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            VariantColumn.SIMILARITY, QHeaderView.ResizeMode.ResizeToContents
        )
        self.variant_view.verticalHeader().hide()
        self.variant_view.setItemDelegateForColumn(
            VariantColumn.SIMILARITY, SimilarityBar(self.controller, self.variant_view)
        )
        self.variant_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.variant_view.customContextMenuRequested.connect(self._variant_menu)
        self.variant_view.selectionModel().currentRowChanged.connect(self._variant_clicked)
        self.choice_panel = ChoicePanel(self.controller)
        left = QWidget()
        column = QVBoxLayout(left)
        self.clause_title = plain_label()
        self.clause_title.setStyleSheet("font-weight: 600;")
        column.addWidget(self.clause_title)
        column.addWidget(self.group_box)
        column.addWidget(self.variant_view, 1)
        column.addWidget(self.choice_panel)
        self.diff_pane = DiffPane(self.controller)
        self.grid_view = ProvisionsView(self.grid_model)
        self.grid_view.selectionModel().currentChanged.connect(self._variant_clicked)
        self.terms_view = _table(self.terms_model, sortable=True)
        self.terms_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.similarity_view = _table(self.similarity_model)
        self.similarity_view.horizontalHeader().setDefaultSectionSize(64)
        self.editor = VariantEditor(self.controller)
        self.terms_view.verticalHeader().hide()
        self.terms_view.setWordWrap(False)  # one line per variant: all eight rows fit a laptop
        self.terms_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.terms_view.selectionModel().currentRowChanged.connect(self._variant_clicked)
        self.tabs = QTabWidget()
        for page in (self.diff_pane, self.grid_view, self.similarity_view, self.editor):
            self.tabs.addTab(page, "")  # titles in retranslate()
        self.terms_box = TermsBox(self.terms_view)
        self.terms_title = self.terms_box.title
        middle = self.middle_splitter = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.tabs)
        middle.addWidget(self.terms_box)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setCollapsible(0, False)
        middle.setCollapsible(1, False)  # dragged down to its title, the box folds instead
        middle.splitterMoved.connect(lambda *_: self.terms_box.dragged())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 980])
        self.setCentralWidget(splitter)
        self.status = plain_label()
        self.statusBar().addPermanentWidget(self.status)

    def _build_actions(self) -> None:
        """The actions holder, each action wired to what it does here."""
        a = self.actions_ = VariantActions(self, self.controller.undo_stack)
        panel = self.choice_panel
        for action, slot in (
            (a.open, self.ask_open_files),
            (a.folder, self.ask_open_folder),
            (a.paste, self.paste_text),
            (a.pdf, self.ask_export_pdf),
            (a.pdf_all, lambda: self.ask_export_pdf(all_groups=True)),
            (a.copy, self.copy_text),
            (a.docx, self.ask_export_docx),
            (a.close, self.close),
            (a.save, self.save_choices),
            (a.quit, self.quit_app),
            (a.prefer, panel.mark_preferred),
            (a.reference, panel.use_as_reference),
            (a.clear, panel.clear),
            (a.wording, self._start_wording),
            (a.split, self.split_selected),
            (a.guide, lambda: show_user_guide(self, self.language, "variants")),
        ):
            action.triggered.connect(slot)
        a.merge_menu.aboutToShow.connect(lambda: self._fill_merge_menu(a.merge_menu))
        stack = self.controller.undo_stack
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
            stack.cleanChanged,
        ):
            # A method of the window, not of the holder or a lambda: Qt drops the connection
            # with the window, so the stack's last signals while it is destroyed reach nothing.
            signal.connect(self._undo_texts)

    def _undo_texts(self) -> None:
        self.actions_.undo_texts()
        self.actions_.save.setEnabled(self.memory_dir is not None and self.has_unsaved_choices())

    def _start_wording(self) -> None:
        self.editor.start_from_selected()
        self.tabs.setCurrentWidget(self.editor)

    # --- keeping the widgets in step ---------------------------------------------------------

    def _fill_groups(self) -> None:
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group in self.controller.state.groups:
            self.group_box.addItem(f"{group.title} ({len(group.variant_ids)})", group.id)
        ids = [g.id for g in self.controller.state.groups]
        if self.controller.group_id in ids:
            self.group_box.setCurrentIndex(ids.index(self.controller.group_id))
        self.group_box.blockSignals(False)

    def _group_chosen(self, index: int) -> None:
        group_id = self.group_box.itemData(index)
        if isinstance(group_id, str):
            self.controller.set_group(group_id)

    def _state_changed(self) -> None:
        if [self.group_box.itemData(i) for i in range(self.group_box.count())] != [
            g.id for g in self.controller.state.groups
        ] or self.group_box.count() != len(self.controller.state.groups):
            self._fill_groups()
        self._update_status()

    def _result_changed(self) -> None:
        self._fill_groups()
        self._select_row(self.controller.selected)
        self.grid_view.fit_columns()
        self._update_status()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Comparing the variants…"))
        else:
            self._update_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save unsaved choices, then stop a running analysis before the window goes."""
        if not self.may_close():
            event.ignore()
            return
        self.controller.runner.cancel()
        self.controller.wait()
        super().closeEvent(event)

    def _update_status(self) -> None:
        if self.controller.runner.busy:
            return
        result = self.controller.result()
        if result is None:
            self.status.setText(self.tr("Open a clause library, files or a folder"))
            return
        ids = result.group.variant_ids
        self.status.setText(
            self.tr("%1 variants · reference V%2 · %3 provisions")
            .replace("%1", str(len(ids)))
            .replace("%2", str(ids.index(result.reference_id) + 1))
            .replace("%3", str(len(result.grid.rows)))
        )

    def _select_row(self, variant_id: str) -> None:
        result = self.controller.result()
        if result is None or variant_id not in result.group.variant_ids:
            return
        row = result.group.variant_ids.index(variant_id)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        current = self.variant_view.selectionModel().currentIndex()
        if current.row() != row:
            index = self.variant_model.index(row, VariantColumn.NAME)
            self.variant_view.selectionModel().setCurrentIndex(index, flags)
        self.grid_view.show_variant(variant_id)
        proxy = self.terms_view.model()
        if isinstance(proxy, QSortFilterProxyModel):
            mapped = proxy.mapFromSource(self.terms_model.index(row, 0))
            if self.terms_view.selectionModel().currentIndex().row() != mapped.row():
                self.terms_view.selectionModel().setCurrentIndex(mapped, flags)

    def _variant_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        variant_id = current.data(VARIANT_ROLE)
        if isinstance(variant_id, str):
            self.controller.select(variant_id)


def default_language() -> str:
    """The report language: the system's (French or English)."""
    from clausediff.report.strings import default_language as system

    return system()
