"""The hostile files of the reader fuzz campaign (:mod:`fuzz_readers`), made from real samples.

Each :class:`Case` is one input file: its format, the family of damage done to it ("flip",
"zip-member-removed", "rtf-deep-groups"...) and a ``make`` function that returns its bytes
(made when the case runs, so a 40 MB file is never held for long). :func:`campaign` gives the
same cases for the same seed: structured families first (every format's known hostile shapes,
each a few times with different sizes), then random byte mutations of the real sample files to
fill each format's share.

The seeds are the repository's own samples of every format (``tests/data/samples``,
``resources/samples``, the reader fixtures of ``tests/data``). No I/O besides reading them.
"""

from __future__ import annotations

import io
import random
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from fuzz_hostile import main_member, rezip, structured_cases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = DATA / "samples"
FORMATS = ("txt", "md", "html", "rtf", "docx", "odt", "pdf")


@dataclass(frozen=True)
class Case:
    """One hostile input: ``make()`` gives its bytes; ``counterpart`` is the sane file it is
    compared with."""

    number: int
    fmt: str
    family: str
    make: Callable[[], bytes]
    counterpart: Path

    @property
    def name(self) -> str:
        return f"case-{self.number:05d}.{self.fmt}"


def seeds(fmt: str) -> list[Path]:
    """The real files of one format the campaign damages."""
    extra = {
        "txt": [
            ROOT / "resources" / "samples" / "service-agreement-v1.txt",
            DATA / "code-civil-excerpt.txt",
        ],
        "md": [DATA / "md" / "conditions.md"],
        "html": [DATA / "html" / "site-page.html"],
        "rtf": [DATA / "rtf-notes.rtf", DATA / "rtf-word.rtf", DATA / "rtf-revisions.rtf"],
        "docx": [
            DATA / "docx-notes.docx",
            DATA / "docx-revisions.docx",
            DATA / "docx-textbox.docx",
        ],
        "odt": [DATA / "odt-notes.odt", DATA / "odt-numbering.odt", DATA / "odt-revisions.odt"],
        "pdf": [DATA / "pdf" / "bullets.pdf", DATA / "pdf" / "two-columns.pdf"],
    }[fmt]
    own = [SAMPLES / f"service-agreement-v1.{fmt}", SAMPLES / f"contrat-services-v1.{fmt}"]
    return [path for path in own + extra if path.is_file()]


def counterpart(fmt: str) -> Path:
    """The sane right-hand file of every compare of this format."""
    path = SAMPLES / f"service-agreement-v2.{fmt}"
    return path if path.is_file() else ROOT / "resources" / "samples" / "service-agreement-v2.txt"


# ---------------------------------------------------------------- random byte mutations

TOKENS: dict[str, tuple[bytes, ...]] = {
    "txt": (b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"\r", b"\x1b[31m", b"\xe2\x80\xae", b"\xc3"),
    "md": (b"# ", b"|---|", b"---\n", b"```", b"[x](", b"<div hidden>", b"1. ", b"> " * 40),
    "html": (
        b"<div>" * 64,
        b"</",
        b"<!--",
        b"&#xD800;",
        b"&#99999999;",
        b"<table><tr><td>",
        b'<meta charset="utf-16">',
        b'<ol start="99999999999999">',
        b"<script>",
    ),
    "rtf": (
        b"{",
        b"}",
        b"\\u99999999?",
        b"\\u-99999?",
        b"\\bin99999 ",
        b"\\'zz",
        b"\\uc99 ",
        b"{\\*\\pict ",
        b"\\par",
        b"\\deleted ",
        b"\\v ",
        b"\\ansicpg99999 ",
        b"\\fs-2147483649 ",
    ),
    "xml": (
        b"<w:p>",
        b"</w:t>",
        b"&#0;",
        b'w:val="2000000000"',
        b"<",
        b"]]>",
        b"&amp",
        b'<text:s text:c="99999999"/>',
        b'text:outline-level="-1"',
        b"<w:sdt><w:sdtContent>",
    ),
    "pdf": (
        b"obj",
        b"endobj",
        b"stream",
        b"/Length 999999999",
        b"xref",
        b"%%EOF",
        b"[" * 64,
        b"<< /Type /Pages /Kids [1 0 R] /Count 1 >>",
        b"(\xfe\xff\xd8\x00)",
    ),
}


