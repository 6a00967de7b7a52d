"""The menu bar: the window's actions laid out in File, Edit, View, Compare and Help.

:class:`Menus` builds the menus from :class:`~clausediff.gui.actions.Actions` (and the undo stack's
Undo and Redo) and sets their titles in :meth:`Menus.retranslate`; which action does what, its
shortcut and its text belong to :mod:`clausediff.gui.actions`. The View menu's Panels submenu is
filled by the window (its dock widgets).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from clausediff.gui.actions import Actions


class Menus(QObject):
    """The menu bar's menus; titles set in :meth:`retranslate`."""

    def __init__(self, window: QMainWindow, actions: Actions, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        bar = window.menuBar()
        a = actions
        self.file = bar.addMenu("")
        self.file.addActions([a.open_pair, a.open_left, a.open_right])
        self.recent = self.file.addMenu("")
        self.recent.setObjectName("recentMenu")
        self.file.addActions([a.open_samples, a.open_library, a.portfolio, a.swap])
        self.file.addSeparator()
        self.file.addActions([a.open_session, a.save_session, a.save_session_as])
        self.file.addSeparator()
        self.export = self.file.addMenu("")
        self.file.addAction(a.print_report)
        self.export.addActions([a.export_pdf, a.export_html, a.export_json])
        self.export.addSeparator()
        self.export.addActions([a.export_redline, a.export_docx, a.export_txt])
        self.file.addSeparator()
        self.file.addActions([a.preferences, a.quit])
        self.edit = bar.addMenu("")
        self.edit.addActions([undo, redo])
        self.edit.addSeparator()
        self.edit.addActions(
            [a.keep_left, a.keep_right, a.clear_choice, a.edit_custom, a.edit_note]
        )
        self.edit.addSeparator()
        self.edit.addActions([a.link, a.unlink, a.find_similar])
        self.edit.addSeparator()
        self.edit.addAction(a.find)
        self.view = bar.addMenu("")
        self.view.addActions([a.next_change, a.previous_change, a.next_term, a.previous_term])
        self.view.addSeparator()
        self.view.addActions([a.fold, *a.term_toggles()])
        self.view.addSeparator()
        self.view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        self.view.addSeparator()
        self.panels: QMenu = self.view.addMenu("")
        self.compare = bar.addMenu("")
        self.compare.addActions(
            [a.ignore_case, a.ignore_punctuation, a.ignore_whitespace, a.ignore_numbering]
        )
        self.compare.addSeparator()
        self.compare.addAction(a.original_revisions)
        self.compare.addSeparator()
        self.compare.addActions([a.rerun, a.cancel])
        self.help = bar.addMenu("")
        self.samples = self.help.addMenu("")  # the two demos, two clicks from anywhere
        self.samples.setObjectName("samplesMenu")
        self.samples.addActions([a.open_samples, a.demo_variants])
        self.help.addActions([a.user_guide, a.shortcuts, a.about])
        self.retranslate()

    def retranslate(self) -> None:
        """Set the menu titles in the current language."""
        self.file.setTitle(self.tr("&File"))
        self.recent.setTitle(self.tr("Open Rece&nt"))
        self.export.setTitle(self.tr("&Export"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.panels.setTitle(self.tr("Pane&ls"))
        self.compare.setTitle(self.tr("&Compare"))
        self.help.setTitle(self.tr("&Help"))
        self.samples.setTitle(self.tr("Try the &Samples"))
