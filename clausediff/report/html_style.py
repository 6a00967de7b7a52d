"""The HTML report's style sheet, built from the shared palette (:mod:`clausediff.report.palette`).

Inline in the page (the report is one self-contained file), sized for A4 or Letter print as well
as the screen; the diff and term colours are the ones the PDF report and the GUI use. Returns a
string: no I/O, no Qt.
"""

from __future__ import annotations

from clausediff.comparison import Op, TermKind
from clausediff.report import palette


def css() -> str:
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
