"""The report model: everything a report says, as frozen data, before any rendering.

:func:`build_report` turns a :class:`~clausediff.comparison.Comparison` (and, when given, the
user's :class:`~clausediff.store.session.Session` with choices and notes) into a :class:`Report`: a
cover block (file names, SHA-256 fingerprints, date, options), a summary (pairs per status, every
term change), and one section per pair in document order (only changed pairs unless
``all_clauses``), each side cut into display runs. The HTML, PDF and JSON renderers only lay this
out; every visible word comes from :mod:`clausediff.report.strings` in the report's language.

Reads the compared files only to fingerprint them (falls back to the extracted text, and says so,
when a file has moved). No Qt, no output.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from clausediff import __version__
from clausediff.clause import Clause
from clausediff.comparison import Comparison, Pair, PairStatus, Side
from clausediff.document import Document
from clausediff.errors import InputError
from clausediff.marks import Run, pair_marks
from clausediff.readers import file_sha256
from clausediff.report import strings
from clausediff.report.terms_text import TermChangeRow, term_change_rows
from clausediff.store.session import Session, pair_key
from clausediff.worddiff.parts import part_links

__all__ = [
    "ClauseBlock",
    "Cover",
    "FileInfo",
    "OptionRow",
    "PartRow",
    "Report",
    "Run",
    "Section",
    "StatusCount",
    "Summary",
    "TermChangeRow",
    "build_report",
]

#: The comparison options a report lists, in this order.
_OPTION_NAMES = ("ignore_case", "ignore_punctuation", "ignore_whitespace", "ignore_numbering")


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


def build_report(
    comparison: Comparison,
    session: Session | None = None,
    language: str = "fr",
    all_clauses: bool = False,
    now: datetime | None = None,
) -> Report:
    """Build the report of ``comparison`` in ``language`` ("fr" or "en").

    ``session`` adds the user's choices and notes; ``now`` fixes the report date (tests, golden
    files); by default it is the current time in the user's time zone, which is named.
    """
    strings.check_language(language)
    moment = (now or datetime.now().astimezone()).replace(microsecond=0)
    namer = _Namer(comparison, language)
    sections: list[Section] = []
    all_rows: list[TermChangeRow] = []
    for index, pair in enumerate(comparison.pairs, start=1):
        title = namer.title(pair)
        texts = (comparison.left.text, comparison.right.text)
        rows = term_change_rows(pair, index, title, language, texts)
        all_rows.extend(rows)
        if pair.changed or all_clauses or _has_decision(session, pair):
            sections.append(_section(comparison, session, pair, index, title, rows, namer))
    counts = comparison.summary()
    statuses = tuple(
        StatusCount(status, strings.text(language, f"status.{status}"), counts[status.value])
        for status in PairStatus
    )
    summary = Summary(
        statuses=statuses,
        total=len(comparison.pairs),
        changed=sum(1 for pair in comparison.pairs if pair.changed),
        term_changes=tuple(all_rows),
    )
    cover = Cover(
        left=_file_info(comparison.left, strings.text(language, "left"), language),
        right=_file_info(comparison.right, strings.text(language, "right"), language),
        date=moment.isoformat(),
        date_text=strings.long_date(moment, language),
        options=tuple(
            OptionRow(
                name,
                strings.text(language, f"option.{name}"),
                bool(getattr(comparison.options, name)),
            )
            for name in _OPTION_NAMES
        ),
    )
    return Report(
        language=language,
        title=strings.text(language, "title"),
        cover=cover,
        summary=summary,
        sections=tuple(sections),
        all_clauses=all_clauses,
        app_version=__version__,
    )


def pair_titles(comparison: Comparison, pairs: Sequence[Pair], language: str) -> tuple[str, ...]:
    """How the report names each of ``pairs`` ("Article 3 – Prix"), for messages and notes."""
    namer = _Namer(comparison, language)
    return tuple(namer.title(pair) for pair in pairs)


def _has_decision(session: Session | None, pair: Pair) -> bool:
    """True when the user chose a side or wrote a note for this pair."""
    return session is not None and pair_key(pair) in session.choices


def _section(
    comparison: Comparison,
    session: Session | None,
    pair: Pair,
    index: int,
    title: str,
    rows: tuple[TermChangeRow, ...],
    namer: _Namer,
) -> Section:
    """The section of one pair: both sides cut into runs, status in words, the user's decision."""
    language = namer.language
    both = bool(pair.left) and bool(pair.right)
    left = _side_blocks(comparison, pair, namer, Side.LEFT)
    right = _side_blocks(comparison, pair, namer, Side.RIGHT)
    key = pair_key(pair)
    choice = session.choice_for(pair) if session is not None else None
    side = "" if choice is None else (choice.side.value if choice.side else "none")
    return Section(
        index=index,
        key=key,
        status=pair.status,
        title=title,
        status_text=namer.status_text(pair),
        similarity=pair.similarity,
        similarity_text=strings.percent(pair.similarity, language) if both else "",
        left=left,
        right=right,
        term_changes=rows,
        truncated=pair.truncated,
        parts=_part_rows(comparison, pair, namer),
        choice=side,
        choice_text=strings.text(language, f"side.{side}") if side else "",
        custom_text=choice.custom_text if choice is not None else "",
        note=choice.note if choice is not None else "",
    )


