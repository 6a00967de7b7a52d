"""The JSON file of a comparison (clausediff.store.serialize.comparison_to_utf8): orjson writes
the compact form, and it must be byte for byte what the json module writes."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison
from clausediff.store.serialize import comparison_to_json, comparison_to_utf8

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="module")
def sample() -> Comparison:
    return compare_files(SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt")


@pytest.mark.parametrize("indent", [None, 1])
def test_the_bytes_are_those_of_the_json_module(sample: Comparison, indent: int | None) -> None:
    written = comparison_to_utf8(sample, indent=indent)
    assert written == comparison_to_json(sample, indent=indent).encode("utf-8")
    assert json.loads(written)["summary"]["unchanged"] > 0


def _compare_texts(tmp_path: Path, left: str, right: str) -> Comparison:
    (tmp_path / "left.txt").write_text(left, encoding="utf-8")
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    return compare_files(tmp_path / "left.txt", tmp_path / "right.txt")


@pytest.mark.parametrize(
    ("amount", "in_json"),
    [
        # orjson writes a float below 1e-4 as 0.00001, the json module as 1e-05
        ("0,00001 %", b'"quantity":1e-05'),
        # orjson refuses an integer beyond 64 bits, the json module writes it
        ("100000000000000000000000 euros", b'"quantity":100000000000000000000000'),
    ],
)
def test_what_orjson_would_write_otherwise_is_written_by_the_json_module(
    tmp_path: Path, amount: str, in_json: bytes
) -> None:
    comparison = _compare_texts(
        tmp_path,
        f"Article 1\n\nLe taux est de {amount} par an.\n\nArticle 2\n\nLe prestataire livre.\n",
        f"Article 1\n\nLe taux est de {amount} par mois.\n\nArticle 2\n\nLe prestataire livre.\n",
    )
    written = comparison_to_utf8(comparison)
    assert in_json in written
    assert written == comparison_to_json(comparison).encode("utf-8")


def test_orjson_still_writes_small_floats_its_own_way() -> None:
    # The reason for the fallback above; if orjson ever writes them as Python does, it may go.
    assert orjson.dumps(1e-05) == b"0.00001" and orjson.dumps(1e-4) == b"0.0001"
