"""Word .docx -> Document: the text Word shows, for one state of its tracked changes.

The archive is checked first (zip sanity and bomb limits, no DOCTYPE in any XML part: see
:mod:`clausediff.readers.guards`), then python-docx opens the package (it resolves the parts by
their relationships) and :mod:`~clausediff.readers.docx_walk` walks the body XML itself, because
python-docx hides what matters here: numbering, tracked changes, fields, notes, text boxes.

* A paragraph's automatic number (see :mod:`~clausediff.readers.docx_numbering`) is written at
  its start followed by one space and kept in ``Paragraph.numbering``; it is counted on the
  state read (``revisions``), as Word numbers the document after accepting or rejecting all.
* ``Paragraph.style`` is the style's display name ("Heading 2", "List Number"; "Footnote Text"
  for a placed note); ``level`` is the outline level of the paragraph or its style (1-9), else
  the list level (``ilvl`` + 1), else 0; ``bold`` is true when the first visible run is bold.
* A table row is one paragraph (style "Table"): cells joined by a tab, the paragraphs of one
  cell joined by a space.
* ``Document.warnings`` lists what the reader did that the user should know: tracked changes
  and the state read, notes placed, text boxes read, comments and hidden text left out,
  embedded objects not read.

No Qt. Reads the file only.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from clausediff.document import Document, Format, ReaderWarning, WarningCode
from clausediff.errors import ErrorCode, InputError
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import assemble
from clausediff.readers.docx_notes import NoteBook
from clausediff.readers.docx_numbering import Numberer, W
from clausediff.readers.docx_styles import parse_styles
from clausediff.readers.docx_walk import Tally, Walker, count_revisions
from clausediff.readers.office_warnings import office_warnings

_XML_NOISE = re.compile(r" \(<string>, line \d+\)$")
"""lxml's note on where the text came from, meaningless to a user."""


def _check_parts(path: Path) -> None:
    """Zip sanity, bomb limits and no DOCTYPE in any XML part, before python-docx parses."""
    with guards.open_zip(path, ".docx") as archive:
        names = archive.namelist()
        if "word/document.xml" not in names and "[Content_Types].xml" not in names:
            raise InputError(
                f"{path.name} is a zip archive but not a Word document",
                ErrorCode.ZIP_NOT_DOCUMENT,
                name=path.name,
            )
        for name in names:
            if name.endswith((".xml", ".rels")):
                guards.read_member(archive, name, path.name, ".docx")


def _package_error(name: str, error: Exception) -> InputError:
    """python-docx's failure to open the package, worded for a user: a part that cannot be
    unpacked, XML nested beyond lxml's limit, malformed XML (where, without the parser's
    internals), or what else python-docx says."""
    if isinstance(error, (zlib.error, zipfile.BadZipFile, EOFError)):
        return InputError(
            f"{name} is corrupt or truncated (a part of it cannot be unpacked)",
            ErrorCode.DAMAGED,
            name=name,
            kind="DOCX",
        )
    detail = guards.one_line(error)
    if "Excessive depth" in detail:  # lxml refuses XML nested more than 256 elements deep
        return InputError(
            f"{name} is refused: its content is nested more than 256 levels deep, which no "
            "application writes (a crafted or damaged file)",
            ErrorCode.CRAFTED_NESTING,
            name=name,
        )
    if type(error).__name__ == "XMLSyntaxError":
        detail = "its XML is malformed: " + _XML_NOISE.sub("", detail)
    return InputError(
        f"{name} is not a valid Word document ({detail})", ErrorCode.DAMAGED, name=name, kind="DOCX"
    )


def _related_root(part: Any, reltype: str, name: str) -> Any:
    """The XML root of the part related to ``part`` by ``reltype``, or None when absent; a part
    whose XML is malformed is refused naming it (``name``: the file's)."""
    from docx.oxml import parse_xml  # python-docx's parser: no entities, no network

    try:
        related = part.part_related_by(reltype)
    except KeyError:
        return None
    element = getattr(related, "element", None)
    if element is not None:
        return element
    try:
        return parse_xml(related.blob)
    except Exception as error:  # lxml's XMLSyntaxError, or a nesting past its limit
        if guards.debugging():
            raise
        refusal = _package_error(name, error)
        where = str(related.partname).lstrip("/")
        message = str(refusal).replace("(its XML", f"({where}: its XML", 1)
        raise refusal.reworded(message) from error


def read_docx(path: Path, monitor: Monitor, revisions: Revisions = Revisions.ACCEPTED) -> Document:
    """Read a .docx file (see the module docstring)."""
    import docx  # python-docx: imported here so plain-text reading never pays for it
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    _check_parts(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for a broken package
        if guards.debugging():
            raise
        raise _package_error(path.name, error) from error
    part = document.part
    styles, default_style = parse_styles(part.styles.element)
    style_num_ids = {sid: s.num_id for sid, s in styles.items() if s.num_id is not None}
    numbering = _related_root(part, RT.NUMBERING, path.name)
    footnotes = _related_root(part, RT.FOOTNOTES, path.name)
    endnotes = _related_root(part, RT.ENDNOTES, path.name)
    body = document.element.body
    notes = NoteBook(
        footnotes, endnotes, _related_root(part, RT.SETTINGS, path.name), body.find(f"{W}sectPr")
    )
    tally = Tally()
    walker = Walker(
        styles,
        default_style,
        lambda: Numberer(numbering, style_num_ids),
        notes,
        revisions,
        tally,
    )
    monitor.check()
    try:
        result = assemble(walker.blocks(body), Format.DOCX, str(path))
    except InputError as error:
        message = str(error)
        raise error.reworded(
            message if path.name in message else f"{path.name}: {message}", name=path.name
        ) from error
    warnings = _warnings(revisions, count_revisions(body, footnotes, endnotes), notes, tally)
    comments = _related_root(part, RT.COMMENTS, path.name)
    count = 0 if comments is None else len(comments.findall(f"{W}comment"))
    if count:
        warnings.append(ReaderWarning.of(WarningCode.COMMENTS_LEFT_OUT, count=count))
    chunks = sum(1 for _ in body.iter(f"{W}altChunk"))
    if chunks:
        warnings.append(
            ReaderWarning.of(
                WarningCode.CONTENT_NOT_READ, what=f"{chunks} embedded document(s) (altChunk)"
            )
        )
    return replace(result, warnings=tuple(warnings))


def _warnings(
    revisions: Revisions, changes: int, notes: NoteBook, tally: Tally
) -> list[ReaderWarning]:
    warnings = office_warnings(
        revisions,
        changes=changes,
        notes=notes.placed,
        text_boxes=tally.text_boxes,
        hidden=bool(tally.hidden_runs),
    )
    if tally.diagrams:
        warnings.append(
            ReaderWarning.of(
                WarningCode.CONTENT_NOT_READ, what=f"{tally.diagrams} SmartArt diagram(s)"
            )
        )
    if tally.objects:
        warnings.append(
            ReaderWarning.of(
                WarningCode.CONTENT_NOT_READ, what=f"{tally.objects} embedded object(s)"
            )
        )
    return warnings
