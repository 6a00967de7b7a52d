"""One pair of the HTML report: its heading and status, its two sides side by side, its parts,
term changes and the user's decision.

Runs carry the diff marks (struck-through deletions, underlined insertions) and term tints; the
runs of changed terms and each clause get ids (:func:`~clausediff.report.html_terms.term_anchor`,
:func:`clause_anchor`) so the term tables and the part lines of a split or merged pair can link
to them. Returns strings: no I/O, no Qt.
"""

from __future__ import annotations

from html import escape

from clausediff.comparison import Op, Side
from clausediff.marks import Run
from clausediff.report import palette
from clausediff.report.html_terms import term_anchor, term_lines
from clausediff.report.model import ClauseBlock, PartRow, Section
from clausediff.report.strings import text as _t


def pair_article(section: Section, lang: str) -> str:
    sign = palette.STATUS_SIGN[section.status]
    similarity = (
        f'<span class="sim">{escape(_t(lang, "similarity"))} '
        f"{escape(section.similarity_text)}</span>"
        if section.similarity_text
        else ""
    )
    parts = [
        f'<article class="pair s-{section.status}" id="pair-{section.index}">',
        f'<h3><span class="num">{section.index}.</span> {escape(section.title)}</h3>',
        f'<p class="status"><span class="badge s-{section.status}">'
        f'<span class="sign">{sign}</span> {escape(section.status_text)}</span>{similarity}</p>',
    ]
    if section.truncated:
        parts.append(f'<p class="warn">{escape(_t(lang, "truncated"))}</p>')
    if section.parts:
        rows = "".join(_part_line(section, row) for row in section.parts)
        parts.append(f'<ul class="parts">{rows}</ul>')
    parts.append(
        '<table class="sbs"><colgroup><col class="half"><col class="half"></colgroup><thead><tr>'
        f'<th scope="col">{escape(_t(lang, "left"))}</th>'
        f'<th scope="col">{escape(_t(lang, "right"))}</th></tr></thead><tbody><tr>'
        f"<td>{_blocks(section.left, lang, 'absent.left', _anchors(section, Side.LEFT))}</td>"
        f"<td>{_blocks(section.right, lang, 'absent.right', _anchors(section, Side.RIGHT))}</td>"
        "</tr></tbody></table>"
    )
    if section.term_changes:
        parts.append(term_lines(section.term_changes, lang))
    if section.choice or section.note:
        parts.append(_decision(section, lang))
    parts.append("</article>")
    return "\n".join(parts)


def _decision(section: Section, lang: str) -> str:
    colon = _t(lang, "colon").rstrip()
    parts = ['<div class="decision">']
    if section.choice:
        parts.append(
            f"<p><b>{escape(_t(lang, 'choice'))}{colon}</b> {escape(section.choice_text)}</p>"
        )
    if section.custom_text:
        parts.append(f'<blockquote class="custom">{escape(section.custom_text)}</blockquote>')
    if section.note:
        parts.append(f"<p><b>{escape(_t(lang, 'note'))}{colon}</b> {escape(section.note)}</p>")
    parts.append("</div>")
    return "".join(parts)


def _anchors(section: Section, side: Side) -> tuple[int, Side, frozenset[int]]:
    """Where the changed terms of ``side`` start: their runs get the ids the tables link to."""
    starts = (r.before_start if side is Side.LEFT else r.after_start for r in section.term_changes)
    return section.index, side, frozenset(start for start in starts if start is not None)


def _blocks(
    blocks: tuple[ClauseBlock, ...],
    lang: str,
    absent_key: str,
    anchors: tuple[int, Side, frozenset[int]] | None = None,
) -> str:
    if not blocks:
        return f'<p class="absent">{escape(_t(lang, absent_key))}</p>'
    return "".join(
        f'<div class="clause"{_clause_id(anchors, block.id)}>'
        f'<p class="label">{escape(block.label)}</p>'
        f'<p class="body">{"".join(_run(run, lang, anchors) for run in block.runs)}</p></div>'
        for block in blocks
    )


def clause_anchor(section: int, side: Side, clause_id: str) -> str:
    """The id of a clause in a section's text; a split or merged part's line links to it."""
    return f"clause-{section}-{'l' if side is Side.LEFT else 'r'}-{clause_id}"


def _clause_id(anchors: tuple[int, Side, frozenset[int]] | None, clause_id: str) -> str:
    if anchors is None:
        return ""
    return f' id="{escape(clause_anchor(anchors[0], anchors[1], clause_id))}"'


def _part_line(section: Section, row: PartRow) -> str:
    """A part's line, linked to the clause of the other side it went to (which flashes)."""
    if not row.other:
        return f"<li>{escape(row.text)}</li>"
    target = clause_anchor(section.index, row.side.other, row.other[0])
    return f'<li><a href="#{escape(target)}">{escape(row.text)}</a></li>'


def _run(run: Run, lang: str, anchors: tuple[int, Side, frozenset[int]] | None = None) -> str:
    text = escape(run.text)
    if run.term is not None:
        strong = " changed" if run.term_changed else ""
        text = f'<span class="term t-{run.term}{strong}">{text}</span>'
    if run.op is Op.DELETE:
        text = f'<del class="op-delete">{text}</del>'
    elif run.op is Op.INSERT:
        text = f'<ins class="op-insert">{text}</ins>'
    # A changed term's run, or any term of a clause deleted or inserted whole (its table rows
    # list every term it takes along): the anchors hold only the starts the rows link to.
    if anchors is not None and run.term is not None and run.start in anchors[2]:
        text = f'<span id="{term_anchor(anchors[0], anchors[1], run.start)}">{text}</span>'
    if run.term is not None and run.term_end:
        text += f'<sup class="mark m-{run.term}">{_t(lang, "letter." + run.term)}</sup>'
    return text
