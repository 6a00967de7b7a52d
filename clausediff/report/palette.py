"""The colours and marks of every report, shared by the HTML and PDF renderers.

Colour is never the only cue: deletions are struck through, insertions underlined, moved clauses
carry a ⇅ arrow, and every term carries a superscript letter (O, D, M / A) after it; changed
terms are bold. The hues keep apart for the common colour-vision deficiencies (red vs blue for
the diff, purple / orange / teal for the terms, after the Okabe-Ito palette) and print legibly in
grey. Plain hex strings: no Qt here.
"""

from __future__ import annotations

from typing import Final

from clausediff.comparison import Op, PairStatus, TermKind

#: Text colour of each diff operation (equal text keeps the body colour).
OP_TEXT: Final[dict[Op, str]] = {
    Op.EQUAL: "#1f2328",
    Op.DELETE: "#a4161a",
    Op.INSERT: "#0b4f9c",
}

#: Background tint of each diff operation.
OP_BACKGROUND: Final[dict[Op, str]] = {
    Op.EQUAL: "",
    Op.DELETE: "#fbe3e4",
    Op.INSERT: "#dcebfb",
}

#: Strong colour of each term kind (superscript letter, legend swatch).
TERM_COLOUR: Final[dict[TermKind, str]] = {
    TermKind.OBLIGATION: "#7b3f99",
    TermKind.DEADLINE: "#b35900",
    TermKind.AMOUNT: "#00766c",
}

#: Background tint of each term kind (wins over the diff tint; the diff keeps its text mark).
TERM_BACKGROUND: Final[dict[TermKind, str]] = {
    TermKind.OBLIGATION: "#efe2f6",
    TermKind.DEADLINE: "#fde7cc",
    TermKind.AMOUNT: "#d4f0eb",
}

#: Accent of each pair status (section rule and badge).
STATUS_COLOUR: Final[dict[PairStatus, str]] = {
    PairStatus.UNCHANGED: "#6e7781",
    PairStatus.MODIFIED: "#9a6700",
    PairStatus.MOVED: "#1b7f4c",
    PairStatus.SPLIT: "#5a3e9b",
    PairStatus.MERGED: "#5a3e9b",
    PairStatus.INSERTED: "#0b4f9c",
    PairStatus.DELETED: "#a4161a",
}

#: A short sign shown before the status, so statuses differ without colour too.
STATUS_SIGN: Final[dict[PairStatus, str]] = {
    PairStatus.UNCHANGED: "=",
    PairStatus.MODIFIED: "≠",
    PairStatus.MOVED: "⇅",
    PairStatus.SPLIT: "⊂",
    PairStatus.MERGED: "⊃",
    PairStatus.INSERTED: "+",
    PairStatus.DELETED: "−",
}

MOVED: Final = STATUS_COLOUR[PairStatus.MOVED]
INK: Final = "#1f2328"
MUTED: Final = "#57606a"
RULE: Final = "#d0d7de"
HEADER_BACKGROUND: Final = "#f3f5f7"
#: A shade darker than the header background: the total cell, the variants tables' heads.
SHADE: Final = "#eef1f5"
ACCENT: Final = "#1d3557"
