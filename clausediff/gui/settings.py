"""User preferences as a typed dataclass, saved as JSON under the platform's config folder.

:func:`load_settings` never fails: a missing or corrupt file (or an unknown key) gives the
defaults for what cannot be read. :func:`save_settings` writes atomically and keeps a ``.bak``.
Tests pass their own path (``tmp_path``) so nothing leaks into the real config folder. The only
Qt used is ``QStandardPaths`` to find the default folders.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from clausediff.store.atomic import write_text

MAX_RECENT = 10


@dataclass
class Settings:
    """Everything the app remembers between runs."""

    #: "" follows the system locale, else "fr" or "en".
    language: str = ""
    #: "legal" (red strike / blue underline / green moves) or "colorblind" (Okabe-Ito).
    palette: str = "legal"
    #: "" follows the system's light or dark colours, else "light" or "dark".
    theme: str = ""
    #: Zoom steps added to the base font size (one step = 1 pt).
    zoom: int = 0
    show_obligations: bool = True
    show_deadlines: bool = True
    show_amounts: bool = True
    fold_identical: bool = True
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = False
    ignore_numbering: bool = False
    #: Author of the tracked revisions in exported Word redlines.
    redline_author: str = "ClauseDiff"
    #: Documents with tracked changes compared as originally written (every change rejected).
    original_revisions: bool = False
    #: Most recent first: files opened on either side.
    recent_files: list[str] = field(default_factory=list)
    #: Base64 of QMainWindow.saveGeometry()/saveState(), "" when never saved.
    geometry: str = ""
    window_state: str = ""
    #: Height of the variants window's terms matrix as the user left it (0: folded, -1: the
    #: screen's default).
    variants_terms_height: int = -1

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files, without duplicates, capped."""
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


def default_config_dir() -> Path:
    """The platform's per-user config folder for ClauseDiff."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".config" / "ClauseDiff")


def default_data_dir() -> Path:
    """The platform's per-user data folder (autosave lives there)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "ClauseDiff")


def _coerce(raw: dict[str, Any]) -> Settings:
    """Build Settings from a JSON object, keeping defaults for missing or mistyped keys."""
    result = Settings()
    for item in dataclasses.fields(Settings):
        if item.name not in raw:
            continue
        value = raw[item.name]
        default = getattr(result, item.name)
        if type(value) is type(default) and not isinstance(default, list):
            setattr(result, item.name, value)  # bool, int or str of the expected type
        elif isinstance(default, list) and isinstance(value, list):
            setattr(result, item.name, [str(v) for v in value if isinstance(v, str)])
    return result


def load_settings(path: Path) -> Settings:
    """Read settings from ``path``; defaults when missing or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _coerce(raw) if isinstance(raw, dict) else Settings()


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings to ``path`` atomically, keeping the previous file as ``.bak``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2)
    write_text(path, text + "\n", backup=True)
