"""PEP 517 build backend: setuptools, with the Qt translations compiled before every build.

The compiled ``resources/translations/*.qm`` files are build products (git-ignored, made by
``make translations``), yet the wheel and the sdist must carry them. This backend wraps
``setuptools.build_meta`` and changes two things, only for ``build_sdist`` and ``build_wheel``:

- ``get_requires_for_build_*`` adds PySide6-Essentials (the requirement written in
  ``pyproject.toml``, which ships ``lrelease``) to the isolated build environment *only* when a
  ``.qm`` file is missing or older than its ``.ts`` and no ``lrelease`` is on ``PATH``. A build
  after ``make translations``, and the wheel that ``python -m build`` makes from the sdist
  (which already holds the ``.qm``), need nothing extra.
- ``build_sdist`` and ``build_wheel`` compile every stale ``.qm`` next to its ``.ts`` first, so
  package-data picks them up; with no ``lrelease`` anywhere the build fails with one clear line
  rather than ship an untranslated application.

Editable installs (``make venv``) are passed through unchanged: the Makefile compiles the
translations itself. The hooks run in the source tree (PEP 517), so paths are relative to it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

# setuptools < 69 (the dev venv's) ships no type information: hence the two ignores.
from setuptools import build_meta as _setuptools  # type: ignore[import-untyped]
from setuptools.build_meta import *  # type: ignore[import-untyped]  # noqa: F403  (other hooks)

TRANSLATIONS = Path("resources/translations")


def stale_translations(folder: Path = TRANSLATIONS) -> list[tuple[Path, Path]]:
    """``(ts, qm)`` pairs whose ``.qm`` is missing or older than the ``.ts``."""
    stale = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append((ts, qm))
    return stale


def find_lrelease() -> list[str] | None:
    """The command that runs Qt's ``lrelease``: on PATH, or inside an importable PySide6."""
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    try:
        import PySide6  # only present when the build environment installed it
    except ImportError:
        return None
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return [str(binary)] if binary.exists() else None


def pyside_requirement(pyproject: Path = Path("pyproject.toml")) -> str:
    """The PySide6 requirement of the project itself, so the two can never disagree."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    for requirement in config["project"]["dependencies"]:
        if requirement.lower().startswith("pyside6"):
            return str(requirement)
    raise LookupError("no PySide6 requirement in pyproject.toml")


def compile_translations(folder: Path = TRANSLATIONS) -> None:
    """Run ``lrelease`` on every stale ``.ts``; fail loudly when it cannot be found."""
    stale = stale_translations(folder)
    if not stale:
        return
    lrelease = find_lrelease()
    if lrelease is None:
        raise RuntimeError(
            "clausediff build: lrelease not found to compile resources/translations/*.ts "
            "(run `make translations`, or install PySide6-Essentials)"
        )
    for ts, qm in stale:
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"clausediff build: compiled {qm}", file=sys.stderr)


def _extra_requirements() -> list[str]:
    if stale_translations() and find_lrelease() is None:
        return [pyside_requirement()]
    return []


def get_requires_for_build_sdist(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements, plus PySide6 when translations must be compiled."""
    return [*_setuptools.get_requires_for_build_sdist(config_settings), *_extra_requirements()]


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements, plus PySide6 when translations must be compiled."""
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *_extra_requirements()]


def build_sdist(sdist_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    """Compile the translations, then let setuptools make the sdist."""
    compile_translations()
    return str(_setuptools.build_sdist(sdist_directory, config_settings))


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """Compile the translations, then let setuptools make the wheel."""
    compile_translations()
    return str(_setuptools.build_wheel(wheel_directory, config_settings, metadata_directory))
