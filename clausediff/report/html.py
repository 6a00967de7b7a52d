"""The report as one self-contained, printable HTML page.

:func:`render_html` lays out a :class:`~clausediff.report.model.Report`: cover block, legend,
summary, then each pair with its left and right clauses side by side. Inline CSS only, no script,
no external asset, so the file can be mailed or archived alone and prints on A4 or Letter.
Deletions are red and struck through, insertions blue and underlined, moved clauses green with a
⇅ arrow, terms tinted with a superscript letter; see :mod:`clausediff.report.palette`.
This is also what ``clausediff compare --html`` writes. Returns a string: no I/O, no Qt.
"""

from __future__ import annotations

from html import escape

from clausediff.comparison import Op, Side, TermKind
from clausediff.marks import Run
from clausediff.report import palette, strings
from clausediff.report.model import ClauseBlock, PartRow, Report, Section, TermChangeRow


def render_html(report: Report) -> str:
    """The whole report as an HTML document (UTF-8 text)."""
    lang = report.language
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="ClauseDiff {escape(report.app_version)}">',
        f"<title>{escape(report.title)} — {escape(report.cover.left.name)} / "
        f"{escape(report.cover.right.name)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
        _header(report),
        _cover(report),
        _legend(lang),
        _summary(report),
        _details(report),
        f'<footer class="foot">{escape(_t(lang, "generated_by", version=report.app_version))}'
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _t(language: str, key: str, **values: object) -> str:
    return strings.text(language, key, **values)


def _colon(language: str) -> str:
    """French puts a (narrow no-break) space before a colon, English does not."""
    return "\u202f: " if language == "fr" else ": "


def _header(report: Report) -> str:
    lang = report.language
    return (
        '<header class="top">'
        f'<p class="kicker">{escape(_t(lang, "subtitle"))}</p>'
        f"<h1>{escape(report.title)}</h1>"
        f'<p class="files">{escape(report.cover.left.name)} <span aria-hidden="true">⟷</span> '
        f"{escape(report.cover.right.name)}</p>"
        "</header>"
    )


def _cover(report: Report) -> str:
    lang = report.language
    cover = report.cover
    rows = []
    for side, info in ((_t(lang, "left"), cover.left), (_t(lang, "right"), cover.right)):
        rows.append(
            f'<tr><th scope="row">{escape(side)}</th><td><strong>{escape(info.name)}</strong>'
            f'<br><span class="sha">SHA-256 {escape(_t(lang, "sha." + info.sha256_of))}'
            f"{_colon(lang)}"
            f"<code>{info.sha256}</code></span>{_warnings(lang, info.warnings)}</td></tr>"
        )
    options = ", ".join(
        f"{escape(row.label)}{_colon(lang)}{escape(_t(lang, 'yes' if row.value else 'no'))}"
        for row in cover.options
    )
    rows.append(
        f'<tr><th scope="row">{escape(_t(lang, "date"))}</th><td>{cover.date_text}</td></tr>'
    )
    rows.append(f'<tr><th scope="row">{escape(_t(lang, "options"))}</th><td>{options}</td></tr>')
    return (
        f'<section class="cover"><h2>{escape(_t(lang, "files"))}</h2>'
        f'<table class="meta">{"".join(rows)}</table></section>'
    )


def _warnings(lang: str, warnings: tuple[str, ...]) -> str:
    """A document's reading warnings under its name (nothing when it has none)."""
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(warning)}</li>" for warning in warnings)
    return (
        f'<br><span class="warnings-title">{escape(_t(lang, "warnings"))}</span>'
        f'<ul class="warnings">{items}</ul>'
    )


