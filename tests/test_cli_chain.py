"""``clausediff compare V1 V2 V3``: the chain JSON, one summary per step, bad input -> exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clausediff.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "resources" / "samples" / "contrat-services-v1.txt"
V2 = ROOT / "resources" / "samples" / "contrat-services-v2.txt"
V3 = ROOT / "tests" / "data" / "chain" / "contrat-services-v3.txt"


def test_three_files_write_the_chain_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chain.json"
    code = main(["compare", str(V1), str(V2), str(V3), "--json", str(out)])
    printed = capsys.readouterr().out.splitlines()
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "clausediff.chain/1"
    assert [v["path"] for v in data["versions"]] == [str(V1), str(V2), str(V3)]
    assert [(s["from"], s["to"]) for s in data["steps"]] == [(1, 2), (2, 3), (1, 3)]
    # Each step is the very JSON a two-file compare writes.
    for step, (left, right) in zip(data["steps"], [(V1, V2), (V2, V3), (V1, V3)], strict=True):
        pair_json = tmp_path / f"{step['from']}-{step['to']}.json"
        assert main(["compare", str(left), str(right), "--json", str(pair_json), "-q"]) == 0
        assert step["comparison"] == json.loads(pair_json.read_text(encoding="utf-8"))
    assert data["steps"][1]["comparison"]["summary"]["modified"] == 4  # tests/data/chain/README
    assert [line.split(":")[0] for line in printed] == ["v1 → v2", "v2 → v3", "v1 → v3"]


def test_chain_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(V1), str(V2), str(V3), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)  # no summary mixed into the JSON
    assert len(data["steps"]) == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--docx", "{tmp}/r.docx"], "--docx shows one step: choose it with --step N"),
        (["--step", "4", "--json", "{tmp}/r.json"], "--step 4: choose one of 1: v1 → v2"),
        (["--step", "0", "--json", "{tmp}/r.json"], "--step 0: choose one of"),
        (["--html", str(V2)], "refusing to overwrite a file this command reads"),
        (["--json", str(V3)], "refusing to overwrite a file this command reads"),
    ],
)
def test_bad_chain_requests_exit_2_and_write_nothing(
    extra: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = V3.read_bytes()
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    code = main(["compare", str(V1), str(V2), str(V3), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("clausediff: error: ") and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [] and V3.read_bytes() == before


def test_a_missing_third_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", str(V1), str(V2), str(tmp_path / "v3.docx"), "--json", "-"])
    assert code == 2
    assert "v3.docx: no such file" in capsys.readouterr().err


def test_four_files_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(V1), str(V2), str(V3), str(V3)]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_assemble_takes_the_step_on_screen_of_a_chain_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved on v2 → v3 with the v2 price kept: the contract is v3 but for that price."""
    from clausediff.compare.chain import compare_chain_files
    from clausediff.store.chain_session import chain_session, switch_step
    from clausediff.store.session import Choice, Keep, save_session

    session = switch_step(chain_session(compare_chain_files([V1, V2, V3])), 1)
    comparison = session.comparison
    price = next(
        pair
        for pair in comparison.pairs
        if any("redevance mensuelle" in c.text for c in comparison.side("right").of(pair))
    )
    path = tmp_path / "chain.clausediff"
    save_session(session.with_choice(price, Choice(Keep.LEFT)), path)
    out = tmp_path / "contrat.txt"
    code = main(["assemble", str(path), "--txt", str(out), "--undecided", "right"])
    assert code == 0, capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "1\xa0390,00" in text and "1\xa0320,00" not in text  # v2's price, kept
    assert "Article 19 – Non-sollicitation" in text  # v3's new article


