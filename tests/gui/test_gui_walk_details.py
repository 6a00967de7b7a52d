"""The details panel of a clause that exists on one side only (a walk-through as a lawyer).

The sample's Article 17 "Non-sollicitation du personnel" is deleted: with it go the Client's
duty ("s'interdit"), a twelve-month period and a six-month indemnity. The panel used to say "No
change of obligation, deadline or amount" for it, the opposite of what happened; it must list
what the clause took away (and, for an inserted clause, what it brings).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clausediff.comparison import PairStatus, Side
from clausediff.gui.main_window import MainWindow


def _pair_with(window: MainWindow, status: PairStatus, words: str) -> int:
    comparison = window.workspace.comparison
    assert comparison is not None
    for index, pair in enumerate(comparison.pairs):
        side = comparison.side(Side.LEFT if status is PairStatus.DELETED else Side.RIGHT)
        if pair.status is status and any(words in c.text for c in side.of(pair)):
            return index
    raise AssertionError(f"no {status} pair holding {words!r}")


def test_a_deleted_clause_lists_the_terms_it_takes_away(qtbot: QtBot, compared: MainWindow) -> None:
    pair = _pair_with(compared, PairStatus.DELETED, "solliciter")
    compared.set_current_pair(pair)
    text = compared.details.terms.text()
    assert "No change of obligation" not in text
    assert "Deleted with the clause" in text
    assert "Obligation removed" in text
    assert "« Le Client s’interdit de solliciter" in text
    assert "Deadline removed: 12 months" in text
    # each one is a link that shows the term in the left text
    assert 'href="term:0:left"' in text
    assert 'href="term:0:right"' not in text


def test_an_inserted_clause_lists_the_terms_it_brings(qtbot: QtBot, compared: MainWindow) -> None:
    pair = _pair_with(compared, PairStatus.INSERTED, "restituer au Client")
    compared.set_current_pair(pair)
    text = compared.details.terms.text()
    assert "No change of obligation" not in text
    assert "Added with the clause" in text
    assert "Deadline added: 15 business days" in text
    assert "Amount added: €750 excl. tax" in text


def test_clicking_a_deleted_term_shows_it(qtbot: QtBot, compared: MainWindow) -> None:
    pair = _pair_with(compared, PairStatus.DELETED, "solliciter")
    compared.set_current_pair(pair)
    comparison = compared.workspace.comparison
    assert comparison is not None
    with qtbot.waitSignal(compared.details.term_requested) as request:
        compared.details.terms.linkActivated.emit("term:0:left")
    _, side, start, end = request.args
    assert side is Side.LEFT
    assert comparison.left.text[start:end] == "s’interdit"


def test_the_french_panel_words_it_too(qtbot: QtBot, compared: MainWindow) -> None:
    compared.looks.set_language("fr")
    pair = _pair_with(compared, PairStatus.DELETED, "solliciter")
    compared.set_current_pair(pair)
    text = compared.details.terms.text()
    assert "Supprimés avec la clause" in text
    assert "Obligation supprimée" in text
    assert "Délai supprimé : 12 mois" in text


# The clause list, the step keys and the status bar read the same changes as the panel: the
# deleted Article 17 showed no term badge, Alt+Shift+Down skipped it, and the status bar counted
# 13 term changes where the report's table lists 21.


def test_the_clause_list_badges_a_deleted_clause(qtbot: QtBot, compared: MainWindow) -> None:
    from clausediff.comparison import TermKind
    from clausediff.gui.navigator_roles import Role

    pair = _pair_with(compared, PairStatus.DELETED, "solliciter")
    model = compared.navigator.model
    counts = model.index(pair, 0).data(Role.TERMS)
    assert counts[TermKind.OBLIGATION] >= 1 and counts[TermKind.DEADLINE] >= 1


def test_next_term_change_stops_at_a_deleted_clause(qtbot: QtBot, compared: MainWindow) -> None:
    pair = _pair_with(compared, PairStatus.DELETED, "solliciter")
    compared.set_current_pair(pair - 1)
    compared.actions_.next_term.trigger()
    assert compared.current_pair() == pair


def test_the_status_bar_counts_them(qtbot: QtBot, compared: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    comparison = compared.workspace.comparison
    assert comparison is not None
    total = sum(comparison.term_change_counts().values())  # as `clausediff compare` prints it
    taken_along = sum(len(p.term_changes) for p in comparison.pairs if not (p.left and p.right))
    assert taken_along > 0
    label = compared.findChild(QLabel, "summary")
    assert label is not None
    assert f"{total} term changes" in label.text()
