"""House rules that keep the architecture honest: a Qt-free core, packaging that lists it all."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import clausediff

PACKAGE = Path(clausediff.__file__).resolve().parent
ROOT = PACKAGE.parent

#: Modules allowed to use Qt: the GUI and the PDF writer.
QT_ALLOWED = ("clausediff.gui", "clausediff.report.pdf")


def _core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        name = ".".join(relative.parts)
        if name.endswith(".__init__"):
            name = name.removesuffix(".__init__")
        if name.endswith("__main__") or name.startswith(QT_ALLOWED):
            continue
        names.append(name)
    return names


def test_core_never_loads_qt() -> None:
    """Importing every core module in a fresh interpreter loads no PySide6 module."""
    modules = _core_modules()
    assert "clausediff.compare.pipeline" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_package_is_shipped() -> None:
    """Every folder of the package is listed in pyproject.toml, so the wheel carries it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "clausediff.resources" in listed
