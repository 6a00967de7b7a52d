"""The variants report as Qt rich text (HTML subset) and as plain text, French or English.

:func:`report_html` writes, per group: the choice and note, the reference, the similarity of each
variant to it and to each other, the terms matrix, the aligned provisions, and each variant
against the reference provision by provision, as the window's Differences tab shows it
(:mod:`clausediff.variants.aligned`: deletions struck through in red, insertions underlined in
blue, terms tinted: colour is never the only mark). It uses only the HTML Qt's ``QTextDocument``
renders, so :mod:`clausediff.report.pdf.variants` paginates it into a PDF and the GUI can show or
copy it. :func:`report_text` is the same content as plain text; :func:`chosen_text` the wording the
user retained for a group. Colours come from :mod:`clausediff.report.palette`. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from clausediff.comparison import Op, Side, Term
from clausediff.marks import Run, cut
from clausediff.report import palette
from clausediff.report.strings import long_date, percent
from clausediff.variants.aligned import ProvisionDiff, aligned_diff
from clausediff.variants.choice import CUSTOM, VariantsState
from clausediff.variants.model import TermColumn, VariantsResult
from clausediff.variants.runs import provision_runs
from clausediff.variants.strings import text as t


def variant_name(state: VariantsState, result: VariantsResult, variant_id: str) -> str:
    """ "V3 · Support client 3": position in the group and label."""
    number = result.group.variant_ids.index(variant_id) + 1
    variant = state.library.variant(variant_id)
    return f"V{number} · {variant.label or variant.title or variant.id}"


def chosen_text(state: VariantsState, result: VariantsResult) -> str:
    """The wording retained for the group: own wording, preferred variant, or ""."""
    choice = state.choice(result.group.id)
    if choice.preferred == CUSTOM:
        return choice.custom_text
    if choice.preferred and choice.preferred in result.group.variant_ids:
        return state.library.variant(choice.preferred).text
    return ""


def choice_lines(state: VariantsState, result: VariantsResult, lang: str) -> list[str]:
    """What was retained for the group ("Variante retenue : V2 · …", own wording from which
    variant, or none yet), then the note: the same lines in every variants export."""
    choice = state.choice(result.group.id)
    lines = []
    if choice.preferred == CUSTOM:
        base = (
            variant_name(state, result, choice.custom_base)
            if choice.custom_base in result.group.variant_ids
            else "—"
        )
        lines.append(t(lang, "custom", base=base))
    elif choice.preferred in result.group.variant_ids:
        lines.append(
            f"{t(lang, 'preferred')}{t(lang, 'colon')}"
            f"{variant_name(state, result, choice.preferred or '')}"
        )
    else:
        lines.append(t(lang, "no_choice"))
    if choice.note:
        lines.append(f"{t(lang, 'note')}{t(lang, 'colon')}{choice.note}")
    return lines


def _cells(result: VariantsResult, variant_id: str, column: TermColumn) -> str:
    descriptions = [c.description for c in result.matrix.row(variant_id).cells(column)]
    unique = list(dict.fromkeys(descriptions))
    return "; ".join(unique) if unique else "—"


def _style(op: Op, term: str | None) -> str:
    parts = []
    if op is Op.DELETE:
        parts.append(f"color:{palette.OP_TEXT[op]}; text-decoration: line-through")
    elif op is Op.INSERT:
        parts.append(f"color:{palette.OP_TEXT[op]}; text-decoration: underline")
    background = palette.OP_BACKGROUND[op]
    if term:
        background = _TERM_BG[term]
    if background:
        parts.append(f"background-color:{background}")
    return "; ".join(parts)


_TERM_BG = {kind.value: colour for kind, colour in palette.TERM_BACKGROUND.items()}


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    caption: str = "",
) -> str:
    """A ruled table; ``caption`` (HTML) is a first header row across it, so a page never ends
    on the caption alone and a table cut by a page repeats it."""
    head = "".join(
        f'<th width="{w}%" align="left" bgcolor="{palette.SHADE}">{escape(h)}</th>'
        for h, w in zip(headers, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-color:{palette.RULE}; border-style: solid">'
        f"<thead>{_caption_row(caption, len(headers))}<tr>{head}</tr></thead>{body}</table>"
    )


def _caption_row(caption: str, columns: int) -> str:
    if not caption:
        return ""
    return f'<tr><th colspan="{columns}" align="left" style="font-size: 10pt">{caption}</th></tr>'


def _group_html(state: VariantsState, result: VariantsResult, lang: str) -> str:
    """One group: heading, choice, terms and similarity, aligned provisions, differences."""
    ids = result.group.variant_ids
    parts = [f"<h1>{escape(t(lang, 'title'))} — {escape(result.group.title)}</h1>"]
    reference = variant_name(state, result, result.reference_id)
    parts.append(
        f"<p>{escape(t(lang, 'count', n=len(ids)))} · "
        f"<b>{escape(t(lang, 'reference'))}{t(lang, 'colon')}{escape(reference)}</b></p>"
    )
    parts.append(f"<h2>{escape(t(lang, 'choice'))}</h2>")
    parts.extend(f"<p>{escape(line)}</p>" for line in choice_lines(state, result, lang))
    chosen = chosen_text(state, result)
    if chosen:
        parts.append(f'<p style="margin-left:12px"><i>{escape(chosen)}</i></p>')
    parts.extend(_terms_html(state, result, lang))
    parts.extend(_grid_html(state, result, lang))
    parts.extend(_differences_html(state, result, lang))
    return "\n".join(parts)


def _terms_html(state: VariantsState, result: VariantsResult, lang: str) -> list[str]:
    """The terms matrix with each variant's similarity to the reference, then V1..Vn's matrix."""
    ids = result.group.variant_ids
    columns = [TermColumn.DEADLINES, TermColumn.HOURS, TermColumn.AMOUNTS, TermColumn.OBLIGATIONS]
    rows = []
    for variant_id in ids:
        name = escape(variant_name(state, result, variant_id))
        if variant_id == result.reference_id:
            name = f"<b>{name}</b> ({escape(t(lang, 'reference').lower())})"
        similarity = percent(result.similarity_to_reference(variant_id), lang)
        rows.append([name, similarity, *(escape(_cells(result, variant_id, c)) for c in columns)])
    headers = [t(lang, "variant"), t(lang, "similarity"), *(t(lang, f"col.{c}") for c in columns)]
    numbers = _numbers(result)
    matrix_rows = [
        [f"<b>{numbers[i]}</b>", *(percent(v, lang) for v in row)]
        for i, row in enumerate(result.similarity)
    ]
    width = max(100 // (len(ids) + 1), 4)
    return [
        f"<h2>{escape(t(lang, 'terms'))}</h2>",
        _table(headers, rows, [20, 12, 20, 20, 14, 14]),
        f"<h2>{escape(t(lang, 'similarity_matrix'))}</h2>",
        _table(["", *numbers], matrix_rows, [width] * (len(ids) + 1)),
    ]


def _numbers(result: VariantsResult) -> list[str]:
    """The short names of the group's variants, in order: V1, V2, ..."""
    return [f"V{n + 1}" for n in range(len(result.group.variant_ids))]


