"""Write docs/welcome-laptop.png: the welcome screen with recent files, in French, as it opens.

Run under ``xvfb-run -a -s "-screen 0 1366x768x24"`` (``make screenshot`` does): the window
takes the size it chooses on a 1366x768 laptop screen. The recent files are the two bundled
sample contracts, a saved session and a contract that was moved away since (greyed out). Settings
and autosave go to a temporary folder. Prints where it wrote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from laptop import application, laptop_window  # noqa: E402  (docs/ is the script's folder)


def main() -> int:
    """Open the window on its welcome page with four recent files, grab it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--out", default=str(ROOT / "docs" / "welcome-laptop.png"))
    args = parser.parse_args()

    from clausediff.gui.resources import sample_paths

    app = application()
    with tempfile.TemporaryDirectory() as home:
        session = Path(home) / "Revue contrat Nuvelia.clausediff"
        session.write_text("{}", encoding="utf-8")
        left, right = sample_paths()
        gone = Path(home) / "ancien" / "contrat-services-2023.docx"
        window = laptop_window(Path(home), args.lang)
        window.settings.recent_files = [str(session), str(right), str(left), str(gone)]
        window.show()
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.out)
        window.close()
        app.processEvents()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
