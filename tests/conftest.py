"""Shared test set-up: Qt runs offscreen, GUI tests are marked, shared data is located."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
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


@pytest.fixture(scope="session")
def library_path() -> Path:
    """The bundled French clause-library page (8 variants of one clause, 4 related clauses).

    Every clone has it: tests that need "a clause-library page" use it, so they run without
    ``../shared``. Its answer key is ``resources/samples/README.md``.
    """
    return SAMPLES / "bibliotheque-limitation-responsabilite.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites golden files instead of comparing against them."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* from the current output instead of comparing",
    )


class Golden:
    """Compare a text output with ``tests/golden/<name>``, or rewrite it with --update-golden."""

    def __init__(self, update: bool) -> None:
        self.update = update
        self.folder = Path(__file__).resolve().parent / "golden"

    def check(self, name: str, actual: str) -> None:
        """Assert ``actual`` equals the golden file ``name`` (or rewrite it)."""
        path = self.folder / name
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"golden file {path} is missing: run pytest --update-golden once")
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"output differs from {path} (pytest --update-golden to accept)"


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """The golden-file checker; see :class:`Golden`."""
    return Golden(bool(request.config.getoption("--update-golden")))


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_at_exit() -> Iterator[None]:
    """Empty Qt's clipboard before the interpreter exits.

    A QMimeData left on the clipboard of the offscreen platform crashes the process when Qt
    tears down after Python (PySide6 6.11), turning a green run into exit code 139.
    """
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.clipboard().clear()
