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
        (["--pdf", "{tmp}/r.pdf"], "--pdf shows two versions"),  # a report shows two documents
        (["--html", "{tmp}/r.html"], "--html shows two versions"),
        (["--docx", "{tmp}/r.docx"], "--docx shows two versions"),
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
