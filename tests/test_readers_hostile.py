"""Failures found by the reader fuzz campaign (``bench/fuzz_readers.py``), one test each on a
small file built here: the file reads as its application shows it, or is refused in one line
naming it (``clausediff: error: ...``, exit 2), and is never changed."""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from readers_fixtures import CONTRACT, make_docx, make_encrypted_pdf, make_odt, pdf_bytes

from clausediff.cli.main import main
from clausediff.document import WarningCode
from clausediff.errors import ErrorCode, InputError
from clausediff.readers import read_document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from fuzz_hostile import zip_field  # the campaign's own zip-header writer

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


_ACCENTED = (
    "Article 1 – Hébergement\n\nLe Prestataire s’engage à fournir les prestations décrites.\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # one stray byte (a Windows-1252 "é" in a UTF-8 file) in the middle of the text
        ("stray.txt", _ACCENTED.encode().replace(b"fournir", b"fourn\xe9r")),
        ("stray.md", _ACCENTED.encode().replace(b"fournir", b"fourn\xe9r")),
        (
            "stray.html",
            f"<html><body><p>{_ACCENTED}</p></body></html>".encode()[:-20] + b"\xff</p>",
        ),
    ],
)
def test_a_stray_byte_keeps_utf8_text_and_is_reported(
    name: str, data: bytes, tmp_path: Path
) -> None:
    # it made the whole file Windows-1252 ("HÃ©bergement") without a word
    path = tmp_path / name
    path.write_bytes(data)
    document = read_document(path)
    assert "Hébergement" in document.text and "s’engage" in document.text
    assert document.text.count("\ufffd") == 1
    assert [w.code for w in document.warnings] == [WarningCode.UNDECODABLE_CHARACTERS]
    assert str(document.warnings[0]).startswith("1 (")


