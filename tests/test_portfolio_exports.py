"""The deviation matrix as CSV, XLSX and HTML: order, cell wording, spreadsheet features."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clausediff.cli.main import main

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
TEMPLATE = SAMPLES / "contrat-services-v1.txt"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run over: the template as signed, a missing article, a changed deadline, a bad file."""
    root = tmp_path_factory.mktemp("exports")
    folder = root / "contracts"
    folder.mkdir()
    text = TEMPLATE.read_text(encoding="utf-8")
    (folder / "a-as-signed.txt").write_text(text, encoding="utf-8")
    start, end = text.index("Article 12 – Assurances"), text.index("Article 13 – Durée")
    (folder / "b-no-insurance.txt").write_text(text[:start] + text[end:], encoding="utf-8")
    changed = text.replace("quinze (15) jours à compter", "quarante-cinq (45) jours à compter")
    (folder / "c-slow-cure.txt").write_text(changed, encoding="utf-8")
    (folder / "0-empty.txt").write_bytes(b"")
    args = ["--json", "o.json", "--csv", "o.csv", "--xlsx", "o.xlsx", "--html", "o.html"]
    args = [str(root / a) if a.startswith("o.") else a for a in args]
    assert main(["portfolio", str(TEMPLATE), str(folder), *args, "--no-cache", "-j", "1"]) == 0
    return root


def _names(paths: list[str]) -> list[str]:
    return [Path(p).name for p in paths]


def test_csv_sorts_by_deviation_and_words_every_cell(outputs: Path) -> None:
    with open(outputs / "o.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    # most deviating first (a whole article missing beats one changed deadline), errors last
    assert _names([r["contract"] for r in rows]) == [
        "b-no-insurance.txt",
        "c-slow-cure.txt",
        "a-as-signed.txt",
        "0-empty.txt",
    ]
    deviations = [float(r["deviation"]) for r in rows[:3]]
    assert deviations == sorted(deviations, reverse=True) and deviations[-1] == 0
    missing, slow, signed, empty = rows
    assert missing["Article 12 Assurances"] == "missing" and missing["missing"] == "1"
    cure = slow["15.2"]
    assert cure.startswith("term changed ") and "deadline changed:" in cure
    assert "quinze (15) jours" in cure and "quarante-cinq (45) jours" in cure
    assert {signed[label] for label in signed if label.startswith("Article")} == {"unchanged"}
    assert empty["status"] == "error" and "empty" in empty["error"]
    # the same contracts as the JSON, nothing dropped
    data = json.loads((outputs / "o.json").read_text(encoding="utf-8"))
    assert sorted(_names([c["path"] for c in data["contracts"]])) == sorted(
        _names([r["contract"] for r in rows])
    )


def test_xlsx_has_frozen_header_filters_and_a_colour_scale(outputs: Path) -> None:
    book = load_workbook(outputs / "o.xlsx")
    sheet = book["Matrix"]
    assert sheet.freeze_panes == "B2"
    header = [c.value for c in sheet[1]]
    assert header[0] == "contract" and "Article 12 Assurances" in header
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}5"
    rules = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert [r.type for r in rules] == ["colorScale"]
    column = header.index("Article 12 Assurances") + 1
    missing = sheet.cell(2, column)
    assert missing.value == 0 and '"missing"' in missing.number_format
    cure = sheet.cell(3, header.index("15.2") + 1)
    assert 0 < cure.value < 1 and cure.comment is not None
    assert "quarante-cinq (45) jours" in cure.comment.text and cure.font.bold
    details = [[c.value for c in row] for row in book["Details"].iter_rows(min_row=2)]
    assert any(r[1] == "Article 12 Assurances" and r[2] == "missing" for r in details)
    assert book["Details"].freeze_panes == "A2"


class _Table(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.external: list[str] = []
        self.has_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and "data-path" in found:
            self.rows.append(found)
        if tag == "script":
            self.has_script = True
        for name in ("src", "href"):
            if found.get(name):
                self.external.append(str(found[name]))


def test_html_is_self_contained_and_filterable(outputs: Path) -> None:
    parser = _Table()
    parser.feed((outputs / "o.html").read_text(encoding="utf-8"))
    assert parser.external == [] and parser.has_script
    assert _names([str(r["data-path"]) for r in parser.rows]) == [
        "b-no-insurance.txt",
        "c-slow-cure.txt",
        "a-as-signed.txt",
        "0-empty.txt",
    ]
    kinds = [str(r["data-kinds"]).split() for r in parser.rows]
    assert "x" in kinds[0] and "t" in kinds[1] and kinds[2] == ["u"] and kinds[3] == ["error"]
