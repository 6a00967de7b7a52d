"""Comparison options: what to ignore, and the guardrails that keep comparison fast.

One frozen :class:`CompareOptions` travels from the CLI or the GUI through alignment and word
diff. The ``ignore_*`` switches change only the normalised form texts are compared in; text is
always shown as written. The limits make large inputs degrade visibly instead of freezing: a pair
whose diff would exceed them gets a coarse result (whole clause replaced) marked ``truncated``.
``revisions`` says which state of a document with tracked changes is read (see
:class:`Revisions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Revisions(StrEnum):
    """Which state of a document with tracked changes is compared.

    ``ACCEPTED``: every change accepted (insertions kept, deletions gone), as Word shows the
    document after "Accept all"; ``ORIGINAL``: every change rejected, the text before the
    revisions. Automatic numbering is computed on the state read.
    """

    ACCEPTED = "accepted"
    ORIGINAL = "original"


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """What to ignore when comparing, and per-pair limits."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = False
    ignore_numbering: bool = False
    #: Longest clause body (characters, one side of a pair) diffed word by word.
    max_diff_chars: int = 200_000
    #: Seconds diff-match-patch may spend on one pair before falling back to a coarse diff.
    diff_timeout: float = 1.0
    #: Which state of documents with tracked changes is read (.docx, .odt, .rtf).
    revisions: Revisions = Revisions.ACCEPTED

    def __post_init__(self) -> None:
        # JSON gives the value back as a plain string: keep the enum (an unknown one is refused).
        object.__setattr__(self, "revisions", Revisions(self.revisions))
