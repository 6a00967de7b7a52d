"""File > Export: the Word redline; the contract asks which side undecided clauses take."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.gui.main_window import MainWindow
from clausediff.report.redline.review import accepted_paragraphs, rejected_paragraphs
from clausediff.store.session import Keep

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _export(qtbot: QtBot, window: MainWindow, trigger: object) -> list[tuple[str, str]]:
    results: list[tuple[str, str]] = []
    window.export_finished.connect(lambda path: results.append(("ok", path)))
    window.export_failed.connect(lambda message: results.append(("failed", message)))
    trigger()  # type: ignore[operator]
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    return results


def _lines(texts: list[str]) -> list[str]:
    return [" ".join(line.split()) for text in texts for line in text.split("\n") if line.strip()]


def test_export_word_redline_from_the_menu(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "redline.docx"
    answers.save_path = str(target)
    compared.settings.redline_author = "Cabinet Durand"
    action = compared.actions_.export_redline
    assert action in compared.menus.export.actions() and action.isEnabled()
    assert _export(qtbot, compared, action.trigger) == [("ok", str(target))]
    comparison = compared.workspace.comparison
    assert comparison is not None
    assert _lines(accepted_paragraphs(target)) == _lines([comparison.right.text])
    assert _lines(rejected_paragraphs(target)) == _lines([comparison.left.text])
    authors = {e.get(W + "author") for e in docx.Document(str(target)).element.body.iter(W + "ins")}
    assert authors == {"Cabinet Durand"}


def test_contract_export_asks_which_side_undecided_clauses_take(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "contrat.docx"
    answers.save_path = str(target)
    # Cancel: nothing is written, the dialog named the changed clauses.
    answers.undecided = None
    compared.exporter.export("docx")
    assert not target.exists()
    asked = answers.undecided_asked[-1]
    assert len(asked) > 3 and all(label for label in asked)
    # Take the left-hand text: written, with the final note, and the status bar says so.
    answers.undecided = Keep.LEFT
    assert _export(qtbot, compared, lambda: compared.exporter.export("docx")) == [
        ("ok", str(target))
    ]
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert texts[-len(asked) - 2] == "Note : clauses sans décision"
    assert texts[-len(asked) :] == [f"– {label}" for label in asked]
    assert "left-hand text" in compared.statusBar().currentMessage()


def test_print_draws_the_report_as_the_pdf(
    qtbot: QtBot,
    compared: MainWindow,
    answers: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pypdfium2
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from clausediff.gui import dialogs

    printed = tmp_path / "printed.pdf"

    def printer(parent: object) -> QPrinter:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
        device.setOutputFileName(str(printed))
        device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # as the exported PDF
        return device

    monkeypatch.setattr(dialogs, "ask_printer", printer)
    action = compared.actions_.print_report
    assert action in compared.menus.file.actions() and action.isEnabled()
    action.trigger()
    exported = tmp_path / "report.pdf"
    answers.save_path = str(exported)
    assert _export(qtbot, compared, lambda: compared.exporter.export("pdf")) == [
        ("ok", str(exported))
    ]

    def pages(path: Path) -> list[str]:
        document = pypdfium2.PdfDocument(str(path))
        try:
            return [" ".join(p.get_textpage().get_text_range().split()) for p in document]
        finally:
            document.close()

    on_paper, in_file = pages(printed), pages(exported)
    # The same report on the same page size; a printer's font metrics may move a line break.
    assert abs(len(on_paper) - len(in_file)) <= 1 and len(on_paper) > 1
    words = lambda texts: sorted(" ".join(texts).split())  # noqa: E731 - local shorthand
    printed_words, exported_words = words(on_paper), words(in_file)
    assert "Résiliation" in printed_words
    shared = sum(1 for word in set(printed_words) if word in set(exported_words))
    assert shared >= 0.98 * len(set(exported_words))
    # Cancelling the print dialog prints nothing.
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: None)
    printed.unlink()
    action.trigger()
    assert not printed.exists()


def test_pdf_export_asks_for_matter_client_and_confidential(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    import pypdfium2

    from clausediff.report.letterhead import Letterhead

    target = tmp_path / "report.pdf"
    answers.save_path = str(target)
    answers.letterhead = None  # cancelled: nothing written
    compared.exporter.export("pdf")
    assert not target.exists()
    answers.letterhead = Letterhead("Renouvellement 2026", "Maison Berthier", True)
    assert _export(qtbot, compared, lambda: compared.exporter.export("pdf")) == [
        ("ok", str(target))
    ]
    document = pypdfium2.PdfDocument(str(target))
    try:
        pages = [" ".join(p.get_textpage().get_text_range().split()) for p in document]
    finally:
        document.close()
    assert "Renouvellement 2026" in pages[0] and "Maison Berthier" in pages[0]
    assert all("CONFIDENTIAL" in page for page in pages)
    assert compared.exporter.letterhead == answers.letterhead  # offered again next time
