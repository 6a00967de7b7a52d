"""The .odt reader gives the text LibreOffice shows: numbers only where LibreOffice draws them,
both states of tracked changes, notes, text boxes, literal spaces, tabs and line breaks.

Fixtures in tests/data (tests/data/make_office_fixtures.py): odt-numbering.odt and
odt-inline.odt are written as LibreOffice writes these constructs (their numbering checked
against LibreOffice's own rendering); odt-revisions.odt and odt-notes.odt were written by
LibreOffice from the .docx fixtures of the same name, so their expected text is the .docx's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.document import WarningCode
from clausediff.errors import InputError
from clausediff.options import CompareOptions, Revisions
from clausediff.readers import read_document

DATA = Path(__file__).parent / "data"


def expected(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize(
    ("fixture", "revisions", "answer"),
    [
        ("odt-numbering.odt", Revisions.ACCEPTED, "odt-numbering.expected.txt"),
        ("odt-inline.odt", Revisions.ACCEPTED, "odt-inline.accepted.txt"),
        ("odt-inline.odt", Revisions.ORIGINAL, "odt-inline.original.txt"),
        # LibreOffice's own .odt of docx-revisions.docx: same text, same numbers, both states
        ("odt-revisions.odt", Revisions.ACCEPTED, "docx-revisions.accepted.txt"),
        ("odt-revisions.odt", Revisions.ORIGINAL, "docx-revisions.original.txt"),
        ("odt-notes.odt", Revisions.ACCEPTED, "docx-notes.expected.txt"),
    ],
)
def test_text_libreoffice_shows(fixture: str, revisions: Revisions, answer: str) -> None:
    assert read_document(DATA / fixture, revisions=revisions).text == expected(answer)


def test_same_document_as_docx_and_odt_compares_unchanged_in_both_states() -> None:
    for revisions in Revisions:
        comparison = compare_files(
            DATA / "docx-revisions.docx",
            DATA / "odt-revisions.odt",
            CompareOptions(revisions=revisions),
        )
        counts = comparison.summary()
        assert counts["unchanged"] == len(comparison.pairs) > 3, (revisions, counts)


def test_warnings_say_what_was_done() -> None:
    document = read_document(DATA / "odt-inline.odt", revisions=Revisions.ORIGINAL)
    assert [(w.code, w.parameters) for w in document.warnings] == [
        (WarningCode.TRACKED_CHANGES_ORIGINAL, {"count": "5"}),
        (WarningCode.TEXT_BOXES, {"count": "1"}),
        (WarningCode.COMMENTS_LEFT_OUT, {"count": "1"}),
        (WarningCode.HIDDEN_TEXT_LEFT_OUT, {}),
    ]
    numbering = read_document(DATA / "odt-numbering.odt")
    assert numbering.warnings == ()


def test_a_billion_spaces_are_refused_at_once() -> None:
    # issue 18: an 18 KB .odt with <text:s text:c="1000000000"/> gave 1 GB of text
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"odt-spaces-bomb\.odt"):
        read_document(DATA / "odt-spaces-bomb.odt")
    assert time.perf_counter() - start < 2
