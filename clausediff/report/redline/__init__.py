"""The redline: a Word document whose differences from the left-hand contract are tracked changes.

``pieces`` marks the text (the one place that decides what is deleted, inserted or moved),
``paragraphs`` cuts it into Word paragraphs, ``ooxml`` is the small vocabulary of revision
elements, ``page`` the page and typography shared by every Word file ClauseDiff writes,
``writer`` puts them together, ``review`` reads revisions back (accept all / reject all).
"""

from clausediff.report.redline.writer import RedlineOptions, RedlineStats, write_redline

__all__ = ["RedlineOptions", "RedlineStats", "write_redline"]
