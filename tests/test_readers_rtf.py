"""The .rtf reader gives the text Word or LibreOffice shows, in both states of tracked changes,
with hidden text left out and notes placed like .docx (issue 11, item 4: striprtf glued deleted
and inserted text together, "délai de deux (2)trois (3) mois", and read hidden text).

Fixtures (tests/data/make_office_fixtures.py): rtf-word.rtf is written in Word's dialect; its
expected text (rtf-word.accepted.txt / .original.txt) was checked by hand against what Word
shows: numbers counted on the state read, not the markup-view labels the file holds.
rtf-revisions.rtf and rtf-notes.rtf were written by LibreOffice from the .docx fixtures of the
same name, so their expected text is the .docx's."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.document import WarningCode
from clausediff.options import Revisions
from clausediff.readers import read_document

DATA = Path(__file__).parent / "data"


def expected(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize(
    ("fixture", "revisions", "answer"),
    [
        ("rtf-word.rtf", Revisions.ACCEPTED, "rtf-word.accepted.txt"),
        ("rtf-word.rtf", Revisions.ORIGINAL, "rtf-word.original.txt"),
        ("rtf-revisions.rtf", Revisions.ACCEPTED, "docx-revisions.accepted.txt"),
        ("rtf-revisions.rtf", Revisions.ORIGINAL, "docx-revisions.original.txt"),
        ("rtf-notes.rtf", Revisions.ACCEPTED, "docx-notes.expected.txt"),
    ],
)
def test_text_word_and_libreoffice_show(fixture: str, revisions: Revisions, answer: str) -> None:
    assert read_document(DATA / fixture, revisions=revisions).text == expected(answer)


def test_never_both_versions_and_never_hidden_text() -> None:
    for revisions in Revisions:
        text = read_document(DATA / "rtf-word.rtf", revisions=revisions).text
        assert "ParisLyon" not in text and "(2)trois" not in text
        assert "note interne" not in text
    accepted = read_document(DATA / "rtf-word.rtf")
    assert [w.code for w in accepted.warnings] == [
        WarningCode.TRACKED_CHANGES_ACCEPTED,
        WarningCode.NOTES_PLACED,
        WarningCode.TEXT_BOXES,
        WarningCode.COMMENTS_LEFT_OUT,
        WarningCode.HIDDEN_TEXT_LEFT_OUT,
    ]
