"""Shared test set-up: Qt runs offscreen, GUI tests are marked, shared data is located."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "resources" / "samples"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt application as ``gui`` so ``-m "not gui"`` skips them."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared material (corpus, annotations, seed) next to the repository."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    """The French clause-library page ClauseDiff was started from."""
    return shared_dir / "seeds" / "000_3018661d4989c674.txt"
