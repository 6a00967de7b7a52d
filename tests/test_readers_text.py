"""Plain text and Markdown: encodings, newline folding, text kept exactly, pasted text."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from clausediff.document import Format
from clausediff.errors import InputError
from clausediff.readers import SUPPORTED_SUFFIXES, document_from_text, read_document

FRENCH = "Article 1er – Objet\nL’œuvre coûte 100 € à l’été ; « Clause » n° 3.\n"


@pytest.mark.parametrize(
    ("encoded", "comment"),
    [
        (FRENCH.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "UTF-8 with BOM (BOM dropped)"),
        (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "UTF-16 LE with BOM"),
        (codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "UTF-16 BE with BOM"),
        (FRENCH.encode("utf-16-le"), "UTF-16 LE without BOM, told by its NUL bytes"),
        (FRENCH.encode("cp1252"), "Windows-1252: ’ œ € are bytes 0x92 0x9C 0x80"),
    ],
)
def test_encodings(tmp_path: Path, encoded: bytes, comment: str) -> None:
    path = tmp_path / "contrat.txt"
    path.write_bytes(encoded)
    document = read_document(path)
    assert document.text == FRENCH, comment
    assert document.format is Format.TXT
    assert document.language == "fr"


def test_latin1_without_windows_characters(tmp_path: Path) -> None:
    text = "Délai de préavis : trois mois à compter de la réception.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_document(path).text == text


def test_cp1252_undefined_bytes_fall_back_to_latin1(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252: decoded as Latin-1 (U+0081, an invisible C1 control)
    # rather than refused, and shown as its code like every invisible control
    path = tmp_path / "odd.txt"
    path.write_bytes("Prix : 100 € – échéance".encode("cp1252") + b"\x81\n")
    assert read_document(path).text == "Prix : 100 € – échéance⟨U+0081⟩\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a\r\nb\r\n", "a\nb\n"),  # Windows
        (b"a\rb\r", "a\nb\n"),  # old Mac
        (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),  # mixed
    ],
)
def test_newlines_fold(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "nl.txt"
    path.write_bytes(raw)
    assert read_document(path).text == expected


def test_corpus_text_is_kept_exactly(shared_dir: Path) -> None:
    # gold offsets are computed on the file text: not one character may move
    for path in sorted((shared_dir / "corpus").glob("*/*.txt")):
        document = read_document(path)
        assert document.text == path.read_text(encoding="utf-8"), path
        assert document.paragraphs == ()


def test_markdown_is_read_rendered(tmp_path: Path) -> None:
    # what a Markdown viewer shows: more in test_readers_markup.py
    text = "# Conditions d’utilisation\n\n## Article 1\n\nLe **service** est gratuit.\n"
    path = tmp_path / "cgu.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert (document.text, document.format) == (
        "Conditions d’utilisation\n\nArticle 1\n\nLe service est gratuit.",
        Format.MD,
    )
    assert [p.style for p in document.paragraphs] == ["h1", "h2", ""]


def test_unknown_extension_with_text_content(tmp_path: Path) -> None:
    path = tmp_path / "contrat.conditions"
    path.write_text("The Licensee shall comply with this Licence.\n", encoding="utf-8")
    document = read_document(path)
    assert document.format is Format.TXT
    assert document.language == "en"


def test_document_from_text() -> None:
    document = document_from_text("Article 1\r\nLe prix est fixe.\rFin", path="collé")
    assert document.text == "Article 1\nLe prix est fixe.\nFin"
    assert (document.format, document.language, document.path) == (Format.TXT, "fr", "collé")
    markdown = document_from_text("# Title\n\nThe parties agree.", fmt=Format.MD)
    assert (markdown.format, markdown.language) == (Format.MD, "en")


def test_document_from_empty_text() -> None:
    with pytest.raises(InputError, match="empty document"):
        document_from_text(" \n\t ")


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt",
        ".md",
        ".docx",
        ".pdf",
        ".odt",
        ".html",
        ".htm",
        ".rtf",
    }


def test_50_mb_text_reads_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = (
        "Article 12.3 – Le Prestataire garantit la conformité des livrables ; délai : 30 jours.\n"
    )
    with path.open("w", encoding="utf-8") as stream:
        for _ in range(50 * 1024 * 1024 // len(line.encode("utf-8"))):
            stream.write(line)
    start = time.perf_counter()
    document = read_document(path)
    elapsed = time.perf_counter() - start
    assert len(document.text) > 45_000_000
    assert document.language == "fr"
    assert elapsed < 10, f"{elapsed:.1f} s"
