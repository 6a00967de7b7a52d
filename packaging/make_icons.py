"""Render the application icon (SVG) to the raster formats desktops want, at build time.

Input: ``resources/icons/clausediff.svg`` (the one icon the app itself shows). Output, in the
folder given (``build/icons`` by default, git-ignored):

- ``hicolor/<N>x<N>/apps/io.github.clausediff.ClauseDiff.png`` for N in :data:`SIZES`, and
  ``hicolor/scalable/apps/io.github.clausediff.ClauseDiff.svg`` (freedesktop icon theme layout);
- ``clausediff.ico`` (Windows, PNG-compressed entries 16..256);
- ``clausediff.icns`` (macOS, PNG entries 16..1024).

Rendering uses Qt's ``QSvgRenderer`` (QtSvg is part of PySide6-Essentials) on the offscreen
platform, so it needs no display. The ICO and ICNS containers are written here (both are a small
header plus PNG payloads) rather than adding Pillow to the build. Nothing is written outside the
output folder.

Usage: ``python packaging/make_icons.py [OUTPUT_DIR]``
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "clausediff.svg"
APP_ID = "io.github.clausediff.ClauseDiff"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` rendered square at every size, antialiased, transparent."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    result = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.11 stubs say bytes, the binding only accepts str for the format.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError(f"could not encode a {size} px PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as one entry (allowed since Windows Vista)."""
    entries = sorted(pngs.items())
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, payload = b"", b""
    for size, png in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG data (supported since OS X 10.7)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(output: Path, svg: Path = SOURCE_SVG) -> list[Path]:
    """Write every icon file under ``output``; return their paths."""
    needed = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render_pngs(svg, needed)
    written = []
    for size in SIZES:
        path = output / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    scalable = output / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    for name, data in (
        ("clausediff.ico", ico_bytes({size: pngs[size] for size in ICO_SIZES})),
        ("clausediff.icns", icns_bytes(pngs)),
    ):
        (output / name).write_bytes(data)
        written.append(output / name)
    return written


def main(argv: list[str]) -> int:
    """Command line: one optional argument, the output folder."""
    output = Path(argv[0]) if argv else ROOT / "build" / "icons"
    written = make_icons(output)
    print(f"make_icons: {len(written)} files in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
