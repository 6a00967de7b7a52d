"""OpenDocument text (.odt) -> Document: the text LibreOffice shows, for one state of its
tracked changes.

``content.xml`` (and ``styles.xml``) are parsed by defusedxml with DTDs forbidden (no entity
expansion, no external entities), after the archive guards of :mod:`clausediff.readers.guards`.
Reading order is the body's: headings, paragraphs, lists, numbered paragraphs, sections and
tables (one paragraph per row, cells joined by a tab); :mod:`~clausediff.readers.odt_walk` walks
it in the chosen state of the tracked changes, then the numbers are drawn on the paragraphs of
that state, only where LibreOffice draws them:

* a heading by the outline style (``text:outline-style``) at its level, unless the level's number
  format is empty, the heading is a list header (``text:is-list-header``), or its paragraph style
  sets its own list style (empty: no number; see :mod:`~clausediff.readers.odt_styles`);
  ``text:restart-numbering`` with ``text:start-value`` restarts the count;
* a list item by its list style (``style:num-format``, ``num-prefix``/``num-suffix``,
  ``text:display-levels``, ``text:start-value``); a list restarts its count unless it continues
  an earlier one (``text:continue-numbering``, ``text:continue-list``); list headers and the
  second paragraph of an item get none; ``text:numbered-paragraph`` likewise;
* the number LibreOffice stored (``text:number``) is used as it is when the file has no tracked
  changes (it is that of the state saved).

``Document.warnings`` lists tracked changes and the state read, notes placed, text boxes read,
comments and hidden text left out. No Qt. Reads the file only.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from clausediff.document import Document, Format, ReaderWarning
from clausediff.errors import ErrorCode, InputError
from clausediff.options import Revisions
from clausediff.progress import Monitor
from clausediff.readers import guards
from clausediff.readers.blocks import assemble
from clausediff.readers.odt_numbering import number_paragraphs
from clausediff.readers.odt_styles import list_styles, paragraph_styles
from clausediff.readers.odt_walk import OFFICE, TEXT, Tally, Walker
from clausediff.readers.office_warnings import office_warnings


def read_odt(path: Path, monitor: Monitor, revisions: Revisions = Revisions.ACCEPTED) -> Document:
    """Read an .odt file (see the module docstring)."""
    import defusedxml.ElementTree as SafeET

    with guards.open_zip(path, ".odt") as archive:
        content = guards.read_member(archive, "content.xml", path.name, ".odt")
        names = archive.namelist()
        styles_xml = (
            guards.read_member(archive, "styles.xml", path.name, ".odt")
            if "styles.xml" in names
            else None
        )
    monitor.check()
    try:
        root = SafeET.fromstring(content, forbid_dtd=True)
        styles_root = SafeET.fromstring(styles_xml, forbid_dtd=True) if styles_xml else None
    except SafeET.ParseError as error:
        raise InputError(
            f"{path.name} is corrupt: its content.xml is not valid XML",
            ErrorCode.DAMAGED,
            name=path.name,
            kind="ODT",
        ) from error
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(
            f"{path.name} is not an OpenDocument text (no text body)",
            ErrorCode.DAMAGED,
            name=path.name,
            kind="ODT",
        )
    tracked = body.find(f"{TEXT}tracked-changes")
    regions = {}
    if tracked is not None:
        for region in tracked.iter(f"{TEXT}changed-region"):
            key = region.get(f"{TEXT}id") or region.get("{http://www.w3.org/XML/1998/namespace}id")
            if key and (
                region.find(f"{TEXT}insertion") is not None
                or region.find(f"{TEXT}deletion") is not None
            ):
                regions[key] = region
    lists = list_styles(root, styles_root)
    tally = Tally()
    accepted = revisions is Revisions.ACCEPTED
    walker = Walker(paragraph_styles(styles_root, root), lists, regions, accepted, tally)
    try:
        walker.blocks(body)
        blocks = number_paragraphs(walker.paras, lists, use_shown=accepted and not regions)
        document = assemble(blocks, Format.ODT, str(path))
    except InputError as error:
        message = str(error)
        raise error.reworded(
            message if path.name in message else f"{path.name}: {message}", name=path.name
        ) from error
    return replace(document, warnings=_warnings(revisions, len(regions), tally))


def _warnings(revisions: Revisions, changes: int, tally: Tally) -> tuple[ReaderWarning, ...]:
    return tuple(
        office_warnings(
            revisions,
            changes=changes,
            notes=tally.notes,
            text_boxes=tally.text_boxes,
            comments=tally.comments,
            hidden=bool(tally.hidden),
        )
    )
