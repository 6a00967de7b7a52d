"""The process pool and a Dask cluster give the very results of the in-process run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clausediff.portfolio.cache import ReviewCache
from clausediff.portfolio.jsonout import write_json
from clausediff.portfolio.run import Settings, run_portfolio

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
TEMPLATE = SAMPLES / "contrat-services-v1.txt"


@pytest.fixture(scope="module")
def contracts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six negotiated copies of the template (a clause dropped, numbers changed) and a bad file."""
    folder = tmp_path_factory.mktemp("contracts")
    text = TEMPLATE.read_text(encoding="utf-8")
    edits = [
        ("Article 16 – Sous-traitance", "Article 17 – Non-sollicitation"),
        ("trente (30)", "quarante-cinq (45)"),
        ("quinze (15) jours", "huit (8) jours"),
        ("1\u00a0000\u00a0000", "500\u00a0000"),
        ("douze (12) mois", "vingt-quatre (24) mois"),
        ("Article 18 – Force majeure", "Article 19 – Droit applicable"),
    ]
    for number, (old, new) in enumerate(edits):
        if old.startswith("Article"):
            start, end = text.index(old), text.index(new)
            changed = text[:start] + text[end:]
        else:
            assert old in text
            changed = text.replace(old, new)
        (folder / f"contract-{number}.txt").write_text(changed, encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def _json_of(settings: Settings, folder: Path, out: Path) -> str:
    cache = ReviewCache(None)
    try:
        run = run_portfolio(TEMPLATE, [folder], cache, settings)
        assert run.reviewed == 7 and not run.interrupted
        write_json(out, run.template.to_dict(), run.reviews(cache))
    finally:
        cache.close()
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def in_process(contracts: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _json_of(Settings(jobs=1), contracts, tmp_path_factory.mktemp("one") / "out.json")


def test_process_pool_gives_the_in_process_results(
    contracts: Path, in_process: str, tmp_path: Path
) -> None:
    assert '"status": "missing"' in in_process and '"kind": "amount"' in in_process
    assert _json_of(Settings(jobs=2), contracts, tmp_path / "pool.json") == in_process


#: Where the test cluster's scheduler serves HTTP. Even with ``dashboard_address=None`` a Dask
#: scheduler listens on 0.0.0.0:8787 (its health and metrics routes); when another process holds
#: 8787 (a second test run at the same time, a ``dask scheduler``) it moves to another port and
#: warns, and the warning, an error under ``filterwarnings = error``, stopped the cluster.
FREE_LOOPBACK_PORT = "127.0.0.1:0"


def test_dask_cluster_gives_the_in_process_results(
    contracts: Path, in_process: str, tmp_path: Path
) -> None:
    distributed: Any = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": FREE_LOOPBACK_PORT},
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = _json_of(Settings(scheduler=client), contracts, tmp_path / "dask.json")
        # and by address, as --scheduler tcp://HOST:PORT does
        by_address = _json_of(
            Settings(scheduler=cluster.scheduler_address), contracts, tmp_path / "addr.json"
        )
    assert result == in_process
    assert by_address == in_process


#: Enough contracts that an idle 2-core machine is still busy when the first review is stored.
CONTRACTS = 400


@pytest.mark.slow
def test_ctrl_c_on_the_process_pool_writes_results_so_far_and_resumes(tmp_path: Path) -> None:
    """A real SIGINT to the command's process group (as a terminal sends on Ctrl+C)."""
    import json
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    text = TEMPLATE.read_text(encoding="utf-8")
    for number in range(CONTRACTS):
        changed = text.replace("Nuvelia SAS", f"Nuvelia {number} SAS")
        (folder / f"c{number:03d}.txt").write_text(changed, encoding="utf-8")
    cache, out = tmp_path / "cache.sqlite", tmp_path / "out.json"
    command = [sys.executable, "-m", "clausediff", "portfolio", str(TEMPLATE), str(folder)]
    command += ["--json", str(out), "--cache", str(cache), "--jobs", "2"]
    # A command started by a shell in the background (`pytest &` in a script, as CI tools and
    # agents do) runs with SIGINT ignored, and the command started here would inherit that and
    # never see the Ctrl+C (it then reviewed all 400 and exited 0). A terminal's Ctrl+C is what
    # is tested: the command starts with Python's own handler, as from an interactive shell.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)

    def stored() -> int:
        try:
            with sqlite3.connect(cache) as db:
                return int(db.execute("SELECT COUNT(*) FROM review").fetchone()[0])
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 120
    while stored() == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["interrupted"] is True
    done = len(data["contracts"])
    assert 0 < done < CONTRACTS and data["summary"]["pending"] == CONTRACTS - done

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{done} from the cache, {CONTRACTS - done} compared" in resumed.stderr


def test_an_unreachable_scheduler_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    from clausediff.cli.main import main
    from clausediff.portfolio import dask_backend

    monkeypatch.setattr(dask_backend, "CONNECT_TIMEOUT", 1)
    out = tmp_path / "o.json"
    contract = str(SAMPLES / "contrat-services-v2.txt")
    args = ["portfolio", str(TEMPLATE), contract, "--json", str(out), "--no-cache"]
    assert main([*args, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(
        "clausediff: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    )
    assert not out.exists()


def _cluster_without_workers(distributed: Any) -> Any:
    """A Dask scheduler on a free loopback port, with no worker."""
    return distributed.LocalCluster(
        n_workers=0,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": FREE_LOOPBACK_PORT},
    )


def test_a_scheduler_without_workers_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dask's scatter waits for a worker as long as the connect timeout, then raised a
    TimeoutError (an OSError) that the CLI reported as "cannot write (No valid workers found)"."""
    distributed: Any = pytest.importorskip("distributed")
    from clausediff.cli.main import main

    out = tmp_path / "o.json"
    contract = str(SAMPLES / "contrat-services-v2.txt")
    args = ["portfolio", str(TEMPLATE), contract, "--json", str(out), "--no-cache"]
    with _cluster_without_workers(distributed) as cluster:
        address = cluster.scheduler_address
        code = main([*args, "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        f"clausediff: error: the Dask scheduler at {address} has no workers"
        f" (start one with: dask worker {address})"
    ]
    assert not out.exists()


def test_a_cluster_emptied_between_the_check_and_the_scatter_says_it_has_no_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker counted a moment ago is gone when the template is sent: Dask's scatter then
    times out (TimeoutError), which must read as the empty cluster it is, not a write failure."""
    distributed: Any = pytest.importorskip("distributed")
    from clausediff.errors import InputError
    from clausediff.options import CompareOptions
    from clausediff.portfolio.dask_backend import DaskCluster
    from clausediff.portfolio.template import prepare_template

    template = prepare_template(TEMPLATE)
    with (
        _cluster_without_workers(distributed) as cluster,
        distributed.Client(cluster.scheduler_address, timeout=1) as client,
    ):
        monkeypatch.setattr(client, "nthreads", lambda: {"tcp://127.0.0.1:1": 1})
        with pytest.raises(InputError, match="has no workers") as raised:
            DaskCluster(client, template, CompareOptions())
    assert isinstance(raised.value.__cause__, TimeoutError)
