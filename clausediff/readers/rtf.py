"""RTF -> Document, through striprtf, one paragraph per ``\\par``.

RTF is 7-bit text whose accents are escapes: ``\\'e9`` in the document's code page
(``\\ansicpgNNNN``, Windows-1252 when absent) and ``\\uN`` for any Unicode character; striprtf
decodes both (checked on French text: é, à, œ, €, ’). Every ``\\par`` (and ``\\line``, which
striprtf does not tell apart) ends a paragraph; empty ones are dropped. A table row is one
paragraph whose cells are separated by tabs; footnotes are left out.

Pictures, embedded objects and other binary destinations (``{\\pict``, ``{\\object``,
``{\\*\\datastore``...) are cut out before striprtf runs, since it would crawl through their
hex data one token at a time. What remains is limited to :data:`MAX_RTF_CHARS` (striprtf reads
about 1.5 MB of RTF text per second): a bigger file is refused with that reason.

No Qt. Reads the file only.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from clausediff.document import Document, Format
from clausediff.errors import InputError
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_CELL_END = re.compile(r"\\cell(?![a-zA-Z])")
_BINARY_GROUP = re.compile(
    r"\{\\(?:\*\\)?(?:pict|object|shppict|nonshppict|blipuid|datastore|themedata|"
    r"colorschememapping|objdata|fonttbl|stylesheet|listtable|listoverridetable|rsidtbl)"
    r"(?![a-zA-Z])"
)
_BRACES = re.compile(r"\\[{}\\]|[{}]")
MAX_RTF_CHARS = 20_000_000
"""Largest RTF source (after cutting binary groups) read; beyond, refused as too slow."""


def drop_binary_groups(source: str) -> str:
    """Cut out picture, object and table groups whose content is never text."""
    pieces: list[str] = []
    position = 0
    while (match := _BINARY_GROUP.search(source, position)) is not None:
        pieces.append(source[position : match.start()])
        depth = 0
        end = len(source)
        for brace in _BRACES.finditer(source, match.start()):
            token = brace.group()
            if token == "{":
                depth += 1
            elif token == "}":
                depth -= 1
                if depth == 0:
                    end = brace.end()
                    break
        pieces.append("{}")  # an empty group still ends a control word just before it
        position = end
    pieces.append(source[position:])
    return "".join(pieces)


def code_page(data: bytes) -> str:
    """The Python codec for the document's ``\\ansicpg``, Windows-1252 by default."""
    match = _CODE_PAGE.search(data[:4096])
    if match:
        candidate = f"cp{int(match.group(1))}"
        try:
            codecs.lookup(candidate)
        except LookupError:
            return "cp1252"
        return candidate
    return "cp1252"


def read_rtf(path: Path, monitor: Monitor, revisions: Revisions = Revisions.ACCEPTED) -> Document:
    """Read an .rtf file (see the module docstring)."""
    from striprtf.striprtf import rtf_to_text

    data = guards.read_bytes(path)
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(f"{path.name} is not an RTF document (no {{\\rtf header)")
    source = drop_binary_groups(data.decode("latin-1"))
    if len(source) > MAX_RTF_CHARS:
        raise InputError(
            f"{path.name} holds too much RTF to read in reasonable time "
            f"({len(source) // 1_000_000} MB of RTF text); save it as .docx or .txt"
        )
    source = _CELL_END.sub(r"\\tab", source)  # table cells end with a tab, not "|"
    text: str = rtf_to_text(  # type: ignore[no-untyped-call]  # striprtf has no type hints
        source, encoding=code_page(data), errors="replace"
    )
    monitor.check()
    blocks = (Block(line) for line in text.split("\n"))
    return assemble(blocks, Format.RTF, str(path))
