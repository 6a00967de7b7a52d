"""``clausediff compare`` runs without the cycle collector, and gives it back to its caller."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.compare import pipeline

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def test_the_comparison_runs_without_the_collector_which_comes_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    compare_files = pipeline.compare_files

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return compare_files(*args, **kwargs)  # type: ignore[arg-type]  # the spy passes them on

    monkeypatch.setattr(pipeline, "compare_files", spy)
    left, right = SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    out = tmp_path / "out.json"
    assert gc.isenabled()
    assert main(["compare", str(left), str(right), "--json", str(out), "-q"]) == 0
    assert seen == [False] and gc.isenabled() and out.stat().st_size > 0
