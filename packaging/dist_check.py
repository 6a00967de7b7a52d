"""Check what ``make dist`` and ``make wheel`` built, the way a user would run it.

Commands (``make dist-check`` runs ``all``):

- ``bundle``: from ``dist/ClauseDiff``: its size (fail above :data:`MAX_BUNDLE_MB`),
  ``clausediff --version``, a headless ``compare`` of the bundled samples writing PDF, JSON and
  HTML, then the window under ``xvfb-run``: the time from launch until ``xdotool`` sees a visible
  window named ClauseDiff (three launches: the first may pay for a cold disk cache, any may
  wait for a CPU on a busy machine, so the fastest must stay under
  :data:`MAX_WINDOW_SECONDS`), and ``--demo`` left running a few seconds without crashing.
  The app is run unchanged: the signal is external (X11).
- ``desktop``: ``desktop-file-validate``, ``appstreamcli validate --no-net``, ``xmllint`` on
  the files in ``packaging/``, and the bundle's ``install-desktop-integration.sh`` into a
  temporary ``XDG_DATA_HOME`` (installed entry validated, then uninstalled).
- ``wheel``: the wheel and the sdist hold every file of ``resources/`` plus the compiled
  ``.qm`` (the sdist also the build backend); then a fresh virtual environment with only
  ``dist/clausediff-*.whl`` (dependencies from the package index) runs ``clausediff compare``
  on the samples it ships and ``clausediff --demo`` offscreen (killed after a few seconds:
  being killed is success, a traceback or an early exit is failure).

Every run uses throw-away HOME/XDG folders, so it never touches the user's settings. Prints one
line per check and exits 1 at the first failure. Needs xvfb-run, xdotool, xprop,
desktop-file-validate, appstreamcli, xmllint, update-mime-database (the Makefile installs
them). Standard library only.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "ClauseDiff"
APP_ID = "io.github.clausediff.ClauseDiff"
SESSION_MIME = "application/x-clausediff-session"
SAMPLES = ("contrat-services-v1.txt", "contrat-services-v2.txt")
MAX_BUNDLE_MB = 150.0
MAX_WINDOW_SECONDS = 2.0
WINDOW_TIMEOUT = 30.0
ALIVE_SECONDS = 3.0
LAUNCHES = 3
POLL_SECONDS = 0.05


class CheckFailed(Exception):
    """One check did not hold; the message says which and why."""


def say(message: str) -> None:
    """One progress line, flushed (make interleaves our output with its own)."""
    print(f"dist-check: {message}", flush=True)


def version() -> str:
    """``__version__`` read from the source (the one place it is defined)."""
    text = (ROOT / "clausediff" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise CheckFailed("no __version__ in clausediff/__init__.py")
    return found.group(1)


def run(command: Sequence[str | Path], env: dict[str, str] | None = None) -> str:
    """Run a command to completion; its stdout, or CheckFailed with its stderr.

    With a sandbox ``env`` the command runs in its HOME, so that a ``python -c`` never imports
    the source tree instead of what is installed.
    """
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env=env,
        cwd=env["HOME"] if env else None,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(map(str, command))} exited {result.returncode}\n"
            f"{result.stdout[-2000:]}{result.stderr[-4000:]}"
        )
    return result.stdout


@contextmanager
def sandbox_env(extra: dict[str, str] | None = None) -> Iterator[dict[str, str]]:
    """The environment with HOME and the XDG folders in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="clausediff-check-") as folder:
        home = Path(folder)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ)
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(runtime),
        )
        env.pop("CLAUSEDIFF_DEBUG", None)
        env.update(extra or {})
        yield env


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symlinks count nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_reports(clausediff: Sequence[str | Path], samples: Path, env: dict[str, str]) -> None:
    """``compare`` the two samples into PDF, JSON and HTML; check each file's content."""
    with tempfile.TemporaryDirectory(prefix="clausediff-reports-") as out_dir:
        out = Path(out_dir)
        started = time.perf_counter()
        run(
            [
                *clausediff,
                "compare",
                samples / SAMPLES[0],
                samples / SAMPLES[1],
                "--pdf",
                out / "report.pdf",
                "--json",
                out / "comparison.json",
                "--html",
                out / "report.html",
                "--quiet",
            ],
            env,
        )
        elapsed = time.perf_counter() - started
        for name in ("report.pdf", "comparison.json", "report.html"):
            if not (out / name).is_file() or (out / name).stat().st_size == 0:
                raise CheckFailed(f"compare wrote no {name}")
        if not (out / "report.pdf").read_bytes().startswith(b"%PDF-"):
            raise CheckFailed("report.pdf is not a PDF")
        data = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("pairs"):
            raise CheckFailed("comparison.json holds no pairs")
        sizes = ", ".join(
            f"{name} {(out / name).stat().st_size // 1024} KB"
            for name in sorted(("report.pdf", "comparison.json", "report.html"))
        )
        say(f"ok    compare of the samples in {elapsed:.2f} s ({sizes})")


