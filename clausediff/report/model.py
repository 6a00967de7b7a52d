"""The report model: everything a report says, as frozen data, before any rendering.

:func:`build_report` turns a :class:`~clausediff.comparison.Comparison` (and, when given, the
user's :class:`~clausediff.store.session.Session` with choices and notes) into a :class:`Report`: a
cover block (file names, SHA-256 fingerprints, date, options), a summary (pairs per status, every
term change, those a clause deleted or inserted whole takes along included), and one section
per pair in document order (only changed pairs unless ``all_clauses``), each side cut into
display runs. The HTML, PDF and JSON renderers only lay this
out; every visible word comes from :mod:`clausediff.report.strings` in the report's language.

The pieces live in their own modules: the frozen data in :mod:`clausediff.report.content`
(re-exported here, where renderers have always imported it from), how clauses and pairs are named
in :mod:`clausediff.report.naming`, one pair's section in :mod:`clausediff.report.sections`, a
compared file's fingerprint in :mod:`clausediff.report.file_info`. Reads the compared files only
to fingerprint them (falls back to the extracted text, and says so, when a file has moved). No
Qt, no output.
"""

from __future__ import annotations

from datetime import datetime

from clausediff import __version__
from clausediff.comparison import Comparison, Pair, PairStatus
from clausediff.marks import Run
from clausediff.report import strings
from clausediff.report.content import (
    ClauseBlock,
    Cover,
    FileInfo,
    OptionRow,
    PartRow,
    Report,
    Section,
    StatusCount,
    Summary,
)
from clausediff.report.file_info import file_info
from clausediff.report.naming import Namer, pair_titles
from clausediff.report.sections import build_section
from clausediff.report.terms_text import TermChangeRow, term_change_rows
from clausediff.store.session import Session, pair_key

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
    "pair_titles",
]

#: The comparison options a report lists, in this order.
_OPTION_NAMES = ("ignore_case", "ignore_punctuation", "ignore_whitespace", "ignore_numbering")


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
    namer = Namer(comparison, language)
    sections: list[Section] = []
    all_rows: list[TermChangeRow] = []
    for index, pair in enumerate(comparison.pairs, start=1):
        title = namer.title(pair)
        texts = (comparison.left.text, comparison.right.text)
        rows = term_change_rows(pair, index, title, language, texts)
        all_rows.extend(rows)
        if pair.changed or all_clauses or _has_decision(session, pair):
            sections.append(build_section(comparison, session, pair, index, title, rows, namer))
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
        left=file_info(comparison.left, strings.text(language, "left"), language),
        right=file_info(comparison.right, strings.text(language, "right"), language),
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


def _has_decision(session: Session | None, pair: Pair) -> bool:
    """True when the user chose a side or wrote a note for this pair."""
    return session is not None and pair_key(pair) in session.choices
