"""Write docs/versions-laptop.png and docs/versions-dialog.png: three versions of the French
sample contract (v1, v2 and the v3 of tests/data/chain), in French, on a 1366x768 laptop.

Run under ``xvfb-run -a -s "-screen 0 1366x768x24"`` (``make screenshot`` does). The dialog is
grabbed with the three files listed (v3 selected), then the window on step v2 → v3 at its second
change, with "keep right" decided there and one decision in v1 → v2, so the Versions bar shows
both counts. Settings and autosave go to a temporary folder. Prints where it wrote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from laptop import application, laptop_window  # noqa: E402  (docs/ is the script's folder)

VERSIONS = (
    ROOT / "resources" / "samples" / "contrat-services-v1.txt",
    ROOT / "resources" / "samples" / "contrat-services-v2.txt",
    ROOT / "tests" / "data" / "chain" / "contrat-services-v3.txt",
)


def main() -> int:
    """Open the three versions through the dialog, decide in two steps, grab both pictures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--out", default=str(ROOT / "docs" / "versions-laptop.png"))
    parser.add_argument("--dialog-out", default=str(ROOT / "docs" / "versions-dialog.png"))
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer

    app = application()
    with tempfile.TemporaryDirectory() as home:
        window = laptop_window(Path(home), args.lang)
        window.show()
        dialog = window.versions.open_versions_dialog()
        dialog.add_paths([str(path) for path in VERSIONS])
        dialog.list.setCurrentRow(2)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(args.dialog_out)
        done = QEventLoop()
        window.comparison_finished.connect(done.quit)
        window.comparison_failed.connect(done.quit)
        QTimer.singleShot(60000, done.quit)
        dialog.accept()
        done.exec()
        window.comparison_finished.disconnect(done.quit)
        window.step(1, lambda pair: pair.changed)
        window.actions_.keep_left.trigger()
        window.versions.switch_to(1)
        for _ in range(2):
            window.step(1, lambda pair: pair.changed)
        window.actions_.keep_right.trigger()
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.out)
        window.workspace.set_modified(False)  # a picture, not work to save
        window.close()
        app.processEvents()
    print(f"wrote {args.dialog_out} and {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
