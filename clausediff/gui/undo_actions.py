"""The main window's Undo and Redo actions, worded after the command they would undo or redo.

Own actions rather than ``QUndoStack.createUndoAction``, so the "Undo …" prefix is in the
interface language and changes with it: :meth:`UndoActions.retranslate` ("&Undo Keep right",
"&Redo Note") runs on every change of the stack and of the language. Ctrl+Z undoes; Ctrl+Shift+Z
and Ctrl+Y redo. The actions act on the stack only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget


class UndoActions(QObject):
    """The window's undo ``stack``, its ``undo`` and ``redo`` actions (see the module docstring).

    The stack is this object's child: when the window goes, this object's connections are
    dropped before the stack is destroyed, so the stack's last signals (it clears itself on
    the way out) reach no half-deleted receiver.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.stack = stack = QUndoStack(self)
        self.undo = QAction(window)
        self.undo.setObjectName("undo")
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.undo.triggered.connect(stack.undo)
        self.redo = QAction(window)
        self.redo.setObjectName("redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.triggered.connect(stack.redo)
        window.addActions([self.undo, self.redo])
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(self.retranslate)

    def retranslate(self) -> None:
        """ "Undo Keep right" / "Redo Note": the stack's next command, in the current language."""
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.undo.setEnabled(self.stack.canUndo())
        self.redo.setEnabled(self.stack.canRedo())
