"""The .docx reader gives the text Word shows: notes, text boxes, content controls, fields and
both states of tracked changes (fixtures in tests/data, made by tests/data/make_office_fixtures.py;
the expected text of each was written by hand from what Word displays)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from clausediff.document import WarningCode
from clausediff.errors import InputError
from clausediff.options import Revisions
from clausediff.readers import read_document

DATA = Path(__file__).parent / "data"


def expected(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize(
    ("fixture", "revisions", "answer"),
    [
        # footnote calls stay visible as [1], [2]; the endnote is numbered i (Word's default);
        # each note is a paragraph right after the paragraph that calls it
        ("docx-notes.docx", Revisions.ACCEPTED, "docx-notes.expected.txt"),
        # the text box is read once (its mc:Fallback VML copy is not read again)
        ("docx-textbox.docx", Revisions.ACCEPTED, "docx-textbox.expected.txt"),
        # inline and block content controls, a DATE field and a REF field: displayed results
        ("docx-controls-fields.docx", Revisions.ACCEPTED, "docx-controls-fields.expected.txt"),
        # article 2 deleted, article 3 inserted: the numbers are those Word shows after
        # "Accept all" ...
        ("docx-revisions.docx", Revisions.ACCEPTED, "docx-revisions.accepted.txt"),
        # ... and after "Reject all"; "deux (2)" and "trois (3)" are never glued together
        ("docx-revisions.docx", Revisions.ORIGINAL, "docx-revisions.original.txt"),
    ],
)
def test_text_word_shows(fixture: str, revisions: Revisions, answer: str) -> None:
    document = read_document(DATA / fixture, revisions=revisions)
    assert document.text == expected(answer)


def test_notes_are_paragraphs_of_their_own_with_warning() -> None:
    document = read_document(DATA / "docx-notes.docx")
    notes = [p for p in document.paragraphs if p.style in ("Footnote Text", "Endnote Text")]
    assert [document.paragraph_text(p)[:4] for p in notes] == ["[1] ", "[2] ", "[i] ", "[3] "]
    assert [(w.code, w.parameters) for w in document.warnings] == [
        (WarningCode.NOTES_PLACED, {"count": "4"})
    ]


def test_a_changed_footnote_is_a_changed_clause(tmp_path: Path) -> None:
    from clausediff.compare.pipeline import compare_files

    source = (DATA / "docx-notes.docx").read_bytes()
    changed = tmp_path / "changed.docx"
    import zipfile

    with zipfile.ZipFile(DATA / "docx-notes.docx") as old, zipfile.ZipFile(changed, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/footnotes.xml":
                data = data.replace(b"trente jours", b"quatre-vingt-dix jours")
            new.writestr(item, data)
    assert source
    comparison = compare_files(DATA / "docx-notes.docx", changed)
    assert comparison.summary()["modified"] == 1


def test_revisions_warning_names_the_state() -> None:
    accepted = read_document(DATA / "docx-revisions.docx")
    original = read_document(DATA / "docx-revisions.docx", revisions=Revisions.ORIGINAL)
    assert [w.code for w in accepted.warnings] == [WarningCode.TRACKED_CHANGES_ACCEPTED]
    assert [w.code for w in original.warnings] == [WarningCode.TRACKED_CHANGES_ORIGINAL]
    assert accepted.warnings[0].parameters == {"count": "6"}


def test_numbering_in_letters_from_two_billion_is_refused_quickly() -> None:
    # issue 18: 4.7 KB gave 2 GB of text; now refused at once
    start = time.perf_counter()
    with pytest.raises(InputError, match="numbering"):
        read_document(DATA / "docx-numbering-bomb.docx")
    assert time.perf_counter() - start < 2


def test_cli_prints_warnings_for_text_and_takes_revisions() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "clausediff", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    result = run("text", "--revisions", "original", str(DATA / "docx-revisions.docx"))
    assert result.returncode == 0
    assert result.stdout.rstrip("\n") == expected("docx-revisions.original.txt")
    assert "warning" in result.stderr and "rejected" in result.stderr
    bomb = run("text", str(DATA / "docx-numbering-bomb.docx"))
    assert bomb.returncode == 2
    assert bomb.stderr.count("\n") == 1 and "docx-numbering-bomb.docx" in bomb.stderr


def test_smartart_text_not_read_is_said(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Voir le schéma.")
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:drawing>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
            'diagram"/></a:graphic></w:drawing></w:r>'
        )
    )
    path = tmp_path / "schema.docx"
    document.save(str(path))
    result = read_document(path)
    assert result.text == "Voir le schéma."
    assert [(w.code, w.parameters) for w in result.warnings] == [
        (WarningCode.CONTENT_NOT_READ, {"what": "1 SmartArt diagram(s)"})
    ]