def _part_rows(comparison: Comparison, pair: Pair, namer: _Namer) -> tuple[PartRow, ...]:
    """Each part of a split or merged pair with its share kept and where it went, in words."""
    language = namer.language
    links = part_links(comparison, pair)
    rows: list[PartRow] = []
    for side in Side:
        mine = [link for link in links if link.side is side]
        others = comparison.side(side.other).by_id
        for number, link in enumerate(mine, start=1):
            label = namer.label(link.clause, side)
            percent = strings.percent(link.similarity, language)
            where = " + ".join(namer.label(others[i], side.other) for i in link.other_ids)
            if link.other_ids:
                words = strings.text(
                    language, "part.kept", n=number, total=len(mine), label=label,
                    percent=percent, where=where,
                )  # fmt: skip
            else:
                words = strings.text(
                    language, "part.rewritten", n=number, total=len(mine), label=label
                )
            rows.append(
                PartRow(
                    side=side,
                    clause=link.clause.id,
                    label=label,
                    similarity=round(link.similarity, 4),
                    similarity_text=percent,
                    region=(link.other_start, link.other_end) if link.other_ids else None,
                    other=link.other_ids,
                    text=words,
                )
            )
    return tuple(rows)


def _side_blocks(
    comparison: Comparison, pair: Pair, namer: _Namer, side: Side
) -> tuple[ClauseBlock, ...]:
    """One side of a section: each clause of the pair with its runs (:mod:`clausediff.marks`)."""
    return tuple(
        ClauseBlock(marks.clause.id, namer.label(marks.clause, side), marks.runs)
        for marks in pair_marks(comparison, pair, side)
    )


def _file_info(document: Document, fallback_name: str, language: str) -> FileInfo:
    """Name and SHA-256 of a compared file, as it was when compared, and what its reader warned
    about, in the report's language.

    ``sha256_of`` is "file" when the fingerprint is that of the compared file, "changed" when the
    file on disk has changed since (the fingerprint printed is still the compared one), "text"
    when neither the compared bytes nor the file are known (the extracted text's fingerprint).
    """
    warnings = tuple(
        strings.warning(language, warning.code.value, warning.parameters)
        for warning in document.warnings
    )
    path = Path(document.path) if document.path else None
    name = path.name if path else fallback_name
    on_disk = _sha256_of(path) if path is not None and path.is_file() else ""
    if document.sha256:
        changed = bool(on_disk) and on_disk != document.sha256
        of = "changed" if changed else "file"
        return FileInfo(name, document.sha256, of, document.language, warnings)
    if on_disk:  # a session written before fingerprints were kept: the file as it is now
        return FileInfo(name, on_disk, "file", document.language, warnings)
    sha = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    return FileInfo(name, sha, "text", document.language, warnings)


def _sha256_of(path: Path) -> str:
    """The file's SHA-256 now, or "" when it cannot be read (gone, no permission)."""
    try:
        return file_sha256(path)
    except InputError:
        return ""


class _Namer:
    """Names clauses and pairs the way a reader refers to them."""

    def __init__(self, comparison: Comparison, language: str) -> None:
        self.language = language
        self.comparison = comparison
        self.position = {
            side: {c.id: n for n, c in enumerate(comparison.side(side).clauses, start=1)}
            for side in Side
        }

    def clauses(self, pair: Pair, side: Side) -> tuple[Clause, ...]:
        """The pair's clauses on ``side`` (ids unknown to the comparison are skipped)."""
        return self.comparison.side(side).of(pair)

    def label(self, clause: Clause, side: Side) -> str:
        """The clause's number and heading as written, or the start of its text, or its position.

        The words before the body are taken from the document when they fit on one line
        ("Article 3 – Prix", typography kept); otherwise the clause's number and heading.
        """
        text = self.comparison.side(side).document.text
        written = text[clause.start : clause.body_start].strip()
        if written and "\n" not in written and len(written) <= 120:
            return written
        if clause.label:
            return clause.label
        excerpt = " ".join(clause.text.split())
        if excerpt:
            return excerpt if len(excerpt) <= 60 else excerpt[:57].rstrip() + "…"
        return self.reference(clause, side)

    def reference(self, clause: Clause, side: Side) -> str:
        """A short reference: the clause number, else its position ("clause n° 4")."""
        if clause.number:
            return clause.number
        position = self.position[side][clause.id]
        return strings.text(self.language, "position", n=position)

    def title(self, pair: Pair) -> str:
        """The pair's name: its right clauses' labels, or its left ones' for a deletion."""
        side = Side.RIGHT if self.clauses(pair, Side.RIGHT) else Side.LEFT
        return " + ".join(self.label(c, side) for c in self.clauses(pair, side))

    def status_text(self, pair: Pair) -> str:
        """The status in words, with where a clause went for moves, splits and merges."""
        language = self.language
        name = strings.text(language, f"status.{pair.status}")
        if pair.status is PairStatus.INSERTED:
            return f"{name} {strings.text(language, 'absent.left')}"
        if pair.status is PairStatus.DELETED:
            return f"{name} {strings.text(language, 'absent.right')}"
        lefts = " + ".join(self.reference(c, Side.LEFT) for c in self.clauses(pair, Side.LEFT))
        rights = " + ".join(self.reference(c, Side.RIGHT) for c in self.clauses(pair, Side.RIGHT))
        colon = "\u202f: " if language == "fr" else ": "
        if pair.status in (PairStatus.MOVED, PairStatus.SPLIT, PairStatus.MERGED):
            name = f"{name}{colon}{lefts} → {rights}"
        elif pair.number_changed and lefts != rights:
            name = f"{name}, {strings.text(language, 'renumbered')}{colon}{lefts} → {rights}"
        if pair.heading_changed:
            name = f"{name}, {strings.text(language, 'retitled')}"
        return name
