"""The report certifies the version that was compared, not the file as it is on disk later."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from clausediff.compare.pipeline import compare_files
from clausediff.report import build_report, render_html
from clausediff.store.session import load_session, new_session, save_session

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def test_a_report_from_a_session_prints_the_compared_fingerprint(tmp_path: Path) -> None:
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    shutil.copy(SAMPLES / "contrat-services-v1.txt", left)
    shutil.copy(SAMPLES / "contrat-services-v2.txt", right)
    compared = hashlib.sha256(right.read_bytes()).hexdigest()
    save_session(new_session(compare_files(left, right)), tmp_path / "s.clausediff")

    right.write_text(right.read_text("utf-8") + "\nAjout après la comparaison.\n", "utf-8")
    session = load_session(tmp_path / "s.clausediff")
    report = build_report(session.comparison, session, "en")
    assert report.cover.right.sha256 == compared
    assert report.cover.right.sha256_of == "changed"
    assert report.cover.left.sha256_of == "file"
    html = render_html(report)
    assert compared in html and "the file on disk has changed since" in html
    assert hashlib.sha256(right.read_bytes()).hexdigest() not in html


def test_the_fingerprint_is_of_the_bytes_read(tmp_path: Path) -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    expected = hashlib.sha256((SAMPLES / "contrat-services-v1.txt").read_bytes()).hexdigest()
    assert comparison.left.sha256 == expected
