"""Atomic writes: all or nothing, usual permissions, backups on request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clausediff.store.atomic import atomic_open, write_text, write_with


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    write_text(target, "nouveau contenu — été")
    assert target.read_text(encoding="utf-8") == "nouveau contenu — été"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "session.clausediff"
    target.write_text("précieux", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as stream:
        stream.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "précieux"
    assert [p.name for p in tmp_path.iterdir()] == ["session.clausediff"]


def test_writer_failure_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"

    def broken(path: Path) -> None:
        path.write_bytes(b"%PDF-partial")
        raise OSError("no space left")

    with pytest.raises(OSError):
        write_with(target, broken)
    assert list(tmp_path.iterdir()) == []


def test_new_files_get_the_usual_permissions(tmp_path: Path) -> None:
    # mkstemp makes 0600 files; a report or a session must be as readable as any other file.
    target = tmp_path / "report.html"
    write_text(target, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_replacing_keeps_the_permissions_and_the_backup(tmp_path: Path) -> None:
    target = tmp_path / "session.clausediff"
    target.write_text("v1", encoding="utf-8")
    target.chmod(0o640)
    write_text(target, "v2", backup=True)
    assert target.stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "session.clausediff.bak").read_text(encoding="utf-8") == "v1"
    assert target.read_text(encoding="utf-8") == "v2"
    # The backup is as private as the file it copies.
    assert (tmp_path / "session.clausediff.bak").stat().st_mode & 0o777 == 0o640


def test_the_target_never_goes_missing_while_keeping_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup is a copy: if the final rename fails, the old file is still in its place."""
    target = tmp_path / "session.clausediff"
    target.write_text("v1", encoding="utf-8")
    real_replace = os.replace

    def failing_onto_target(source: str, destination: str | Path) -> None:
        if Path(destination) == target:
            raise OSError("crash before the last rename")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", failing_onto_target)
    with pytest.raises(OSError):
        write_text(target, "v2", backup=True)
    assert target.read_text(encoding="utf-8") == "v1"
    assert (tmp_path / "session.clausediff.bak").read_text(encoding="utf-8") == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "session.clausediff",
        "session.clausediff.bak",
    ]
