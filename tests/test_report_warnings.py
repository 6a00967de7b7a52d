"""Reader warnings reach the reports: the "Documents compared" table of the HTML and PDF report
lists each document's warnings in the report's language, and the JSON keeps them per document
with their code (issue 11, item 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison
from clausediff.report import build_report, render_html
from clausediff.store.serialize import comparison_from_dict, comparison_to_json

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_files(DATA / "docx-revisions.docx", DATA / "odt-notes.odt")


@pytest.mark.parametrize(
    ("language", "left", "right"),
    [
        (
            "fr",
            "6 modification(s) suivie(s) : comparé comme si toutes étaient acceptées",
            "4 note(s) de bas de page ou de fin placée(s) après le paragraphe qui les appelle",
        ),
        (
            "en",
            "6 tracked change(s): compared as if all were accepted",
            "4 footnote(s) or endnote(s) placed after the paragraph that calls them",
        ),
    ],
)
def test_documents_compared_lists_the_warnings(
    comparison,
    language: str,
    left: str,
    right: str,  # type: ignore[no-untyped-def]
) -> None:
    report = build_report(comparison, None, language)
    assert report.cover.left.warnings == (left,)
    assert report.cover.right.warnings == (right,)
    html = render_html(report)
    cover = html[html.index('<section class="cover">') :]
    cover = cover[: cover.index("</section>")]
    assert f"<li>{left}</li>" in cover and f"<li>{right}</li>" in cover


def test_json_keeps_warnings_per_document_with_their_code(comparison: Comparison) -> None:
    data = json.loads(comparison_to_json(comparison))
    assert data["left"]["warnings"] == [
        {
            "code": "tracked_changes_accepted",
            "params": {"count": "6"},
            "message": "6 tracked change(s): compared as if all were accepted (--revisions "
            "original for the text before them)",
        }
    ]
    assert [w["code"] for w in data["right"]["warnings"]] == ["notes_placed"]
    assert comparison_from_dict(data).left.warnings == comparison.left.warnings


def test_pdf_report_lists_the_warnings(
    comparison: Comparison, tmp_path: Path, qapp: object
) -> None:
    from pypdfium2 import PdfDocument

    from clausediff.report import write_pdf

    target = tmp_path / "report.pdf"
    write_pdf(build_report(comparison, None, "en"), str(target), "A4")
    pdf = PdfDocument(str(target))
    first_page = pdf[0].get_textpage().get_text_range()
    assert "Reading warnings" in first_page
    assert "6 tracked change(s): compared as if all were accepted" in first_page


def test_every_warning_code_is_worded_in_both_report_languages_and_the_window() -> None:
    # a reader that gains a warning code must not leave the report or the window without words
    from clausediff.document import WarningCode
    from clausediff.report.strings import keys

    for language in ("fr", "en"):
        assert {f"warning.{code.value}" for code in WarningCode} <= keys(language)
    source = (
        Path(__file__).parent.parent / "clausediff" / "gui" / "reader_warnings.py"
    ).read_text()
    for code in WarningCode:
        if code is not WarningCode.OTHER:
            assert f"WarningCode.{code.name}:" in source, code