def _legend(lang: str) -> str:
    items = [
        f'<li><del class="op-delete">{escape(_t(lang, "legend.delete"))}</del></li>',
        f'<li><ins class="op-insert">{escape(_t(lang, "legend.insert"))}</ins></li>',
        f'<li><span class="moved-mark">⇅</span> {escape(_t(lang, "legend.moved"))}</li>',
        f"<li><strong>{escape(_t(lang, 'legend.changed_term'))}</strong></li>",
    ]
    # Diff marks in the first column, the three term kinds in the second.
    for kind in TermKind:
        label = _t(lang, f"kind.{kind}")
        letter = _t(lang, f"letter.{kind}")
        items.append(
            f"<li>{_kind_badge(kind, label, lang)} "
            f"{escape(_t(lang, 'legend.term', kind=label, letter=letter))}</li>"
        )
    return (
        f'<section class="legend"><h2>{escape(_t(lang, "legend"))}</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


def _summary(report: Report) -> str:
    lang = report.language
    summary = report.summary
    cells = "".join(
        f'<td class="count s-{row.status}"><span class="sign">{palette.STATUS_SIGN[row.status]}'
        f"</span> {escape(row.label)}<b>{row.count}</b></td>"
        for row in summary.statuses
    )
    total = (
        f'<td class="count total">{escape(_t(lang, "summary.total"))}<b>{summary.total}</b></td>'
    )
    parts = [
        f'<section class="summary"><h2>{escape(_t(lang, "summary"))}</h2>',
        f"<h3>{escape(_t(lang, 'summary.statuses'))}</h3>",
        f'<table class="counts"><tr>{cells}{total}</tr></table>',
        f"<h3>{escape(_t(lang, 'summary.terms'))}</h3>",
    ]
    if summary.term_changes:
        parts.append(_term_table(summary.term_changes, lang, with_clause=True))
    else:
        parts.append(f'<p class="empty">{escape(_t(lang, "summary.no_terms"))}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def _kind_badge(kind: TermKind, label: str, lang: str) -> str:
    """A term kind's name in its tint, followed by its letter (colour is never the only cue)."""
    return (
        f'<span class="term t-{kind}">{escape(label)}</span>'
        f'<sup class="mark m-{kind}">{_t(lang, "letter." + kind)}</sup>'
    )


def _term_table(rows: tuple[TermChangeRow, ...], lang: str, with_clause: bool) -> str:
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
            f"<td>{_kind_badge(row.kind, row.kind_text, lang)}</td>"
            f"<td>{escape(row.change_text)}</td>"
            f'<td class="before">{_term_cell(row, Side.LEFT)}</td>'
            f'<td class="after">{_term_cell(row, Side.RIGHT)}</td>'
            f"<td>{escape(row.direction_text)}</td></tr>"
        )
    return (
        f'<table class="terms"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def term_anchor(section: int, side: Side, start: int) -> str:
    """The id of a changed term in a section's text; the term tables link to it."""
    return f"term-{section}-{'l' if side is Side.LEFT else 'r'}{start}"


def _term_cell(row: TermChangeRow, side: Side) -> str:
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


def _term_lines(rows: tuple[TermChangeRow, ...], lang: str) -> str:
    """A pair's term changes, one line each: "Délai modifié : 4 heures → 5 jours (plus long)"."""
    items = []
    for row in rows:
        direction = (
            f' <i class="dir">({escape(row.direction_text)})</i>' if row.direction_text else ""
        )
        items.append(
            f"<li>{_kind_badge(row.kind, row.kind_text, lang)} "
            f"{escape(row.change_text)}{_colon(lang)}<b>{_term_cell(row, Side.LEFT)}</b> → "
            f"<b>{_term_cell(row, Side.RIGHT)}</b>{direction}</li>"
        )
    return (
        f'<div class="changes"><p class="sub">{escape(_t(lang, "term_changes"))}</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _details(report: Report) -> str:
    lang = report.language
    heading = _t(lang, "details.all" if report.all_clauses else "details.changed")
    parts = [f'<section class="details"><h2>{escape(_t(lang, "details"))}</h2>']
    parts.append(f'<p class="lead">{escape(heading)}</p>')
    if not report.sections:
        parts.append(f'<p class="empty">{escape(_t(lang, "summary.no_changes"))}</p>')
    parts.extend(_section(section, lang) for section in report.sections)
    parts.append("</section>")
    return "\n".join(parts)


def _section(section: Section, lang: str) -> str:
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
        parts.append(_term_lines(section.term_changes, lang))
    if section.choice or section.note:
        parts.append(_decision(section, lang))
    parts.append("</article>")
    return "\n".join(parts)


def _decision(section: Section, lang: str) -> str:
    colon = _colon(lang).rstrip()
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
    if anchors is not None and run.term_changed and run.start in anchors[2]:
        text = f'<span id="{term_anchor(anchors[0], anchors[1], run.start)}">{text}</span>'
    if run.term is not None and run.term_end:
        text += f'<sup class="mark m-{run.term}">{_t(lang, "letter." + run.term)}</sup>'
    return text


def _css() -> str:
    """The page's style sheet, built from the shared palette."""
    op, tb, tc, sc = (
        palette.OP_TEXT,
        palette.TERM_BACKGROUND,
        palette.TERM_COLOUR,
        palette.STATUS_COLOUR,
    )
    rules = [
        "@page{size:A4;margin:16mm 14mm}",
        "body{font:10.5pt/1.45 'DejaVu Serif',Georgia,'Times New Roman',serif;"
        f"color:{palette.INK};margin:0 auto;max-width:60rem;padding:1.5rem}}",
        "h1,h2,h3,.kicker,.files,th,.status,.counts,.legend,.sub,.foot,.label"
        "{font-family:'DejaVu Sans','Segoe UI',Helvetica,Arial,sans-serif}",
        f"h1{{font-size:20pt;margin:.1rem 0;color:{palette.ACCENT}}}",
        f"h2{{font-size:13pt;color:{palette.ACCENT};border-bottom:1.5pt solid {palette.ACCENT};"
        "padding-bottom:2pt;margin:1.4rem 0 .6rem}",
        "h3{font-size:11pt;margin:.2rem 0}",
        f".kicker{{text-transform:uppercase;letter-spacing:.08em;font-size:8.5pt;color:{palette.MUTED};"
        "margin:0}",
        f".files{{font-size:11pt;margin:.2rem 0 0;color:{palette.MUTED}}}",
        f".top{{border-bottom:3pt solid {palette.ACCENT};padding-bottom:.6rem}}",
        "table{border-collapse:collapse;width:100%}",
        f"th,td{{border:.5pt solid {palette.RULE};padding:4pt 6pt;vertical-align:top;"
        "text-align:left}",
        f"th{{background:{palette.HEADER_BACKGROUND};font-size:9pt;font-weight:600}}",
        ".meta th{width:9rem}",
        f".sha{{font-size:8pt;color:{palette.MUTED}}}",
        ".warnings-title{font-size:8pt;font-weight:600}",
        ".warnings{font-size:8.5pt;margin:.1rem 0 0;padding-left:1.2rem}",
        ".sha code{font-family:'DejaVu Sans Mono',Consolas,monospace;word-break:break-all}",
        ".legend ul{list-style:none;padding:0;margin:0;columns:2;font-size:9pt}",
        ".legend li{margin:0 0 3pt}",
        ".counts td{text-align:center;font-size:8.5pt;width:12.5%}",
        ".counts b{display:block;font-size:15pt;margin-top:2pt}",
        f".counts .total{{background:{palette.HEADER_BACKGROUND}}}",
        ".terms{font-size:9pt;margin:.3rem 0}",
        ".terms .before,.terms .after{font-family:'DejaVu Serif',Georgia,serif}",
        f".pair{{border-left:3pt solid {palette.RULE};padding:.2rem 0 .2rem .7rem;"
        "margin:1.1rem 0}",
        ".pair h3{break-after:avoid}",
        f".num{{color:{palette.MUTED}}}",
        ".status{margin:.1rem 0 .4rem;font-size:9pt}",
        ".badge{font-weight:600}",
        f".sim{{color:{palette.MUTED};margin-left:1rem}}",
        f".parts{{color:{palette.MUTED};font-size:8.5pt;margin:.1rem 0 .4rem;padding-left:1.2rem}}",
        ".sbs td{width:50%;font-size:10pt}",
        ".clause+.clause{margin-top:.5rem}",
        f".label{{font-weight:700;font-size:9pt;margin:0 0 2pt;color:{palette.ACCENT}}}",
        ".body{margin:0;white-space:pre-wrap}",
        f".absent{{color:{palette.MUTED};font-style:italic;margin:0}}",
        f".op-delete{{color:{op[Op.DELETE]};background:{palette.OP_BACKGROUND[Op.DELETE]};"
        f"text-decoration:line-through;text-decoration-color:{op[Op.DELETE]}}}",
        f".op-insert{{color:{op[Op.INSERT]};background:{palette.OP_BACKGROUND[Op.INSERT]};"
        f"text-decoration:underline;text-decoration-color:{op[Op.INSERT]}}}",
        ".term{border-radius:2pt;padding:0 1pt}",
        ".term.changed{font-weight:700}",
        # a term reached from a term table flashes, so the eye finds it in the clause
        ":target{scroll-margin-top:4rem;animation:flash 2.4s ease-out}",
        "@keyframes flash{0%,30%{outline:2.5pt solid #F2A900;background:#FFE9A8}"
        "100%{outline:2.5pt solid transparent}}",
        f".ctx{{display:block;font-size:8.5pt;font-weight:400;color:{palette.MUTED}}}",
        ".mark{font:700 6.5pt 'DejaVu Sans',Arial,sans-serif;margin-left:1pt}",
        f".moved-mark{{color:{palette.MOVED};font-weight:700}}",
        f".sub{{font-size:9pt;font-weight:600;margin:.5rem 0 0;color:{palette.MUTED}}}",
        ".changes ul{list-style:none;margin:.2rem 0 0;padding:0;font-size:9.5pt}",
        ".changes li{margin:0 0 2pt}",
        f".dir{{color:{palette.MUTED}}}",
        f".decision{{border:.5pt solid {palette.RULE};background:#fbfbf8;padding:4pt 8pt;"
        "margin-top:.4rem;font-size:9.5pt}",
        ".decision p{margin:2pt 0}",
        ".custom{margin:3pt 0;padding-left:6pt;border-left:2pt solid #8c959f;white-space:pre-wrap}",
        f".warn{{font-size:9pt;color:{palette.MUTED};font-style:italic}}",
        f".empty{{color:{palette.MUTED};font-style:italic}}",
        f".foot{{margin-top:2rem;font-size:8pt;color:{palette.MUTED};"
        f"border-top:.5pt solid {palette.RULE};padding-top:4pt}}",
        "a{color:inherit}",
        # In print, a pair shorter than a page stays on one page (longer ones still break), and
        # a heading never ends a page.
        "@media print{body{max-width:none;padding:0}.pair{break-inside:avoid}"
        "h2,h3,.status{break-after:avoid}}",
    ]
    for kind in TermKind:
        rules.append(f".t-{kind}{{background:{tb[kind]}}}")
        rules.append(f".m-{kind}{{color:{tc[kind]}}}")
    for status, colour in sc.items():
        rules.append(f".pair.s-{status}{{border-left-color:{colour}}}")
        rules.append(f".badge.s-{status},.count.s-{status} .sign{{color:{colour}}}")
    return "".join(rules)
