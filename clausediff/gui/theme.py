"""Light, dark or the system's colours for the whole application (Preferences > Appearance).

Qt 6 can ask the platform for a colour scheme (``QStyleHints.setColorScheme``), but platforms
without a theme plugin ignore the request; so a chosen theme is a palette set on the
application (Fusion's dark and light roles), and "system" gives back the palette the platform
started with. Every view reads ``QApplication.palette()`` (``formats.is_dark``), so the marks
follow.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("", "light", "dark")  # "": follow the system

_system_palette: QPalette | None = None


def _dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#2f2f2f",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c8c8c",
        role.Text: "#e6e6e6",
        role.Button: "#353535",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6cb4ff",
        role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff",
        role.Light: "#4a4a4a",
        role.Midlight: "#404040",
        role.Mid: "#303030",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for disabled in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, disabled, QColor("#7a7a7a"))
    return palette


def apply_theme(theme: str) -> None:
    """Use ``theme`` ("", "light", "dark") for every window of the application."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    if theme == "dark":
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system_palette)
