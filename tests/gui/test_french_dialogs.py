"""The French UI is French in Qt's own dialogs and in the names it suggests (issue 19.3).

Qt's French catalogue (qtbase_fr.qm, loaded by :class:`clausediff.gui.i18n.Translations`) lacks
Qt 6's "&Look in:" and "Files of &type:"; our catalogue carries them in the QFileDialog context.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel
from pytestqt.qtbot import QtBot

from clausediff.gui.exporting import default_export_name
from clausediff.gui.main_window import MainWindow


def test_the_file_dialog_speaks_french(qtbot: QtBot, window: MainWindow) -> None:
    window.looks.set_language("fr")
    try:
        dialog = QFileDialog(window)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        # Qt 6 marks these two with mnemonics; qtbase_fr.qm only has the old sources.
        assert {"Voir dans\u00a0:", "Nom de fichier\u00a0:", "Type de fichier\u00a0:"} == texts
    finally:
        window.looks.set_language("en")


def test_the_file_dialog_names_folders_in_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The Type column says "Dossier": Qt 6 words it in the QAbstractFileIconProvider context,
    which qtbase_fr.qm lacks (files are named by the system's MIME database, already French)."""
    provider = QFileIconProvider()
    window.looks.set_language("fr")
    try:
        assert provider.type(QFileInfo(str(tmp_path))) == "Dossier"
    finally:
        window.looks.set_language("en")
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"


@pytest.mark.parametrize(
    ("language", "kind", "expected"),
    [
        ("fr", "pdf", "contrat-v1 comparé à contrat-v2.pdf"),
        ("fr", "docx", "contrat-v2 (version finale).docx"),
        ("fr", "redline", "contrat-v2 (révisions).docx"),
        ("en", "pdf", "contrat-v1 compared with contrat-v2.pdf"),
        ("en", "txt", "contrat-v2 (final).txt"),
    ],
)
def test_export_names_use_both_documents_in_the_ui_language(
    window: MainWindow, language: str, kind: str, expected: str
) -> None:
    window.looks.set_language(language)
    try:
        name = default_export_name(kind, "/a/contrat-v1.docx", str(Path("/b/contrat-v2.pdf")))
        assert name == expected
    finally:
        window.looks.set_language("en")
