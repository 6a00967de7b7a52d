"""Problems a lawyer met using the real window, each pinned by the test that shows it fixed."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import Dialogs, painted_colour
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from clausediff.gui.app import create_window
from clausediff.gui.main_window import MainWindow, first_size
from clausediff.gui.resources import translations_dir
from clausediff.gui.text_edits import exact_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Tests here switch windows to French; later tests expect Qt's English (no catalogue)."""
    yield
    for window in qapp.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.translations.install("en")


def test_return_presses_the_focused_welcome_button(qtbot: QtBot, window: MainWindow) -> None:
    # Tab to "Try with sample contracts", then Return: outside a dialog Qt ignored Return on a
    # push button that is not auto-default, so the keyboard user was stuck on the first screen.
    window.welcome.samples.setFocus()
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        qtbot.keyClick(window.welcome.samples, Qt.Key.Key_Return)
    assert window.workspace.comparison is not None


def test_variants_window_menus_are_french(
    qtbot: QtBot, compared: MainWindow, library_path: Path
) -> None:
    # The variants window's menus and toolbar were filed by lupdate under a context "window"
    # that Qt never looks up, so they stayed English in the French UI.
    compared.looks.set_language("fr")
    library = compared.library.open_library([str(library_path)])
    assert library is not None
    menus = [action.text() for action in library.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Variante", "&Groupe", "A&ide"]
    assert library.actions_.prefer.text() == "&Marquer comme préférée"
    assert library.actions_.open.text() == "&Ouvrir des fichiers…"
    library.close()


def test_every_catalogue_context_is_one_qt_looks_up() -> None:
    # A context Qt never asks for (a variable name lupdate took for a class) is dead text.
    classes = {
        node.name
        for path in (ROOT / "clausediff" / "gui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    translate_contexts = {"Labels", "Dialogs", "CompareTips", "CoreErrors"}  # .translate()
    # Qt's own classes whose Qt 6 strings qtbase_fr.qm lacks ("&Look in:", "Folder"):
    # Qt looks them up.
    translate_contexts |= {"QFileDialog", "QAbstractFileIconProvider"}
    for language in ("fr", "en"):
        root = ET.parse(translations_dir() / f"clausediff_{language}.ts").getroot()
        contexts = {context.findtext("name") for context in root.iter("context")}
        unknown = contexts - classes - translate_contexts
        assert not unknown, f"{language}: contexts no class uses: {sorted(map(str, unknown))}"


def test_about_box_lists_every_shipped_library_with_version_and_licence(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The About box named five libraries without versions and forgot text2num, striprtf,
    # defusedxml and lxml, which the app ships too (issue 8: versions and licences).
    from importlib import metadata

    from PySide6.QtCore import qVersion

    window.looks.set_language("fr")
    dialog = window.looks.show_about()
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(row, 0).text(): (
            dialog.table.item(row, 1).text(),
            dialog.table.item(row, 2).text(),
        )
        for row in range(dialog.table.rowCount())
    }
    assert rows["Qt"] == (qVersion(), "LGPL-3.0")
    for name in ("text2num", "defusedxml", "lxml", "python-docx", "pypdfium2"):
        assert rows[name][0] == metadata.version(name), name
        assert rows[name][1] and rows[name][1] != "?", name
    assert rows["RapidFuzz"][1] == "MIT"
    assert "pytest" not in rows  # test-only extras are not shipped
    assert dialog.windowTitle() == "À propos de ClauseDiff"
    assert dialog.about_qt.text() == "À propos de &Qt"
    dialog.close()


def test_bad_file_error_box_leads_with_a_translated_sentence(
    qtbot: QtBot, compared: MainWindow, answers: Dialogs, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    # The box showed only the core's English one-liner (its title is invisible on macOS and
    # under window managers that draw none): a French user read nothing in French.
    from clausediff.gui.dialogs import error_box

    compared.looks.set_language("fr")
    bad = tmp_path / "bail.docx"
    bad.write_bytes(b"not a zip archive")
    with qtbot.waitSignal(compared.comparison_failed, timeout=20000):
        compared.opener.open_pair(str(bad), str(samples[1]))
    assert compared.workspace.comparison is not None  # the previous comparison stays
    title, message = answers.errors[0]
    box = error_box(compared, title, message)
    qtbot.addWidget(box)
    assert box.text().startswith("<p><b>Comparaison impossible</b></p>")
    assert "bail.docx" in box.text()


def _mnemonic_clashes(window: QMainWindow) -> list[str]:
    """Menus of ``window`` where two items share an Alt letter, or a variants item has none."""
    menus: list[tuple[str, list[QAction]]] = [("menu bar", window.menuBar().actions())]
    menus += [(menu.title(), menu.actions()) for menu in window.menuBar().findChildren(QMenu)]
    clashes = []
    for title, actions in menus:
        letters: dict[str, list[str]] = {}
        for action in actions:
            if action.isSeparator() or not action.text():
                continue
            found = re.search(r"&([^&])", action.text())
            if found:
                letters.setdefault(found.group(1).lower(), []).append(action.text())
            elif not isinstance(window, MainWindow):
                clashes.append(f"{title}: {action.text()!r} has no mnemonic")
        clashes += [f"{title}: {texts}" for texts in letters.values() if len(texts) > 1]
    return clashes


@pytest.mark.parametrize("language", ["en", "fr"])
def test_menu_mnemonics_are_unique(
    qtbot: QtBot, window: MainWindow, library_path: Path, language: str
) -> None:
    # Alt+F then a letter: "l" was both Open Left Document and Open a Clause Library, "r" Redo
    # and Keep Right, in French "d" both Édition and Aide; Qt then only cycles between the two
    # items. The variants window's menu items had no mnemonics at all.
    window.looks.set_language(language)
    library = window.library.open_library([str(library_path)])
    assert library is not None
    assert _mnemonic_clashes(window) == []
    assert _mnemonic_clashes(library) == []
    library.close()


def test_undo_and_cancel_have_different_french_names(window: MainWindow) -> None:
    # "Annuler" named both Undo (Ctrl+Z) and Cancel comparison (Esc) in the shortcut list.
    window.looks.set_language("fr")
    assert window.undo_action.text().replace("&", "") == "Annuler"
    assert window.actions_.cancel.text().replace("&", "") == "Interrompre la comparaison"


def _ink(action: QAction) -> int:
    """Mean lightness (0-255) of the opaque pixels of ``action``'s 24 px icon."""
    image = action.icon().pixmap(24, 24).toImage()
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]
    assert values, "the icon is empty"
    return sum(values) // len(values)


def test_toolbar_arrows_stay_visible_in_dark_mode(qtbot: QtBot, window: MainWindow) -> None:
    # The style's black arrows (Previous/Next Change, Undo) vanished on a dark toolbar.

    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#E8EAED"))
    assert _ink(window.actions_.next_change) < 128
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: _ink(window.actions_.next_change) > 160, timeout=2000)
        assert _ink(window.actions_.previous_change) > 160
        assert _ink(window.undo_action) > 160
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: _ink(window.actions_.next_change) < 128, timeout=2000)


def test_shortcut_list_is_grouped_by_menu_and_only_this_window(
    qtbot: QtBot, window: MainWindow, library_path: Path
) -> None:
    # The list was a message box of tab-separated lines, misaligned and wrapped, sorted by
    # name, missing second shortcuts (Ctrl+Y), and showing the variants window's actions.
    from clausediff.gui.shortcuts_dialog import ShortcutsDialog

    library = window.library.open_library([str(library_path)])
    assert library is not None
    window.looks.set_language("fr")
    dialog = window.looks.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    assert ("Édition", "Rétablir", "Ctrl+Maj+Z, Ctrl+Y") in rows  # French key names
    assert ("Affichage", "Modification suivante", "Alt+Bas") in rows
    assert rows[0][0] == "Fichier"  # menu order, not alphabetical
    assert not any("préférée" in action for _, action, _ in rows)  # the variants window's
    assert dialog.windowTitle() == "Raccourcis clavier"
    dialog.close()
    library.close()


def test_a_closed_panel_stays_closed_at_next_start(
    qtbot: QtBot, compared: MainWindow, tmp_path: Path
) -> None:
    # The window showed both panels with every comparison, so a lawyer who closed Details
    # got it back at each start; quitting from the welcome page must not forget it either.
    from gui_helpers import make_window, open_samples

    compared.details.close()
    compared.close()
    for compare in (False, True):  # quit from the welcome page, then compare
        again = make_window(qtbot, tmp_path)
        if compare:
            open_samples(qtbot, again)
            assert again.navigator.isVisible()
            assert not again.details.isVisible()
        again.opener.shutdown()
        again.close()


def test_tab_walks_the_window_in_reading_order(qtbot: QtBot, compared: MainWindow) -> None:
    # Tab in the clause list walked its cells forever (a keyboard trap), the details panel's
    # scroll area was an empty stop, and the file headers came after the details panel.

    compared.activateWindow()
    compared.view.setFocus()
    names = []
    for _ in range(16):
        widget = QApplication.focusWidget()
        assert widget is not None
        names.append(widget.objectName() or widget.metaObject().className())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert names == [
        "compareView",
        "detailsTerms",  # the term changes' excerpts are links to the terms
        "QToolButton",  # Keep Left
        "QToolButton",  # Keep Right
        "customText",  # Tab leaves the text box instead of typing a tab
        "applyCustomText",
        "noteEdit",
        "navigatorFilter",
        "navigatorSearch",
        "navigatorTable",  # and Tab leaves the list
        "openLeftButton",
        "openRightButton",
        "QToolButton",  # Obligations
        "QToolButton",  # Deadlines
        "QToolButton",  # Amounts
        "compareView",
    ]


def test_recovery_question_gives_a_local_readable_time(window: MainWindow) -> None:
    # The crash-recovery question showed "2026-11-26T10:33:46+00:00" (ISO, UTC).
    from datetime import datetime

    from clausediff.gui.dialogs import readable_time

    window.looks.set_language("fr")
    local = datetime.fromisoformat("2026-11-26T10:33:46+00:00").astimezone()
    assert readable_time("2026-11-26T10:33:46+00:00") == local.strftime("%d/%m/%Y %H:%M")
    assert readable_time("not a time") == "not a time"  # shown as it came, never an error


def _contrast(one: QColor, two: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_welcome_hint_is_readable(window: MainWindow) -> None:
    # The drop hint was a disabled label: light grey on grey, about 1.5:1.
    hint = window.welcome.hint
    colour = hint.palette().color(QPalette.ColorRole.WindowText)
    back = window.welcome.palette().color(QPalette.ColorRole.Window)
    assert hint.isEnabled()
    assert _contrast(colour, back) >= 4.5


def test_recent_file_with_an_ampersand_keeps_it(
    qtbot: QtBot, window: MainWindow, samples: tuple[Path, Path], tmp_path: Path
) -> None:
    # "Dupont & Fils.txt" showed as "Dupont _Fils.txt": Qt took "& " for a mnemonic.
    firm = tmp_path / "Dupont & Fils.txt"
    firm.write_text(samples[1].read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(samples[0]), str(firm))
    texts = [action.text() for action in window.menus.recent.actions()]
    assert texts[:2] == [f"&1 {samples[0].name}", "&2 Dupont && Fils.txt"]


def test_open_variants_window_follows_a_language_switch(
    qtbot: QtBot, window: MainWindow, library_path: Path
) -> None:
    # Switching the UI language (preferences) left an open variants window in the old language.
    library = window.library.open_library([str(library_path)])
    assert library is not None
    library.choice_panel.mark_preferred()
    window.looks.set_language("fr")
    assert library.menuBar().actions()[0].text() == "&Fichier"
    assert library.tabs.tabText(1) == "Stipulations"
    assert library.actions_.undo.text().startswith("&Annuler ")
    assert library.choice_panel.clear_button.text() == "Effacer le choix"
    assert library.editor.start_button.text() == "Partir de la variante sélectionnée"
    assert library.windowTitle() == "Variantes de clauses — ClauseDiff"
    window.looks.set_language("en")
    assert library.tabs.tabText(1) == "Provisions"
    assert library.actions_.undo.text().startswith("&Undo ")
    library.close()


def test_custom_text_starts_from_the_kept_side(compared: MainWindow) -> None:
    # After "Keep left" the custom-text box still held the right wording: a small edit then
    # "Use Custom Text" brought back the version the lawyer had just refused.
    from clausediff.comparison import Side
    from clausediff.gui.text_edits import exact_text

    details = compared.details
    pair, index = details.current_pair(), details.index
    assert pair is not None and index is not None
    left = "\n\n".join(c.text for c in index.clauses(pair, Side.LEFT))
    right = "\n\n".join(c.text for c in index.clauses(pair, Side.RIGHT))
    assert left != right  # the first change on screen
    assert exact_text(details.custom) == right  # nothing kept yet: the new version
    compared.actions_.keep_left.trigger()
    assert exact_text(details.custom) == left
    compared.actions_.keep_right.trigger()
    assert exact_text(details.custom) == right


def test_custom_text_keeps_non_breaking_spaces(qtbot: QtBot, compared: MainWindow) -> None:
    # toPlainText() turned every NBSP (before ":", "€", inside « ») into a plain space, so the
    # custom wording lost French typography in the session and the assembled contract.
    from clausediff.store.session import Keep

    details = compared.details
    assert "\u00a0" in exact_text(details.custom)
    qtbot.mouseClick(details.apply_custom, Qt.MouseButton.LeftButton)
    pair = details.current_pair()
    assert pair is not None
    choice = compared.workspace.choice(pair)
    assert choice is not None and choice.side is Keep.CUSTOM
    assert "\u00a0" in choice.custom_text


@pytest.mark.parametrize(
    ("message", "french"),
    [
        ("aligning clauses", "Alignement des clauses…"),  # the alignment's own wording
        ("reading page 3 of 40", "Lecture de la page 3 sur 40…"),  # long PDFs
        ("read contrat.pdf", "Lecture des fichiers…"),  # a file name follows
        ("reading paragraphs", "Lecture des fichiers…"),
        ("diff", "Comparaison des mots…"),  # the variants' word diff
        ("something new", "Traitement en cours…"),  # never raw English
    ],
)
def test_progress_messages_are_words_of_the_ui(
    window: MainWindow, message: str, french: str
) -> None:
    # The status bar showed the core's "aligning clauses 100%" in English, over two lines.
    from clausediff.gui.i18n import progress_label

    window.looks.set_language("fr")
    assert progress_label(message) == french


@pytest.mark.parametrize("change", ["narrower", "zoom"])
def test_the_pair_on_top_stays_on_top_when_text_reflows(
    qtbot: QtBot, compared: MainWindow, change: str
) -> None:
    # Row heights depend on the width and the font: after a resize, the panels appearing, or a
    # zoom, the pixel offset stayed and the lawyer's clause slid away (the first change of the
    # large pair opened with its heading cut off).
    view = compared.view
    pair = len(compared.workspace.comparison.pairs) // 2  # type: ignore[union-attr]
    compared.actions_.fold.setChecked(False)
    view.go_to_pair(pair)
    index = view.currentIndex()
    qtbot.waitUntil(lambda: abs(view.visualRect(index).top()) <= 2, timeout=3000)
    if change == "narrower":
        compared.resize(1000, 900)
    else:
        compared.actions_.zoom_in.trigger()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: abs(view.visualRect(view.currentIndex()).top()) <= 2, timeout=3000)
    assert view.current_pair() == pair


def test_holding_the_place_never_fights_the_user(qtbot: QtBot, compared: MainWindow) -> None:
    # The view holds a jumped-to clause at the top while the layout settles; a scroll by the
    # user during that time must win.
    view = compared.view
    compared.actions_.fold.setChecked(False)
    view.go_to_pair(len(compared.workspace.comparison.pairs) // 2)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: abs(view.visualRect(view.currentIndex()).top()) <= 2, timeout=3000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() - 300)  # the user scrolls up at once
    wanted = bar.value()
    qtbot.wait(200)
    assert bar.value() == wanted


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_export_never_overwrites_a_compared_contract(
    qtbot: QtBot,
    window: MainWindow,
    answers: Dialogs,
    samples: tuple[Path, Path],
    tmp_path: Path,
    kind: str,
) -> None:
    # Exporting the assembled contract (or a report) onto one of the two compared files after
    # a mistaken "Replace?" destroyed the contract; the CLI already refuses this.
    left, right = (tmp_path / f"{side}.{kind}" for side in ("left", "right"))
    left.write_text(samples[0].read_text(encoding="utf-8"), encoding="utf-8")
    right.write_text(samples[1].read_text(encoding="utf-8"), encoding="utf-8")
    if kind != "txt":  # a .docx/.pdf name holding text would not read: compare .txt copies
        left, right = left.rename(tmp_path / "left.txt"), right.rename(tmp_path / "right.txt")
        target = tmp_path / f"right.{kind}"
        target.symlink_to(right)  # the same file under another name
    else:
        target = right
    before = right.read_bytes()
    with qtbot.waitSignal(window.comparison_finished, timeout=20000):
        window.opener.open_pair(str(left), str(right))
    answers.save_path = str(target)
    window.exporter.export(kind)
    assert answers.errors and answers.errors[-1][0] == "Cannot export"
    assert right.read_bytes() == before


def test_about_box_reads_the_bundle_index_when_metadata_is_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # PyInstaller copies no package metadata: the bundle's licenses/INDEX.txt is the source.
    import sys

    from clausediff.gui import about

    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "INDEX.txt").write_text(
        "Software shipped in this ClauseDiff bundle, and its licences.\n\n"
        "lxml 6.1.3: BSD-3-Clause\nPySide6-Essentials 6.11.3: LGPL-3.0-only OR GPL-3.0-only\n"
        "Python 3.11.7: PSF-2.0\nrapidfuzz 3.14.6: MIT\n\n"
        "Qt and PySide6 are used under the LGPL v3 (https://www.gnu.org/licenses/lgpl-3.0.txt)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(about, "_from_metadata", lambda: None)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    names = [(c.name, c.version, c.licence) for c in about.shipped_components()]
    assert [n for n, _, _ in names] == ["Qt", "PySide6", "Python", "lxml", "rapidfuzz"]
    assert ("rapidfuzz", "3.14.6", "MIT") in names


def test_status_bar_says_comparing_during_the_first_comparison(
    qtbot: QtBot, window: MainWindow
) -> None:
    # While the first comparison ran, the status bar still said "Open two contracts".
    window.opener.open_samples()
    assert window.summary.text() == "Comparing…"
    qtbot.waitUntil(lambda: "clause pairs" in window.summary.text(), timeout=20000)


def test_progress_percentage_is_written_the_french_way(window: MainWindow) -> None:
    # "Alignement des clauses… 50%": French puts a (narrow no-break) space before "%".
    window.looks.set_language("fr")
    window.set_busy(True)
    window.show_progress(1, 2, "aligning clauses")
    assert window.progress.text() == "Alignement des clauses… 50\u202f%"
    window.set_busy(False)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Pénalités", "penalites"),  # accents and case
        ("l’Article", "l'article"),  # curly apostrophe as typed on a keyboard
        ("10\u00a0%\u202f:", "10 % :"),  # no-break spaces of French typography
        ("Straße", "straße"),  # "ß" stays one character: offsets must not shift
        ("ŒUVRE", "œuvre"),  # a ligature is a letter of its own
    ],
)
def test_search_fold(text: str, folded: str) -> None:
    from clausediff.text.fold import fold_key as fold

    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_search_without_accents_finds_and_marks_the_clause(
    qtbot: QtBot, compared: MainWindow
) -> None:
    # "penalites" found nothing: the search ignored case but not accents, and lawyers type
    # without them.
    from clausediff.comparison import Side

    with qtbot.waitSignal(compared.navigator.search_applied):
        compared.navigator.search_box.setText("penalites de retard")
    proxy = compared.navigator.proxy
    assert proxy.rowCount() > 0
    pair = int(proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    document = compared.view.delegate.document(pair, Side.LEFT)
    assert document is not None
    at = document.toPlainText().index("pénalités de retard")
    colour = painted_colour(compared, pair, Side.LEFT, at)
    assert colour == QColor(compared.view.delegate.palette.search)
    compared.navigator.search_box.clear()


def test_the_first_window_fits_the_screen_it_opens_on(qtbot: QtBot, tmp_path: Path) -> None:
    """No saved geometry yet (a first start): the window fits the screen's free area, as on a
    1366x768 laptop where the usual 1400x900 would hide its right edge and its bottom."""
    window = create_window(tmp_path / "config", tmp_path / "data")
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.width() >= free.width() * 0.9  # and still uses the room there is
    window.opener.shutdown()
    window.exporter.shutdown()


@pytest.mark.parametrize(
    ("free", "size"),
    [
        ((1366, 740), (1297, 703)),  # a laptop less its panel
        ((2560, 1400), (1400, 900)),  # a large screen: the usual size
        ((1600, 860), (1400, 817)),
    ],
)
def test_the_first_size_is_the_usual_one_within_the_screen(
    free: tuple[int, int], size: tuple[int, int]
) -> None:
    fitted = first_size(QSize(*free))
    assert (fitted.width(), fitted.height()) == size
