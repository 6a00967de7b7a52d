"""Bounded fuzz test of every reader (issue 18): mutants of a valid file of each format go
through ``clausediff text`` and must give exit 0, or exit 2 with one line for a user.

"For a user" means no traceback and no parser exception text ("ValueError: invalid literal
for int()"): the message names the file and says what to do. Each format gets the same
number of mutants from a fixed seed, so a failure reproduces; mutations are byte flips,
insertions of tokens that broke readers before (``<ol start="²">``, an RTF ``\\u99999999``,
lone surrogates, a UTF-7 charset, deep nesting), deletions, duplications and truncation; for
.docx and .odt they apply to the main XML part, rezipped, so the XML parser is reached.

Run with ``FUZZ_MUTANTS=N`` for a longer campaign than the default (kept under a minute in all).
"""

from __future__ import annotations

import io
import os
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from clausediff.cli.main import main

MUTANTS = int(os.environ.get("FUZZ_MUTANTS", "150"))
DATA = Path(__file__).parent.parent / "data"
_PARSER_TEXT = re.compile(r"\b\w*(?:Error|Exception|Warning)\b|Traceback|line \d+, in ")

CONTRACT = (
    "Article 1 – Objet\n\nLe présent contrat définit les prestations que le Prestataire fournit "
    "au Client, ci-après « le Client ».\n\nArticle 2 – Prix\n\nLe prix est de 12 500 € HT, "
    "payable à trente jours.\n"
)
TOKENS: dict[str, tuple[bytes, ...]] = {
    "txt": (b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"\r", b"\x1b[31m", b"\xe2\x80\xae"),
    "md": (b"# ", b"|---|", b"---\n", b"```", b"[x](", b"<div hidden>", b"1. ", b"\\", b"* "),
    "html": (
        b'<ol start="\xc2\xb2">',
        b'<li value="-99999999999">',
        b"&#xD800;",
        b"&#99999999;",
        b'<meta charset="utf-7">',
        b"+2D0-",
        b"<div>" * 50,
        b"</",
        b"<!--",
        b"<![CDATA[",
        b'<ol type="i" start="4000">',
        b"<table><tr><td>",
        b"<nav>",
        b'<p style="display:none">',
    ),
    "rtf": (
        b"\\u99999999?",
        b"\\u-10179?",
        b"{",
        b"}",
        b"\\bin5 ",
        b"\\'zz",
        b"\\ansicpg99999",
        b"{\\*\\pict ",
        b"\\par",
        b"\\uc9 ",
        b"\\deleted ",
        b"\\v ",
    ),
    "xml": (
        b"<w:p>",
        b"</w:t>",
        b"<w:t>\xed\xa0\x80</w:t>",
        b'w:val="2000000000"',
        b"&#0;",
        b'<text:s text:c="99999999999"/>',
        b"<text:h>",
        b'text:outline-level="-1"',
        b"<",
        b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
        b"&a;",
    ),
    "pdf": (b"obj", b"endobj", b"stream", b"/Length 999999", b"(\xfe\xff\xd8\x00)", b"%%EOF"),
}


