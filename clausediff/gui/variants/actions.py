"""Toolbar, actions and menus of the variants window: every action reachable by keyboard.

:class:`VariantActions` creates the window's actions (open, paste, undo/redo, export, copy, mark
preferred, use as reference, split and merge groups, the user guide at its variants part), puts
the common ones on the toolbar and all of them in the menu bar, and sets their texts in
:meth:`VariantActions.retranslate`. Like :mod:`clausediff.gui.actions` for the main window it
only holds actions: the window connects
``triggered`` to its slots, and nothing here knows the window's class or acts on the data.
Texts are translated in the window's own context ("VariantsWindow", what ``window.tr`` uses at
run time), spelled out as ``QCoreApplication.translate("VariantsWindow", …)`` so lupdate finds
them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QToolBar


class VariantActions(QObject):
    """The variants window's actions, toolbar and menus; attributes are named after what they do."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.undo_stack = undo_stack
        StandardKey = QKeySequence.StandardKey

        def make(shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(shortcut)
            window.addAction(action)
            return action

        self.open = make(StandardKey.Open)
        self.save = make(StandardKey.Save)
        self.quit = make(StandardKey.Quit)
        self.folder = make()
        self.paste = make()
        # Own undo/redo actions (not createUndoAction) so their "Undo …" prefix retranslates live.
        self.undo = make(StandardKey.Undo)
        self.redo = make(StandardKey.Redo)
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)
        self.pdf = make()
        self.pdf_all = make()
        self.copy = make(StandardKey.Copy)
        self.docx = make()
        self.close = make(StandardKey.Close)
        self.prefer = make(QKeySequence("Ctrl+P"))
        self.reference = make(QKeySequence("Ctrl+R"))
        self.clear = make()
        self.wording = make()
        self.split = make()
        self.guide = make(StandardKey.HelpContents)  # F1: the user guide, at its variants part

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("variantsToolbar")
        self.toolbar.setMovable(False)
        window.addToolBar(self.toolbar)
        self.toolbar.addActions([self.open, self.folder, self.paste, self.save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo, self.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.pdf, self.copy, self.docx])
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open, self.folder, self.paste])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.pdf, self.pdf_all, self.copy, self.docx])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close, self.quit])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo, self.redo])
        self.variant_menu = bar.addMenu("")
        self.variant_menu.addActions([self.prefer, self.reference, self.clear])
        self.variant_menu.addSeparator()
        self.variant_menu.addAction(self.wording)
        self.group_menu = bar.addMenu("")
        self.group_menu.addAction(self.split)
        self.merge_menu = self.group_menu.addMenu("")  # filled by the window when it opens
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide)

    def retranslate(self) -> None:
        """Every action and menu text in the current language."""
        self.toolbar.setWindowTitle(QCoreApplication.translate("VariantsWindow", "Variants"))
        for action, text in (
            (self.open, QCoreApplication.translate("VariantsWindow", "&Open files…")),
            (self.folder, QCoreApplication.translate("VariantsWindow", "Open &folder…")),
            (self.paste, QCoreApplication.translate("VariantsWindow", "&Paste text")),
            (self.pdf, QCoreApplication.translate("VariantsWindow", "&Export PDF…")),
            (
                self.pdf_all,
                QCoreApplication.translate("VariantsWindow", "Export PDF of &All Groups…"),
            ),
            (self.copy, QCoreApplication.translate("VariantsWindow", "&Copy as text")),
            (self.docx, QCoreApplication.translate("VariantsWindow", "Save as .&docx…")),
            (self.close, QCoreApplication.translate("VariantsWindow", "C&lose")),
            (self.save, QCoreApplication.translate("VariantsWindow", "&Save choices")),
            (self.quit, QCoreApplication.translate("VariantsWindow", "&Quit")),
            (self.prefer, QCoreApplication.translate("VariantsWindow", "&Mark as preferred")),
            (self.reference, QCoreApplication.translate("VariantsWindow", "Use as &reference")),
            (self.clear, QCoreApplication.translate("VariantsWindow", "C&lear choice")),
            (
                self.wording,
                QCoreApplication.translate("VariantsWindow", "&Write a new wording from it"),
            ),
            (
                self.split,
                QCoreApplication.translate("VariantsWindow", "&Move selected to a new group"),
            ),
            (self.guide, QCoreApplication.translate("VariantsWindow", "&User Guide")),
        ):
            action.setText(text)
        self.file_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Edit"))
        self.variant_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Variant"))
        self.group_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Group"))
        self.help_menu.setTitle(QCoreApplication.translate("VariantsWindow", "&Help"))
        self.merge_menu.setTitle(
            QCoreApplication.translate("VariantsWindow", "Merge this group &with")
        )
        self.undo_texts()

    def undo_texts(self) -> None:
        """ "&Undo Mark V6 preferred" / "&Redo …" in the current language, enabled as the stack
        says (the window calls it when the stack changes)."""
        stack = self.undo_stack
        for action, prefix, what, able in (
            (
                self.undo,
                QCoreApplication.translate("VariantsWindow", "&Undo"),
                stack.undoText(),
                stack.canUndo(),
            ),
            (
                self.redo,
                QCoreApplication.translate("VariantsWindow", "&Redo"),
                stack.redoText(),
                stack.canRedo(),
            ),
        ):
            action.setText(f"{prefix} {what}" if what else prefix)
            action.setEnabled(able)
