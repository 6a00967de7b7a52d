"""Toolbar, actions and menus of the variants window: every action reachable by keyboard.

:func:`build_actions` creates the window's actions (open, paste, undo/redo, export, copy, mark
preferred, use as reference, split and merge groups), puts the common ones on the toolbar and all
of them in the menu bar. Only wiring: each action calls a method of the window or its panels.
Texts are translated in the window's own context ("VariantsWindow", what ``window.tr`` uses at
run time); ``window.tr(...)`` written here would be filed by lupdate under a context "window"
that Qt never looks up, leaving the menus in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from clausediff.gui.variants.window import VariantsWindow


def build_actions(window: VariantsWindow) -> None:
    """The toolbar, the actions and the menus of a variants window."""
    toolbar = QToolBar(QCoreApplication.translate("VariantsWindow", "Variants"))
    toolbar.setObjectName("variantsToolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    window.open_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "&Open files…"),
        window.ask_open_files,
        QKeySequence.StandardKey.Open,
    )
    window.folder_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "Open &folder…"),
        window.ask_open_folder,
    )
    window.paste_action = _action(
        window, QCoreApplication.translate("VariantsWindow", "&Paste text"), window.paste_text
    )
    window.undo_action = window.controller.undo_stack.createUndoAction(
        window, QCoreApplication.translate("VariantsWindow", "&Undo")
    )
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.controller.undo_stack.createRedoAction(
        window, QCoreApplication.translate("VariantsWindow", "&Redo")
    )
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.pdf_action = _action(
        window, QCoreApplication.translate("VariantsWindow", "&Export PDF…"), window.ask_export_pdf
    )
    window.copy_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "&Copy as text"),
        window.copy_text,
        QKeySequence.StandardKey.Copy,
    )
    window.docx_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "Save as .&docx…"),
        window.ask_export_docx,
    )
    for action in (window.open_action, window.folder_action, window.paste_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
    toolbar.addSeparator()
    for action in (window.pdf_action, window.copy_action, window.docx_action):
        toolbar.addAction(action)
    _build_menus(window)


def _build_menus(window: VariantsWindow) -> None:
    """Every action in a menu too, so the keyboard reaches all of them."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("VariantsWindow", "&File"))
    for action in (window.open_action, window.folder_action, window.paste_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    for action in (window.pdf_action, window.copy_action, window.docx_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("VariantsWindow", "C&lose"),
            window.close,
            QKeySequence.StandardKey.Close,
        )
    )
    edit_menu = bar.addMenu(QCoreApplication.translate("VariantsWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    variant_menu = bar.addMenu(QCoreApplication.translate("VariantsWindow", "&Variant"))
    panel = window.choice_panel
    window.prefer_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "&Mark as preferred"),
        panel.mark_preferred,
    )
    window.prefer_action.setShortcut(QKeySequence("Ctrl+P"))
    window.reference_action = _action(
        window,
        QCoreApplication.translate("VariantsWindow", "Use as &reference"),
        panel.use_as_reference,
    )
    window.reference_action.setShortcut(QKeySequence("Ctrl+R"))
    window.clear_action = _action(
        window, QCoreApplication.translate("VariantsWindow", "C&lear choice"), panel.clear
    )
    for action in (window.prefer_action, window.reference_action, window.clear_action):
        variant_menu.addAction(action)
    variant_menu.addSeparator()
    variant_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("VariantsWindow", "&Write a new wording from it"),
            lambda: _start_wording(window),
        )
    )
    group_menu = bar.addMenu(QCoreApplication.translate("VariantsWindow", "&Group"))
    group_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("VariantsWindow", "&Move selected to a new group"),
            window.split_selected,
        )
    )
    window.merge_menu = group_menu.addMenu(
        QCoreApplication.translate("VariantsWindow", "Merge this group &with")
    )
    window.merge_menu.aboutToShow.connect(lambda: _fill_merge_menu(window))


def _fill_merge_menu(window: VariantsWindow) -> None:
    window.merge_menu.clear()
    for group in window.controller.state.groups:
        if group.id != window.controller.group_id:
            action = window.merge_menu.addAction(group.title.replace("&", "&&"))  # literal &
            action.triggered.connect(lambda _=False, g=group.id: window.merge_with(g))


def _start_wording(window: VariantsWindow) -> None:
    window.editor.start_from_selected()
    window.tabs.setCurrentWidget(window.editor)


def _action(
    window: VariantsWindow,
    text: str,
    slot: object,
    shortcut: QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(shortcut)
    window.addAction(action)
    return action
