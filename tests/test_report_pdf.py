"""The PDF report: read back with pypdfium2 for its text, rendered to pixels for its colours."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from report_support import LEFT_TEXT, RIGHT_TEXT, sample_comparison

from clausediff.comparison import Comparison, Op, Pair, PairStatus
from clausediff.errors import Cancelled
from clausediff.progress import Monitor
from clausediff.report import palette
from clausediff.report.model import Report, build_report
from clausediff.report.pdf.writer import write_pdf

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _report(tmp_path: Path, language: str = "fr") -> Report:
    left, right = tmp_path / "contrat-v1.txt", tmp_path / "contrat-v2.txt"
    left.write_text(LEFT_TEXT, encoding="utf-8")
    right.write_text(RIGHT_TEXT, encoding="utf-8")
    return build_report(sample_comparison(str(left), str(right)), language=language, now=NOW)


def _pages_text(path: Path) -> list[str]:
    """Each page's text, whitespace folded (table cells wrap words onto several lines)."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [
            " ".join(document[i].get_textpage().get_text_range().split())
            for i in range(len(document))
        ]
    finally:
        document.close()


def _page_has_colour(path: Path, page: int, colour: str) -> bool:
    """True if one pixel of the page, rendered at 100 dpi, has exactly ``colour`` (a flat tint).

    pypdfium2 renders BGR pixels; the buffer is searched for the three bytes at pixel bounds.
    """
    document = pdfium.PdfDocument(str(path))
    try:
        bitmap = document[page].render(scale=100 / 72)
        data, stride, channels = bytes(bitmap.buffer), bitmap.stride, bitmap.n_channels
    finally:
        document.close()
    red, green, blue = int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
    needle = bytes((blue, green, red))
    position = data.find(needle)
    while position >= 0:
        if (position % stride) % channels == 0:
            return True
        position = data.find(needle, position + 1)
    return False


@pytest.mark.usefixtures("qapp")
def test_pdf_text_has_names_counts_and_every_term_change(tmp_path: Path) -> None:
    report = _report(tmp_path)
    path = tmp_path / "rapport.pdf"
    write_pdf(report, path)
    pages = _pages_text(path)
    assert len(pages) >= 2
    # Every page has the running header with both names and a footer "page N / M".
    for number, text in enumerate(pages, start=1):
        assert "contrat-v1.txt ⟷ contrat-v2.txt" in text
        assert f"page {number} / {len(pages)}" in text
    everything = " ".join(pages)
    # The summary counts, in status order, then the total.
    assert re.search(r"Supprimée Total 1 2 1 0 0 1 1 6", everything)
    for row in report.summary.term_changes:
        for words in (row.before, row.after, row.kind_text, row.change_text):
            assert words in everything
    assert report.cover.left.sha256 in everything


@pytest.mark.usefixtures("qapp")
def test_pdf_shows_highlight_colours(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    write_pdf(_report(tmp_path), path)
    # The clause details start on page 2: deleted (red) and inserted (blue) tints are painted,
    # and so are the three term tints.
    wanted = {
        "delete": palette.OP_BACKGROUND[Op.DELETE],
        "insert": palette.OP_BACKGROUND[Op.INSERT],
        **{kind.value: colour for kind, colour in palette.TERM_BACKGROUND.items()},
    }
    seen = {name for name, colour in wanted.items() if _page_has_colour(path, 1, colour)}
    assert seen == set(wanted)
    # A colour the report never uses is not found: the search can fail.
    assert not _page_has_colour(path, 1, "#123456")


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("size", "width_pt"), [("A4", 595), ("Letter", 612)])
def test_page_sizes(tmp_path: Path, size: str, width_pt: int) -> None:
    path = tmp_path / "rapport.pdf"
    write_pdf(_report(tmp_path, "en"), path, page_size=size)
    document = pdfium.PdfDocument(str(path))
    try:
        assert round(document[0].get_width()) == width_pt
    finally:
        document.close()


@pytest.mark.usefixtures("qapp")
def test_cancel_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF previous")
    calls: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append(message)

    def cancel_when_painting() -> bool:
        return "pdf" in calls

    with pytest.raises(Cancelled):
        write_pdf(_report(tmp_path), path, monitor=Monitor(progress, cancel_when_painting))
    assert path.read_bytes() == b"%PDF previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "contrat-v1.txt",
        "contrat-v2.txt",
        "rapport.pdf",
    ]


def test_unknown_page_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="page size"):
        write_pdf(_report(tmp_path), tmp_path / "x.pdf", page_size="A3")


@pytest.mark.usefixtures("qapp")
def test_identical_documents_give_a_one_page_report_that_says_so(tmp_path: Path) -> None:
    comparison = sample_comparison()
    same = Comparison(
        comparison.right,
        comparison.right,
        comparison.right_clauses,
        comparison.right_clauses,
        tuple(Pair((c.id,), (c.id,), PairStatus.UNCHANGED, 1.0) for c in comparison.right_clauses),
    )
    path = tmp_path / "rapport.pdf"
    write_pdf(build_report(same, now=NOW), path)
    pages = _pages_text(path)
    assert len(pages) == 1
    assert "Les deux documents ont les mêmes clauses, sans modification." in pages[0]
    assert "Aucune obligation, aucun délai ni montant n’a changé." in pages[0]
