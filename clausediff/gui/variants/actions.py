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
    """The toolbar, actions and menus of a variants window; texts in :func:`retranslate_actions`."""
    StandardKey = QKeySequence.StandardKey
    panel, stack = window.choice_panel, window.controller.undo_stack
    window.toolbar = QToolBar()
    window.toolbar.setObjectName("variantsToolbar")
    window.toolbar.setMovable(False)
    window.addToolBar(window.toolbar)
    window.open_action = _action(window, window.ask_open_files, StandardKey.Open)
    window.folder_action = _action(window, window.ask_open_folder)
    window.paste_action = _action(window, window.paste_text)
    # Own undo/redo actions (not createUndoAction) so their "Undo …" prefix retranslates live.
    window.undo_action = _action(window, stack.undo, StandardKey.Undo)
    window.redo_action = _action(window, stack.redo, StandardKey.Redo)
    for signal in (
        stack.canUndoChanged,
        stack.canRedoChanged,
        stack.undoTextChanged,
        stack.redoTextChanged,
    ):
        # A method of the window, not a lambda: Qt drops the connection with the window, so
        # the stack's last signals while it is destroyed reach nothing.
        signal.connect(window.refresh_undo_texts)
    window.pdf_action = _action(window, window.ask_export_pdf)
    window.pdf_all_action = _action(window, lambda: window.ask_export_pdf(all_groups=True))
    window.copy_action = _action(window, window.copy_text, StandardKey.Copy)
    window.docx_action = _action(window, window.ask_export_docx)
    window.close_action = _action(window, window.close, StandardKey.Close)
    window.prefer_action = _action(window, panel.mark_preferred, QKeySequence("Ctrl+P"))
    window.reference_action = _action(window, panel.use_as_reference, QKeySequence("Ctrl+R"))
    window.clear_action = _action(window, panel.clear)
    window.wording_action = _action(window, lambda: _start_wording(window))
    window.split_action = _action(window, window.split_selected)
    toolbar = window.toolbar
    toolbar.addActions([window.open_action, window.folder_action, window.paste_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addActions([window.pdf_action, window.copy_action, window.docx_action])
    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    window.file_menu.addActions([window.open_action, window.folder_action, window.paste_action])
    window.file_menu.addSeparator()
    window.file_menu.addActions(
        [window.pdf_action, window.pdf_all_action, window.copy_action, window.docx_action]
    )
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.close_action)
    window.edit_menu = bar.addMenu("")
    window.edit_menu.addActions([window.undo_action, window.redo_action])
    window.variant_menu = bar.addMenu("")
    window.variant_menu.addActions(
        [window.prefer_action, window.reference_action, window.clear_action]
    )
    window.variant_menu.addSeparator()
    window.variant_menu.addAction(window.wording_action)
    window.group_menu = bar.addMenu("")
    window.group_menu.addAction(window.split_action)
    window.merge_menu = window.group_menu.addMenu("")
    window.merge_menu.aboutToShow.connect(lambda: _fill_merge_menu(window))


def retranslate_actions(window: VariantsWindow) -> None:
    """Every action and menu text in the current language."""

    window.toolbar.setWindowTitle(QCoreApplication.translate("VariantsWindow", "Variants"))
    for action, text in (
        (window.open_action, QCoreApplication.translate("VariantsWindow", "&Open files…")),
        (window.folder_action, QCoreApplication.translate("VariantsWindow", "Open &folder…")),
        (window.paste_action, QCoreApplication.translate("VariantsWindow", "&Paste text")),
        (window.pdf_action, QCoreApplication.translate("VariantsWindow", "&Export PDF…")),
        (
            window.pdf_all_action,
            QCoreApplication.translate("VariantsWindow", "Export PDF of &All Groups…"),
        ),
        (window.copy_action, QCoreApplication.translate("VariantsWindow", "&Copy as text")),
        (window.docx_action, QCoreApplication.translate("VariantsWindow", "Save as .&docx…")),
        (window.close_action, QCoreApplication.translate("VariantsWindow", "C&lose")),
        (
            window.prefer_action,
            QCoreApplication.translate("VariantsWindow", "&Mark as preferred"),
        ),
        (
            window.reference_action,
            QCoreApplication.translate("VariantsWindow", "Use as &reference"),
        ),
        (window.clear_action, QCoreApplication.translate("VariantsWindow", "C&lear choice")),
        (
            window.wording_action,
            QCoreApplication.translate("VariantsWindow", "&Write a new wording from it"),
        ),
        (
            window.split_action,
            QCoreApplication.translate("VariantsWindow", "&Move selected to a new group"),
        ),
    ):
        action.setText(text)
    window.file_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&File"))
    window.edit_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Edit"))
    window.variant_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Variant"))
    window.group_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Group"))
    window.merge_menu.setTitle(
        QCoreApplication.translate("VariantsWindow", "Merge this group &with")
    )
    undo_texts(window)


def undo_texts(window: VariantsWindow) -> None:
    """ "&Undo Mark V6 preferred" / "&Redo …" in the current language, enabled as the stack says."""
    stack = window.controller.undo_stack
    for action, prefix, what, able in (
        (
            window.undo_action,
            QCoreApplication.translate("VariantsWindow", "&Undo"),
            stack.undoText(),
            stack.canUndo(),
        ),
        (
            window.redo_action,
            QCoreApplication.translate("VariantsWindow", "&Redo"),
            stack.redoText(),
            stack.canRedo(),
        ),
    ):
        action.setText(f"{prefix} {what}" if what else prefix)
        action.setEnabled(able)


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
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(window)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(shortcut)
    window.addAction(action)
    return action
