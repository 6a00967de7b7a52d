"""Write a screenshot of the variants view, offscreen when there is no display.

Usage: ``python -m clausediff.gui.variants.screenshot LIBRARY [OUT.png] [--tab N]``. Opens the
variants window on a clause-library page, selects the sixth variant, marks it preferred with a
note, shows tab N (0 = differences, 1 = provisions, the default) and grabs the window into
OUT.png (default ``docs/variants.png``). Runs on Qt's offscreen platform when no display is set.
``--size screen`` keeps the size the window chooses on the display (under ``xvfb-run -s "-screen 0
1366x768x24"``: the laptop check, ``docs/variants-laptop.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Grab the window into a PNG; returns the exit code."""
    parser = argparse.ArgumentParser(description="Screenshot of the variants view")
    parser.add_argument("library", help="a clause-library page (e.g. the seed)")
    parser.add_argument("out", nargs="?", default="docs/variants.png")
    parser.add_argument("--tab", type=int, default=1)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--size", default="1500x940", help="or 'screen': as it opens on the screen")
    options = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.i18n import Translations
    from clausediff.gui.variants import open_variants_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    Translations().install(options.lang)
    window = open_variants_window(None, [options.library], options.lang)
    if options.size != "screen":  # "screen": the size the window takes on this display
        width, height = (int(v) for v in options.size.split("x"))
        window.resize(width, height)
    window.show()
    result = window.controller.result()
    if result is not None and len(result.group.variant_ids) >= 6:
        window.controller.select(result.group.variant_ids[5])
        window.choice_panel.mark_preferred()
        window.choice_panel.note.setPlainText("Plafond au double du prix annuel : à valider.")
    window.tabs.setCurrentIndex(options.tab)
    for _ in range(5):
        app.processEvents()
    Path(options.out).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(options.out):
        print(f"cannot write {options.out}", file=sys.stderr)
        return 1
    print(options.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
