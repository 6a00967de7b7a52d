"""RTF -> Document, through striprtf, one paragraph per ``\\par``.

RTF is 7-bit text whose accents are escapes: ``\\'e9`` in the document's code page
(``\\ansicpgNNNN``, Windows-1252 when absent) and ``\\uN`` for any Unicode character; striprtf
decodes both (checked on French text: é, à, œ, €, ’). Every ``\\par`` (and ``\\line``, which
striprtf does not tell apart) ends a paragraph; empty ones are dropped. A table row is one
paragraph whose cells are separated by tabs; footnotes are left out.

No Qt. Reads the file only.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from clausediff.document import Document, Format
from clausediff.errors import InputError
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_CELL_END = re.compile(r"\\cell(?![a-zA-Z])")


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


def read_rtf(path: Path, monitor: Monitor) -> Document:
    """Read an .rtf file (see the module docstring)."""
    from striprtf.striprtf import rtf_to_text

    data = guards.read_bytes(path)
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(f"{path.name} is not an RTF document (no {{\\rtf header)")
    source = _CELL_END.sub(r"\\tab", data.decode("latin-1"))  # cells end with a tab, not "|"
    text: str = rtf_to_text(  # type: ignore[no-untyped-call]  # striprtf has no type hints
        source, encoding=code_page(data), errors="replace"
    )
    monitor.check()
    blocks = (Block(line) for line in text.split("\n"))
    return assemble(blocks, Format.RTF, str(path))
