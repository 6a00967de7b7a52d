"""F5 after both contracts gained a clause: every decision stays on its own clause."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import Dialogs
from pytestqt.qtbot import QtBot

from clausediff.comparison import Comparison, Pair, Side
from clausediff.gui.main_window import MainWindow
from clausediff.store.session import Keep

NEW_ARTICLE = (
    "Article 2 bis – Interlocuteurs\n\n"
    "Chaque partie désigne un interlocuteur unique chargé du suivi du présent contrat.\n\n"
)


def _labels(comparison: Comparison, pair: Pair) -> tuple[str, ...]:
    return tuple(c.label for side in Side for c in comparison.side(side).of(pair))


def test_f5_keeps_each_decision_on_its_clause(
    qtbot: QtBot, window: MainWindow, answers: Dialogs, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    copies = []
    for sample in samples:
        copies.append(tmp_path / sample.name)
        shutil.copy(sample, copies[-1])
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(copies[0]), str(copies[1]))
    comparison = window.workspace.comparison
    assert comparison is not None
    targets = [p for p in comparison.pairs if p.left and p.right and p.changed][3:5]
    for index, keep in zip(
        (comparison.pairs.index(p) for p in targets), ("left", "right"), strict=True
    ):
        window.view.go_to_pair(index)
        window.set_current_pair(index)
        (window.actions_.keep_left if keep == "left" else window.actions_.keep_right).trigger()
    decided = {_labels(comparison, p): window.workspace.session.choice_for(p) for p in targets}
    assert all(choice is not None for choice in decided.values())

    for copy in copies:  # both contracts gain a clause before Article 3
        text = copy.read_text("utf-8")
        anchor = text.index("Article 3 – Description des prestations")
        copy.write_text(text[:anchor] + NEW_ARTICLE + text[anchor:], encoding="utf-8")
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.actions_.rerun.trigger()

    session = window.workspace.session
    after = {
        _labels(session.comparison, p): session.choice_for(p)
        for p in session.comparison.pairs
        if session.choice_for(p) is not None
    }
    assert after == decided
    assert {c.side for c in after.values() if c is not None} == {Keep.LEFT, Keep.RIGHT}
    assert answers.infos == []  # nothing to report: every decision found its clause
