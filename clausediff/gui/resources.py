"""Locate the bundled resources (icons, translations, samples) for the GUI.

An installed copy ships them as ``clausediff/resources``; a source checkout keeps them in the
repository's ``resources/`` folder. The first that exists wins. No Qt, no writes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import clausediff


@cache
def resources_dir() -> Path:
    """The folder holding ``icons/``, ``translations/`` and ``samples/``."""
    package = Path(clausediff.__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


def icon_path(name: str) -> Path:
    """Path of ``resources/icons/<name>.svg``."""
    return resources_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """Folder of the compiled ``clausediff_<lang>.qm`` files."""
    return resources_dir() / "translations"


def sample_paths() -> tuple[Path, Path]:
    """The two bundled sample contracts (left = older version, right = newer)."""
    folder = resources_dir() / "samples"
    return folder / "contrat-services-v1.txt", folder / "contrat-services-v2.txt"
