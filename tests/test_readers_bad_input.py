"""Every kind of bad input gets an InputError with one clear line, never a traceback."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from readers_fixtures import (
    CONTRACT,
    make_docx,
    make_drawing_pdf,
    make_encrypted_pdf,
    make_odt,
    make_text_pdf,
    make_zip_bomb,
    rewrite_zip_member,
)

from clausediff.errors import InputError
from clausediff.readers import guards, read_document

SECRET = "TOP-SECRET-7f3a9c"


def _junk(size: int) -> bytes:
    return random.Random(42).randbytes(size)


def _docx_bytes(tmp_path: Path) -> bytes:
    return make_docx(tmp_path / "source.docx", CONTRACT[:4]).read_bytes()


def _xxe_docx(tmp_path: Path) -> Path:
    """A .docx whose document.xml declares an external entity pointing at a local file."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    source = make_docx(tmp_path / "source.docx", CONTRACT[:2])
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    head, body = xml.split("?>", 1)
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    body = body.replace("Article 1 – Objet", "&xxe;", 1)
    target = tmp_path / "xxe.docx"
    return rewrite_zip_member(
        source, target, "word/document.xml", f"{head}?>{doctype}{body}".encode()
    )


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    # (case, how to make the file, words the message must contain)
    ("missing file", lambda tmp: tmp / "absent.docx", "file not found"),
    ("a folder", lambda tmp: tmp, "is a folder"),
    ("empty .txt", _write("empty.txt", b""), "empty document"),
    ("whitespace-only .txt", _write("blank.txt", b" \r\n\t\n  \n"), "empty document"),
    (
        "whitespace-only .html",
        _write("blank.html", b"<html><body><p> </p></body></html>"),
        "empty document",
    ),
    ("binary junk .txt", _write("junk.txt", _junk(20_000)), "binary"),
    ("NUL bytes in .txt", _write("nul.txt", b"Article 1\x00\x00Objet\n"), "binary"),
    (
        "not a zip .docx",
        _write("fake.docx", b"Ceci n'est pas un document Word."),
        "not a valid .docx",
    ),
    ("not a zip .odt", _write("fake.odt", b"Ceci n'est pas un document ODT."), "not a valid .odt"),
    (
        "old binary .doc",
        _write("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ".doc",
    ),
    (
        "password-protected .docx",
        _write(
            "locked.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + "EncryptedPackage".encode("utf-16-le")
            + bytes(600),
        ),
        "password-protected",
    ),
    ("corrupt PDF", _write("broken.pdf", b"%PDF-1.7\n" + _junk(3000)), "corrupt PDF"),
    ("encrypted PDF", lambda tmp: make_encrypted_pdf(tmp / "locked.pdf"), "encrypted PDF"),
    ("unsupported junk", _write("image.xyz", _junk(5000)), "unsupported file type"),
    ("RTF without header", _write("fake.rtf", b"Just text, no RTF."), "not an RTF document"),
    ("XXE in .docx", _xxe_docx, "DOCTYPE"),
    ("zip bomb .docx", lambda tmp: make_zip_bomb(tmp / "bomb.docx", megabytes=30), "zip bomb"),
]


@pytest.mark.parametrize(("case", "make", "words"), CASES, ids=[case[0] for case in CASES])
def test_bad_input(tmp_path: Path, case: str, make: Callable[[Path], Path], words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert words in message, message
    assert "\n" not in message and len(message) < 300, message
    assert SECRET not in message


def test_xxe_content_never_leaks(tmp_path: Path) -> None:
    # refused outright; and even python-docx alone (resolve_entities=False) must not expand it
    import docx

    path = _xxe_docx(tmp_path)
    with pytest.raises(InputError, match="XXE"):
        read_document(path)
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)
    assert SECRET not in text


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes(tmp_path)
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"not a valid \.docx file .*truncated"):
        read_document(path)


def test_docx_with_a_corrupt_member(tmp_path: Path) -> None:
    # the central directory is intact but document.xml's compressed bytes are damaged
    data = bytearray(_docx_bytes(tmp_path))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start : start + 40] = bytes(40)
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"damaged\.docx is corrupt or truncated"):
        read_document(path)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(InputError, match="not a Word document"):
        read_document(path)


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the total cap (200 MB for real) checked on a small archive with a small cap
    monkeypatch.setattr(guards, "MAX_UNZIPPED_BYTES", 1000)
    path = make_docx(tmp_path / "ok.docx", CONTRACT)
    with pytest.raises(InputError, match="would unpack to"):
        read_document(path)


@pytest.mark.parametrize(
    ("prolog", "body"),
    [
        # external entity to a local file
        ('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "<text:p>&xxe;</text:p>"),
        # billion laughs
        (
            '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
            "<text:p>&b;</text:p>",
        ),
    ],
)
def test_odt_entities_refused(tmp_path: Path, prolog: str, body: str) -> None:
    path = make_odt(tmp_path / "evil.odt", body, prolog=prolog)
    with pytest.raises(InputError, match="DOCTYPE"):
        read_document(path)


def test_pdf_without_text_layer(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^scanned document: no text to compare"):
        read_document(make_drawing_pdf(tmp_path / "scan.pdf"))


def test_truncated_pdf(tmp_path: Path) -> None:
    data = make_text_pdf(tmp_path / "full.pdf", ["Article 1 - Objet"] * 40).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        document = read_document(path)
    except InputError as error:  # refusing is fine, and so is pdfium's repair
        assert "cut.pdf" in str(error)
    else:
        assert document.text


def test_too_large_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: costs no disk and no time
        stream.truncate(guards.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="too large"):
        read_document(path)


def test_parser_errors_name_the_file_unless_debugging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser's unexpected error becomes an InputError naming the file; with CLAUSEDIFF_DEBUG
    set it escapes as it is, so a bug of ours is not mistaken for a bad file."""
    from clausediff.readers.rtf_parse import RtfReader

    def broken(*args: object, **kwargs: object) -> str:
        raise ZeroDivisionError("a bug in the parser")

    path = tmp_path / "contrat.rtf"
    path.write_text(r"{\rtf1\ansi Article 1. Objet.}", encoding="ascii")
    monkeypatch.setattr(RtfReader, "read", broken)
    monkeypatch.delenv(guards.DEBUG_VARIABLE, raising=False)
    with pytest.raises(InputError, match=r"contrat\.rtf cannot be read as RTF: ") as refused:
        read_document(path)
    assert "ZeroDivisionError" not in str(refused.value)  # worded for a user
    monkeypatch.setenv(guards.DEBUG_VARIABLE, "1")
    with pytest.raises(ZeroDivisionError):
        read_document(path)
