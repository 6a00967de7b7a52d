"""Three versions through the real window: File ▸ Open Versions…, the step selector, decisions
kept per step, the session saved and reopened, cancel, options re-run (issue 19.6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Dialogs, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow
from clausediff.gui.versions_dialog import VersionsDialog
from clausediff.store.chain_session import step_sessions
from clausediff.store.session import Keep, load_session, pair_key

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "resources" / "samples" / "contrat-services-v1.txt"
V2 = ROOT / "resources" / "samples" / "contrat-services-v2.txt"
V3 = ROOT / "tests" / "data" / "chain" / "contrat-services-v3.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def dialog_of(window: MainWindow) -> VersionsDialog:
    window.menus.file.setActiveAction(window.versions.open_versions)
    window.versions.open_versions.trigger()
    dialog = window.versions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def open_three(qtbot: QtBot, window: MainWindow, answers: Dialogs) -> None:
    """File ▸ Open Versions…, Add… the three files, OK; wait for the chain on screen."""
    dialog = dialog_of(window)
    answers.open_paths = [str(V3), str(V1), str(V2)]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window.activateWindow()  # the dialog had it; shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)


def key_of_current(window: MainWindow) -> str:
    pair = window.details.current_pair()
    assert pair is not None
    return pair_key(pair)


def test_the_dialog_orders_the_versions(qtbot: QtBot, window: MainWindow, answers: Dialogs) -> None:
    dialog = dialog_of(window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    answers.open_paths = [str(V2)]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not ok.isEnabled()  # one version is no chain
    answers.open_paths = [str(V3), str(V1), str(V2)]  # V2 again: not taken twice
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [str(V2), str(V1), str(V3)]
    assert "contrat-services-v2.txt" in dialog.note.text()
    assert not dialog.add_button.isEnabled() and ok.isEnabled()
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # v1 first
    assert dialog.paths == [str(V1), str(V2), str(V3)]
    assert dialog.list.item(0).text() == "v1 — contrat-services-v1.txt"
    assert not dialog.up_button.isEnabled()  # already at the top
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [str(V2), str(V1), str(V3)]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.paths == [str(V2), str(V3)] and dialog.add_button.isEnabled()
    dialog.reject()
    assert window.workspace.session is None  # Cancel compares nothing


def test_open_three_and_step_through(qtbot: QtBot, window: MainWindow, answers: Dialogs) -> None:
    assert not window.versions.toolbar.isVisibleTo(window)
    open_three(qtbot, window, answers)
    assert window.versions.toolbar.isVisibleTo(window)
    assert window.windowTitle().startswith("v1 → v2 · contrat-services-v1.txt ⟷")
    assert window.versions.status.text() == "Step 1 of 3: v1 → v2"
    assert [a.text() for a in window.versions.step_actions] == ["v1 → v2", "v2 → v3", "v1 → v3"]
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    assert window.windowTitle().startswith(
        "v2 → v3 · contrat-services-v2.txt ⟷ contrat-services-v3"
    )
    assert window.versions.step_actions[1].isChecked()
    # Alt+Down walks the five changes of v2 → v3 (tests/data/chain/README.md), then stops.
    comparison = window.workspace.comparison
    assert comparison is not None and not comparison.pairs[0].changed
    window.go_to_pair(0)
    changed = 0
    while window.step(1, lambda pair: pair.changed):
        changed += 1
    assert changed == 5
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)
    assert window.versions.status.text() == "Step 3 of 3: v1 → v3"
    comparison = window.workspace.comparison
    assert comparison is not None and comparison.right.path == str(V3)


def test_decisions_are_kept_per_step_and_saved(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    open_three(qtbot, window, answers)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)  # next change of v1 → v2
    window.actions_.keep_left.trigger()
    first = key_of_current(window)
    assert window.versions.step_actions[0].text() == "v1 → v2 (1 decision)"
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    assert window.workspace.session is not None and not window.workspace.session.choices
    assert window.workspace.modified  # the decision in step 1 is still unsaved
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_right.trigger()
    second = key_of_current(window)
    qtbot.keyClick(window.view, Qt.Key.Key_1, CTRL)
    session = window.workspace.session
    assert session is not None and session.choices[first].side is Keep.LEFT
    assert key_of_current(window) == first  # back where the user was in that step
    assert second not in session.choices
    answers.save_path = str(tmp_path / "negociation.clausediff")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not window.workspace.modified
    saved = [s.choices for s in step_sessions(load_session(answers.save_path))]
    assert saved[0][first].side is Keep.LEFT and saved[1][second].side is Keep.RIGHT
    assert saved[2] == {}
    other = make_window(qtbot, tmp_path / "second")
    with qtbot.waitSignal(other.comparison_finished, timeout=20000):
        other.opener.load_session_file(answers.save_path)
    assert other.versions.toolbar.isVisibleTo(other)
    assert other.versions.status.text() == "Step 1 of 3: v1 → v2"
    reopened = other.workspace.session
    assert reopened is not None and reopened.choices[first].side is Keep.LEFT
    qtbot.keyClick(other.view, Qt.Key.Key_2, CTRL)
    reopened = other.workspace.session
    assert reopened is not None and reopened.choices[second].side is Keep.RIGHT
    other.opener.shutdown()


def test_options_rerun_every_step_keeping_decisions(
    qtbot: QtBot, window: MainWindow, answers: Dialogs
) -> None:
    open_three(qtbot, window, answers)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_right.trigger()
    key = key_of_current(window)
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.actions_.ignore_case.trigger()
    session = window.workspace.session
    assert session is not None and session.chain is not None and session.chain.active == 1
    assert session.choices[key].side is Keep.RIGHT
    assert all(s.comparison.options.ignore_case for s in step_sessions(session))
    window.actions_.ignore_case.setChecked(False)


def test_cancel_keeps_what_is_on_screen(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs
) -> None:
    before = compared.workspace.comparison
    compared.versions.open_versions_of([str(V1), str(V2), str(V3)])
    assert compared.opener.runner.busy
    compared.cancel_work()
    compared.opener.runner.wait(20000)
    qtbot.wait(50)  # the job's late signals are delivered and ignored
    assert compared.workspace.comparison is before
    assert not compared.versions.toolbar.isVisibleTo(compared)
    assert answers.errors == []


def test_a_bad_version_gets_a_dialog(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_text("", encoding="utf-8")
    before = compared.workspace.comparison
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.versions.open_versions_of([str(V1), str(V2), str(empty)])
    assert len(answers.errors) == 1 and "vide.txt" in answers.errors[0][1]
    assert compared.workspace.comparison is before


def test_two_versions_open_as_a_pair(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.versions.open_versions_of([str(V2), str(V3)])
    assert window.workspace.session is not None and window.workspace.session.chain is None
    assert not window.versions.toolbar.isVisibleTo(window)
    assert window.windowTitle().startswith("contrat-services-v2.txt ⟷")


def test_three_files_dropped_on_the_welcome_page_go_to_the_versions_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    extra = ROOT / "resources" / "samples" / "service-agreement-v1.txt"
    window.welcome.files_dropped.emit([str(V3), str(V2), str(V1), str(extra)])
    dialog = window.versions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.paths == [str(V1), str(V2), str(V3)]  # by name; the fourth is not taken
    assert "service-agreement-v1.txt" in dialog.note.text()
    assert window.workspace.session is None  # nothing compared before OK
    dialog.reject()


def test_undo_walks_back_through_the_steps(
    qtbot: QtBot, window: MainWindow, answers: Dialogs
) -> None:
    """Decide in v1 → v2, show v2 → v3, decide there: Ctrl+Z undoes that decision, then comes
    back to v1 → v2 (its decision still there), then undoes it; redo replays all three."""
    open_three(qtbot, window, answers)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_left.trigger()
    first = key_of_current(window)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    assert window.undo_action.text() == "&Undo Show v2 → v3"
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_right.trigger()
    second = key_of_current(window)

    def shown() -> tuple[str, dict[str, Keep | None]]:
        session = window.workspace.session
        assert session is not None
        return window.versions.caption(), {k: c.side for k, c in session.choices.items()}

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert shown() == ("v2 → v3", {})
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert shown() == ("v1 → v2", {first: Keep.LEFT})
    assert key_of_current(window) == first  # where the user was in that step
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert shown() == ("v1 → v2", {})
    for _ in range(3):
        window.redo_action.trigger()
    assert shown() == ("v2 → v3", {second: Keep.RIGHT})
    session = window.workspace.session
    assert session is not None
    assert step_sessions(session)[0].choices[first].side is Keep.LEFT


def test_a_chain_survives_a_crash_and_cannot_be_swapped(
    qtbot: QtBot, window: MainWindow, answers: Dialogs
) -> None:
    open_three(qtbot, window, answers)
    assert not window.actions_.swap.isEnabled()  # the versions' order is the chain's meaning
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_right.trigger()
    key = key_of_current(window)
    window.autosaver.save_now()
    window.autosaver.abandon()  # the window "crashes"; a new one starts on the same data
    answers.recover = True
    restored = make_window(qtbot, window.data_dir.parent, recover=True)
    session = restored.workspace.session
    assert session is not None and session.chain is not None
    assert restored.versions.caption() == "v2 → v3" and restored.workspace.modified
    assert session.choices[key].side is Keep.RIGHT
    assert restored.versions.toolbar.isVisibleTo(restored)
    restored.workspace.set_modified(False)
    restored.opener.shutdown()


def test_first_against_last_says_which_step_changed_the_clause(
    qtbot: QtBot, window: MainWindow, answers: Dialogs
) -> None:
    open_three(qtbot, window, answers)
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)
    comparison = window.workspace.comparison
    assert comparison is not None

    def go_to(words: str) -> str:
        index = next(
            i
            for i, pair in enumerate(comparison.pairs)
            if any(words in c.text for c in comparison.side("right").of(pair))
        )
        window.navigator_activated(index)
        return window.versions.trace.text() if window.versions.trace_shown.isVisible() else ""

    assert go_to("intégrer à la Plateforme, sans supplément") == (
        "This clause changed in v1 → v2, then changed back in v2 → v3"
    )
    assert go_to("responsabilité civile professionnelle") == "This clause changed in v2 → v3 only"
    assert go_to("redevance mensuelle forfaitaire") == (
        "This clause changed in v1 → v2 and again in v2 → v3"
    )
    qtbot.keyClick(window.view, Qt.Key.Key_1, CTRL)  # only v1 → v3 traces its clauses
    assert not window.versions.trace_shown.isVisible()


def test_f5_reads_every_version_again_keeping_each_steps_decisions(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    copies = []
    for source in (V1, V2, V3):
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        copies.append(str(copy))
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.versions.open_versions_of(copies)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_left.trigger()
    first = key_of_current(window)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # v2 → v3 on screen
    v3 = Path(copies[2])
    v3.write_text(
        v3.read_text(encoding="utf-8").replace("quarante-cinq (45) jours", "soixante (60) jours"),
        encoding="utf-8",
    )
    answers.reread_changed = True
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.actions_.rerun.trigger()
    session = window.workspace.session
    assert session is not None and window.versions.caption() == "v2 → v3"
    assert "soixante (60) jours" in session.comparison.right.text  # v3 read again
    steps = step_sessions(session)
    assert steps[0].choices[first].side is Keep.LEFT  # step 1's decision carried over
    assert "soixante (60) jours" in steps[2].comparison.right.text  # v1 → v3 too


def test_a_damaged_chain_session_gets_a_dialog(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    """A session whose chain names a step it does not have is refused in one sentence; the
    comparison on screen stays."""
    import json

    from clausediff.compare.chain import compare_chain_files
    from clausediff.store.chain_session import chain_session
    from clausediff.store.session import session_to_dict

    data = session_to_dict(chain_session(compare_chain_files([V1, V2, V3])))
    data["chain"]["active"] = 7
    path = tmp_path / "abîmée.clausediff"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = compared.workspace.comparison
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.opener.load_session_file(str(path))
    assert len(answers.errors) == 1 and "abîmée.clausediff" in answers.errors[0][1]
    assert compared.workspace.comparison is before
    assert not compared.versions.toolbar.isVisibleTo(compared)


def _drop_on(widget: object, paths: list[Path]) -> None:
    """A real drop of local ``paths`` on ``widget`` (at its left, 40 px down)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]


