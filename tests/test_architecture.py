"""House rules that keep the architecture honest: a Qt-free core, packaging that lists it all,
layers that import only downwards (:data:`MAY_IMPORT`, drawn in docs/architecture.md), no import
circle."""

from __future__ import annotations

import ast
import graphlib
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


# --- who may import whom ---------------------------------------------------------------------
#
# Data flows one way: file -> document -> clauses -> alignment -> word diff + terms ->
# comparison -> GUI / report. Each row says which layers a layer's modules may import (its own
# always). "vocabulary" is every module at the top of the package (document, clause, comparison,
# options, errors, progress, marks): the shared types every stage passes on. docs/architecture.md
# draws the same table; change both together.

VOCABULARY = "vocabulary"
_BASE = frozenset({VOCABULARY})
_WORDS = _BASE | {"text"}
_STAGES = _WORDS | {"readers", "segment", "worddiff", "terms", "align"}
_ENGINE = _STAGES | {"compare"}
_OUTPUTS = _ENGINE | {"store", "report", "variants", "report.pdf", "portfolio"}

MAY_IMPORT: dict[str, frozenset[str]] = {
    VOCABULARY: frozenset(),
    "text": _BASE,  # normalisation with offset maps, tokens, language, clause numbers
    "readers": _WORDS,  # one module per file format
    "segment": _WORDS,  # clauses and headings
    "worddiff": _WORDS,  # the word diff
    "terms": _WORDS,  # obligations, deadlines, amounts
    "align": _WORDS | {"segment", "worddiff", "terms"},  # pairing clauses
    "compare": _STAGES,  # the pipeline, pair order, manual relinks
    "store": _ENGINE,  # session file, JSON form, atomic writes
    "report": _ENGINE | {"store"},  # report model, HTML, JSON, assembled contract
    "variants": _ENGINE | {"store", "report"},  # many variants of one clause
    "report.pdf": _ENGINE | {"store", "report", "variants"},  # the PDF writers (Qt)
    "portfolio": _ENGINE | {"store", "report"},  # one template against many contracts
    "cli": _OUTPUTS,  # the clausediff command (and the GUI entry, below)
    "gui": _OUTPUTS,  # the desktop application (Qt)
}

#: Imports against the table, each with its reason (module -> module it imports).
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("clausediff.cli.main", "clausediff.gui.app"): "the GUI entry point: `clausediff` with no "
    "subcommand opens the window (imported only then)",
    ("clausediff.report", "clausediff.report.pdf.writer"): "`write_pdf` re-exported, imported "
    "on first use so the report core stays Qt-free",
    ("clausediff.report.export", "clausediff.report.pdf.writer"): "the export dispatcher hands "
    "PDFs to the Qt writer, imported only when a PDF is asked for",
    ("clausediff.report.export", "clausediff.report.pdf.chain_writer"): "the same for the "
    "report over a chain of versions",
}


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _layer(module: str) -> str:
    parts = module.split(".")
    if module == "clausediff.__main__":
        return "cli"  # python -m clausediff
    if len(parts) == 1 or not (PACKAGE / parts[1]).is_dir():
        return VOCABULARY  # the package itself and its top-level modules
    if parts[1] == "report" and len(parts) > 2 and parts[2] == "pdf":
        return "report.pdf"
    return parts[1]


def _imports() -> dict[str, set[str]]:
    """Every module of the package -> the package's modules it imports, anywhere in its body
    (top level, inside functions, under TYPE_CHECKING: a circle on paper is a circle to read)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                names = [base] + [f"{base}.{alias.name}" for alias in node.names]
            for name in names:
                while name and name not in paths:
                    name = name.rpartition(".")[0]
                if name.startswith("clausediff") and name != module:
                    targets.add(name)
        graph[module] = targets
    return graph


def test_layers_import_only_what_the_table_allows() -> None:
    graph = _imports()
    assert set(map(_layer, graph)) <= set(MAY_IMPORT), "a new layer: add it to MAY_IMPORT"
    wrong = sorted(
        f"{module} ({_layer(module)}) imports {target} ({_layer(target)})"
        for module, targets in graph.items()
        for target in targets
        if _layer(target) != _layer(module)
        and _layer(target) not in MAY_IMPORT[_layer(module)]
        and (module, target) not in EXCEPTIONS
    )
    assert not wrong, "\n".join(wrong)
    for module, target in EXCEPTIONS:  # an exception nobody needs any more goes
        assert target in graph[module], f"stale exception: {module} -> {target}"


def test_nothing_outside_the_gui_imports_it_but_the_gui_entry() -> None:
    graph = _imports()
    users = {
        module
        for module, targets in graph.items()
        if _layer(module) != "gui" and any(_layer(t) == "gui" for t in targets)
    }
    assert users == {"clausediff.cli.main"}


def test_no_import_circle() -> None:
    """No two modules need each other, even lazily; a module importing its own parent package
    (always loaded first) is not a circle."""
    graph = {
        module: {t for t in targets if not module.startswith(t + ".")}
        for module, targets in _imports().items()
    }
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        raise AssertionError(f"import circle: {' -> '.join(error.args[1])}") from None
    assert "clausediff.gui.main_window" in order
