"""One section of a report: a pair's two sides cut into runs, its parts, the user's decision.

:func:`build_section` turns one :class:`~clausediff.comparison.Pair` into a
:class:`~clausediff.report.content.Section`: both sides as display runs
(:mod:`clausediff.marks`), its status and similarity in words, what became of each part of a
split or merged pair (:func:`clausediff.worddiff.parts.part_links`), and the choice and note the
user recorded in the session. Kept apart from :mod:`clausediff.report.model`, which assembles the
sections with the cover and summary. No Qt, no I/O.
"""

from __future__ import annotations

from clausediff.comparison import Comparison, Pair, Side
from clausediff.marks import pair_marks
from clausediff.report import strings
from clausediff.report.content import ClauseBlock, PartRow, Section
from clausediff.report.naming import Namer
from clausediff.report.terms_text import TermChangeRow
from clausediff.store.session import Session, pair_key
from clausediff.worddiff.parts import part_links


def build_section(
    comparison: Comparison,
    session: Session | None,
    pair: Pair,
    index: int,
    title: str,
    rows: tuple[TermChangeRow, ...],
    namer: Namer,
) -> Section:
    """The section of one pair: both sides cut into runs, status in words, the user's decision."""
    language = namer.language
    both = bool(pair.left) and bool(pair.right)
    left = side_blocks(comparison, pair, namer, Side.LEFT)
    right = side_blocks(comparison, pair, namer, Side.RIGHT)
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
        parts=part_rows(comparison, pair, namer),
        choice=side,
        choice_text=strings.text(language, f"side.{side}") if side else "",
        custom_text=choice.custom_text if choice is not None else "",
        note=choice.note if choice is not None else "",
    )


def part_rows(comparison: Comparison, pair: Pair, namer: Namer) -> tuple[PartRow, ...]:
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


def side_blocks(
    comparison: Comparison, pair: Pair, namer: Namer, side: Side
) -> tuple[ClauseBlock, ...]:
    """One side of a section: each clause of the pair with its runs (:mod:`clausediff.marks`)."""
    return tuple(
        ClauseBlock(marks.clause.id, namer.label(marks.clause, side), marks.runs)
        for marks in pair_marks(comparison, pair, side)
    )
