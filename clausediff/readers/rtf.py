"""RTF -> Document: the text Word or LibreOffice shows, for one state of its tracked changes.

:mod:`clausediff.readers.rtf_parse` reads the RTF itself (a tokenizer and a state per group:
no RTF library resolves tracked changes, hidden text and notes; striprtf glued deleted and
inserted text together). One paragraph per ``\\par``, a table row per ``\\row`` (cells joined by a
tab), notes and text boxes after the paragraph that calls or anchors them.

List numbers: the label Word wrote (``\\listtext``) is used as it is; in a document with tracked
changes, whose labels count the deleted items too, the numbers are counted again on the
paragraphs of the state read from the list tables (:mod:`clausediff.readers.rtf_lists`).

Pictures, embedded objects and other binary destinations (``{\\pict``, ``{\\object``,
``{\\*\\datastore``...) are cut out first, since a reader would crawl through their hex data one
token at a time. What remains is limited to :data:`MAX_RTF_CHARS`: a bigger file is refused
with that reason.

No Qt. Reads the file only.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from clausediff.document import Document, Format, ReaderWarning, WarningCode
from clausediff.errors import ErrorCode, InputError
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import Block, assemble
from clausediff.readers.office_warnings import office_warnings
from clausediff.readers.rtf_lists import numberer
from clausediff.readers.rtf_parse import RtfReader
from clausediff.readers.rtf_stories import RtfParagraph, Tally

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_BINARY_GROUP = re.compile(
    r"\{\\(?:\*\\)?(?:pict|object|shppict|nonshppict|blipuid|datastore|themedata|"
    r"colorschememapping|objdata|stylesheet|rsidtbl|latentstyles)"
    r"(?![a-zA-Z])"
)
_BRACES = re.compile(r"\\[{}\\]|[{}]")
MAX_RTF_CHARS = 20_000_000
"""Largest RTF source (after cutting binary groups) read; beyond, refused as too slow."""


def drop_binary_groups(source: str) -> str:
    """Cut out picture, object and style groups whose content is never text."""
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
    data = guards.read_bytes(path)
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(
            f"{path.name} is not an RTF document (no {{\\rtf header)",
            ErrorCode.DAMAGED,
            name=path.name,
            kind="RTF",
        )
    source = drop_binary_groups(data.decode("latin-1"))
    if len(source) > MAX_RTF_CHARS:
        raise InputError(
            f"{path.name} holds too much RTF to read in reasonable time "
            f"({len(source) // 1_000_000} MB of RTF text); save it as .docx or .txt",
            ErrorCode.TOO_MUCH_TEXT,
            name=path.name,
        )
    reader = RtfReader(source, code_page(data), revisions is Revisions.ACCEPTED)
    paragraphs = reader.read()
    monitor.check()
    counters = numberer(reader.lists) if reader.tally.changes else None
    blocks = _blocks(paragraphs, counters)
    document = assemble(blocks, Format.RTF, str(path))
    return replace(document, warnings=_warnings(revisions, reader.tally))


def _blocks(paragraphs: list[RtfParagraph], counters: object) -> list[Block]:
    from clausediff.readers.docx_numbering import Numberer

    blocks: list[Block] = []
    for paragraph in paragraphs:
        text = "".join(paragraph.pieces).strip()
        label = paragraph.label if text else ""
        if text and paragraph.list_id and isinstance(counters, Numberer):
            drawn, _suffix = counters.next(str(paragraph.list_id), paragraph.ilvl)
            label = drawn or label
        if label:
            text = f"{label} {text}"
        level = (paragraph.outline + 1) if paragraph.outline is not None else 0
        if paragraph.list_id and label and not level:
            level = paragraph.ilvl + 1
        style = "Table" if paragraph.table else ""
        blocks.append(Block(text, style=style, level=level, numbering=label))
        blocks.extend(paragraph.extras)
    return blocks


def _warnings(revisions: Revisions, tally: Tally) -> tuple[ReaderWarning, ...]:
    warnings = office_warnings(
        revisions,
        changes=tally.changes,
        notes=tally.notes,
        text_boxes=tally.text_boxes,
        comments=tally.comments,
        hidden=bool(tally.hidden),
    )
    if tally.unclosed or tally.stray:  # cut short or damaged: say so, the text may lack a part
        warnings.append(
            ReaderWarning.of(WarningCode.RTF_UNBALANCED, unclosed=tally.unclosed, stray=tally.stray)
        )
    return tuple(warnings)