def test_windows_1252_text_is_still_read_as_such(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    path.write_bytes(_ACCENTED.encode("cp1252"))
    document = read_document(path)
    assert document.text == _ACCENTED.rstrip("\n") or document.text == _ACCENTED
    assert document.warnings == ()


def test_undecodable_bytes_of_a_declared_charset_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "declared.html"
    page = f'<html><head><meta charset="utf-8"></head><body><p>{_ACCENTED}</p></body></html>'
    path.write_bytes(page.encode().replace(b"fournir", b"\xff\xfe"))
    document = read_document(path)
    assert document.text.count("\ufffd") == 2
    assert [w.code for w in document.warnings] == [WarningCode.UNDECODABLE_CHARACTERS]


def test_the_undecodable_warning_reaches_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stray.txt"
    data = _ACCENTED.encode().replace(b"fournir", b"fourn\xe9r")
    path.write_bytes(data)
    assert main(["text", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Hébergement" in captured.out
    assert "clausediff: warning:" in captured.err and "could not be decoded" in captured.err
    assert path.read_bytes() == data


def _nested_markdown(kind: str, depth: int) -> str:
    """Lists or quotes ``depth`` levels deep, then a clause that must still be read."""
    if kind == "lists":
        nested = "".join("  " * level + f"- level {level}\n" for level in range(depth))
    else:
        nested = "".join("> " * (level + 1) + f"level {level}\n>\n" for level in range(depth))
    return nested + "\nArticle 2 – Prix\n\nLe prix est de 12 500 € HT.\n"


@pytest.mark.parametrize("kind", ["lists", "quotes"])
@pytest.mark.parametrize("depth", [12, 40])
def test_nested_markdown_keeps_the_text_after_it(kind: str, depth: int, tmp_path: Path) -> None:
    # markdown-it's CommonMark preset stops at 20 open tokens (10 nested lists) and drops the
    # rest of the file: "Article 2" and its price vanished, exit 0, no warning
    path = tmp_path / "nested.md"
    path.write_text(_nested_markdown(kind, depth), encoding="utf-8")
    text = read_document(path).text
    assert f"level {depth - 1}" in text
    assert text.endswith("Article 2 – Prix\n\nLe prix est de 12 500 € HT.")


def test_markdown_nested_beyond_any_document_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crafted.md"
    path.write_text(_nested_markdown("lists", 200), encoding="utf-8")
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clausediff: error: crafted.md") and err.count("\n") == 1
    assert "nests lists or quotes" in err


def test_content_nested_thousands_deep_is_refused_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the .odt walk recursed until Python's RecursionError, which became the generic "damaged,
    # save it again" refusal: true of no application, and no word of what is wrong
    depth = 5_000
    body = "<text:section>" * depth + "<text:p>deep</text:p>" + "</text:section>" * depth
    path = make_odt(tmp_path / "sections.odt", "<text:p>Article 1</text:p>" + body)
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clausediff: error: sections.odt") and err.count("\n") == 1
    assert "nested" in err


def _office(kind: str, tmp_path: Path) -> bytes:
    if kind == "docx":
        return make_docx(tmp_path / "source.docx", CONTRACT[:2]).read_bytes()
    return make_odt(tmp_path / "source.odt", "<text:p>Article 1</text:p>").read_bytes()


@pytest.mark.parametrize("kind", ["docx", "odt"])
@pytest.mark.parametrize(
    ("damage", "code", "words"),
    [
        # an encrypted zip (flag bit 0): zipfile's RuntimeError became "damaged, save it again"
        (lambda data: zip_field(data, 8, 1), ErrorCode.PASSWORD_PROTECTED, "password"),
        # a compression method no word processor writes: NotImplementedError, same
        (lambda data: zip_field(data, 10, 99), ErrorCode.DAMAGED, "compression method"),
        # a member's bytes damaged: the refusal lacked the format the window words
        (lambda data: data.replace(b"PK\x03\x04", b"PK\x03\x05", 3), ErrorCode.DAMAGED, "corrupt"),
    ],
    ids=["encrypted", "unknown-method", "corrupt-member"],
)
def test_zip_level_damage_is_named_with_its_format(
    kind: str,
    damage: Callable[[bytes], bytes],
    code: ErrorCode,
    words: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / f"damaged.{kind}"
    path.write_bytes(damage(_office(kind, tmp_path)))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.code is code, str(caught.value)
    assert words in str(caught.value) and str(caught.value).startswith("damaged.")
    if code is ErrorCode.DAMAGED:
        assert caught.value.params["kind"] == kind.upper()


_RTF = (
    r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}"
    r"\pard Article 1 \endash  Objet\par\pard Le contrat est conclu pour un an.\par"
    r"\pard Article 2 \endash  Prix\par\pard Le prix est de 100 euros.\par}"
)


@pytest.mark.parametrize(
    ("rtf", "detail"),
    [
        # a download cut short: the text read is real, but the end of the contract is missing
        (_RTF[: _RTF.index(r"\pard Article 2")], "1 group(s) never closed"),
        # a group opened in the middle of the text and never closed: what follows is unsure
        (_RTF.replace(r"\pard Article 2", r"{\b \pard Article 2"), "1 group(s) never closed"),
        # closing braces beyond the document's own group
        (_RTF.replace(r"Objet\par", r"Objet}}\par"), "2 closing brace(s) without a group"),
    ],
    ids=["truncated", "unclosed", "extra-closing"],
)
def test_rtf_with_unbalanced_groups_is_read_with_a_warning(
    rtf: str, detail: str, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.rtf"
    path.write_text(rtf, encoding="ascii")
    document = read_document(path)
    assert document.text.startswith("Article 1 – Objet")
    assert [w.code for w in document.warnings] == [WarningCode.RTF_UNBALANCED]
    assert detail in str(document.warnings[0])


def test_balanced_rtf_has_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "sane.rtf"
    path.write_text(_RTF, encoding="ascii")
    assert read_document(path).warnings == ()


def _corrupt_member_stream(data: bytes, member: str) -> bytes:
    """Damage the compressed bytes of one member, its central directory entry intact."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    buffer = bytearray(data)
    for offset in range(start + 2, start + info.compress_size - 2, 7):
        buffer[offset] ^= 0x5A
    return bytes(buffer)


def _deep_docx(data: bytes) -> bytes:
    deep = b"<w:sdt><w:sdtContent>" * 300 + b"<w:p/>" + b"</w:sdtContent></w:sdt>" * 300
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(b"<w:body>", b"<w:body>" + deep, 1)
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("damage", "code", "words"),
    [
        # the thumbnail's deflate stream damaged: python-docx's zlib text reached the user,
        # "not a valid Word document (Error -3 while decompressing data: invalid distance...)"
        (
            lambda data: _corrupt_member_stream(data, "docProps/thumbnail.jpeg"),
            ErrorCode.DAMAGED,
            "is corrupt or truncated",
        ),
        # 600 nested elements: lxml's "Excessive depth in document: 256, use XML_PARSE_HUGE
        # option, line 2, column 3864 (<string>, line 2)"
        (_deep_docx, ErrorCode.CRAFTED_NESTING, "nested"),
    ],
    ids=["corrupt-thumbnail", "deep-xml"],
)
def test_docx_package_errors_are_worded_for_a_user(
    damage: Callable[[bytes], bytes], code: ErrorCode, words: str, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.docx"
    path.write_bytes(damage(_office("docx", tmp_path)))
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert caught.value.code is code, message
    assert message.startswith("damaged.docx") and words in message
    assert "Error" not in message and "XML_PARSE_HUGE" not in message and "<string>" not in message


def test_markdown_beyond_what_renders_in_reasonable_time_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # markdown-it renders about 25,000 short lines a second: the fuzz campaign's 3 MB file of
    # "1." lines (a million) was still being read after 30 s, in the CLI and the window alike
    path = tmp_path / "lines.md"
    path.write_bytes(b"# Conditions\n\n" + b"1.\n" * 300_000)
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clausediff: error: lines.md holds too much Markdown")
    assert "300,002 lines" in err and err.count("\n") == 1


_ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
    b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n"
)


def test_a_pdf_read_after_an_encrypted_one_is_not_called_encrypted(tmp_path: Path) -> None:
    # pdfium keeps its last error: a PDF it cannot open without saying why (zero pages) was
    # reported "encrypted PDF: needs a password" when an encrypted PDF had been read before,
    # in the window or a portfolio worker (one process, many files)
    with pytest.raises(InputError) as locked:
        read_document(make_encrypted_pdf(tmp_path / "locked.pdf"))
    assert locked.value.code is ErrorCode.PASSWORD_PROTECTED
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(_ZERO_PAGES)
    with pytest.raises(InputError) as caught:
        read_document(empty)
    assert caught.value.code is ErrorCode.DAMAGED, str(caught.value)
    assert str(caught.value).startswith("corrupt PDF: empty.pdf")


def test_a_pdf_page_pdfium_cannot_load_is_named(tmp_path: Path) -> None:
    # a page tree that holds itself: pdfium counts two pages and fails on one; the catch-all
    # said "cannot be read as PDF", no word of which page (fuzz campaign, pdf-page-tree-loop)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    path = tmp_path / "loop.pdf"
    path.write_bytes(pdf_bytes(objects))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.code is ErrorCode.DAMAGED and caught.value.params["kind"] == "PDF"
    assert str(caught.value).startswith("corrupt PDF: loop.pdf: page 2 of 2 cannot be read")


def test_a_malformed_docx_part_is_named_with_what_is_wrong(tmp_path: Path) -> None:
    # footnotes.xml with an invalid byte: lxml's error reached the catch-all, "cannot be read
    # as DOCX", no word of the part or the fault (fuzz campaign: random bytes, duplicates)
    source = (Path(__file__).parent / "data" / "docx-notes.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/footnotes.xml":
                data = data.replace(b"<w:footnote ", b"<w:footnote w:x='\xff' ", 1)
            new.writestr(info, data)
    path = tmp_path / "notes.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith("notes.docx is not a valid Word document (")
    assert "word/footnotes.xml" in message and "malformed" in message
