"""The deviation matrix as one self-contained HTML page, filterable in the browser.

:func:`write_html` streams the rows (most deviating first) into a table with the template's
clauses as columns; each cell says its status in words ("missing", "modified 87%", "term changed
92%") and is tinted by it, so colour is never the only cue; term changes show on hover. A search
box filters contracts by path, a switch keeps only deviating contracts and a list keeps only
contracts with a given kind of cell. No external file, script or font: the page works offline
and can be mailed. Written atomically. No Qt.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape
from typing import Any

from clausediff.portfolio.matrix import TERM_CHANGED, Row
from clausediff.store.atomic import atomic_open

_CLASSES = {
    "unchanged": "u",
    "modified": "m",
    "moved": "m",
    "split": "m",
    "merged": "m",
    "missing": "x",
    TERM_CHANGED: "t",
}

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .3em}
.bar{position:sticky;top:0;background:#fff;padding:.5em 0;z-index:2}
.bar input[type=search]{width:22em;padding:.3em}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #ccc;padding:2px 5px;white-space:nowrap}
thead th{position:sticky;top:2.8em;background:#f3f3f3;z-index:1;vertical-align:bottom}
th.c{writing-mode:vertical-rl;transform:rotate(180deg);max-height:14em;overflow:hidden}
td.p{max-width:28em;overflow:hidden;text-overflow:ellipsis}
td.u{background:#e7f5ea;color:#335}
td.m{background:#fff3c4}
td.t{background:#fdd9b5;font-weight:bold}
td.x{background:#f6c6cb;font-weight:bold;text-decoration:line-through}
tr.e td{background:#eee;color:#900}
"""

_SCRIPT = """
const q=document.getElementById('q'),dev=document.getElementById('dev'),
kind=document.getElementById('kind'),count=document.getElementById('count'),
rows=[...document.querySelectorAll('#m tbody tr')];
function apply(){const t=q.value.toLowerCase();let n=0;for(const r of rows){
const ok=(!t||r.dataset.path.toLowerCase().includes(t))&&(!dev.checked||+r.dataset.dev>0)
&&(!kind.value||r.dataset.kinds.split(' ').includes(kind.value));
r.hidden=!ok;if(ok)n++}count.textContent=n+' / '+rows.length+' contracts'}
q.oninput=dev.onchange=kind.onchange=apply;apply();
"""


def write_html(
    target: str | os.PathLike[str],
    template: dict[str, Any],
    labels: list[str],
    rows: Iterable[Row],
) -> None:
    """The matrix as a self-contained HTML page (see the module docstring)."""
    with atomic_open(target) as stream:

        def put(text: str) -> None:
            stream.write(text.encode("utf-8"))

        put(_head(template, labels))
        for row in rows:
            put(_row(row))
        put(f"</tbody></table>\n<script>{_SCRIPT}</script>\n</body></html>\n")


def _head(template: dict[str, Any], labels: list[str]) -> str:
    name = escape(os.path.basename(template["path"]))
    options = "".join(
        f'<option value="{_CLASSES[k]}">{k}</option>' for k in ("missing", TERM_CHANGED, "modified")
    )
    headers = "".join(
        f'<th class="c" title="{escape(label)}">{escape(label)}</th>' for label in labels
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Portfolio review: {name}</title><style>{_STYLE}</style></head><body>\n"
        f"<h1>Portfolio review: {name}</h1>\n"
        f"<p>Template <code>{escape(template['path'])}</code>, "
        f"SHA-256 <code>{template['sha256'][:16]}…</code>, {len(labels)} clauses. "
        "Contracts are sorted by deviation, most deviating first.</p>\n"
        '<div class="bar"><input type="search" id="q" placeholder="Filter by file name">'
        ' <label><input type="checkbox" id="dev"> deviating only</label>'
        f' <select id="kind"><option value="">any cell</option>{options}</select>'
        ' <span id="count"></span></div>\n'
        '<table id="m"><thead><tr><th>contract</th><th>deviation</th><th>missing</th>'
        f"<th>term changes</th><th>extra</th>{headers}</tr></thead><tbody>\n"
    )


def _row(row: Row) -> str:
    path = escape(row.path)
    if row.status != "ok":
        return (
            f'<tr class="e" data-path="{path}" data-dev="0" data-kinds="error">'
            f'<td class="p">{path}</td><td colspan="{4 + len(row.cells)}">'
            f"error: {escape(row.error or '')}</td></tr>\n"
        )
    kinds = " ".join(sorted({_CLASSES[cell.kind] for cell in row.cells}))
    cells = "".join(
        f'<td class="{_CLASSES[cell.kind]}" title="{escape(chr(10).join(cell.term_changes))}">'
        f"{escape(cell.text)}</td>"
        for cell in row.cells
    )
    extra = escape(", ".join(row.extra))
    return (
        f'<tr data-path="{path}" data-dev="{row.deviation}" data-kinds="{kinds}">'
        f'<td class="p" title="{path}">{path}</td><td>{row.deviation:.2f}</td>'
        f"<td>{row.count('missing')}</td><td>{row.count(TERM_CHANGED)}</td>"
        f'<td title="{extra}">{len(row.extra)}</td>{cells}</tr>\n'
    )
