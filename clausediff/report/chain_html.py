"""The chain report (:class:`~clausediff.report.chain.ChainReport`) as one HTML page.

First the versions and the table of where each clause changed, then each step as the
two-document report renders it (:func:`~clausediff.report.html.report_body`, the same code as
``compare --html`` on a pair), each step starting a printed page. A step's anchors (pairs, terms,
clauses) are prefixed by its number so the links of one step never land in another. This is what
``clausediff compare V1 V2 V3 --html`` writes. Returns a string: no I/O, no Qt.
"""

from __future__ import annotations

from html import escape

from clausediff.report import palette, strings
from clausediff.report.chain import ChainReport
from clausediff.report.html import html_page, report_body

#: Style added to the report's own: each step on a new printed page, the trace table's signs.
_CHAIN_CSS = (
    "<style>.step{break-before:page;margin-top:2.5rem;border-top:3pt double #888}"
    ".trace td.s{white-space:nowrap}</style>"
)


def render_chain_html(report: ChainReport) -> str:
    """The whole chain report as an HTML document (UTF-8 text)."""
    lang = report.language
    names = " → ".join(version.name for version in report.versions)
    parts = [
        _CHAIN_CSS,
        '<header class="top">'
        f'<p class="kicker">{escape(strings.text(lang, "subtitle"))}</p>'
        f"<h1>{escape(report.title)}</h1>"
        f'<p class="files">{escape(names)}</p></header>',
        versions_html(report),
        overview_html(report),
    ]
    for number, step in enumerate(report.steps, start=1):
        body = _prefixed(report_body(step.report), f"s{number}-")
        parts.append(f'<section class="step" id="step-{number}">{body}</section>')
    return html_page(lang, f"{report.title} — {names}", report.app_version, "\n".join(parts))


def overview_html(report: ChainReport) -> str:
    """The table of where each clause changed (HTML that Qt's rich text reads too: the PDF
    draws its first pages from it)."""
    lang = report.language
    if not report.whole:
        return ""
    heading = escape(strings.text(lang, "chain.where"))
    lead = escape(strings.text(lang, "chain.lead", whole=report.whole))
    if not report.traces:
        return (
            f'<section class="trace"><h2>{heading}</h2>'
            f'<p class="empty">{escape(strings.text(lang, "chain.none"))}</p></section>'
        )
    heads = (
        strings.text(lang, "chain.clause"),
        strings.text(lang, "chain.overall", whole=report.whole),
        strings.text(lang, "chain.changed_in"),
    )
    head = "".join(f'<th scope="col" align="left">{escape(text)}</th>' for text in heads)
    rows = "".join(
        f"<tr><td>{escape(row.title)}</td>"
        f'<td class="s" style="color:{palette.STATUS_COLOUR[row.status]}">'
        f"{palette.STATUS_SIGN[row.status]} {escape(row.status_text)}</td>"
        f"<td>{escape(row.trace_text)}</td></tr>"
        for row in report.traces
    )
    return (
        f'<section class="trace"><h2>{heading}</h2><p class="lead">{lead}</p>'
        f'<table class="terms trace" cellpadding="3"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def versions_html(report: ChainReport) -> str:
    """The versions compared, numbered (HTML for the page and for the PDF's first page)."""
    lang = report.language
    rows = "".join(
        f'<tr><th scope="row" align="left">v{number}</th><td><strong>{escape(info.name)}</strong>'
        f"</td></tr>"
        for number, info in enumerate(report.versions, start=1)
    )
    return (
        f'<section class="cover"><h2>{escape(strings.text(lang, "chain.versions"))}</h2>'
        f'<table class="meta" cellpadding="2">{rows}</table></section>'
    )


def _prefixed(body: str, prefix: str) -> str:
    """``body`` with every id and in-page link prefixed. Safe on text: the report escapes every
    quote of the documents' words, so ``id="`` only occurs in the markup it writes."""
    return body.replace(' id="', f' id="{prefix}').replace('href="#', f'href="#{prefix}')
