"""Colours and character formats: span kinds and pair statuses to looks.

Two schemes: ``legal`` (the law-firm convention: red strike-through deletions, blue underlined
insertions, green moves) and ``colorblind`` (Okabe-Ito hues, safe for red-green colour
blindness). Each comes in a light and a dark variant, picked from the window palette. Colour is
never the only cue: deletions are struck through, insertions underlined, changed terms bold.
Only look-up and :class:`QTextCharFormat` building here; nothing is computed from the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

from clausediff.comparison import PairStatus
from clausediff.gui.spans import SpanKind


@dataclass(frozen=True, slots=True)
class Palette:
    """Every colour the comparison view, navigator and legend draw with."""

    dark: bool
    text: str
    muted: str
    background: str
    alt_background: str
    border: str
    selection: str
    delete: str
    delete_bg: str
    insert: str
    insert_bg: str
    move: str
    obligation: str
    deadline: str
    amount: str
    term_alpha: int
    search: str
    search_text: str
    statuses: dict[PairStatus, str]

    def color(self, name: str, alpha: int = 255) -> QColor:
        """One of the fields as a QColor, with an optional alpha."""
        colour = QColor(getattr(self, name))
        colour.setAlpha(alpha)
        return colour

    def status_color(self, status: PairStatus) -> QColor:
        """The accent colour of a pair status (gutter, icon, similarity bar)."""
        return QColor(self.statuses[status])


def _statuses(
    delete: str, insert: str, move: str, modified: str, muted: str
) -> dict[PairStatus, str]:
    return {
        PairStatus.UNCHANGED: muted,
        PairStatus.MODIFIED: modified,
        PairStatus.MOVED: move,
        PairStatus.SPLIT: modified,
        PairStatus.MERGED: modified,
        PairStatus.INSERTED: insert,
        PairStatus.DELETED: delete,
    }


def make_palette(scheme: str, dark: bool) -> Palette:
    """The palette for ``scheme`` ("legal" or "colorblind") in light or dark mode."""
    blind = scheme == "colorblind"
    if dark:
        delete = "#FFA066" if blind else "#FF7B72"
        insert = "#7CC4FA" if blind else "#79B8FF"
        move = "#E69FD0" if blind else "#7EE787"
        base = {
            "text": "#E6E6E6",
            "muted": "#9AA0A6",
            "background": "#1E1F22",
            "alt_background": "#26282C",
            "border": "#3C3F44",
            "selection": "#2F4A6B",
            "delete_bg": "#4A2323" if not blind else "#4A3323",
            "insert_bg": "#1F3550",
        }
        terms = ("#F0E442", "#56B4E9", "#E0E0E0") if blind else ("#C9A0FF", "#F2CC60", "#56D4C4")
        alpha = 70
    else:
        delete = "#D55E00" if blind else "#C62828"
        insert = "#0072B2" if blind else "#1256B0"
        move = "#CC79A7" if blind else "#2E7D32"
        base = {
            "text": "#1F2328",
            "muted": "#6B7280",
            "background": "#FFFFFF",
            "alt_background": "#F6F7F9",
            "border": "#D9DDE3",
            "selection": "#EAF2FD",
            "delete_bg": "#FDECEC" if not blind else "#FCEBDD",
            "insert_bg": "#E8F0FC",
        }
        terms = ("#B8A800", "#56B4E9", "#555555") if blind else ("#8E44AD", "#E0A100", "#009E8A")
        alpha = 48
    modified = "#B7791F" if not dark else "#E3B341"
    if blind:
        modified = "#E69F00"
    return Palette(
        dark=dark,
        delete=delete,
        insert=insert,
        move=move,
        obligation=terms[0],
        deadline=terms[1],
        amount=terms[2],
        term_alpha=alpha,
        search="#B8860B" if dark else "#FFE066",
        search_text="#FFFFFF" if dark else "#1F2328",
        statuses=_statuses(delete, insert, move, modified, base["muted"]),
        **base,
    )


def is_dark(palette: QPalette) -> bool:
    """True when the system window palette is dark (dark mode follows the system)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def char_format(kind: SpanKind, palette: Palette) -> QTextCharFormat:
    """The character format for a span kind; formats of overlapping spans are merged."""
    fmt = QTextCharFormat()
    if kind is SpanKind.HEADING:
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind is SpanKind.DELETE:
        fmt.setForeground(palette.color("delete"))
        fmt.setBackground(palette.color("delete_bg"))
        fmt.setFontStrikeOut(True)
    elif kind is SpanKind.INSERT:
        fmt.setForeground(palette.color("insert"))
        fmt.setBackground(palette.color("insert_bg"))
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(palette.color("insert"))
    elif kind in (SpanKind.OBLIGATION, SpanKind.DEADLINE, SpanKind.AMOUNT):
        fmt.setBackground(palette.color(kind.value, palette.term_alpha))
    elif kind is SpanKind.TERM_CHANGED:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


#: Order in which overlapping formats are merged: later kinds win on shared properties.
#: Diff first, so a changed term keeps its term tint under the red/blue text and marks.
MERGE_ORDER = (
    SpanKind.HEADING,
    SpanKind.DELETE,
    SpanKind.INSERT,
    SpanKind.OBLIGATION,
    SpanKind.DEADLINE,
    SpanKind.AMOUNT,
    SpanKind.TERM_CHANGED,
)