def test_three_files_dropped_on_the_comparison_go_to_the_versions_dialog(
    qtbot: QtBot, compared: MainWindow
) -> None:
    """On the comparison view and on its file header, as on the welcome page: the dialog opens
    with them in order, and the comparison on screen stays until OK."""
    before = compared.workspace.comparison
    for target in (compared.view, compared.pane.header):
        _drop_on(target, [V3, V1, V2])
        dialog = compared.versions.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.paths == [str(V1), str(V2), str(V3)]
        assert compared.workspace.comparison is before
        dialog.reject()
        qtbot.waitUntil(lambda: compared.versions.dialog is None)


def test_a_step_too_large_and_a_wrong_count_are_said_in_french(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline's size check and the chain's count check carry codes the window words in
    French, naming the step's two files; the CLI keeps the English."""
    from clausediff.compare import pipeline
    from clausediff.compare.chain import check_version_count
    from clausediff.errors import InputError
    from clausediff.gui.error_text import error_text

    window.looks.set_language("fr")
    try:
        monkeypatch.setattr(pipeline, "MAX_COMPARED_CHARS", 10_000)
        with qtbot.waitSignal(window.comparison_failed, timeout=20000) as failed:
            window.versions.open_versions_of([str(V1), str(V2), str(V3)])
        assert failed.args[0].startswith(
            "contrat-services-v1.txt et contrat-services-v2.txt sont trop grands pour être "
            "comparés ensemble"
        )
        assert window.workspace.session is None
        with pytest.raises(InputError) as raised:
            check_version_count(4)
        assert error_text(raised.value) == "Une chaîne de versions compte 2 ou 3 documents, pas 4."
        assert str(raised.value) == "a chain of versions holds 2 or 3 documents, not 4"
    finally:
        window.looks.set_language("en")


def test_export_while_a_chain_is_shown_offers_this_step_or_all_steps(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    """File ▸ Export ▸ HTML/PDF on a chain asks which steps: all steps is the chain report
    (with each step's decisions), this step the step's own report; cancel writes nothing."""
    open_three(qtbot, window, answers)
    qtbot.keyClick(window.view, Qt.Key.Key_2, CTRL)  # v2 → v3
    qtbot.keyClick(window.view, Qt.Key.Key_Down, ALT)
    window.actions_.keep_left.trigger()
    exported = window.exporter.exported

    answers.save_path = str(tmp_path / "all.html")
    with qtbot.waitSignal(exported, timeout=30000):
        window.exporter.export("html")
    assert answers.scope_asked == ["v2 → v3"]
    page = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert "Where each clause changed" in page
    assert [page.count(f'id="step-{n}"') for n in (1, 2, 3)] == [1, 1, 1]
    step_two = page[page.index('id="step-2"') : page.index('id="step-3"')]
    assert 'class="decision' in step_two  # the decision taken in v2 → v3, in its step

    answers.chain_scope = dialogs.ReportScope.STEP
    answers.save_path = str(tmp_path / "step.html")
    with qtbot.waitSignal(exported, timeout=30000):
        window.exporter.export("html")
    page = (tmp_path / "step.html").read_text(encoding="utf-8")
    assert "Where each clause changed" not in page and 'id="step-1"' not in page
    assert "contrat-services-v2.txt" in page and "contrat-services-v1.txt" not in page

    answers.chain_scope = None
    answers.save_path = str(tmp_path / "none.pdf")
    window.exporter.export("pdf")
    assert not (tmp_path / "none.pdf").exists()

    answers.chain_scope = dialogs.ReportScope.ALL
    with qtbot.waitSignal(exported, timeout=60000):
        window.exporter.export("pdf")
    assert (tmp_path / "none.pdf").read_bytes().startswith(b"%PDF")
