"""Files dropped on the window: which local paths, and which side each one opens on.

One rule for every drop target that has two sides (the pane header and the comparison view):
two or more files open left then right, in the order the file manager gives them; a single file
opens on the half under the mouse. Three or more files are versions of one contract: every drop
target hands them to the Open Versions dialog (:func:`are_versions`). Widgets call these functions
and emit their own signals; the two-sided targets hand both to :func:`deliver_drop`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from clausediff.comparison import Side


def carries_files(event: QDragEnterEvent | QDropEvent) -> bool:
    """Whether a drag brings files (accept it then)."""
    return event.mimeData().hasUrls()


def dropped_paths(event: QDropEvent) -> list[str]:
    """The local files of a drop, in order; remote URLs are ignored."""
    return [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]


def are_versions(paths: list[str]) -> bool:
    """Whether dropped files go to the Open Versions dialog (three or more) rather than sides."""
    return len(paths) >= 3


def sides_for(paths: list[str], x: float, width: float) -> list[tuple[Side, str]]:
    """Where dropped files open: two files left and right, one file on the half under ``x``."""
    if len(paths) >= 2:
        return [(Side.LEFT, paths[0]), (Side.RIGHT, paths[1])]
    if not paths:
        return []
    return [(Side.LEFT if x < width / 2 else Side.RIGHT, paths[0])]


def deliver_drop(
    event: QDropEvent,
    width: float,
    open_versions: Callable[[list[str]], None],
    open_file: Callable[[str, str], None],
) -> None:
    """Route a drop on a two-sided target ``width`` wide: three or more files to
    ``open_versions(paths)``, else each file to ``open_file(side, path)`` as :func:`sides_for`
    places it. The drop is accepted when it opens anything."""
    paths = dropped_paths(event)
    if are_versions(paths):
        event.acceptProposedAction()
        open_versions(paths)
        return
    targets = sides_for(paths, event.position().x(), width)
    if targets:
        event.acceptProposedAction()
    for side, path in targets:
        open_file(side.value, path)
