"""Write the French laptop screenshots of issue 19: the comparison, a file dialog, a refusal.

Run under ``xvfb-run -a -s "-screen 0 1366x768x24"`` (``make screenshot`` does). It writes
``docs/compare-laptop.png`` (the bundled sample contracts compared, the window at the size it
takes on a 1366x768 screen), ``docs/file-dialog-fr.png`` (Qt's own Open dialog, which must say
"Voir dans" and "Type de fichier", not "Look in" and "Files of type") and
``docs/error-dialog-fr.png`` (the dialog an old binary Word ``.doc`` gets: the core's refusal
worded in French). Settings and autosave go to a temporary folder. Prints what it wrote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from clausediff.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from laptop import application, compare_samples, laptop_window  # noqa: E402  (docs/ is the script's folder)

# The first eight bytes of every OLE2 compound file (.doc, .xls, .ppt).
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def main() -> int:
    """Draw the three pictures; 1 if the comparison or the refusal did not come."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--out-dir", default=str(ROOT / "docs"))
    args = parser.parse_args()

    app = application()
    out = Path(args.out_dir)
    with tempfile.TemporaryDirectory() as home:
        window = laptop_window(Path(home), args.lang)
        window.show()
        ok = compare_samples(window)
        if ok:
            _settle(app)
            _save(window.grab(), out / "compare-laptop.png")
        _grab_file_dialog(app, window, out / "file-dialog-fr.png")
        refusal = _grab_refusal(app, window, Path(home), out / "error-dialog-fr.png")
        window.workspace.set_modified(False)
        window.close()
        app.processEvents()
    return 0 if ok and refusal else 1


def _grab_file_dialog(app: QApplication, window: MainWindow, path: Path) -> None:
    """Qt's own Open dialog over the window, as it shows where no desktop dialog is used."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, window.tr("Open Left Document"), str(ROOT / "resources"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.resize(900, 520)
    dialog.show()
    _settle(app)
    _save(dialog.grab(), path)
    dialog.reject()


def _grab_refusal(app: QApplication, window: MainWindow, home: Path, path: Path) -> bool:
    """Open an old .doc against a sample and grab the dialog that refuses it."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from clausediff.gui.resources import sample_paths

    old_word = home / "contrat.doc"
    old_word.write_bytes(OLE2_MAGIC + bytes(504))
    grabbed: list[bool] = []
    clock = QElapsedTimer()
    clock.start()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            _settle(app)
            _save(box.grab(), path)
            grabbed.append(True)
            box.accept()
        elif clock.elapsed() < 30_000:
            QTimer.singleShot(50, look)
        else:
            print("screenshot: no refusal dialog came", file=sys.stderr)

    QTimer.singleShot(50, look)
    window.opener.open_pair(str(old_word), str(sample_paths()[1]))
    while not grabbed and clock.elapsed() < 31_000:
        app.processEvents()
    return bool(grabbed)


def _settle(app: QApplication) -> None:
    """Let layouts and paints finish before a grab."""
    for _ in range(5):
        app.processEvents()


def _save(picture: QPixmap, path: Path) -> None:
    """Save a grabbed QPixmap and say where (a failed save stops the run: no silent gap)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(path)):
        raise SystemExit(f"screenshot: could not write {path}")
    print(f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
