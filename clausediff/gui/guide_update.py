"""Regenerate the user guides' shortcut tables: ``python -m clausediff.gui.guide_update``.

Opens a main window offscreen (settings in a temporary folder), and for each language of
:data:`~clausediff.gui.user_guide.LANGUAGES` writes the table of its menus' shortcuts into
``resources/guide/guide-<language>.html`` between the marker comments
(:func:`~clausediff.gui.user_guide.with_table`). Run ``make translations`` first: the tables are
in each language's words. A test fails when a guide's table and the window disagree.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from clausediff.gui.user_guide import LANGUAGES, shortcut_rows, with_table


def regenerate(folder: Path) -> list[Path]:
    """Rewrite the shortcut table of every guide in ``folder`` from a fresh main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.app import configure_application, create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    written = []
    with tempfile.TemporaryDirectory() as home:
        window = create_window(Path(home) / "config", Path(home) / "data", recover=False)
        for language in LANGUAGES:
            window.looks.set_language(language)
            path = folder / f"guide-{language}.html"
            page = path.read_text(encoding="utf-8")
            path.write_text(with_table(page, shortcut_rows(window)), encoding="utf-8")
            written.append(path)
        window.close()
    return written


if __name__ == "__main__":
    for written_path in regenerate(Path(__file__).resolve().parents[2] / "resources" / "guide"):
        print(written_path)
