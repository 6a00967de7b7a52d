"""Bidi overrides and other invisible controls are shown, never obeyed ('0051' read as '1500')."""

from __future__ import annotations

from pathlib import Path

from clausediff.compare.pipeline import compare_files
from clausediff.document import WarningCode
from clausediff.readers import read_document
from clausediff.readers.invisible import reveal_text
from clausediff.report import build_report, render_html

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def test_reveal_writes_each_control_as_its_code() -> None:
    assert reveal_text(f"a{RLO}0051{PDF}b") == "a⟨U+202E⟩0051⟨U+202C⟩b"
    assert reveal_text("tab\tand\nlines\r\n stay") == "tab\tand\nlines\r\n stay"
    assert reveal_text("nul\x00bell\x07") == "nul⟨U+0000⟩bell⟨U+0007⟩"


def test_a_disguised_amount_is_shown_and_compared_as_written(tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Article 1 – Prix\n\nLe prix est de 1500 € HT.\n", encoding="utf-8")
    right.write_text(f"Article 1 – Prix\n\nLe prix est de {RLO}0051{PDF} € HT.\n", "utf-8")
    document = read_document(right)
    assert RLO not in document.text and "⟨U+202E⟩0051⟨U+202C⟩" in document.text
    (warning,) = [w for w in document.warnings if w.code is WarningCode.INVISIBLE_CONTROLS]
    assert warning.parameters["count"] == "2"
    comparison = compare_files(left, right)
    changed = [p for p in comparison.pairs if p.changed]
    assert changed, "the disguised number must show as a change"
    html = render_html(build_report(comparison, None, "en"))
    assert RLO not in html and LRI not in html and "⟨U+202E⟩" in html


def test_paragraph_offsets_follow_the_revealed_text(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        f"<html><body><h1>Article 1</h1><p>Un {LRI}deux{PDI} trois.</p><p>Quatre.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    texts = [document.paragraph_text(p) for p in document.paragraphs]
    assert "Un ⟨U+2066⟩deux⟨U+2069⟩ trois." in texts and "Quatre." in texts
