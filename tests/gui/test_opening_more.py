"""More ways in: drag and drop, recent files, the run_app entry point, clause libraries, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Dialogs
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clausediff.gui import app as app_module
from clausediff.gui.main_window import MainWindow
from clausediff.gui.shortcuts_dialog import ShortcutsDialog


def _drop(widget: object, x: float, paths: list[Path]) -> None:
    """Deliver a drop of ``paths`` at horizontal position ``x`` of ``widget``'s area."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(x, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]


def test_drop_one_file_on_each_half_of_the_view(
    qtbot: QtBot, compared: MainWindow, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    view = compared.view
    width = view.viewport().width()
    english = Path(samples[0]).with_name("service-agreement-v2.txt")
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        _drop(view, width * 0.75, [english])  # right half: replaces the right document
    comparison = compared.workspace.comparison
    assert comparison is not None
    assert Path(comparison.right.path).name == english.name
    assert Path(comparison.left.path).name == samples[0].name
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        _drop(view, width * 0.25, [english.with_name("service-agreement-v1.txt")])
    comparison = compared.workspace.comparison
    assert comparison is not None
    assert Path(comparison.left.path).name == "service-agreement-v1.txt"


def test_drop_two_files_on_the_welcome_page(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path]
) -> None:
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        _drop(window.welcome, 10, list(samples))
    comparison = window.workspace.comparison
    assert comparison is not None
    assert Path(comparison.left.path).name == samples[0].name


def test_recent_files_are_remembered_and_reopen(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path]
) -> None:
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(samples[0]), str(samples[1]))
    recent = window.settings.recent_files
    assert [Path(p).name for p in recent[:2]] == [samples[0].name, samples[1].name]
    actions = window.menus.recent.actions()
    assert [a.text() for a in actions[:2]] == [f"&1 {samples[0].name}", f"&2 {samples[1].name}"]
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        actions[0].trigger()  # both sides known: a contract replaces the right side
    comparison = window.workspace.comparison
    assert comparison is not None
    assert Path(comparison.right.path).name == samples[0].name


def test_run_app_demo_opens_the_samples_and_returns_zero(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Dialogs
) -> None:
    shown: list[MainWindow] = []
    real_create = app_module.create_window

    def create(*args: object, **kwargs: object) -> MainWindow:
        window = real_create(tmp_path / "config", tmp_path / "data", recover=True)
        window.comparison_finished.connect(lambda: QTimer.singleShot(0, window.close))
        shown.append(window)
        return window

    monkeypatch.setattr(app_module, "create_window", create)
    assert app_module.run_app(None, None, demo=True) == 0
    assert shown and shown[0].workspace.comparison is not None
    assert QApplication.applicationName() == "ClauseDiff"
    assert QApplication.desktopFileName() == "io.github.clausediff.ClauseDiff"


def test_open_a_clause_library_from_the_welcome_page(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, library_path: Path
) -> None:
    answers.open_paths = [str(library_path)]
    qtbot.mouseClick(compared.welcome.open_library, Qt.MouseButton.LeftButton)
    assert len(compared.library.libraries) == 1
    library = compared.library.libraries[0]
    assert library.isVisible()
    dialog = compared.library.find_similar()
    assert dialog is not None
    dialog.close()
    assert compared.library.session_data()  # the library goes into the session file


def test_shortcuts_dialog_opens(compared: MainWindow, answers: Dialogs) -> None:
    compared.actions_.shortcuts.trigger()
    dialog = compared.findChild(ShortcutsDialog)
    assert dialog is not None
    assert any(keys == "Alt+Down" for _, _, keys in dialog.rows())
    dialog.close()


def test_session_keeps_the_open_library(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, library_path: Path, tmp_path: Path
) -> None:
    from gui_helpers import make_window

    compared.library.open_library([str(library_path)])
    target = tmp_path / "with-library.clausediff"
    answers.save_path = str(target)
    assert compared.sessions.save_session_as()
    other = make_window(qtbot, tmp_path / "other")
    with qtbot.waitSignal(other.comparison_finished, timeout=20000):
        other.opener.load_session_file(str(target))
    assert len(other.library.libraries) == 1
    assert other.library.libraries[0].variant_model.rowCount() > 0
    other.opener.shutdown()


def test_run_app_demo_variants_opens_the_bundled_library(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Dialogs
) -> None:
    seen: list[tuple[str, int]] = []
    real_create = app_module.create_window

    def create(*args: object, **kwargs: object) -> MainWindow:
        window = real_create(tmp_path / "config", tmp_path / "data", recover=True)

        def look_then_quit() -> None:
            for library in window.library.libraries:
                seen.append((library.group_box.itemText(0), library.variant_model.rowCount()))
            window.close()

        QTimer.singleShot(100, look_then_quit)
        return window

    monkeypatch.setattr(app_module, "create_window", create)
    assert app_module.run_app(None, None, demo=False, demo_variants=True) == 0
    assert seen == [("Limitation de responsabilité (8)", 8)]


def test_variants_demo_is_one_click_from_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    assert window.welcome.variants_demo.isVisible()
    qtbot.mouseClick(window.welcome.variants_demo, Qt.MouseButton.LeftButton)
    assert len(window.library.libraries) == 1
    library = window.library.libraries[0]
    assert library.isVisible()
    assert library.variant_model.rowCount() == 8
    assert library.controller.state.groups[0].title == "Limitation de responsabilité"
    library.close()


def test_help_offers_both_demos(qtbot: QtBot, window: MainWindow) -> None:
    # Help > Try the Samples > the contracts or the clause variants: two clicks.
    samples = window.menus.samples
    assert samples.menuAction() in window.menus.help.actions()
    actions = samples.actions()
    assert actions == [window.actions_.open_samples, window.actions_.demo_variants]
    window.looks.set_language("fr")
    assert samples.title() == "&Essayer les exemples"
    assert [a.text() for a in actions] == [
        "Essayer avec des contrats d’exemp&le",
        "Essayer la démonstration des &variantes",
    ]
    actions[1].trigger()
    assert len(window.library.libraries) == 1
    assert window.library.libraries[0].variant_model.rowCount() == 8
    window.library.libraries[0].close()
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        actions[0].trigger()
    assert window.workspace.comparison is not None


def test_quitting_with_unsaved_variant_choices_asks_and_keeps_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl+Q with a preferred variant chosen quit without a word; after relaunch it was gone.
    from gui_helpers import make_window

    from clausediff.gui import dialogs

    answers = [dialogs.SaveAnswer.CANCEL, dialogs.SaveAnswer.SAVE]
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent: answers.pop(0))
    library = window.library.open_demo()
    assert library is not None
    library.controller.select(library.controller.state.groups[0].variant_ids[3])
    library.choice_panel.mark_preferred()
    library.actions_.quit.trigger()  # Ctrl+Q in the variants window: Cancel keeps both open
    assert window.isVisible() and library.isVisible()
    library.actions_.quit.trigger()  # Save: the choice is kept, everything closes
    assert not window.isVisible() and not answers
    relaunched = make_window(qtbot, tmp_path)  # the same settings and data folders
    again = relaunched.library.open_demo()
    assert again is not None
    assert again.controller.choice().preferred == again.controller.state.groups[0].variant_ids[3]
    again.close()
