"""A cached review is reused only by the engine that wrote it.

The version number stays 0.1.0 between releases while the engine changes (a deleted clause now
counts the terms it takes along): keyed by version alone, a portfolio run after an update read
back reviews the old engine wrote, without a word. The key holds a fingerprint of the engine's
source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.options import CompareOptions
from clausediff.portfolio import cache
from clausediff.portfolio.cache import engine_fingerprint, review_key


def _package(root: Path) -> Path:
    for name, text in {
        "compare/pairs.py": "ENGINE = 1\n",
        "terms/engine.py": "RULES = ()\n",
        "gui/main_window.py": "WINDOW = 1\n",
    }.items():
        path = root / "clausediff" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "clausediff"


def test_the_fingerprint_follows_the_engine_source_and_not_the_window(tmp_path: Path) -> None:
    package = _package(tmp_path)
    first = engine_fingerprint(package)
    assert first == engine_fingerprint(package)
    (package / "gui" / "main_window.py").write_text("WINDOW = 2\n", encoding="utf-8")
    assert engine_fingerprint(package) == first
    (package / "compare" / "pairs.py").write_text("ENGINE = 2\n", encoding="utf-8")
    assert engine_fingerprint(package) != first


def test_a_package_without_source_falls_back_to_the_version(tmp_path: Path) -> None:
    assert engine_fingerprint(tmp_path / "frozen") == ""


def test_the_review_key_changes_with_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    options = CompareOptions()
    before = review_key("t" * 64, "c" * 64, options)
    monkeypatch.setattr(cache, "current_engine", lambda: "another engine")
    assert review_key("t" * 64, "c" * 64, options) != before
