"""Portfolio review on real sample text: deviations found, error entries, cache and resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clausediff.cli.main import main
from clausediff.errors import InputError
from clausediff.portfolio.cache import ReviewCache
from clausediff.portfolio.run import Settings, run_portfolio
from clausediff.progress import Monitor

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
TEMPLATE = SAMPLES / "contrat-services-v1.txt"


def _template_text() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def _drop_article(text: str, heading: str, next_heading: str) -> str:
    start, end = text.index(heading), text.index(next_heading)
    return text[:start] + text[end:]


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    """A folder of contracts: the template as signed, three negotiated copies, bad files."""
    folder = tmp_path / "contracts"
    (folder / "2025").mkdir(parents=True)
    text = _template_text()
    (folder / "signed-as-is.txt").write_text(text, encoding="utf-8")
    no_insurance = _drop_article(text, "Article 12 – Assurances", "Article 13 – Durée")
    (folder / "no-insurance.txt").write_text(no_insurance, encoding="utf-8")
    late_payment = text.replace(
        "trente (30) jours à compter de leur date", "60 jours à compter de leur date"
    )
    (folder / "2025" / "late-payment.txt").write_text(late_payment, encoding="utf-8")
    dearer = text.replace("110\u00a0€ HT, soit 132\u00a0€", "150\u00a0€ HT, soit 180\u00a0€")
    (folder / "2025" / "dearer.txt").write_text(dearer, encoding="utf-8")
    (folder / "2025" / "dearer2.txt").write_text(dearer, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text((SAMPLES / "README.md").read_text(encoding="utf-8"))
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def _run(args: list[str]) -> int:
    return main(["portfolio", *args])


def _by_name(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(c["path"]).name: c for c in data["contracts"]}


def _clause(contract: dict[str, Any], number: str) -> dict[str, Any]:
    return next(c for c in contract["clauses"] if c["template"]["number"] == number)


def test_cli_finds_each_deviation_and_keeps_going_past_bad_files(
    portfolio: Path, tmp_path: Path
) -> None:
    out = tmp_path / "portfolio.json"
    code = _run([str(TEMPLATE), str(portfolio), "--json", str(out), "--no-cache", "-j", "1"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "clausediff.portfolio/1"
    assert set(data) == {"schema", "template", "contracts", "summary"}
    assert set(data["template"]) == {"path", "sha256", "clauses"}
    numbers = [c["number"] for c in data["template"]["clauses"]]
    assert "Article 12" in numbers and "5.3" in numbers
    contracts = _by_name(data)
    # the walk is recursive; the .png is skipped (counted), every other file has one entry
    assert sorted(contracts) == sorted(
        [
            "signed-as-is.txt",
            "no-insurance.txt",
            "late-payment.txt",
            "dearer.txt",
            "dearer2.txt",
            "empty.txt",
            "notes.md",
        ]
    )
    assert data["summary"]["skipped_files"] == 1
    entry = contracts["signed-as-is.txt"]
    assert set(entry) == {
        "path",
        "sha256",
        "status",
        "error",
        "error_code",  # with error_params: for a front end to word the error in its language
        "error_params",
        "warnings",
        "clauses",
        "extra",
    }
    assert (entry["error_code"], entry["error_params"]) == (None, {})
    assert {c["status"] for c in entry["clauses"]} == {"unchanged"}
    assert set(entry["clauses"][0]) == {
        "template",
        "status",
        "similarity",
        "contract_clauses",
        "term_changes",
    }
    missing = [c for c in contracts["no-insurance.txt"]["clauses"] if c["status"] == "missing"]
    assert [c["template"]["number"] for c in missing] == ["Article 12"]
    assert missing[0]["contract_clauses"] == [] and missing[0]["similarity"] == 0
    payment = _clause(contracts["late-payment.txt"], "5.3")
    assert payment["status"] == "modified" and 0 < payment["similarity"] < 1
    deadlines = [t for t in payment["term_changes"] if t["kind"] == "deadline"]
    assert len(deadlines) == 1 and deadlines[0]["change"] == "changed"
    assert "trente (30) jours" in deadlines[0]["before"] and "60 jours" in deadlines[0]["after"]
    price = _clause(contracts["dearer.txt"], "5.2")
    amounts = {(t["before"], t["after"]) for t in price["term_changes"] if t["kind"] == "amount"}
    assert ("110\u00a0€ HT", "150\u00a0€ HT") in amounts
    # one clear line for each file that is not a contract of this template
    errors = {name: c["error"] for name, c in contracts.items() if c["status"] == "error"}
    assert set(errors) == {"dearer2.txt", "empty.txt", "notes.md"}
    assert all("\n" not in message and message for message in errors.values())
    assert errors["dearer2.txt"].startswith("duplicate: same content as ")
    assert "not a contract" in errors["notes.md"]
    codes = {name: c["error_code"] for name, c in contracts.items() if c["status"] == "error"}
    assert codes == {
        "dearer2.txt": "duplicate_contract",
        "empty.txt": "empty_file",
        "notes.md": "not_template_contract",
    }
    assert set(contracts["notes.md"]["error_params"]) == {"similarity"}
    summary = data["summary"]
    assert (summary["contracts"], summary["ok"], summary["errors"]) == (7, 4, 3)
    assert (summary["identical"], summary["deviating"]) == (1, 3)
    assert summary["clauses"]["missing"] == 1 and summary["term_changes"]["amount"] >= 1


def test_second_run_reviews_only_new_or_changed_files(portfolio: Path, tmp_path: Path) -> None:
    cache_path = tmp_path / "cache.sqlite"
    settings = Settings(jobs=1)
    first_cache = ReviewCache(cache_path)
    first = run_portfolio(TEMPLATE, [portfolio], first_cache, settings)
    first_cache.close()
    assert (first.reviewed, first.from_cache) == (6, 0)  # duplicate: no review of its own

    cache = ReviewCache(cache_path)
    again = run_portfolio(TEMPLATE, [portfolio], cache, settings)
    assert (again.reviewed, again.from_cache) == (0, 6)
    first_reviews = list(first.reviews(ReviewCache(cache_path)))
    assert list(again.reviews(cache)) == first_reviews

    late = portfolio / "2025" / "late-payment.txt"
    late.write_text(late.read_text(encoding="utf-8").replace("60 jours", "90 jours"), "utf-8")
    (portfolio / "new.txt").write_text(_template_text().replace("110\u00a0€", "99\u00a0€"), "utf-8")
    changed = run_portfolio(TEMPLATE, [portfolio], cache, settings)
    assert (changed.reviewed, changed.from_cache) == (2, 5)
    # other options are other results
    other = run_portfolio(TEMPLATE, [portfolio], cache, Settings(jobs=1, options=_ignore_case()))
    assert other.reviewed == 7
    cache.close()


def _ignore_case() -> Any:
    from clausediff.options import CompareOptions

    return CompareOptions(ignore_case=True)


@pytest.mark.parametrize("how", ["cancel", "ctrl-c"])
def test_interrupted_run_keeps_what_it_did_and_resumes(
    portfolio: Path, tmp_path: Path, how: str
) -> None:
    cache_path = tmp_path / "cache.sqlite"
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        if how == "ctrl-c" and done == 2:
            raise KeyboardInterrupt

    monitor = Monitor(progress=progress, should_cancel=lambda: len(seen) >= 2)
    if how == "ctrl-c":
        monitor = Monitor(progress=progress)
    cache = ReviewCache(cache_path)
    stopped = run_portfolio(TEMPLATE, [portfolio], cache, Settings(jobs=1), monitor)
    assert stopped.interrupted
    assert 0 < stopped.pending < 7
    done_before = stopped.reviewed
    assert done_before >= 1
    cache.close()
    cache = ReviewCache(cache_path)
    resumed = run_portfolio(TEMPLATE, [portfolio], cache, Settings(jobs=1))
    assert not resumed.interrupted and resumed.pending == 0
    assert resumed.from_cache == done_before
    assert resumed.reviewed == 6 - done_before
    cache.close()


def test_ctrl_c_while_a_contract_is_read_counts_it_as_not_reached(
    portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C during the read of a contract (a large file, a slow share): every file is still
    either reviewed, an error entry or pending; none is dropped from the counts."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "late-payment.txt":
            raise KeyboardInterrupt
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    cache = ReviewCache(None)
    try:
        run = run_portfolio(TEMPLATE, [portfolio], cache, Settings(jobs=1))
        written = [Path(review["path"]).name for review in run.reviews(cache)]
    finally:
        cache.close()
    assert run.interrupted and "late-payment.txt" not in written
    assert len(written) + run.pending == len(run.entries)
    assert run.pending >= 1


def test_interrupted_cli_run_writes_results_so_far_and_exits_130(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clausediff.portfolio import review

    calls: list[str] = []
    real = review.review_document

    def interrupt_on_third(*args: Any) -> Any:
        calls.append("x")
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(review, "review_document", interrupt_on_third)
    out = tmp_path / "out.json"
    code = _run(
        [
            str(TEMPLATE),
            str(portfolio),
            "--json",
            str(out),
            "-j",
            "1",
            "--cache",
            str(tmp_path / "c.sqlite"),
        ]
    )
    assert code == 130
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["interrupted"] is True
    assert data["summary"]["pending"] > 0
    assert 0 < len(data["contracts"]) < 7


def test_folder_without_contract_files_is_exit_2(tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code = _run([str(TEMPLATE), str(folder), "--json", str(tmp_path / "o.json"), "--no-cache"])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("clausediff: error: no contract file in")
    assert not (tmp_path / "o.json").exists()


def test_only_unreadable_files_is_exit_2_with_the_errors_written(
    tmp_path: Path, capsys: Any
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    locked = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le")
    (folder / "locked.docx").write_bytes(locked + b"\0" * 600)
    out = tmp_path / "o.json"
    code = _run([str(TEMPLATE), str(folder), "--json", str(out), "--no-cache", "-j", "1"])
    assert code == 2
    assert "no readable contract among 2 files" in capsys.readouterr().err
    errors = [c["error"] for c in json.loads(out.read_text(encoding="utf-8"))["contracts"]]
    assert len(errors) == 2 and any("password" in e for e in errors)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--json", "{tmp}/missing/o.json"], "does not exist"),
        (["--json", "{folder}/o.json"], "refusing to write inside the contracts"),
        (["--json", "{tmp}/o.json", "--jobs", "0"], "expected a number of processes"),
        (["--json", "{tmp}/o.json", "--jobs", "2", "--scheduler", "tcp://x:1"], "exclude"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    portfolio: Path, tmp_path: Path, capsys: Any, args: list[str], message: str
) -> None:
    filled = [a.format(tmp=tmp_path, folder=portfolio) for a in args]
    assert _run([str(TEMPLATE), str(portfolio), *filled, "--no-cache"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_bad_template_is_an_input_error(tmp_path: Path, portfolio: Path) -> None:
    empty = tmp_path / "template.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError):
        run_portfolio(empty, [portfolio], ReviewCache(None), Settings(jobs=1))


def test_a_clause_dropped_next_to_a_kept_one_is_missing_not_merged(tmp_path: Path) -> None:
    """Dropping 15.1 with its article heading makes the alignment join it to 15.2 (merged):
    its own words are absent from the contract, so the portfolio calls it missing."""
    from clausediff.portfolio.review import review_bytes
    from clausediff.portfolio.template import prepare_template

    text = _template_text()
    start = text.index("Article 15 – Résiliation")
    end = text.index("15.2 En cas de manquement")
    template = prepare_template(TEMPLATE)
    review = review_bytes(template, "c.txt", (text[:start] + text[end:]).encode(), _options())
    by_number = {c["template"]["number"]: c for c in review["clauses"]}
    assert by_number["15.1"]["status"] == "missing"
    assert by_number["15.2"]["status"] != "missing" and by_number["15.2"]["similarity"] > 0.8


def _options() -> Any:
    from clausediff.options import CompareOptions

    return CompareOptions()
