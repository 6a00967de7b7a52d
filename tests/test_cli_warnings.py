"""Every command that reads a document prints its reader's warnings on stderr, one line each
(issue 11, item 8), and the reading state is chosen with --revisions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clausediff.cli.main import main

DATA = Path(__file__).parent / "data"
REVISED = str(DATA / "docx-revisions.docx")
NOTES = str(DATA / "odt-notes.odt")


@pytest.mark.parametrize(
    "args",
    [
        ["text", REVISED],
        ["segment", REVISED],
        ["compare", REVISED, NOTES, "-q"],
        ["variants", REVISED],
    ],
)
def test_reading_commands_print_warnings(args: list[str], capsys: Any) -> None:
    assert main(args) == 0
    err = capsys.readouterr().err.splitlines()
    assert (
        f"clausediff: warning: {REVISED}: 6 tracked change(s): compared as if all were "
        in (err[0][: len(REVISED) + 75])
    )


def test_revisions_flag_chooses_the_state(capsys: Any) -> None:
    assert main(["text", "--revisions", "original", REVISED]) == 0
    captured = capsys.readouterr()
    assert "Article 2 – Durée" in captured.out
    assert "rejected" in captured.err
    assert main(["compare", REVISED, REVISED, "--revisions", "sideways"]) == 2
    assert "--revisions" in capsys.readouterr().err
