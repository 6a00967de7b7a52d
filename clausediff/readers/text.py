"""Plain text (.txt, .md) and pasted text: bytes -> str -> Document.

Decoding, in order: a BOM (UTF-8, UTF-16 LE/BE, UTF-32) wins; then UTF-16 without BOM when
the NUL bytes say so; then UTF-8, its few bad bytes (if any) replaced by U+FFFD and reported
in a warning; then Windows-1252 (which gives ’ œ € … for bytes 0x80-0x9F), with Latin-1 for the
five bytes Windows-1252 leaves undefined (:mod:`clausediff.readers.decoding`). Text with NUL bytes
or many control characters is refused as binary.

The text is then kept exactly as in the file apart from newline folding (``\\r\\n``/``\\r`` ->
``\\n``) and the BOM, because offsets computed on the file (the corpus gold) must still hold.
``paragraphs`` stays empty for .txt: segmentation works from lines. A .md file is compared as
a Markdown viewer shows it (:mod:`clausediff.readers.markdown`): its text is the rendered text,
one paragraph per block, ``#`` headings as heading paragraphs; Markdown too long to render in
reasonable time (:data:`MAX_MARKDOWN_LINES`, :data:`MAX_MARKDOWN_CHARS`) is refused, naming the
way out (.txt). Pasted text stays as written.

No Qt; no I/O besides what the caller passes in.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import replace

from clausediff.document import Document, Format
from clausediff.errors import ErrorCode, InputError
from clausediff.readers.blocks import assemble, check_not_empty, fold_newlines
from clausediff.readers.decoding import undecodable_warning, utf8_or_cp1252
from clausediff.readers.unicode import valid_text
from clausediff.text.language import detect_language

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BUDGET = 0.01
"""Largest share of control characters (besides tab, newlines, form feed) in real text."""

#: The control characters of binary junk: C0 but tab, newlines, vertical tab and form feed
#: ("\t\n\v\f\r", which real text holds), DEL and C1. One pattern counts them in C.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 variant a BOM-less file uses, judged by where its NUL bytes sit."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> tuple[str, int]:
    """Decode a plain-text file's bytes (see the module docstring for the order of tries);
    also returns how many bad byte sequences of a mostly UTF-8 file became U+FFFD."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), 0
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name} is not valid {encoding} text", ErrorCode.BINARY, name=name
                ) from error
    encoding16 = _utf16_without_bom(data)
    if encoding16 is not None:
        try:
            return data.decode(encoding16), 0
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text", ErrorCode.BINARY, name=name)
    return utf8_or_cp1252(data)


def check_text_like(text: str, name: str) -> None:
    """Refuse decoded text that is mostly control characters (binary junk)."""
    sample = text[:200_000]
    controls = len(_CONTROLS.findall(sample))
    if "\x00" in sample or controls > max(3, _CONTROL_BUDGET * len(sample)):
        raise InputError(f"{name} looks like a binary file, not text", ErrorCode.BINARY, name=name)


def document_from_text(text: str, path: str = "", fmt: Format = Format.TXT) -> Document:
    """A Document for text already decoded (pasted text, a .txt or .md file)."""
    text = valid_text(fold_newlines(text))
    check_not_empty(text, os.path.basename(path))
    return Document(text=text, format=fmt, language=detect_language(text), path=path)


def read_text_bytes(data: bytes, path: str, fmt: Format) -> Document:
    """A Document for the bytes of a .txt file, or of a .md file rendered."""
    name = os.path.basename(path)
    text, bad = decode_text(data, name)
    check_text_like(text, name)
    if fmt is Format.MD:
        from clausediff.readers.markdown import NestedTooDeep, markdown_blocks

        _check_markdown_size(text, name)
        try:
            blocks = markdown_blocks(valid_text(fold_newlines(text)))
        except NestedTooDeep as error:
            raise InputError(
                f"{name} is refused: its Markdown {error}, which looks crafted",
                ErrorCode.CRAFTED_NESTING,
                name=name,
            ) from error
        document = assemble(blocks, fmt, path)
    else:
        document = document_from_text(text, path, fmt)
    warning = undecodable_warning(bad, document.text)
    return document if warning is None else replace(document, warnings=(warning,))


MAX_MARKDOWN_LINES = 250_000
"""Most lines of Markdown rendered: markdown-it reads about 25,000 short lines a second (a
contract of 100 pages has a few thousand), so beyond this the file is refused, not read for
minutes."""

MAX_MARKDOWN_CHARS = 10_000_000
"""Most characters of Markdown rendered (about a million a second for running text)."""


def _check_markdown_size(text: str, name: str) -> None:
    """Refuse Markdown that would take far too long to render, with the way out (.txt)."""
    lines = text.count("\n") + (not text.endswith("\n"))
    size = len(text)
    if lines > MAX_MARKDOWN_LINES or size > MAX_MARKDOWN_CHARS:
        raise InputError(
            f"{name} holds too much Markdown to render in reasonable time ({lines:,} lines, "
            f"{size / 1e6:.1f} million characters; limit {MAX_MARKDOWN_LINES:,} lines and "
            f"{MAX_MARKDOWN_CHARS // 1_000_000} million characters): save it as .txt to compare "
            "its text",
            ErrorCode.TOO_MUCH_TEXT,
            name=name,
        )
