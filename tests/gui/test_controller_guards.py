"""Controller rules no other test pinned: each test here kills a hand mutation that survived the
whole suite (docs/mutations.md)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.comparison import PairStatus, Side
from clausediff.gui import dialogs
from clausediff.gui.main_window import MainWindow
from clausediff.store.session import Keep, load_session


def test_two_single_drops_on_the_welcome_page_fill_left_then_right(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path]
) -> None:
    left, right = samples
    window.welcome.files_dropped.emit([str(left)])
    assert window.opener.paths == {Side.LEFT: str(left), Side.RIGHT: ""}
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.welcome.files_dropped.emit([str(right)])
    comparison = window.workspace.comparison
    assert comparison is not None
    assert (Path(comparison.left.path).name, Path(comparison.right.path).name) == (
        left.name,
        right.name,
    )


def test_a_rerun_with_no_decision_is_replaced_without_asking(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, samples: tuple[Path, Path]
) -> None:
    # Changing an option re-runs and marks the session modified, but there is nothing of the
    # user's to lose: opening another pair must not ask "Save your decisions?".
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        compared.actions_.ignore_case.trigger()
    session = compared.workspace.session
    assert compared.workspace.modified and session is not None and not session.choices
    answers.save_answer = dialogs.SaveAnswer.CANCEL  # were it asked, the swap would not happen
    with qtbot.waitSignal(compared.comparison_finished, timeout=20000):
        compared.actions_.swap.trigger()
    comparison = compared.workspace.comparison
    assert comparison is not None
    assert Path(comparison.left.path).name == samples[1].name


def test_save_writes_to_the_session_file_without_asking_again(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    target = tmp_path / "decided.clausediff"
    answers.save_path = str(target)
    assert compared.sessions.save_session()  # the first time: asks for a name
    answers.save_path = ""  # asked again, the user would now cancel
    compared.decider.keep("right")
    assert compared.workspace.modified
    assert compared.sessions.save_session()
    assert not compared.workspace.modified
    saved = load_session(target).choices.values()
    assert [choice.side for choice in saved] == [Keep.RIGHT]


def test_keeping_the_same_side_twice_is_one_undo_step(compared: MainWindow) -> None:
    compared.decider.keep("right")
    compared.decider.keep("right")  # nothing changes: no second command
    assert compared.undo_stack.count() == 1


def test_keeping_a_side_keeps_the_note(compared: MainWindow) -> None:
    compared.decider.set_note("ask the client")
    compared.decider.keep("left")
    pair = compared.pair_on_screen()
    assert pair is not None
    choice = compared.workspace.choice(pair)
    assert choice is not None and (choice.side, choice.note) == (Keep.LEFT, "ask the client")


def test_clearing_a_decision_without_note_forgets_the_pair(compared: MainWindow) -> None:
    compared.decider.keep("left")
    compared.decider.clear()
    session = compared.workspace.session
    assert session is not None and session.choices == {}


def test_the_summary_counts_only_what_changed(compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None and comparison.summary()["unchanged"]
    text = compared.summary.text()
    assert "modified" in text
    assert "unchanged" not in text  # the unchanged pairs are the rest, not news


def test_unlink_is_offered_only_for_a_pair_with_both_sides(compared: MainWindow) -> None:
    comparison = compared.workspace.comparison
    assert comparison is not None
    one_sided = next(i for i, p in enumerate(comparison.pairs) if not (p.left and p.right))
    two_sided = next(i for i, p in enumerate(comparison.pairs) if p.left and p.right)
    compared.go_to_pair(one_sided)
    assert not compared.actions_.unlink.isEnabled()
    compared.go_to_pair(two_sided)
    assert compared.actions_.unlink.isEnabled()


def test_find_similar_looks_up_the_new_wording_of_a_modified_clause(
    compared: MainWindow, library_path: Path
) -> None:
    comparison = compared.workspace.comparison
    index = compared.comparison_index()
    assert comparison is not None and index is not None
    modified = next(
        i
        for i, p in enumerate(comparison.pairs)
        if p.left and p.right and p.changed and p.status is not PairStatus.MOVED
    )
    compared.go_to_pair(modified)
    assert compared.library.open_library([str(library_path)]) is not None
    dialog = compared.library.find_similar()
    assert dialog is not None
    pair = comparison.pairs[modified]
    right = "\n\n".join(c.text for c in index.clauses(pair, Side.RIGHT))
    assert dialog.text == right  # the version under review, not the one it replaces
    dialog.close()
    compared.library.close_all()
