"""The screen, the PDF, the HTML and the JSON report show the same marks for the same pair.

Each view is read back on its own terms (the GUI's spans over the shown text, the JSON's runs,
the HTML's <del>/<ins>/term spans, the PDF writer's character formats) and turned into one mark
per character of every clause body: (diff op, term kind, changed term). They must agree.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from clausediff.compare.pipeline import compare_documents, compare_files
from clausediff.comparison import Comparison, Pair, Side, TermKind
from clausediff.gui.compare_tips import document_offset
from clausediff.gui.spans import ComparisonIndex, SpanKind
from clausediff.readers.text import document_from_text
from clausediff.report import build_report, render_html, report_to_json
from clausediff.report.model import ClauseBlock, Report

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

# One mark per body character: (op, term kind or None, changed term), keyed by document offset.
Marks = dict[int, tuple[str, str | None, bool]]

# "doit" -> "peut": the terms engine only finds "peut" while comparing (a permission is not a
# term on its own); every view must still mark it as a changed obligation.
WEAKENED = (
    "Article 1 – Objet\nLe Prestataire doit fournir le service chaque mois.\n\n"
    "Article 2 – Prix\nLe prix est de 100 € HT.\n",
    "Article 1 – Objet\nLe Prestataire peut fournir le service chaque mois.\n\n"
    "Article 2 – Prix\nLe prix est de 120 € HT, payable à 30 jours.\n",
)


@pytest.fixture(scope="module")
def comparisons() -> list[Comparison]:
    weakened = compare_documents(*(document_from_text(text) for text in WEAKENED))
    sample = compare_files(SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt")
    return [weakened, sample]


def _report(comparison: Comparison) -> Report:
    return build_report(comparison, language="fr", all_clauses=True)


def gui_marks(comparison: Comparison, pair: Pair, side: Side) -> Marks:
    """What the comparison view tints, per body character."""
    index = ComparisonIndex(comparison)
    shown = index.side_text(pair, side)
    bodies = {k for c in comparison.side(side).of(pair) for k in range(c.body_start, c.body_end)}
    marks: Marks = {}
    for position in range(len(shown.text)):
        offset = document_offset(index, pair, side, position)
        if offset not in bodies:
            continue
        kinds = {s.kind for s in shown.spans if s.start <= position < s.end}
        op = (
            "delete"
            if SpanKind.DELETE in kinds
            else "insert"
            if SpanKind.INSERT in kinds
            else "equal"
        )
        term = next((k.value for k in kinds if k.value in set(TermKind)), None)
        marks[offset] = (op, term, SpanKind.TERM_CHANGED in kinds)
    return marks


def json_marks(blocks: list[dict[str, object]]) -> Marks:
    """What the JSON report says, per body character."""
    marks: Marks = {}
    for block in blocks:
        for run in block["runs"]:  # type: ignore[attr-defined]
            for offset in range(run["start"], run["end"]):
                marks[offset] = (run["op"], run["term"], run["term_changed"])
    return marks


class _HtmlBodies(HTMLParser):
    """The clause bodies of an HTML report: per body, each character with its marks."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[list[tuple[str, str, str | None, bool]]] = []
        self.stack: list[tuple[str, str]] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "p" and classes == "body":
            self.in_body = True
            self.bodies.append([])
        elif self.in_body:
            self.stack.append((tag, classes))

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self.in_body = False
        elif self.in_body and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.in_body or any(tag == "sup" for tag, _ in self.stack):
            return
        op = "equal"
        term: str | None = None
        changed = False
        for tag, classes in self.stack:
            if tag == "del":
                op = "delete"
            elif tag == "ins":
                op = "insert"
            elif "term" in classes.split():
                term = next(c[2:] for c in classes.split() if c.startswith("t-"))
                changed = "changed" in classes.split()
        self.bodies[-1].extend((char, op, term, changed) for char in data)


def html_marks(html: str, report: Report, side_of: list[tuple[ClauseBlock, Side]]) -> dict:
    """Per (section, side): the HTML's marks, placed at the offsets of the clause bodies."""
    parser = _HtmlBodies()
    parser.feed(html)
    assert len(parser.bodies) == len(side_of)
    out: dict[tuple[int, Side], Marks] = {}
    for body, (block, side) in zip(parser.bodies, side_of, strict=True):
        start = block.runs[0].start if block.runs else 0
        text = "".join(char for char, *_ in body)
        assert text == "".join(run.text for run in block.runs)
        marks = out.setdefault((id(block), side), {})
        for k, (_, op, term, changed) in enumerate(body):
            marks[start + k] = (op, term, changed)
    return out


def test_gui_json_and_html_show_the_same_marks(comparisons: list[Comparison]) -> None:
    checked_peut = False
    for comparison in comparisons:
        report = _report(comparison)
        data = __import__("json").loads(report_to_json(report))
        blocks_in_order = [
            (block, side)
            for section in report.sections
            for side, blocks in ((Side.LEFT, section.left), (Side.RIGHT, section.right))
            for block in blocks
        ]
        from_html = html_marks(render_html(report), report, blocks_in_order)
        for section, section_data in zip(report.sections, data["sections"], strict=True):
            pair = comparison.pairs[section.index - 1]
            for side in Side:
                blocks = section.left if side is Side.LEFT else section.right
                on_screen = gui_marks(comparison, pair, side)
                in_json = json_marks(section_data[side.value])
                in_html: Marks = {}
                for block in blocks:
                    in_html.update(from_html[(id(block), side)])
                assert on_screen == in_json == in_html, (section.title, side)
                text = comparison.side(side).document.text
                peut = [k for k, mark in in_json.items() if text[k : k + 4] == "peut"]
                if peut and comparison is comparisons[0]:
                    assert in_json[peut[0]] == ("insert", "obligation", True)
                    checked_peut = True
    assert checked_peut


def test_pdf_writer_shows_the_same_marks(qapp: object, comparisons: list[Comparison]) -> None:
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

    from clausediff.report import palette
    from clausediff.report.pdf.pairs import clause_cell
    from clausediff.report.pdf.style import Words

    tints = {colour: kind.value for kind, colour in palette.TERM_BACKGROUND.items()}
    words = Words("fr")
    for comparison in comparisons:
        report = _report(comparison)
        for section in report.sections:
            for blocks in (section.left, section.right):
                for block in blocks:
                    document = QTextDocument()
                    clause_cell(words, QTextCursor(document), (block,), "absent")
                    read: list[tuple[str, str | None, bool]] = []
                    body = document.firstBlock().next()
                    while body.isValid():
                        it = body.begin()
                        while not it.atEnd():
                            fragment = it.fragment()
                            fmt = fragment.charFormat()
                            it += 1
                            if (
                                fmt.verticalAlignment()
                                is QTextCharFormat.VerticalAlignment.AlignSuperScript
                            ):
                                continue
                            op = (
                                "delete"
                                if fmt.fontStrikeOut()
                                else "insert"
                                if fmt.fontUnderline()
                                else "equal"
                            )
                            colour = (
                                fmt.background().color().name()
                                if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush)
                                else ""
                            )
                            term = tints.get(colour)
                            read.extend((op, term, fmt.fontWeight() > 400) for _ in fragment.text())
                        body = body.next()
                    expected = [
                        (run.op.value, run.term.value if run.term else None, run.term_changed)
                        for run in block.runs
                        for char in run.text.replace("\n\n", "")
                    ]
                    assert read == expected, section.title
