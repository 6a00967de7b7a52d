"""Icons drawn from the bundled SVGs, status icons tinted with the palette in use.

The status icons share one shape per status (=, pencil, arrows, fork, join, +, −) and take the
status colour of the current :class:`~clausediff.gui.formats.Palette`, so the navigator, the
comparison view's gutter and the overview ruler agree in every scheme (legal, colour-blind, dark).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from clausediff.comparison import PairStatus
from clausediff.gui.resources import icon_path

_CIRCLE_FILL = re.compile(r'(<circle[^>]*fill=")#[0-9A-Fa-f]{6}')


@cache
def status_icon(status: PairStatus, colour: str = "") -> QIcon:
    """The icon of ``status``; its disc in ``colour`` ("#RRGGBB") when given."""
    svg = icon_path(f"status-{status.value}").read_text(encoding="utf-8")
    if colour:
        svg = _CIRCLE_FILL.sub(lambda m: m.group(1) + colour, svg, count=1)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def tinted(icon: QIcon, colour: QColor) -> QIcon:
    """``icon``'s shape filled with ``colour``: the style's black arrows vanish on a dark toolbar.

    Keeps each pixel's alpha and replaces its colour (``SourceIn``), at the usual toolbar sizes;
    the disabled state is derived by Qt from the result as for any icon.
    """
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = icon.pixmap(size, size)
        if pixmap.isNull():
            continue
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        result.addPixmap(pixmap)
    return result
