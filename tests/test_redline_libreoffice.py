"""The redline opened by LibreOffice: Accept All gives the right text, Reject All the left text.

Skipped when LibreOffice is absent (CI installs ``libreoffice-writer-nogui``). One ``soffice``
start reviews every file (about 5 s).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from libreoffice import review, soffice
from report_support import sample_comparison

from clausediff.compare.pipeline import compare_files
from clausediff.report.assemble import assemble
from clausediff.report.redline import write_redline
from clausediff.store.session import Choice, Keep, new_session

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
pytestmark = pytest.mark.skipif(soffice is None, reason="LibreOffice (soffice) is not installed")


def _paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def test_libreoffice_accepts_to_the_right_text_and_rejects_to_the_left(tmp_path: Path) -> None:
    french = compare_files(SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt")
    english = compare_files(
        SAMPLES / "service-agreement-v1.txt", SAMPLES / "service-agreement-v2.txt"
    )
    small = sample_comparison()
    session = new_session(small)
    for index in (1, 4, 5):
        session = session.with_choice(small.pairs[index], Choice(Keep.RIGHT))
    session = session.with_choice(small.pairs[2], Choice(Keep.LEFT))
    session = session.with_choice(small.pairs[3], Choice(Keep.CUSTOM, custom_text="Prix : 130 €."))
    files = []
    for name, comparison, decided in (
        ("fr", french, None),
        ("en", english, None),
        ("decided", small, session),
    ):
        path = tmp_path / f"{name}.docx"
        write_redline(comparison, path, decided)
        files.append(path)
    (fr_acc, fr_rej), (en_acc, en_rej), (decided_acc, decided_rej) = review(files, tmp_path)
    assert _paragraphs(fr_acc) == _paragraphs(french.right.text)
    assert _paragraphs(fr_rej) == _paragraphs(french.left.text)
    assert _paragraphs(en_acc) == _paragraphs(english.right.text)
    assert _paragraphs(en_rej) == _paragraphs(english.left.text)
    assert _paragraphs(decided_acc) == _paragraphs(assemble(session).text)
    assert _paragraphs(decided_rej) == _paragraphs(small.left.text)
