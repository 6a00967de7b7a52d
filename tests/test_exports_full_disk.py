"""A full disk never destroys the previous export nor reports success.

The disk is filled for real, the way the kernel does it: a child process runs the CLI with a
file-size limit (``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored), so every write past the limit fails
with ``EFBIG`` just as a write to a full disk fails with ``ENOSPC``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clausediff.store.atomic import STALE_AFTER_SECONDS, remove_stale_temporaries, write_with

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from clausediff.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _run_limited(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", LIMITED.format(limit=limit), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["compare", "contrat-services-v1.txt", "contrat-services-v2.txt", "--pdf"], "report.pdf"),
        (["variants", "bibliotheque-limitation-responsabilite.txt", "--pdf"], "variants.pdf"),
        (["compare", "contrat-services-v1.txt", "contrat-services-v2.txt", "--json"], "out.json"),
    ],
)
def test_a_full_disk_keeps_the_previous_file_and_exits_2(
    tmp_path: Path, command: list[str], name: str
) -> None:
    previous = tmp_path / name
    previous.write_bytes(b"the previous export, which must survive")
    arguments = [str(SAMPLES / a) if a.endswith(".txt") else a for a in command]
    result = _run_limited(12_000, *arguments, str(previous))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "disk" in result.stderr or "File too large" in result.stderr, result.stderr
    assert previous.read_bytes() == b"the previous export, which must survive"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left behind


def test_with_room_the_same_export_succeeds(tmp_path: Path) -> None:
    """The limit above is what fails, not the command: with room it writes a whole PDF."""
    target = tmp_path / "report.pdf"
    arguments = [str(SAMPLES / "contrat-services-v1.txt"), str(SAMPLES / "contrat-services-v2.txt")]
    result = _run_limited(50_000_000, "compare", *arguments, "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_an_empty_result_is_a_failed_write(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    with pytest.raises(OSError, match="disk full"):
        write_with(target, lambda temp: temp.write_bytes(b""))
    assert target.read_bytes() == b"old"


def test_leftovers_of_a_killed_export_are_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    old = tmp_path / ".report.pdf.a1b2c3d4.pdf"
    fresh = tmp_path / ".report.pdf.zz99yy88.pdf"  # a write still running: kept
    mine = tmp_path / ".report.pdf.notes.pdf"  # not our shape: never touched
    for path in (old, fresh, mine):
        path.write_bytes(b"%PDF-")
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(mine, (long_ago, long_ago))
    assert remove_stale_temporaries(target) == 1
    assert not old.exists() and fresh.exists() and mine.exists()


def test_sigterm_during_an_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    """A killed export (SIGTERM: a logout, ``kill``) removes its hidden temporary file."""
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    for source, target in (("v1", left), ("v2", right)):
        text = (SAMPLES / f"contrat-services-{source}.txt").read_text(encoding="utf-8")
        target.write_text("\n\n".join([text] * 30), encoding="utf-8")
    report = tmp_path / "report.pdf"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "clausediff", "compare", str(left), str(right)]
    process = subprocess.Popen(
        [*command, "--all-clauses", "--pdf", str(report)],
        env=environment,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(tmp_path.glob(".report.pdf.*")):
        time.sleep(0.02)
    process.terminate()
    process.wait(timeout=60)
    if process.returncode == 0:
        pytest.skip("the export finished before the signal arrived")
    assert process.returncode == 130, process.returncode
    # The signal may land after the last page, once the file is whole and in place: then the
    # report is complete. Either way no hidden temporary file is left, and never a torn PDF.
    if report.exists():
        assert report.read_bytes().rstrip().endswith(b"%%EOF")
    left_over = sorted(p.name for p in tmp_path.iterdir())
    assert left_over in (["left.txt", "right.txt"], ["left.txt", "report.pdf", "right.txt"])


@pytest.mark.parametrize("flag", ["--txt", "--docx"])
def test_assemble_on_a_full_disk_exits_2_and_keeps_the_old_file(tmp_path: Path, flag: str) -> None:
    from clausediff.compare.pipeline import compare_files
    from clausediff.store.session import new_session, save_session

    session = tmp_path / "s.clausediff"
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    save_session(new_session(comparison), session)
    target = tmp_path / ("contract.txt" if flag == "--txt" else "contract.docx")
    target.write_bytes(b"previous contract")
    result = _run_limited(
        4_000, "assemble", str(session), flag, str(target), "--undecided", "right"
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert target.read_bytes() == b"previous contract"
