"""Write docs/screenshot.png: the demo comparison in the real window, 1400x900.

Runs offscreen (no display needed): ``.venv/bin/python docs/screenshot.py [--lang fr|en]
[--palette legal|colorblind] [--dark] [--out PATH]``. Settings and autosave go to a temporary
folder, so the user's own preferences never leak into the picture. Prints where it wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from laptop import compare_samples  # noqa: E402  (docs/ is the script's folder)


def main() -> int:
    """Compare the samples, go to a clause with term changes, decide one pair, grab."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["fr", "en"], default="en")
    parser.add_argument("--palette", choices=["legal", "colorblind"], default="legal")
    parser.add_argument("--dark", action="store_true", help="a dark window palette")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from clausediff.comparison import TermChangeKind
    from clausediff.gui.app import configure_application, create_window

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(_dark_palette())
    configure_application(app)
    with tempfile.TemporaryDirectory() as home:
        window = create_window(Path(home) / "config", Path(home) / "data", recover=False)
        window.settings.palette = args.palette
        window.looks.set_language(args.lang)
        window.resize(1400, 900)
        window.show()
        if not compare_samples(window):
            return 1
        window.looks.apply_looks()
        # Decide the first change (so the decision marks show), then land on the first clause
        # where two terms changed value (prices, deadlines), and keep the left side there.
        window.actions_.keep_right.trigger()
        window.step(
            1,
            lambda pair: sum(c.change is TermChangeKind.CHANGED for c in pair.term_changes) >= 2,
        )
        window.actions_.keep_left.trigger()
        window.decider.set_note(
            "Hausse à négocier" if args.lang == "fr" else "Price rise: negotiate"
        )
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.out)
        window.workspace.set_modified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"wrote {args.out}")
    return 0


def _dark_palette() -> QPalette:
    """A plain dark palette, as a dark desktop theme would give."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for name, value in (
        (role.Window, "#2B2D31"),
        (role.WindowText, "#E6E6E6"),
        (role.Base, "#1E1F22"),
        (role.AlternateBase, "#26282C"),
        (role.Text, "#E6E6E6"),
        (role.Button, "#2F3136"),
        (role.ButtonText, "#E6E6E6"),
        (role.Highlight, "#3D6BB3"),
        (role.HighlightedText, "#FFFFFF"),
        (role.ToolTipBase, "#2B2D31"),
        (role.ToolTipText, "#E6E6E6"),
        (role.PlaceholderText, "#8A8D93"),
    ):
        palette.setColor(name, QColor(value))
    return palette


if __name__ == "__main__":
    raise SystemExit(main())
