"""Switching the UI language replaces every catalogue ClauseDiff installed, whichever window
installed it: translators belong to the application, not to a window."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from clausediff.gui.i18n import Translations


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_a_second_window_switching_to_english_removes_the_first_ones_french(
    qapp: object,
) -> None:
    first, second = Translations(), Translations()
    first.install("fr")
    assert _native("Alt+Down") != "Alt+Down"  # Qt's French catalogue names the keys
    try:
        second.install("en")
        # The first window's French catalogue used to stay installed: an English window then
        # showed "Alt+Bas" in its shortcuts and tooltips.
        assert _native("Alt+Down") == "Alt+Down"
        assert second.language == "en"
    finally:
        second.install("en")
