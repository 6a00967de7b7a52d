"""Term changes in the details panel (issue 12, item 4): each says where it is, with an excerpt
of its sentence on either side, and clicking an excerpt shows the term in the comparison view
and flashes it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clausediff.comparison import Direction, Side
from clausediff.gui.main_window import MainWindow
from clausediff.gui.term_flash import FLASH_MS


def _weakened_pair(window: MainWindow) -> int:
    comparison = window.workspace.comparison
    assert comparison is not None
    return next(
        i
        for i, pair in enumerate(comparison.pairs)
        if any(c.direction is Direction.WEAKENED for c in pair.term_changes)
    )


def test_term_changes_read_in_their_sentences(qtbot: QtBot, compared: MainWindow) -> None:
    pair = _weakened_pair(compared)
    compared.set_current_pair(pair)
    text = compared.details.terms.text()
    assert "Obligation weakened" in text
    assert "« Le Prestataire doit intégrer à la … »" in text
    assert "« Le Prestataire peut intégrer à la … »" in text
    assert 'href="term:0:right"' in text


def test_clicking_an_excerpt_flashes_the_term(qtbot: QtBot, compared: MainWindow) -> None:
    compared.resize(1300, 900)
    pair = _weakened_pair(compared)
    compared.set_current_pair(pair)
    compared.view.go_to_pair(0)  # the pair is off screen when its excerpt is clicked
    qtbot.wait(50)
    with qtbot.waitSignal(compared.details.term_requested) as request:
        compared.details.terms.linkActivated.emit("term:0:right")
    assert request.args[:2] == [pair, Side.RIGHT]
    flash = compared.view.flash
    qtbot.waitUntil(lambda: flash.isVisible(), timeout=2000)
    assert compared.view.current_pair() == pair
    # the frame lies over the right half of the pair's row, around the word "peut"
    row = compared.view.compare_model.row_of_pair(pair)
    cell = compared.view.visualRect(compared.view.compare_model.index(row, 0))
    qtbot.waitUntil(lambda: flash.geometry().intersects(cell), timeout=2000)
    assert flash.geometry().left() > cell.center().x()
    assert flash.target is not None
    document = compared.view.delegate.document(pair, Side.RIGHT)
    assert document is not None
    shown = document.toPlainText()[flash.target.start : flash.target.end]
    assert shown == "peut"
    # then it fades out and goes away
    qtbot.waitUntil(lambda: not flash.isVisible(), timeout=FLASH_MS + 2000)


def test_a_change_in_a_merged_pair_names_its_clause(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    left = tmp_path / "v1.txt"
    right = tmp_path / "v2.txt"
    left.write_text(
        "Article 1 – Objet\n\nLe présent contrat a pour objet la fourniture d'un service.\n\n"
        "Article 2 – Paiement\n\nLe Client paie chaque facture dans un délai de trente (30) "
        "jours.\n\n"
        "Article 3 – Retards\n\nTout retard de paiement entraîne des pénalités de retard.\n\n"
        "Article 4 – Durée\n\nLe contrat est conclu pour une durée indéterminée.\n",
        encoding="utf-8",
    )
    right.write_text(
        "Article 1 – Objet\n\nLe présent contrat a pour objet la fourniture d'un service.\n\n"
        "Article 2 – Paiement et retards\n\nLe Client paie chaque facture dans un délai de "
        "quarante-cinq (45) jours. Tout retard de paiement entraîne des pénalités de retard.\n\n"
        "Article 3 – Durée\n\nLe contrat est conclu pour une durée indéterminée.\n",
        encoding="utf-8",
    )
    ended: list[str] = []
    window.comparison_finished.connect(lambda: ended.append(""))
    window.opener.open_pair(str(left), str(right))
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    comparison = window.workspace.comparison
    assert comparison is not None
    pair = next(i for i, p in enumerate(comparison.pairs) if p.term_changes)
    assert len(comparison.pairs[pair].left) == 2  # Articles 2 and 3 merged into one
    window.set_current_pair(pair)
    text = window.details.terms.text()
    assert "Deadline: 30 days -&gt; 45 days (Article 2)" in text
