"""Failures found by the reader fuzz campaign (``bench/fuzz_readers.py``), one test each on a
small file built here: the file reads as its application shows it, or is refused in one line
naming it (``clausediff: error: ...``, exit 2), and is never changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_fixtures import make_odt

from clausediff.cli.main import main
from clausediff.readers import read_document

_ODT_TABLE = (
    "<table:table><table:table-row><table:table-cell>{}</table:table-cell>"
    "</table:table-row></table:table>"
)


def _nested_odt_tables(path: Path, depth: int) -> Path:
    """An .odt whose table holds a table in its cell, ``depth`` tables deep, one word each."""
    body = "{}"
    for level in range(depth):
        body = body.format(_ODT_TABLE.format(f"<text:p>level{level}</text:p>{{}}"))
    return make_odt(path, "<text:p>Article 1</text:p>" + body.format(""))


def test_nested_odt_table_text_is_read_once(tmp_path: Path) -> None:
    # a table inside a cell is flattened into the cell, as the .docx reader does: each word
    # once (the rows of every inner table were read again by each outer table, 2^depth times)
    document = read_document(_nested_odt_tables(tmp_path / "nested.odt", 12))
    words = " ".join(f"level{level}" for level in range(12))
    assert document.text == f"Article 1\n\n{words}"


def test_deeply_nested_odt_tables_read_quickly_or_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _nested_odt_tables(tmp_path / "deep.odt", 300)
    before = path.read_bytes(), path.stat().st_mtime_ns
    code = main(["text", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code == 2:
        assert err.startswith("clausediff: error: deep.odt") and err.count("\n") == 1
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
