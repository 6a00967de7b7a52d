"""The bridge from the comparison window to clause libraries (the variants window).

"Open a clause library" opens a :class:`~clausediff.gui.variants.VariantsWindow` over the files
the user picks; "Find similar clauses" looks the current clause up in the most recent library;
the library's state travels in the session file's ``variants`` field. The variants window itself
belongs to :mod:`clausediff.gui.variants`; this module only opens and remembers it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from clausediff.comparison import Side
from clausediff.errors import InputError
from clausediff.gui import dialogs
from clausediff.gui.error_text import error_text
from clausediff.gui.host import WindowHost
from clausediff.gui.variants import (
    VariantsWindow,
    find_similar_clauses,
    open_variants_window,
    sample_library_path,
    state_from_dict,
    state_to_dict,
)
from clausediff.readers import SUPPORTED_SUFFIXES


class LibraryLinker(QObject):
    """Opens variants windows for one main window and hands their state to the session."""

    def __init__(self, host: WindowHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.libraries: list[VariantsWindow] = []

    def open_library(self, paths: list[str] | None = None) -> VariantsWindow | None:
        """Ask for clause-library files (unless given) and show them in a variants window."""
        if paths is None:
            paths = dialogs.open_files(
                self.host.dialog_parent(),
                self.tr("Open a clause library"),
                dialogs.contract_filter(SUPPORTED_SUFFIXES),
            )
        if not paths:
            return None
        try:
            library = open_variants_window(
                self.host.dialog_parent(),
                paths,
                self.host.ui_language(),
                self.host.settings.palette,
                self.host.data_dir / "libraries",  # its choices, kept between runs
                self.host.settings.variants_terms_height,
            )
        except InputError as error:
            dialogs.show_error(
                self.host.dialog_parent(), self.tr("Cannot open the library"), error_text(error)
            )
            return None
        return self._keep(library)

    def open_demo(self) -> VariantsWindow | None:
        """The bundled clause library (``clausediff --demo-variants``): eight variants of a French
        limitation-of-liability clause, the answer key in ``resources/samples/README.md``."""
        return self.open_library([str(sample_library_path())])

    def _cannot_open(self, error: InputError) -> None:
        dialogs.show_error(
            self.host.dialog_parent(), self.tr("Cannot open the library"), error_text(error)
        )

    def _keep(self, library: VariantsWindow) -> VariantsWindow:
        self.libraries.append(library)
        library.terms_box.height_chosen.connect(self._remember_terms_height)
        library.destroyed.connect(lambda *_: self._forget(library))
        library.show()
        return library

    def _remember_terms_height(self, height: int) -> None:
        """The user folded or resized a variants window's terms matrix: the next one opens so."""
        self.host.settings.variants_terms_height = height
        self.host.save_settings()

    def _forget(self, library: VariantsWindow) -> None:
        if library in self.libraries:
            self.libraries.remove(library)

    def find_similar(self) -> Any:
        """Look the current clause up in the last library opened (asks for one first)."""
        pair = self.host.pair_on_screen()
        index = self.host.comparison_index()
        if pair is None or index is None:
            return None
        if not self.libraries and self.open_library() is None:
            return None
        clauses = index.clauses(pair, Side.RIGHT) or index.clauses(pair, Side.LEFT)
        text = "\n\n".join(clause.text for clause in clauses)
        title = " ".join(clause.heading for clause in clauses if clause.heading)
        dialog = find_similar_clauses(self.libraries[-1], text, title)
        dialog.show()
        return dialog

    def session_data(self) -> dict[str, Any]:
        """The last library's state for the session file ({} when none is open)."""
        return state_to_dict(self.libraries[-1]) if self.libraries else {}

    def restore(self, data: dict[str, Any]) -> None:
        """Reopen the library saved in a session (a damaged one is reported, not fatal)."""
        if not data:
            return
        try:
            library = state_from_dict(
                self.host.dialog_parent(),
                data,
                self.host.ui_language(),
                self.host.settings.palette,
                self.host.settings.variants_terms_height,
            )
        except InputError as error:
            dialogs.show_error(
                self.host.dialog_parent(), self.tr("Cannot open the library"), error_text(error)
            )
            return
        self._keep(library)

    def set_scheme(self, scheme: str) -> None:
        """The user chose another colour scheme: every open library follows."""
        for library in self.libraries:
            library.set_scheme(scheme)

    def close_all(self) -> bool:
        """Close every variants window (the main window is closing); each asks about unsaved
        choices first. False when the user cancelled one (the application stays open)."""
        return all(library.close() for library in list(self.libraries))