# --- the window, under Xvfb ----------------------------------------------------------------------


def visible_window(name: str, env: dict[str, str]) -> str | None:
    """The id of a mapped window whose title matches ``name``, if the X server shows one."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    found = result.stdout.split() if result.returncode == 0 else []
    return found[0] if found else None


def check_window_properties(window: str, env: dict[str, str]) -> None:
    """WM_CLASS is the desktop entry's StartupWMClass (docks group the window with its
    launcher) and the window carries an icon (the SVG icon engine made it into the bundle)."""
    entry = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    wm_class = next(line.split("=", 1)[1] for line in entry if line.startswith("StartupWMClass="))
    shown = run(["xprop", "-id", window, "WM_CLASS"], env)
    if f'"{wm_class}"' not in shown.split("=", 1)[-1].split(",")[-1]:
        raise CheckFailed(f"window class {shown.strip()} is not StartupWMClass={wm_class}")
    icon = run(["xprop", "-id", window, "-len", "16", "_NET_WM_ICON"], env)
    if "not found" in icon or "=" not in icon:
        raise CheckFailed(f"the window has no icon: {icon.strip()}")
    say(f"ok    window class {wm_class} (as the desktop entry says) and an icon from the SVG")


class Launch(NamedTuple):
    """Time from launch to a visible window: wall clock, and the CPU the app used meanwhile."""

    wall: float
    cpu: float

    def __str__(self) -> str:
        return f"{self.wall:.2f} s ({self.cpu:.2f} s CPU)"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux /proc), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch_and_time(
    command: Sequence[str], env: dict[str, str], alive: float, inspect: bool = False
) -> Launch:
    """Time from launch to a visible ClauseDiff window; the app must then stay up ``alive`` s
    (and, with ``inspect``, its window have the right class and an icon).

    The CPU figure does not depend on what else the machine runs, the wall time does.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        cwd=env["HOME"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        shown, window = None, None
        while time.perf_counter() - started < WINDOW_TIMEOUT:
            window = visible_window("ClauseDiff", env)
            if window:
                shown = Launch(time.perf_counter() - started, cpu_seconds(process.pid))
                break
            if process.poll() is not None:
                break
            time.sleep(POLL_SECONDS)
        if shown is not None:
            time.sleep(alive)
        crashed = process.poll() is not None
        if window and inspect and not crashed:
            check_window_properties(window, env)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
    errors = stderr.decode("utf-8", "replace")
    if shown is None or crashed or "Traceback" in errors or "internal error" in errors:
        what = "never showed a window" if shown is None else "did not stay up"
        raise CheckFailed(f"{' '.join(command)} {what} (exit {process.returncode})\n{errors}")
    return shown


def window_times(executable: str) -> None:
    """Inside xvfb-run: time a few plain launches, then run the demo; print the figures.

    The figure is the fastest launch: the first may pay for a cold disk cache, and on a
    shared machine any of them may wait for a CPU (the CPU figure shows it). Every launch is
    printed.
    """
    with sandbox_env({"QT_QPA_PLATFORM": "xcb"}) as env:
        launches = [launch_and_time([executable], env, alive=1.0) for _ in range(LAUNCHES)]
        demo = launch_and_time([executable, "--demo"], env, alive=ALIVE_SECONDS, inspect=True)
    shown = min(launches)
    # On a machine busier than its cores, the wall time measures the other jobs: the window's
    # own CPU time then decides (a launch waiting for a CPU is not a slow launch).
    load = os.getloadavg()[0]
    busy = load > (os.cpu_count() or 1)
    took = shown.cpu if busy else shown.wall
    measure = f"CPU time (machine busy, load {load:.1f})" if busy else "wall time"
    verdict = "ok   " if took <= MAX_WINDOW_SECONDS else "FAIL "
    say(
        f"{verdict} window shown in {shown} (fastest of {LAUNCHES}; limit {MAX_WINDOW_SECONDS} s "
        f"of {measure})"
    )
    say(f"      launches in order: {', '.join(map(str, launches))}")
    say(f"ok    --demo window in {demo}, still running {ALIVE_SECONDS:.0f} s later")
    if took > MAX_WINDOW_SECONDS:
        raise CheckFailed(f"window shown in {took:.2f} s of {measure} > {MAX_WINDOW_SECONDS} s")


# --- the three checks ----------------------------------------------------------------------------


def project_key(requirement: str) -> str:
    """The normalised project name a requirement or an index line starts with (PEP 503)."""
    name = re.split(r"[^A-Za-z0-9._-]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def check_licence_index(index: Path) -> None:
    """licenses/INDEX.txt has a "name version: licence" line (the format the About box reads,
    clausediff.gui.about) for every runtime requirement of clausediff, PySide6 included."""
    if not index.is_file():
        raise CheckFailed(f"no {index}")
    listed = {
        project_key(match.group(1))
        for line in index.read_text(encoding="utf-8").splitlines()
        if (match := re.match(r"(\S+) (\S+): (.+)$", line))
    }
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    required = {project_key(dep) for dep in config["project"]["dependencies"]}
    if required - listed:
        raise CheckFailed(f"{index} does not list {sorted(required - listed)}")
    say(f"ok    licenses/INDEX.txt lists {len(listed)} shipped projects and their licences")


def check_bundle(bundle: Path = BUNDLE) -> None:
    """Size, --version, headless compare, and the window under Xvfb, from the bundle."""
    executable = bundle / "clausediff"
    if not executable.is_file():
        raise CheckFailed(f"no bundle at {bundle} (run make dist)")
    size = folder_size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    megabytes = size / 1e6
    verdict = "ok   " if megabytes <= MAX_BUNDLE_MB else "FAIL "
    say(f"{verdict} bundle size {megabytes:.1f} MB ({size / 2**20:.1f} MiB, {files} files)")
    if megabytes > MAX_BUNDLE_MB:
        raise CheckFailed(f"bundle is {megabytes:.1f} MB > {MAX_BUNDLE_MB} MB")
    with sandbox_env() as env:
        shown = run([executable, "--version"], env).strip()
        if shown != f"ClauseDiff {version()}":
            raise CheckFailed(f"--version printed {shown!r}, expected ClauseDiff {version()}")
        say(f"ok    {executable.relative_to(ROOT)} --version: {shown}")
        check_licence_index(bundle / "_internal" / "licenses" / "INDEX.txt")
        samples = bundle / "_internal" / "clausediff" / "resources" / "samples"
        check_reports([executable], samples, env)
    window_report = run(
        [
            "xvfb-run",
            "--auto-servernum",
            "--server-args=-screen 0 1280x1024x24 -nolisten tcp",
            sys.executable,
            __file__,
            "_window",
            executable,
        ]
    )
    print(window_report, end="", flush=True)


def check_desktop(bundle: Path = BUNDLE) -> None:
    """Validate the desktop entry, metainfo and MIME type, and the bundle's installer."""
    desktop = PACKAGING / f"{APP_ID}.desktop"
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    mime = PACKAGING / f"{APP_ID}.mime.xml"
    run(["desktop-file-validate", desktop])
    say(f"ok    desktop-file-validate {desktop.name}")
    run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo])
    say(f"ok    appstreamcli validate --no-net {metainfo.name}")
    run(["xmllint", "--noout", mime])
    say(f"ok    xmllint {mime.name}")
    installer = bundle / "install-desktop-integration.sh"
    if not installer.is_file():
        raise CheckFailed(f"no {installer} (run make dist)")
    with sandbox_env() as env:
        data = Path(env["XDG_DATA_HOME"])
        run([installer], env)
        installed = data / "applications" / desktop.name
        run(["desktop-file-validate", installed])
        exec_line = next(
            line for line in installed.read_text("utf-8").splitlines() if line.startswith("Exec=")
        )
        if str(bundle / "clausediff") not in exec_line:
            raise CheckFailed(f"installed entry does not run the bundle: {exec_line}")
        for needed in (
            data / "mime" / "packages" / f"{APP_ID}.xml",
            data / "metainfo" / metainfo.name,
            data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
            data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ):
            if not needed.is_file():
                raise CheckFailed(f"install-desktop-integration.sh did not install {needed}")
        check_file_association(data, desktop.name)
        run([installer, "--uninstall"], env)
        left = [p for p in data.rglob(f"{APP_ID}*") if p.is_file()]
        if left:
            raise CheckFailed(f"--uninstall left {left}")
    say("ok    install-desktop-integration.sh installs a valid entry and uninstalls cleanly")


def check_file_association(data: Path, desktop_name: str) -> None:
    """After installing: ``*.clausediff`` is our MIME type and our entry opens it.

    Read from the caches the installer rebuilt (shared-mime-info's ``globs2``,
    desktop-file-utils' ``mimeinfo.cache``): what file managers consult on a double-click.
    """
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    if not any(line.endswith(f":{SESSION_MIME}:*.clausediff") for line in globs):
        raise CheckFailed(f"update-mime-database did not register *.clausediff as {SESSION_MIME}")
    cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    if f"{SESSION_MIME}={desktop_name};" not in cache.splitlines():
        raise CheckFailed(f"mimeinfo.cache does not open {SESSION_MIME} with {desktop_name}")
    say(f"ok    *.clausediff is {SESSION_MIME}, opened by {desktop_name}")


def resource_files() -> set[str]:
    """Every resource the package must ship, relative to resources/: what is in the source
    folder (the .ts sources included) plus the compiled .qm of each .ts."""
    folder = ROOT / "resources"
    files = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    return files | {name.removesuffix(".ts") + ".qm" for name in files if name.endswith(".ts")}


def check_archives(wheel: Path, sdist: Path) -> None:
    """The wheel and the sdist each hold every resource; the sdist holds the build backend."""
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    missing = {f"clausediff/resources/{name}" for name in resource_files()} - in_wheel
    if missing:
        raise CheckFailed(f"{wheel.name} lacks {sorted(missing)}")
    modules = sum(1 for name in in_wheel if name.endswith(".py"))
    say(
        f"ok    {wheel.name}: {wheel.stat().st_size / 1e3:.0f} kB, {modules} modules, "
        f"{len(resource_files())} resources (icons, samples, .ts and .qm)"
    )
    if not sdist.is_file():
        raise CheckFailed(f"no {sdist.name} in {sdist.parent} (run make wheel)")
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = {f"resources/{name}" for name in resource_files()} | {"packaging/build_backend.py"}
    if needed - in_sdist:
        raise CheckFailed(f"{sdist.name} lacks {sorted(needed - in_sdist)}")
    say(f"ok    {sdist.name}: {sdist.stat().st_size / 1e3:.0f} kB, every resource and the backend")


def check_wheel(dist: Path = DIST) -> None:
    """A fresh venv with only the wheel: compare on the shipped samples, --demo offscreen."""
    wheels = sorted(dist.glob(f"clausediff-{version()}-*.whl"))
    if not wheels:
        raise CheckFailed(f"no clausediff-{version()} wheel in {dist} (run make wheel)")
    wheel = wheels[-1]
    check_archives(wheel, dist / f"clausediff-{version()}.tar.gz")
    with tempfile.TemporaryDirectory(prefix="clausediff-venv-") as folder:
        venv = Path(folder) / "venv"
        started = time.perf_counter()
        run([sys.executable, "-m", "venv", venv])
        run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel])
        say(f"ok    fresh venv with the wheel installed in {time.perf_counter() - started:.1f} s")
        python, clausediff = venv / "bin" / "python", venv / "bin" / "clausediff"
        probe = (
            "import json, clausediff.gui.resources as r; d = r.resources_dir(); "
            "print(json.dumps([str(d)] + sorted(str(p.relative_to(d)) for p in d.rglob('*.*'))))"
        )
        with sandbox_env({"QT_QPA_PLATFORM": "offscreen"}) as env:
            listed = json.loads(run([python, "-c", probe], env))
            resources, files = Path(listed[0]), set(listed[1:])
            if venv not in resources.parents:
                raise CheckFailed(f"resources come from {resources}, not the installed wheel")
            for ts in (ROOT / "resources" / "translations").glob("*.ts"):
                if f"translations/{ts.stem}.qm" not in files:
                    raise CheckFailed(f"the wheel lacks translations/{ts.stem}.qm")
            say(f"ok    the installed package ships {len(files)} resource files, .qm included")
            check_reports([clausediff], resources / "samples", env)
            check_alive([str(clausediff), "--demo"], env)


def check_alive(command: Sequence[str], env: dict[str, str]) -> None:
    """The app runs its event loop forever: alive after a few seconds, no traceback."""
    process = subprocess.Popen(
        command,
        env=env,
        cwd=env["HOME"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _, stderr = process.communicate(timeout=ALIVE_SECONDS + 2)
        early = True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
        early = False
    errors = stderr.decode("utf-8", "replace")
    if early or "Traceback" in errors or "internal error" in errors:
        raise CheckFailed(f"{' '.join(command)} exited {process.returncode} early\n{errors}")
    say(f"ok    {Path(command[0]).name} {' '.join(command[1:])} ran {ALIVE_SECONDS + 2:.0f} s")


CHECKS = {"bundle": check_bundle, "desktop": check_desktop, "wheel": check_wheel}


def main(argv: Sequence[str]) -> int:
    """``dist_check.py [all|bundle|desktop|wheel]``; exit 1 with the reason on failure."""
    command = argv[0] if argv else "all"
    try:
        if command == "_window":  # internal: inside xvfb-run
            window_times(argv[1])
            return 0
        names = list(CHECKS) if command == "all" else [command]
        for name in names:
            if name not in CHECKS:
                raise CheckFailed(f"unknown check {name!r}: choose all, {', '.join(CHECKS)}")
            started = time.perf_counter()
            CHECKS[name]()
            say(f"{name} checked in {time.perf_counter() - started:.1f} s")
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        print(f"dist-check: FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