def _mutate(data: bytes, tokens: tuple[bytes, ...], rng: random.Random) -> bytes:
    """One mutant: one to four edits of the bytes."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(buffer) + 1)
        kind = rng.randrange(6)
        if kind == 0 and buffer:
            buffer[min(where, len(buffer) - 1)] = rng.randrange(256)
        elif kind == 1:
            buffer[where:where] = rng.choice(tokens)
        elif kind == 2:
            del buffer[where : where + rng.randint(1, 64)]
        elif kind == 3:
            chunk = buffer[where : where + rng.randint(1, 256)]
            buffer[where:where] = chunk * rng.randint(1, 3)
        elif kind == 4:
            del buffer[where:]
        else:
            buffer[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return bytes(buffer) or b"x"


def _zip_mutant(member: str) -> Callable[[bytes, random.Random], bytes]:
    """Mutate one XML member of a zip (and, one time in five, the zip bytes themselves)."""

    def mutate(data: bytes, rng: random.Random) -> bytes:
        if rng.randrange(5) == 0:
            return _mutate(data, TOKENS["pdf"], rng)
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info)
                if info.filename == member:
                    content = _mutate(content, TOKENS["xml"], rng)
                target.writestr(info, content)
        return out.getvalue()

    return mutate


def _docx_seed(path: Path) -> bytes:
    import docx

    document = docx.Document()
    for index, paragraph in enumerate(CONTRACT.strip().split("\n\n")):
        if index % 2 == 0:
            document.add_heading(paragraph, level=1)
        else:
            document.add_paragraph(paragraph, style="List Number")
    document.save(str(path))
    return path.read_bytes()


def _odt_seed(path: Path) -> bytes:
    body = "".join(
        f'<text:h text:outline-level="1">{p}</text:h>' if i % 2 == 0 else f"<text:p>{p}</text:p>"
        for i, p in enumerate(CONTRACT.strip().split("\n\n"))
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return path.read_bytes()


def _rtf_seed() -> bytes:
    escaped = CONTRACT.replace("\n\n", "\\par\n")
    body = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in escaped)
    return ("{\\rtf1\\ansi\\ansicpg1252 " + body + "}").encode("ascii")


def _html_seed() -> bytes:
    paragraphs = CONTRACT.strip().split("\n\n")
    body = "".join(
        f"<h2>{p}</h2>" if i % 2 == 0 else f"<p>{p}</p>" for i, p in enumerate(paragraphs)
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><nav>Menu</nav>'
        f'<main>{body}<ol start="3"><li>un</li><li>deux</li></ol></main></body></html>'
    ).encode()


def _seed(fmt: str, folder: Path) -> bytes:
    if fmt == "txt":
        return CONTRACT.encode()
    if fmt == "md":
        return (
            "---\ntitle: x\n---\n# Contrat\n\n" + CONTRACT + "\n| a | b |\n|---|---|\n"
        ).encode()
    if fmt == "html":
        return _html_seed()
    if fmt == "rtf":
        return _rtf_seed()
    if fmt == "docx":
        return _docx_seed(folder / "seed.docx")
    if fmt == "odt":
        return _odt_seed(folder / "seed.odt")
    return (DATA / "pdf" / "bullets.pdf").read_bytes()


_MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "docx": _zip_mutant("word/document.xml"),
    "odt": _zip_mutant("content.xml"),
}


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "rtf", "docx", "odt", "pdf"])
def test_every_mutant_reads_or_is_refused_in_one_clean_line(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = _seed(fmt, tmp_path)
    assert main(["text", str(_write(tmp_path / f"seed.{fmt}", seed))]) == 0  # the seed reads
    capsys.readouterr()
    rng = random.Random(f"clausediff-fuzz-{fmt}")
    mutate = _MUTATORS.get(fmt, lambda data, rng: _mutate(data, TOKENS[fmt], rng))
    failures: list[str] = []
    for number in range(MUTANTS):
        path = _write(tmp_path / f"mutant-{number}.{fmt}", mutate(seed, rng))
        code = main(["text", str(path)])
        captured = capsys.readouterr()
        captured.out.encode("utf-8")  # valid Unicode, printable
        message = captured.err.strip()
        if code == 0:
            pass
        elif code != 2:
            failures.append(f"mutant {number}: exit {code}: {message[:200]}")
        elif "\n" in message or not message.startswith("clausediff: error: "):
            failures.append(f"mutant {number}: not one line: {message[:200]}")
        elif _PARSER_TEXT.search(message):
            failures.append(f"mutant {number}: parser text: {message[:200]}")
        path.unlink()
    assert failures == [], f"{len(failures)} of {MUTANTS} mutants:\n" + "\n".join(failures[:10])


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