def mutate_bytes(data: bytes, tokens: tuple[bytes, ...], rng: random.Random) -> bytes:
    """One to six random edits: flip, token, delete, duplicate, truncate, junk, NUL run."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        where = rng.randrange(len(buffer) + 1)
        kind = rng.randrange(7)
        if kind == 0 and buffer:
            buffer[min(where, len(buffer) - 1)] ^= 1 << rng.randrange(8)
        elif kind == 1:
            buffer[where:where] = rng.choice(tokens)
        elif kind == 2:
            del buffer[where : where + rng.randint(1, 256)]
        elif kind == 3:
            buffer[where:where] = buffer[where : where + rng.randint(1, 512)] * rng.randint(1, 4)
        elif kind == 4:
            del buffer[where:]
        elif kind == 5:
            buffer[where:where] = rng.randbytes(rng.randint(1, 16))
        else:
            buffer[where:where] = b"\x00" * rng.randint(1, 8)
    return bytes(buffer) or b"x"


def _random_mutant(seed: Path, fmt: str, rng_seed: int) -> bytes:
    rng = random.Random(rng_seed)
    data = seed.read_bytes()
    if fmt not in ("docx", "odt"):
        return mutate_bytes(data, TOKENS[fmt], rng)
    choice = rng.randrange(6)
    if choice == 0:  # the zip itself: central directory, local headers, compressed streams
        return mutate_bytes(data, TOKENS["pdf"], rng)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    victim = main_member(fmt) if choice < 4 else rng.choice(names)

    def change(info: zipfile.ZipInfo, content: bytes) -> bytes | None:
        return mutate_bytes(content, TOKENS["xml"], rng) if info.filename == victim else content

    return rezip(data, change)


def _corrupt_stream(seed: Path, rng_seed: int) -> bytes:
    """Flip bytes inside one member's compressed data (CRC or inflate failure)."""
    rng = random.Random(rng_seed)
    data = bytearray(seed.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = rng.choice([i for i in archive.infolist() if i.compress_size > 8])
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for _ in range(rng.randint(1, 8)):
        data[start + rng.randrange(info.compress_size)] ^= 0xFF
    return bytes(data)


def _removed(seed: Path, fmt: str, rng_seed: int) -> bytes:
    rng = random.Random(rng_seed)
    data = seed.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    victim = rng.choice([*names, main_member(fmt), main_member(fmt)])
    return rezip(data, lambda info, content: None if info.filename == victim else content)


def _duplicated(seed: Path, fmt: str, rng_seed: int) -> bytes:
    """A member written twice under one name, the second copy damaged."""
    rng = random.Random(rng_seed)
    data = seed.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w") as target,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        names = source.namelist()
        victim = rng.choice([*names, main_member(fmt)])
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info, content)
            if info.filename == victim:
                target.writestr(info, mutate_bytes(content, TOKENS["xml"], rng))
    return out.getvalue()


def campaign(total: int, seed: int) -> Iterator[Case]:
    """``total`` cases spread evenly over the formats, the same for the same ``seed``."""
    rng = random.Random(seed)
    number = 0
    share = total // len(FORMATS)
    for fmt in FORMATS:
        files = seeds(fmt)
        made = 0
        for family, make in structured_cases(fmt, files, rng.randrange(2**32)):
            if made >= share:
                break
            yield Case(number, fmt, family, make, counterpart(fmt))
            number, made = number + 1, made + 1
        while made < share:
            source = rng.choice(files)
            case_seed = rng.randrange(2**32)
            family, make = _zip_family(fmt, source, case_seed, rng)
            yield Case(number, fmt, family, make, counterpart(fmt))
            number, made = number + 1, made + 1


def _zip_family(
    fmt: str, source: Path, case_seed: int, rng: random.Random
) -> tuple[str, Callable[[], bytes]]:
    """A random mutation family for one case: zip-level ones for .docx/.odt one time in four."""
    if fmt in ("docx", "odt"):
        pick = rng.randrange(8)
        if pick == 0:
            return "zip-stream-corrupt", partial(_corrupt_stream, source, case_seed)
        if pick == 1:
            return "zip-member-removed", partial(_removed, source, fmt, case_seed)
        if pick == 2:
            return "zip-member-duplicated", partial(_duplicated, source, fmt, case_seed)
    return "random-bytes", partial(_random_mutant, source, fmt, case_seed)