def _grid_html(state: VariantsState, result: VariantsResult, lang: str) -> list[str]:
    """The aligned provisions: per row, the variants that have it and those silent on it."""
    parts = [f"<h2>{escape(t(lang, 'grid'))}</h2>"]
    numbers = _numbers(result)
    for number, row in enumerate(result.grid.rows, start=1):
        present = [c for c in row.cells if c is not None]
        silent = [numbers[i] for i, c in enumerate(row.cells) if c is None]
        lines = "".join(
            f'<tr><td width="22%"><b>{escape(variant_name(state, result, c.variant_id))}</b>'
            f"</td><td>{escape(c.text)}</td></tr>"
            for c in present
        )
        silent_text = escape(t(lang, "silent", names=", ".join(silent))) if silent else ""
        parts.append(
            f"<p><b>{escape(t(lang, 'provision', n=number))}</b> "
            f'<span style="color:{palette.MUTED}">{silent_text}</span></p>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="2">'
            f"{lines}</table>"
        )
    return parts


def _differences_html(state: VariantsState, result: VariantsResult, lang: str) -> list[str]:
    """Each variant against the reference provision by provision, as the window's Differences
    tab shows it (:func:`clausediff.variants.aligned.aligned_diff`): a provision both state is
    word-diffed with its counterpart, one only a side states is marked whole beside "absent";
    terms tinted. The reference itself is shown as written."""
    library = state.library
    reference = library.variant(result.reference_id)
    reference_text = library.source_of(reference).text
    reference_terms = _terms_of(result, reference.id)
    parts = [
        f"<h2>{escape(t(lang, 'differences'))}</h2>",
        f'<p style="color:{palette.MUTED}">{escape(t(lang, "legend"))}</p>',
    ]
    reference_name = escape(variant_name(state, result, reference.id))
    runs = cut(
        reference_text, reference.start, reference.end, Side.LEFT, (), Op.EQUAL, reference_terms
    )
    parts.append(
        f"<h3>{reference_name} — {escape(t(lang, 'reference'))}</h3><p>{_runs_html(runs)}</p>"
    )
    for variant_id in result.group.variant_ids:
        if variant_id == reference.id:
            continue
        variant = library.variant(variant_id)
        aligned = aligned_diff(library, result, variant_id)
        name = escape(variant_name(state, result, variant_id))
        share = percent(result.similarity_to_reference(variant_id), lang)
        common = t(lang, "in_common", shared=aligned.shared, total=len(aligned.provisions))
        texts = (reference_text, library.source_of(variant).text)
        terms = (reference_terms, _terms_of(result, variant_id))
        rows = [
            [
                _provision_label(provision, lang),
                *(
                    _runs_html(provision_runs(provision, side, texts[n], terms[n]))
                    or f'<i style="color:{palette.MUTED}">{escape(t(lang, "absent"))}</i>'
                    for n, side in enumerate((Side.LEFT, Side.RIGHT))
                ),
            ]
            for provision in aligned.provisions
        ]
        headers = [
            t(lang, "provision_column"),
            t(lang, "reference"),
            variant_name(state, result, variant_id),
        ]
        caption = f"{name} — {share} · {escape(common)}"
        parts.append("<p></p>" + _table(headers, rows, [16, 42, 42], caption))
    return parts