def test_step_n_writes_that_step_as_a_pair_compare_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--step 2 is v2 → v3: the same JSON as comparing v2 with v3, and a redline of it."""
    step_json, pair_json = tmp_path / "step.json", tmp_path / "pair.json"
    redline = tmp_path / "v2-v3.docx"
    args = ["compare", str(V1), str(V2), str(V3), "--step", "2", "-q"]
    assert main([*args, "--json", str(step_json), "--docx", str(redline)]) == 0
    assert main(["compare", str(V2), str(V3), "--json", str(pair_json), "-q"]) == 0
    assert json.loads(step_json.read_text("utf-8")) == json.loads(pair_json.read_text("utf-8"))
    import zipfile

    body = zipfile.ZipFile(redline).read("word/document.xml").decode("utf-8")
    inserted = body[body.index("Article 19") - 2000 : body.index("Article 19")]
    assert "<w:ins " in inserted  # v3's new article, inserted in the step v2 -> v3


def test_step_without_a_third_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(V1), str(V2), "--step", "1", "--json", "-"]) == 2
    assert "give a third file" in capsys.readouterr().err


def test_the_chain_html_says_where_each_clause_changed_then_shows_every_step(
    tmp_path: Path,
) -> None:
    out = tmp_path / "chain.html"
    assert main(["compare", str(V1), str(V2), str(V3), "--html", str(out), "--lang", "en"]) == 0
    page = out.read_text(encoding="utf-8")
    where = page[page.index("Where each clause changed") : page.index('id="step-1"')]
    rows = {
        row.split("</td>")[0].removeprefix("<tr><td>"): row
        for row in where.split("<tr>")[1:]
        if "</td>" in row
    }
    rows = {title.removeprefix("<td>"): row for title, row in rows.items()}
    # tests/data/chain/README: 3.4 doit -> peut -> doit, insurance in v2 -> v3 only, new article 19.
    assert (
        "in v1 → v2, then changed back in v2 → v3"
        in rows["3.4 Maintenance réglementaire et évolutive"]
    )
    assert "in v2 → v3 only" in rows["Article 14 – Assurances"]
    assert "in v2 → v3 only" in rows["Article 19 – Non-sollicitation"]
    assert "in v1 → v2 and again in v2 → v3" in rows["7.1 Prix et modalités de paiement"]
    # Then each step as the pair report renders it, its anchors its own.
    assert [page.count(f'id="step-{n}"') for n in (1, 2, 3)] == [1, 1, 1]
    for number in (1, 2, 3):
        assert f'id="s{number}-pair-' in page
    assert page.index("Step v1 → v2") < page.index("Step v2 → v3") < page.index("Step v1 → v3")
    ids = [chunk.split('"')[0] for chunk in page.split(' id="')[1:]]
    assert len(ids) == len(set(ids))  # no anchor twice: a link lands in its own step
    links = {chunk.split('"')[0] for chunk in page.split('href="#')[1:]}
    assert links <= set(ids)


def test_the_chain_pdf_has_the_overview_then_each_step_report(tmp_path: Path) -> None:
    import pypdfium2
    from pypdf import PdfReader

    out = tmp_path / "chain.pdf"
    assert (
        main(["compare", str(V1), str(V2), str(V3), "--pdf", str(out), "--lang", "fr", "-q"]) == 0
    )
    step = tmp_path / "step.pdf"
    assert main(["compare", str(V2), str(V3), "--pdf", str(step), "--lang", "fr", "-q"]) == 0
    pdf = pypdfium2.PdfDocument(str(out))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert "Où chaque clause a changé" in pages[0]
    assert "en v1 → v2, puis rétablie en v2 → v3" in pages[0]
    starts = [i for i, text in enumerate(pages) if "Documents comparés" in text]
    assert len(starts) == 3 and starts[0] == 1  # one pair report per step, after the overview
    assert "Étape v2 → v3" in pages[starts[1]]
    # The v2 -> v3 part has as many pages as the two-file report of v2 -> v3.
    assert starts[2] - starts[1] == len(pypdfium2.PdfDocument(str(step)))
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert outline[1:] == ["Étape v1 → v2", "Étape v2 → v3", "Étape v1 → v3"]


def test_the_chain_pdf_numbers_its_pages_over_the_whole_report(tmp_path: Path) -> None:
    """Each footer says "page N / M" with N the page's place in the whole file and M the file's
    page count, through the overview and every step (not counted again within each step)."""
    import re

    import pypdfium2

    out = tmp_path / "chain.pdf"
    assert (
        main(["compare", str(V1), str(V2), str(V3), "--pdf", str(out), "--lang", "en", "-q"]) == 0
    )
    pdf = pypdfium2.PdfDocument(str(out))
    total = len(pdf)
    assert total > 3  # the overview and three steps
    footers = [
        re.findall(r"page (\d+) / (\d+)", pdf[i].get_textpage().get_text_range())
        for i in range(total)
    ]
    assert footers == [[(str(number), str(total))] for number in range(1, total + 1)]
