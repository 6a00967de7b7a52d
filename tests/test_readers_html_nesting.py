"""HTML lists nested beyond any real page are refused in one line, as Markdown's are.

A page of 100,000 nested ``<ol><li>`` read in 1.5 s, then segmentation worked through 50,000
list levels for 28 s before any answer (the fuzz campaign's html-deep-ol case, past its 30 s).
Real pages nest lists a few levels deep; twenty levels still read as they always did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.errors import ErrorCode, InputError
from clausediff.readers import read_document

PAGE = (
    "<html><body><h1>Article 1 – Objet</h1>{lists}<p>Le prix est de 12 500 € HT.</p></body></html>"
)


def _nested(depth: int) -> str:
    return PAGE.format(lists="<ol><li>niveau" * depth + "</li></ol>" * depth)


def test_lists_twenty_deep_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(_nested(20), encoding="utf-8")
    text = read_document(path).text
    assert text.count("niveau") == 20 and text.endswith("Le prix est de 12 500 € HT.")


def test_lists_nested_beyond_any_page_are_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crafted.html"
    path.write_text(_nested(100_000), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.code is ErrorCode.CRAFTED_NESTING
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clausediff: error: crafted.html") and err.count("\n") == 1
    assert "nests lists" in err


def test_html_inside_markdown_nested_beyond_any_page_is_refused_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crafted.md"
    body = "<ol><li>niveau" * 200 + "</li></ol>" * 200
    path.write_text(f"# Article 1 – Objet\n\n{body}\n\nLe prix est fixé.\n", encoding="utf-8")
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clausediff: error: crafted.md") and err.count("\n") == 1
    assert "nests lists" in err
