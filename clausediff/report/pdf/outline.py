"""PDF bookmarks (the outline a reader shows in its side panel), added to a written PDF.

``QPdfWriter`` has no outline API, so :mod:`clausediff.report.pdf.writer` paints the report,
then :func:`add_bookmarks` appends the outline to the file with pypdf as an incremental update:
the pages Qt wrote are kept byte for byte and only the outline objects and a new cross-reference
section are added, so the cost does not grow with the report's length. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import IndirectObject


@dataclass(frozen=True)
class Bookmark:
    """One outline entry: its title, the 0-based page it opens, and the entries under it."""

    title: str
    page: int
    children: tuple[Bookmark, ...] = ()


def add_bookmarks(path: Path, bookmarks: Sequence[Bookmark]) -> None:
    """Append ``bookmarks`` to the PDF at ``path`` and make readers open the outline panel.

    Nothing is written when there are no bookmarks. Raises ValueError when an entry points
    past the last page (a layout bug, never silently dropped).
    """
    if not bookmarks:
        return
    writer = PdfWriter(path, incremental=True)
    pages = len(writer.pages)
    for bookmark in bookmarks:
        _add(writer, bookmark, None, pages)
    writer.page_mode = "/UseOutlines"
    writer.write(path)


def _add(writer: PdfWriter, bookmark: Bookmark, parent: IndirectObject | None, pages: int) -> None:
    """Add ``bookmark`` under ``parent`` (None: top level), then its children under it."""
    if not 0 <= bookmark.page < pages:
        raise ValueError(
            f"bookmark {bookmark.title!r} points at page {bookmark.page + 1} of {pages}"
        )
    item = writer.add_outline_item(title=bookmark.title, page_number=bookmark.page, parent=parent)
    for child in bookmark.children:
        _add(writer, child, item, pages)
