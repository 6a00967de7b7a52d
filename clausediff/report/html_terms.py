"""Terms in the HTML report: the kind badge, the term-change table and a pair's term lines.

Every changed term is shown as its value before and after, linked to where it stands in the
clause text (:func:`term_anchor`, the id :mod:`clausediff.report.html_pairs` gives that run), so
a reader of the summary table reaches the words themselves. A kind is named and lettered as well
as tinted: colour is never the only cue. Returns strings: no I/O, no Qt.
"""

from __future__ import annotations

from html import escape

from clausediff.comparison import Side, TermKind
from clausediff.report.model import TermChangeRow
from clausediff.report.strings import text as _t


def kind_badge(kind: TermKind, label: str, lang: str) -> str:
    """A term kind's name in its tint, followed by its letter (colour is never the only cue)."""
    return (
        f'<span class="term t-{kind}">{escape(label)}</span>'
        f'<sup class="mark m-{kind}">{_t(lang, "letter." + kind)}</sup>'
    )


def term_table(rows: tuple[TermChangeRow, ...], lang: str, with_clause: bool) -> str:
    heads = ["col.clause"] if with_clause else []
    heads += ["col.kind", "col.change", "col.before", "col.after", "col.direction"]
    head = "".join(f'<th scope="col">{escape(_t(lang, key))}</th>' for key in heads)
    body = []
    for row in rows:
        clause = (
            f'<td><a href="#pair-{row.section}">{escape(row.clause)}</a></td>'
            if with_clause
            else ""
        )
        body.append(
            f"<tr>{clause}"
            f"<td>{kind_badge(row.kind, row.kind_text, lang)}</td>"
            f"<td>{escape(row.change_text)}</td>"
            f'<td class="before">{term_cell(row, Side.LEFT)}</td>'
            f'<td class="after">{term_cell(row, Side.RIGHT)}</td>'
            f"<td>{escape(row.direction_text)}</td></tr>"
        )
    return (
        f'<table class="terms"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def term_anchor(section: int, side: Side, start: int) -> str:
    """The id of a changed term in a section's text; the term tables link to it."""
    return f"term-{section}-{'l' if side is Side.LEFT else 'r'}{start}"


def term_cell(row: TermChangeRow, side: Side) -> str:
    """One side of a term change: its value linked to the term in the text (which flashes when
    reached), then where it is (the excerpt of its sentence) when the value is not that."""
    left = side is Side.LEFT
    value, context = (row.before, row.before_context) if left else (row.after, row.after_context)
    start = row.before_start if left else row.after_start
    if start is None:
        return escape(value)
    cell = f'<a href="#{term_anchor(row.section, side, start)}">{escape(value)}</a>'
    if context and context != value:
        cell += f'<span class="ctx">« {escape(context)} »</span>'
    return cell


def term_lines(rows: tuple[TermChangeRow, ...], lang: str) -> str:
    """A pair's term changes, one line each: "Délai modifié : 4 heures → 5 jours (plus long)"."""
    items = []
    for row in rows:
        direction = (
            f' <i class="dir">({escape(row.direction_text)})</i>' if row.direction_text else ""
        )
        items.append(
            f"<li>{kind_badge(row.kind, row.kind_text, lang)} "
            f"{escape(row.change_text)}{_t(lang, 'colon')}<b>{term_cell(row, Side.LEFT)}</b> → "
            f"<b>{term_cell(row, Side.RIGHT)}</b>{direction}</li>"
        )
    return (
        f'<div class="changes"><p class="sub">{escape(_t(lang, "term_changes"))}</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )
