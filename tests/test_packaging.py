"""Packaging metadata agrees with itself and with the code (fast: nothing is built).

The desktop entry, the AppStream metainfo, the MIME type, the PyInstaller spec and
``pyproject.toml`` each repeat a few facts (app ID, icon name, entry point, MIME types, version,
resources); these tests make sure they can never drift apart. The build backend, the icon
renderer and the desktop installer are exercised on small inputs in ``tmp_path``.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import clausediff
from clausediff.readers import SUPPORTED_SUFFIXES
from clausediff.store.session import SUFFIX as SESSION_SUFFIX

ROOT = Path(clausediff.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.clausediff.ClauseDiff"
SESSION_MIME = "application/x-clausediff-session"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

sys.path.insert(0, str(PACKAGING))
pytest.importorskip("setuptools")  # the backend wraps it (present in every 3.11 venv)
import build_backend  # noqa: E402  (packaging/ is not a package)
import dist_check  # noqa: E402
import make_icons  # noqa: E402


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _desktop_list(key: str) -> list[str]:
    return [item for item in _desktop_entry()[key].split(";") if item]


def _metainfo() -> ET.Element:
    return ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()


def _spec_constants() -> dict[str, object]:
    """Module-level string constants of the PyInstaller spec (parsed, never executed)."""
    tree = ast.parse((PACKAGING / "clausediff.spec").read_text(encoding="utf-8"))
    constants: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


def _gui_constant(name: str) -> object:
    """A constant of clausediff/gui/app.py, read without importing Qt."""
    tree = ast.parse((ROOT / "clausediff" / "gui" / "app.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ):
            return node.value.value
    raise LookupError(name)


# --- one application ID, one icon name, one entry point --------------------------------------


def test_app_id_is_the_same_everywhere() -> None:
    """File names, metainfo id, launchable, icon names, the GUI's desktop file name and spec."""
    metainfo = _metainfo()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert _desktop_entry()["Icon"] == APP_ID
    mime_icon = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot().find(f".//{MIME_NS}icon")
    assert mime_icon is not None and mime_icon.get("name") == APP_ID
    assert _gui_constant("DESKTOP_FILE") == APP_ID
    assert _spec_constants()["APP_ID"] == APP_ID
    assert make_icons.APP_ID == APP_ID


def test_spec_and_desktop_run_the_console_script() -> None:
    """The bundle's entry point and executable are pyproject's ``clausediff`` script."""
    scripts = PYPROJECT["project"]["scripts"]
    spec = _spec_constants()
    assert spec["ENTRY_POINT"] == scripts["clausediff"] == "clausediff.cli.main:main"
    assert spec["EXECUTABLE"] == "clausediff"
    # Windows' windowed executable: the gui-script's name, distinct even ignoring case.
    assert spec["GUI_EXECUTABLE"] in PYPROJECT["project"]["gui-scripts"]
    assert str(spec["GUI_EXECUTABLE"]).casefold() != str(spec["EXECUTABLE"]).casefold()
    assert _desktop_entry()["Exec"].split()[0] == spec["EXECUTABLE"]
    provides = _metainfo().find("provides")
    assert provides is not None and provides.findtext("binary") == spec["EXECUTABLE"]
    assert _desktop_entry()["StartupWMClass"] == spec["APP_NAME"] == _gui_constant("APP_NAME")


# --- MIME types ---------------------------------------------------------------------------------

#: The MIME type a desktop gives each suffix ClauseDiff reads (shared-mime-info names).
MIME_OF_SUFFIX = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".html": "text/html",
    ".htm": "text/html",  # same type as .html
    ".rtf": "application/rtf",
}


def test_session_mime_type_is_declared_and_claimed() -> None:
    """The MIME xml defines the session type for the session suffix; both files claim it."""
    root = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot()
    [mime_type] = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == SESSION_MIME
    globs = [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{SESSION_SUFFIX}"]
    parent = mime_type.find(f"{MIME_NS}sub-class-of")
    assert parent is not None and parent.get("type") == "application/json"  # sessions are JSON
    assert SESSION_MIME in _desktop_list("MimeType")
    provides = _metainfo().find("provides")
    assert provides is not None
    assert SESSION_MIME in [item.text for item in provides.findall("mediatype")]


def test_desktop_mime_types_match_the_readers() -> None:
    """Every format the readers accept is offered to the desktop, and nothing else."""
    assert set(SUPPORTED_SUFFIXES) == set(MIME_OF_SUFFIX), "update MIME_OF_SUFFIX"
    expected = {SESSION_MIME} | set(MIME_OF_SUFFIX.values())
    assert set(_desktop_list("MimeType")) == expected


# --- one version ----------------------------------------------------------------------------------


def test_version_is_defined_once() -> None:
    """pyproject reads ``__version__``; the newest metainfo release is that version."""
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "clausediff.__version__"
    }
    releases = _metainfo().findall("releases/release")
    assert releases, "metainfo lists no release"
    dates = [release.get("date", "") for release in releases]
    assert dates == sorted(dates, reverse=True), "releases are listed newest first"
    assert releases[0].get("version") == clausediff.__version__, (
        "add a <release> for the new __version__ to the metainfo"
    )
    assert "VERSION" not in _spec_constants(), "the spec reads __version__, never a literal"


# --- resources ------------------------------------------------------------------------------------


def test_package_data_covers_every_resource() -> None:
    """Each file under resources/ matches a package-data pattern of clausediff.resources."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"]["clausediff.resources"] == "resources"
    assert "clausediff.resources" in setuptools["packages"]
    resources = ROOT / "resources"
    patterns = setuptools["package-data"]["clausediff.resources"]
    shipped = {path for pattern in patterns for path in resources.glob(pattern) if path.is_file()}
    files = {p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert {"icons", "samples", "translations"} <= {p.parent.name for p in files}
    assert files - shipped == set()


def test_every_resource_folder_is_a_listed_package() -> None:
    """setuptools warns that a data folder "would be ignored" unless it is listed as a package."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(("clausediff", *path.relative_to(ROOT).parts))
        for path in (ROOT / "resources").rglob("*")
        if path.is_dir() and path.name != "__pycache__"
    }
    assert folders - listed == set(), "add the new resource folder to [tool.setuptools] packages"


def test_licence_is_the_same_in_pyproject_and_metainfo() -> None:
    """One SPDX licence for the project, in the package metadata and in AppStream."""
    assert PYPROJECT["project"]["license"] == _metainfo().findtext("project_license") == "MIT"


def test_sdist_carries_the_build_backend() -> None:
    """A wheel built from the sdist needs packaging/build_backend.py (backend-path)."""
    assert PYPROJECT["build-system"]["build-backend"] == "build_backend"
    assert PYPROJECT["build-system"]["backend-path"] == ["packaging"]
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").split()
    assert "graft" in manifest and "packaging" in manifest


def test_the_app_icon_exists() -> None:
    """The icon the window shows is the one rendered for the desktop."""
    assert make_icons.SOURCE_SVG == ROOT / "resources" / "icons" / "clausediff.svg"
    assert make_icons.SOURCE_SVG.read_text(encoding="utf-8").lstrip().startswith("<svg")


# --- the build backend compiles translations -------------------------------------------------


def test_build_backend_compiles_stale_translations(tmp_path: Path) -> None:
    """A .ts without .qm is stale; compiling makes a .qm and nothing is stale any more."""
    source = sorted((ROOT / "resources" / "translations").glob("*.ts"))[0]
    ts = tmp_path / source.name
    shutil.copyfile(source, ts)
    assert build_backend.stale_translations(tmp_path) == [(ts, ts.with_suffix(".qm"))]
    if build_backend.find_lrelease() is None:
        pytest.skip("no lrelease here")
    build_backend.compile_translations(tmp_path)
    assert ts.with_suffix(".qm").stat().st_size > 1000
    assert build_backend.stale_translations(tmp_path) == []
    os.utime(ts, (ts.stat().st_atime, ts.with_suffix(".qm").stat().st_mtime + 10))
    assert build_backend.stale_translations(tmp_path) == [(ts, ts.with_suffix(".qm"))]


def test_build_backend_asks_for_the_project_pyside() -> None:
    """The build-time PySide6 is the runtime requirement, read from pyproject."""
    requirement = build_backend.pyside_requirement(ROOT / "pyproject.toml")
    assert requirement in PYPROJECT["project"]["dependencies"]
    assert requirement.startswith("PySide6")


# --- icons ----------------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_ico_container_indexes_each_png() -> None:
    """ICONDIR + one entry per image pointing at its PNG; 256 is written as 0."""
    pngs = {16: b"sixteen", 256: b"two-five-six!"}
    data = make_icons.ico_bytes(pngs)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 2)
    for index, (size, payload) in enumerate(sorted(pngs.items())):
        side, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert side == (0 if size == 256 else size) and bits == 32
        assert data[offset : offset + length] == payload


def test_icns_container_lengths_add_up() -> None:
    """'icns' + total length, then (type, length incl. header, PNG) elements."""
    pngs = {size: bytes([size % 251]) * (size // 8) for _, size in make_icons.ICNS_TYPES}
    data = make_icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack(">I", data[position + 4 :][:4])
        kinds.append(kind)
        position += length[0]
    assert position == len(data)
    assert kinds == [kind for kind, _ in make_icons.ICNS_TYPES]


def test_make_icons_renders_every_size(tmp_path: Path) -> None:
    """The renderer (run as the build runs it) writes each hicolor PNG at its size."""
    subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    for size in make_icons.SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (size, size)
    assert (tmp_path / "clausediff.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (tmp_path / "clausediff.icns").read_bytes()[:4] == b"icns"


# --- the bundle's desktop installer ----------------------------------------------------------


def test_desktop_installer_quotes_the_bundle_path(tmp_path: Path) -> None:
    """Installed into XDG_DATA_HOME, the entry runs this bundle (path with a space); uninstall."""
    bundle = tmp_path / "My Apps" / "ClauseDiff"
    share = bundle / "share"
    for source, folder, name in (
        (f"{APP_ID}.desktop", "applications", f"{APP_ID}.desktop"),
        (f"{APP_ID}.metainfo.xml", "metainfo", f"{APP_ID}.metainfo.xml"),
        (f"{APP_ID}.mime.xml", "mime/packages", f"{APP_ID}.xml"),
        ("../resources/icons/clausediff.svg", "icons/hicolor/scalable/apps", f"{APP_ID}.svg"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copyfile(PACKAGING / source, share / folder / name)
    shutil.copyfile(PACKAGING / "install-desktop-integration.sh", bundle / "install.sh")
    data = tmp_path / "data"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    subprocess.run(["sh", str(bundle / "install.sh")], check=True, env=env, capture_output=True)
    installed = data / "applications" / f"{APP_ID}.desktop"
    exec_lines = [line for line in installed.read_text("utf-8").splitlines() if "Exec=" in line]
    assert exec_lines == [f'Exec="{bundle}/clausediff" %F']
    assert (data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (data / "mime/packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed)], check=True)
    subprocess.run(
        ["sh", str(bundle / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True
    )
    assert not [p for p in data.rglob(f"{APP_ID}*") if p.is_file()]


# --- the archive check of dist_check.py ------------------------------------------------------


def _fake_archives(folder: Path, resources: set[str], backend: bool = True) -> tuple[Path, Path]:
    """A wheel and an sdist holding the given resource names (and the backend)."""
    wheel, sdist = folder / "clausediff-0-py3-none-any.whl", folder / "clausediff-0.tar.gz"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("clausediff/__init__.py", "")
        for name in resources:
            archive.writestr(f"clausediff/resources/{name}", "x")
    source = folder / "clausediff-0"
    for name in {f"resources/{r}" for r in resources} | (
        {"packaging/build_backend.py"} if backend else set()
    ):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text("x", encoding="utf-8")
    with tarfile.open(sdist, "w:gz") as archive:
        archive.add(source, arcname=source.name)
    return wheel, sdist


def test_archive_check_wants_every_resource_and_the_qm(tmp_path: Path) -> None:
    """Complete archives pass; a missing .qm or a missing backend is reported."""
    needed = dist_check.resource_files()
    assert any(name.endswith(".qm") for name in needed)  # compiled from each .ts
    dist_check.check_archives(*_fake_archives(tmp_path, needed))
    qm = next(name for name in needed if name.endswith(".qm"))
    (tmp_path / "no-qm").mkdir()
    with pytest.raises(dist_check.CheckFailed, match=qm):
        dist_check.check_archives(*_fake_archives(tmp_path / "no-qm", needed - {qm}))
    (tmp_path / "no-backend").mkdir()
    with pytest.raises(dist_check.CheckFailed, match="build_backend"):
        dist_check.check_archives(*_fake_archives(tmp_path / "no-backend", needed, backend=False))


def test_cpu_seconds_of_a_running_process() -> None:
    """The window check's CPU figure reads /proc: this process has used some CPU."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("no /proc")
    assert 0 < dist_check.cpu_seconds(os.getpid()) < 3600
    assert dist_check.cpu_seconds(2**22 + 12345) == 0.0  # no such process
