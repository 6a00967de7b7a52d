"""No command writes over a file it reads: each output is checked against every input first."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.store.guard import clobbered, same_file

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture
def contracts(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    shutil.copy(SAMPLES / "contrat-services-v1.txt", left)
    shutil.copy(SAMPLES / "contrat-services-v2.txt", right)
    return left, right


def _unchanged(path: Path, before: bytes) -> bool:
    return path.read_bytes() == before


def test_same_file_sees_through_links_and_dots(tmp_path: Path) -> None:
    original = tmp_path / "a.txt"
    original.write_text("x", encoding="utf-8")
    os.link(original, tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(original)
    (tmp_path / "sub").mkdir()
    for alias in ("hard.txt", "soft.txt", "sub/../a.txt"):
        assert same_file(tmp_path / alias, original), alias
    assert not same_file(tmp_path / "other.txt", original)
    assert clobbered(["-", None, tmp_path / "hard.txt"], [original]) == str(tmp_path / "hard.txt")
    assert clobbered(["-", None, tmp_path / "new.txt"], [original]) is None


def test_segment_refuses_its_own_input(
    contracts: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    left, _ = contracts
    before = left.read_bytes()
    assert main(["segment", str(left), "--json", str(left)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert _unchanged(left, before)


def test_annotate_refuses_its_own_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Le Client doit payer."}\n', encoding="utf-8")
    before = source.read_bytes()
    assert main(["annotate", "--jsonl", str(source), "-o", str(source)]) == 2
    assert _unchanged(source, before)


def test_assemble_refuses_the_session_and_its_contracts(
    contracts: tuple[Path, Path], tmp_path: Path
) -> None:
    from clausediff.compare.pipeline import compare_files
    from clausediff.store.session import new_session, save_session

    left, right = contracts
    session = tmp_path / "s.clausediff"
    save_session(new_session(compare_files(left, right)), session)
    saved = session.read_bytes()
    link = tmp_path / "link.clausediff"
    link.symlink_to(session)
    for target in (session, link):
        assert main(["assemble", str(session), "--txt", str(target)]) == 2
    assert _unchanged(session, saved)
    for contract in (left, right):
        before = contract.read_bytes()
        assert main(["assemble", str(session), "--txt", str(contract)]) == 2
        assert _unchanged(contract, before)


def test_compare_and_variants_refuse_an_input_by_another_name(
    contracts: tuple[Path, Path], tmp_path: Path
) -> None:
    left, right = contracts
    os.link(left, tmp_path / "alias.json")
    before = left.read_bytes()
    assert main(["compare", str(left), str(right), "--json", str(tmp_path / "alias.json")]) == 2
    assert _unchanged(left, before)
    library = tmp_path / "lib" / "page.txt"
    library.parent.mkdir()
    shutil.copy(SAMPLES / "bibliotheque-limitation-responsabilite.txt", library)
    page = library.read_bytes()
    assert main(["variants", str(library.parent), "--json", str(library)]) == 2
    assert _unchanged(library, page)
