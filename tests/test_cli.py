"""The ``clausediff`` command: subcommands, JSON forms, golden output, bad input -> exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clausediff.cli.main import main

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
LEFT = SAMPLES / "contrat-services-v1.txt"
RIGHT = SAMPLES / "contrat-services-v2.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_prints_the_extracted_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["text", str(LEFT)], capsys)
    assert code == 0
    assert out == LEFT.read_text(encoding="utf-8")


def test_segment_json_points_into_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["segment", str(LEFT), "--json", "-"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "clausediff.document/1"
    assert data["format"] == "txt" and data["language"] == "fr"
    text = data["text"]
    headings = [c["number"] for c in data["clauses"]]
    assert "Article 1er" in headings
    for clause in data["clauses"]:
        assert text[clause["body_start"] : clause["body_end"]] == clause["text"]
        assert clause["start"] <= clause["body_start"] <= clause["body_end"] <= clause["end"]


def test_compare_json_matches_the_samples_answer_key(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", str(LEFT), str(RIGHT), "--json", "-"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "clausediff.comparison/1"
    clauses = {c["id"]: c for c in data["left"]["clauses"]}
    right = {c["id"]: c for c in data["right"]["clauses"]}
    by_heading = {clauses[p["left"][0]]["heading"]: p for p in data["pairs"] if len(p["left"]) == 1}
    # Confidentialité moved from Article 9 to Article 6, word for word (answer key).
    confidentiality = by_heading["Confidentialité"]
    assert confidentiality["status"] == "moved"
    assert right[confidentiality["right"][0]]["number"].startswith("Article 6")
    # Every status the samples exercise is present.
    for status in ("unchanged", "modified", "moved", "split", "merged", "inserted", "deleted"):
        assert data["summary"][status] >= 1, status
    # Term changes are counted: the ticket price 110 -> 150 € HT among them.
    amounts = [
        (c["left"]["text"], c["right"]["text"])
        for p in data["pairs"]
        for c in p["term_changes"]
        if c["kind"] == "amount" and c["change"] == "changed"
    ]
    assert any("110" in before and "150" in after for before, after in amounts)


def test_compare_golden_json(capsys: pytest.CaptureFixture[str], golden: Any) -> None:
    code, out, _ = run(["compare", str(LEFT), str(RIGHT), "--json", "-"], capsys)
    assert code == 0
    data = json.loads(out)
    for side in ("left", "right"):
        data[side]["path"] = Path(data[side]["path"]).name  # machine-independent
    golden.check("compare_sample.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def test_compare_writes_html_and_json_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    json_path, html_path = tmp_path / "out.json", tmp_path / "out.html"
    args = ["compare", str(LEFT), str(RIGHT), "--json", str(json_path), "--html", str(html_path)]
    code, out, _ = run([*args, "--lang", "fr"], capsys)
    assert code == 0
    assert "pairs:" in out and "moved" in out
    assert json.loads(json_path.read_text(encoding="utf-8"))["pairs"]
    html = html_path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Confidentialité" in html
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left behind"


def test_compare_json_is_compact_unless_indent_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    compact, indented = tmp_path / "compact.json", tmp_path / "indented.json"
    for target, extra in ((compact, []), (indented, ["--json-indent"])):
        code, _, _ = run(["compare", str(LEFT), str(RIGHT), "--json", str(target), *extra], capsys)
        assert code == 0
    compact_text = compact.read_text(encoding="utf-8")
    indented_text = indented.read_text(encoding="utf-8")
    # compact: the whole comparison on one line, no space after separators
    assert compact_text.count("\n") == 1 and '"schema":"clausediff.comparison/1"' in compact_text
    # indented: one field a line, one space a level
    assert '\n "schema": "clausediff.comparison/1",\n' in indented_text
    assert json.loads(compact_text) == json.loads(indented_text)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),  # an empty file
        (b"\x00\x01\x02\xff" * 100, ""),  # binary junk
        (b"PK\x03\x04 not really a zip", ""),  # a .docx that is not a zip
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    output = tmp_path / "out.json"
    code, _, err = run(["compare", str(bad), str(RIGHT), "--json", str(output)], capsys)
    assert code == 2
    assert err.startswith("clausediff: error: ") and err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err
    assert not output.exists()
    assert bad.read_bytes() == content


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "/nonexistent/a.txt", str(RIGHT)],  # missing file
        ["compare", str(SAMPLES), str(RIGHT)],  # a folder
        ["segment"],  # missing argument
        ["compare", str(LEFT), str(RIGHT), "--frobnicate"],  # unknown option
        ["compare", str(LEFT), str(RIGHT), "--json", str(LEFT)],  # would overwrite an input
        ["compare", str(LEFT), str(RIGHT), "--json", "/nonexistent/dir/out.json"],
        [str(LEFT)],  # the GUI needs two files or none
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    before = LEFT.read_bytes()
    code, _, err = run(args, capsys)
    assert code == 2
    assert err.startswith("clausediff: error: ")
    assert "Traceback" not in err
    assert LEFT.read_bytes() == before


def test_annotate_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    line = {"id": "p1", "text": "Le Client doit payer 110 € HT dans les trente (30) jours."}
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(["annotate", "--jsonl", str(source)], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["id"] == "p1"
    labels = {(s["label"], s["text"]) for s in result["spans"]}
    assert ("obligation", "doit") in labels
    assert ("amount", "110 € HT") in labels
    assert any(label == "deadline" and "30" in text for label, text in labels)


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clausediff", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("ClauseDiff ")


def test_the_compare_command_ends_at_once_with_its_output_whole(tmp_path: Path) -> None:
    """The real command leaves without tearing Python down (cli.main._end_at_once): its summary,
    buffered on a pipe, and its JSON still arrive whole, and a bad input still says why."""
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    left.write_text("1. Objet\nLe client doit payer sous 30 jours.\n", encoding="utf-8")
    right.write_text("1. Objet\nLe client doit payer sous 45 jours.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "clausediff", "compare", str(left), str(right)]
    # stdout on a pipe is buffered, as in a script (unless PYTHONUNBUFFERED says otherwise)
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    result = subprocess.run(
        [*command, "--json", str(out)], capture_output=True, text=True, env=buffered
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "pairs: 1 modified",
        "term changes: 1 deadline",
    ]
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["modified"] == 1
    printed = subprocess.run(
        [*command, "--json", "-"], capture_output=True, text=True, env=buffered
    )
    assert json.loads(printed.stdout)["pairs"][0]["status"] == "modified"
    missing = subprocess.run(
        [*command[:-1], str(tmp_path / "gone.txt")], capture_output=True, env=buffered
    )
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("clausediff: error: ")


def test_documents_of_too_many_lines_are_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of a million short lines ('1.' each: 3 MB, far under the character limit) took
    18 s of segmentation before any answer (two million: past the fuzz campaign's 30 s); the
    whole Code civil pair holds 25,000 lines. Refused at once, exit 2, one line."""
    from clausediff.compare import pipeline

    monkeypatch.setattr(pipeline, "MAX_COMPARED_LINES", 1_000)
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Article 1 – Objet\n\n" + "1.\n" * 1_200, encoding="utf-8")
    right.write_text("Article 1 – Objet\n\nLe prix est fixé.\n", encoding="utf-8")
    assert main(["compare", str(left), str(right), "--json", str(tmp_path / "o.json")]) == 2
    error = capsys.readouterr().err
    assert "lines" in error and "a.txt" in error and error.count("\n") == 1
    assert not (tmp_path / "o.json").exists()


def test_documents_too_large_to_compare_are_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit is checked on the text read, before segmentation: exit 2, one line."""
    from clausediff.compare import pipeline

    monkeypatch.setattr(pipeline, "MAX_COMPARED_CHARS", 5_000)
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Article 1 – Objet\n\n" + "mot " * 1_000, encoding="utf-8")
    right.write_text("Article 1 – Objet\n\n" + "mot " * 400, encoding="utf-8")
    assert main(["compare", str(left), str(right), "--json", str(tmp_path / "o.json")]) == 2
    error = capsys.readouterr().err
    assert "million characters" in error and error.count("\n") == 1
    assert not (tmp_path / "o.json").exists()
