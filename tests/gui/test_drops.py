"""Where dropped files open: one rule for the pane header and the comparison view."""

from __future__ import annotations

import pytest

from clausediff.comparison import Side
from clausediff.gui.drops import sides_for


@pytest.mark.parametrize(
    ("paths", "x", "expected"),
    [
        # nothing local dropped: nothing opens
        ([], 10.0, []),
        # one file on the left half opens left, on the right half opens right
        (["a.docx"], 100.0, [(Side.LEFT, "a.docx")]),
        (["a.docx"], 700.0, [(Side.RIGHT, "a.docx")]),
        # two files open left then right wherever they land; a third is ignored
        (["old.pdf", "new.pdf"], 700.0, [(Side.LEFT, "old.pdf"), (Side.RIGHT, "new.pdf")]),
        (["a", "b", "c"], 10.0, [(Side.LEFT, "a"), (Side.RIGHT, "b")]),
    ],
)
def test_sides_for(paths: list[str], x: float, expected: list[tuple[Side, str]]) -> None:
    assert sides_for(paths, x, 800.0) == expected
