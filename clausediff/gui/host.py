"""What a controller may ask of the window it serves: the :class:`WindowHost` protocol.

The controllers (:mod:`~clausediff.gui.opening`, :mod:`~clausediff.gui.session_files`,
:mod:`~clausediff.gui.deciding`, :mod:`~clausediff.gui.exporting`, :mod:`~clausediff.gui.library`)
receive a host and use only what is listed here; none of them imports the main window, so they
can be read, tested and changed without it, and the window is the one place that knows them
all. :class:`~clausediff.gui.main_window.MainWindow` implements the protocol (mypy checks it
where the window passes itself in). Results travel back as return values, callbacks and the
controllers' own signals, never by reaching into the window's widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from clausediff.comparison import Pair, Side
from clausediff.document import Document
from clausediff.gui.settings import Settings
from clausediff.gui.spans import ComparisonIndex
from clausediff.gui.state import Workspace
from clausediff.options import CompareOptions


class WindowHost(Protocol):
    """The window as its controllers see it."""

    @property
    def workspace(self) -> Workspace:
        """The session on screen and its change signals."""
        ...

    @property
    def settings(self) -> Settings:
        """The user's settings (recent files, options); :meth:`save_settings` writes them."""
        ...

    @property
    def undo_stack(self) -> QUndoStack:
        """Where edits go as undoable commands."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are modal to."""
        ...

    @property
    def data_dir(self) -> Path:
        """The application's data folder (autosave, the clause libraries' saved choices)."""
        ...

    def ui_language(self) -> str:
        """ "fr" or "en": the language of the interface (and of exports)."""
        ...

    def save_settings(self) -> None:
        """Write the settings file now (atomic; errors shown, not raised)."""
        ...

    # -- what is on screen --------------------------------------------------------------------

    def current_pair(self) -> int:
        """Index of the pair the user is on (-1 before any comparison)."""
        ...

    def pair_on_screen(self) -> Pair | None:
        """The pair the user is on, if any."""
        ...

    def comparison_index(self) -> ComparisonIndex | None:
        """Clauses by id of the comparison on screen (None before any comparison)."""
        ...

    def selected_pairs(self) -> list[int]:
        """The pairs selected for linking, in order."""
        ...

    def go_to_pair(self, pair: int) -> None:
        """Scroll every view to ``pair`` and make it current."""
        ...

    def commit_note(self) -> None:
        """Turn a note still being typed into its undo command (before a save or an export)."""
        ...

    # -- feedback -----------------------------------------------------------------------------

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show or hide the progress bar and Cancel."""
        ...

    def show_progress(self, done: int, total: int, message: str) -> None:
        """A worker's progress report."""
        ...

    def show_message(self, text: str, msecs: int) -> None:
        """A passing message in the status bar."""
        ...

    # -- for the opener -----------------------------------------------------------------------

    def compare_options(self) -> CompareOptions:
        """The comparison options as the Compare menu shows them."""
        ...

    def show_compare_options(self, options: CompareOptions) -> None:
        """Tick the Compare menu as ``options`` say, without re-running."""
        ...

    def show_file(self, side: Side, path: str, detail: str) -> None:
        """The file name (and "DOCX · 12 clauses · FR") above one side of the comparison."""
        ...

    def show_reader_warnings(self, left: Document | None, right: Document | None) -> None:
        """What the readers said of each document (tracked changes, dropped parts), shown above
        its half of the comparison."""
        ...

    def show_session(self, pair: int) -> None:
        """A new session was installed: bring the comparison page in, at ``pair``, focused."""
        ...