def _provision_label(provision: ProvisionDiff, lang: str) -> str:
    """The grid's row number, then how much of the provision the variant keeps."""
    if provision.shared:
        note = t(lang, "kept", share=percent(provision.similarity, lang))
    elif provision.reference is not None:
        note = t(lang, "only_reference")
    else:
        note = t(lang, "only_variant")
    return (
        f"{escape(t(lang, 'provision', n=provision.row + 1))}<br/>"
        f'<i style="color:{palette.MUTED}">{escape(note)}</i>'
    )


def _runs_html(runs: Sequence[Run]) -> str:
    """Display runs as styled spans (diff marks and term tints)."""
    return "".join(
        f'<span style="{_style(run.op, run.term.value if run.term else None)}">'
        f"{escape(run.text)}</span>"
        for run in runs
    )


def _terms_of(result: VariantsResult, variant_id: str) -> list[Term]:
    """Every term of a variant's matrix row, column after column."""
    row = result.matrix.row(variant_id)
    return [cell.term for column in TermColumn for cell in row.cells(column)]


def report_html(
    state: VariantsState,
    results: Sequence[VariantsResult],
    language: str,
    now: datetime | None = None,
) -> str:
    """The whole report as Qt rich text (one group after another, each on a new page)."""
    moment = now or datetime.now()
    sources = ", ".join(s.name for s in state.library.sources)
    head = (
        f'<p style="color:{palette.MUTED}">{escape(t(language, "sources"))}'
        f"{t(language, 'colon')}{escape(sources)} · "
        f"{escape(t(language, 'produced', date=long_date(moment, language)))}</p>"
    )
    groups = [
        ('<p style="page-break-before: always"></p>' if n else "") + _group_html(state, r, language)
        for n, r in enumerate(results)
    ]
    style = (
        f"<style>h1 {{ font-size: 16pt; color: {palette.INK}; }} "
        "h2 { font-size: 12pt; color: #0b4f9c; margin-top: 14px; } "
        "h3 { font-size: 10pt; margin-top: 10px; } "
        "td, th { font-size: 8.5pt; } p { font-size: 9pt; }</style>"
    )
    return f"<html><head>{style}</head><body>{head}{''.join(groups)}</body></html>"


def report_text(state: VariantsState, results: Sequence[VariantsResult], language: str) -> str:
    """The report as plain text: choice, terms per variant, aligned provisions."""
    lang = language
    out: list[str] = []
    for result in results:
        ids = result.group.variant_ids
        out.append(f"{t(lang, 'title')} — {result.group.title}")
        out.append(
            f"{t(lang, 'reference')}{t(lang, 'colon')}"
            f"{variant_name(state, result, result.reference_id)}"
        )
        out.extend(choice_lines(state, result, lang))
        chosen = chosen_text(state, result)
        if chosen:
            out.append(chosen)
        out.append("")
        for variant_id in ids:
            terms = "; ".join(
                f"{t(lang, f'col.{c}')}{t(lang, 'colon')}{_cells(result, variant_id, c)}"
                for c in TermColumn
            )
            similarity = percent(result.similarity_to_reference(variant_id), lang)
            out.append(f"{variant_name(state, result, variant_id)} ({similarity}) — {terms}")
        out.append("")
        for number, row in enumerate(result.grid.rows, start=1):
            out.append(t(lang, "provision", n=number))
            for cell in row.cells:
                if cell is not None:
                    out.append(f"  {variant_name(state, result, cell.variant_id)}: {cell.text}")
        out.append("")
    return "\n".join(out)
