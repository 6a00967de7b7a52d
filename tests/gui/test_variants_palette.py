"""The variants window paints in the user's colour scheme (it used to hard-code "legal")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clausediff.gui.formats import is_dark, make_palette
from clausediff.gui.main_window import MainWindow


def _foregrounds(document: QTextDocument) -> set[str]:
    """Every text colour set on a fragment of ``document`` (hex names)."""
    colours: set[str] = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.hasProperty(fmt.Property.ForegroundBrush):
                colours.add(fmt.foreground().color().name().upper())
            it += 1
        block = block.next()
    return colours


def _diff_colours(scheme: str) -> set[str]:
    palette = make_palette(scheme, is_dark(QApplication.palette()))
    return {QColor(palette.delete).name().upper(), QColor(palette.insert).name().upper()}


def _show_a_diff(library: object) -> set[str]:
    """Select the second variant (the first is the reference) and return the diff's colours."""
    from clausediff.gui.variants import VariantsWindow

    assert isinstance(library, VariantsWindow)
    result = library.controller.result()
    assert result is not None
    other = next(v for v in result.group.variant_ids if v != result.reference_id)
    library.controller.select(other)
    return _foregrounds(library.diff_pane.browser.document())


def test_library_follows_the_colour_blind_preference(
    qtbot: QtBot, window: MainWindow, library_path: Path
) -> None:
    window.settings.palette = "colorblind"
    library = window.library.open_library([str(library_path)])
    assert library is not None
    assert library.controller.scheme == "colorblind"
    shown = _show_a_diff(library)
    assert shown & _diff_colours("colorblind")  # Okabe-Ito orange and blue
    assert not shown & (_diff_colours("legal") - _diff_colours("colorblind"))
    library.close()


def test_open_library_changes_scheme_with_the_preferences(
    qtbot: QtBot, window: MainWindow, library_path: Path
) -> None:
    library = window.library.open_library([str(library_path)])
    assert library is not None
    assert library.controller.scheme == "legal"
    assert _show_a_diff(library) & _diff_colours("legal")
    window.looks.apply_preferences(window.settings.language, "colorblind", window.settings.zoom)
    assert library.controller.scheme == "colorblind"
    shown = _foregrounds(library.diff_pane.browser.document())
    assert shown & _diff_colours("colorblind")
    assert not shown & (_diff_colours("legal") - _diff_colours("colorblind"))
    library.close()


def test_the_new_wording_diff_follows_the_scheme_too(
    qtbot: QtBot, window: MainWindow, library_path: Path
) -> None:
    window.settings.palette = "colorblind"
    library = window.library.open_library([str(library_path)])
    assert library is not None
    _show_a_diff(library)  # a variant other than the reference is selected
    library.editor.start_from_selected()  # its wording, diffed live against the reference
    library.editor.update_diff()
    shown = _foregrounds(library.editor.live.document())
    assert shown & _diff_colours("colorblind")
    assert not shown & (_diff_colours("legal") - _diff_colours("colorblind"))
    library.close()
