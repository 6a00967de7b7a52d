"""Comparing the documents on screen again (new options, F5): what changed, what did not carry.

:class:`~clausediff.gui.opening.Opener` re-runs a comparison when an option changes or the user
asks to read the files again. This module holds that re-run's own questions, apart from opening
new files: which files changed on disk since they were compared (:func:`changed_files`), the
worker's job that compares every step again keeping the decisions (:func:`again_work`), and the
dialog naming the decisions and links that found no counterpart (:func:`report_unattached`).
Its words keep the ``Opener`` translation context they were written under.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clausediff.compare.pipeline import compare_documents, compare_files
from clausediff.document import Document
from clausediff.errors import InputError
from clausediff.gui import dialogs
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.readers import file_sha256
from clausediff.store.chain_session import compare_again
from clausediff.store.reattach import CarryOver, carry_over
from clausediff.store.session import Session


def changed_files(*documents: Document) -> list[str]:
    """Names of the documents whose file's bytes differ from those compared (SHA-256); a file
    that cannot be read counts as changed (reading it will say why)."""
    changed: list[str] = []
    for document in documents:
        if not document.sha256:
            continue  # sessions written before 0.2 recorded no hash
        try:
            same = file_sha256(Path(document.path)) == document.sha256
        except InputError:
            same = False
        if not same:
            changed.append(Path(document.path).name)
    return changed


def again_work(
    session: Session, options: CompareOptions, reread: bool
) -> Callable[[Monitor], CarryOver]:
    """The worker's job comparing ``session``'s documents again with ``options`` (read again
    from disk with ``reread``), its decisions and links carried over; a chain re-runs every step,
    each keeping its own decisions."""
    left, right = session.comparison.left, session.comparison.right

    def work(monitor: Monitor) -> CarryOver:
        if session.chain is not None:
            return compare_again(session, options, monitor, reread=reread)
        if reread:
            fresh = compare_files(left.path, right.path, options, monitor)
        else:
            fresh = compare_documents(left, right, options, monitor)
        return carry_over(session, fresh)

    return work


def report_unattached(parent: QWidget, result: CarryOver) -> None:
    """Say which decisions and manual links had no counterpart in the new comparison."""
    if not result.unattached and not result.dropped_links:
        return
    lines = [f"• {item.label}" for item in result.unattached]
    if result.dropped_links:
        lines.append(
            QCoreApplication.translate(
                "Opener",
                "• %n manual link(s) between clauses that changed",
                "",
                result.dropped_links,
            )
        )
    dialogs.show_info(
        parent,
        QCoreApplication.translate("Opener", "Decisions not carried over"),
        QCoreApplication.translate(
            "Opener",
            "These clauses changed or are gone since your decisions, so the decisions were "
            "not moved to other clauses. Decide them again:",
        )
        + "\n\n"
        + "\n".join(lines),
    )
