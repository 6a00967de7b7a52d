"""What a report says, as frozen data: the cover, the summary and one section per pair.

:func:`clausediff.report.model.build_report` fills these in; the HTML, PDF and JSON renderers
only lay them out. They live apart from the builder so that the pieces that build one part of a
report (:mod:`clausediff.report.sections`, :mod:`clausediff.report.file_info`) can return them
without importing the builder. Every visible word in them is already in the report's language.
No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausediff.comparison import PairStatus, Side
from clausediff.marks import Run
from clausediff.report.terms_text import TermChangeRow


@dataclass(frozen=True, slots=True)
class FileInfo:
    """One compared file: its name and fingerprint; ``sha256_of``: "file", "changed" or "text";
    ``warnings`` are its reader's warnings, worded in the report's language."""

    name: str
    sha256: str
    sha256_of: str
    language: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OptionRow:
    """One comparison option: its field name in CompareOptions, its label, its value."""

    name: str
    label: str
    value: bool


@dataclass(frozen=True, slots=True)
class Cover:
    """The block a reader checks first: what was compared, when, and how."""

    left: FileInfo
    right: FileInfo
    date: str  # ISO 8601, UTC
    date_text: str  # the same, in words
    options: tuple[OptionRow, ...]


@dataclass(frozen=True, slots=True)
class StatusCount:
    """How many pairs have one status."""

    status: PairStatus
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Summary:
    """Pairs per status (every status, zeros included) and every term change in order."""

    statuses: tuple[StatusCount, ...]
    total: int
    changed: int
    term_changes: tuple[TermChangeRow, ...]


@dataclass(frozen=True, slots=True)
class ClauseBlock:
    """One clause on one side of a section: its id, label and body runs."""

    id: str
    label: str
    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class PartRow:
    """One part of a split or merged pair: how much of it was kept, and where it went.

    ``clause`` is the part's clause id on ``side``; ``region`` the ``[start, end)`` offsets, in
    the other side's document, of its words found there (None when none was: rewritten or
    dropped), ``other`` the ids of the other side's clauses that text lies in; ``similarity``
    the share of the part and its region that the marks leave unmarked
    (:func:`clausediff.worddiff.parts.part_links`). ``text`` says it in words.
    """

    side: Side
    clause: str
    label: str
    similarity: float
    similarity_text: str
    region: tuple[int, int] | None
    other: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    """One pair, ready to lay out side by side.

    ``index`` is the pair's 1-based position among all pairs (stable whether or not unchanged
    pairs are shown). ``status_text`` says what happened in words ("Déplacée : Article 9 →
    Article 6"). ``parts`` tell, for a split or merged pair, what became of each part.
    ``choice``/``custom_text``/``note`` are empty when the user made no decision.
    """

    index: int
    key: str
    status: PairStatus
    title: str
    status_text: str
    similarity: float
    similarity_text: str
    left: tuple[ClauseBlock, ...]
    right: tuple[ClauseBlock, ...]
    term_changes: tuple[TermChangeRow, ...]
    truncated: bool = False
    parts: tuple[PartRow, ...] = ()
    choice: str = ""
    choice_text: str = ""
    custom_text: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """A whole report in one language."""

    language: str
    title: str
    cover: Cover
    summary: Summary
    sections: tuple[Section, ...]
    all_clauses: bool
    app_version: str
