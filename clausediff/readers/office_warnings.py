"""The warnings the three word-processor readers (.docx, .odt, .rtf) share, worded once.

Each reader counts what it read differently from plain paragraphs (tracked changes, notes placed,
text boxes, comments, hidden text) and hands the counts here; a reader adds its own extra
warnings (embedded objects, SmartArt) after these. No I/O, no Qt.
"""

from __future__ import annotations

from clausediff.document import ReaderWarning, WarningCode
from clausediff.options import Revisions


def office_warnings(
    revisions: Revisions,
    *,
    changes: int = 0,
    notes: int = 0,
    text_boxes: int = 0,
    comments: int = 0,
    hidden: bool = False,
) -> list[ReaderWarning]:
    """The warnings for these counts, in the order the window and the reports list them."""
    warnings = []
    if changes:
        code = (
            WarningCode.TRACKED_CHANGES_ACCEPTED
            if revisions is Revisions.ACCEPTED
            else WarningCode.TRACKED_CHANGES_ORIGINAL
        )
        warnings.append(ReaderWarning.of(code, count=changes))
    if notes:
        warnings.append(ReaderWarning.of(WarningCode.NOTES_PLACED, count=notes))
    if text_boxes:
        warnings.append(ReaderWarning.of(WarningCode.TEXT_BOXES, count=text_boxes))
    if comments:
        warnings.append(ReaderWarning.of(WarningCode.COMMENTS_LEFT_OUT, count=comments))
    if hidden:
        warnings.append(ReaderWarning.of(WarningCode.HIDDEN_TEXT_LEFT_OUT))
    return warnings
