"""Render the app icon (assets/icons/hamstring-desktop.svg) for installers and desktops.

Run after changing the icon:  .venv/bin/python packaging/make_icons.py

Writes, under packaging/icons/:
- hicolor/<N>x<N>/apps/<DESKTOP_ID>.png at the freedesktop hicolor sizes (Linux desktops, the .deb,
  the Flatpak); the scalable icon is the SVG itself;
- hamstring-desktop.ico (Windows: PNG-compressed entries, 16-256 px) and hamstring-desktop.icns
  (macOS: PNG entries, 16-1024 px), for the PyInstaller spec.

Qt's SVG renderer draws the PNGs (no other toolchain), and the output is byte-for-byte reproducible
with the pinned Qt, so ``--check`` (run by the tests) can tell when the committed files are stale.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hamstring_desktop import DESKTOP_ID  # noqa: E402

SOURCE = ROOT / "assets" / "icons" / "hamstring-desktop.svg"
OUTPUT = ROOT / "packaging" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The icns entry types that hold a PNG of the given pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def hicolor_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels goes, relative to packaging/icons."""
    return Path("hicolor") / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    """The icon as PNG data at each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"error: {SOURCE}: not a valid SVG")
    rendered = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        rendered[size] = bytes(data.data())
    return rendered


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    directory, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_file(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every generated file (relative to packaging/icons) and its content."""
    pngs = render_pngs({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    files = {hicolor_path(size): pngs[size] for size in HICOLOR_SIZES}
    files[Path("hamstring-desktop.ico")] = ico_file(pngs)
    files[Path("hamstring-desktop.icns")] = icns_file(pngs)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether files are stale")
    args = parser.parse_args()
    files = outputs()
    stale = [
        path
        for path, content in files.items()
        if not (OUTPUT / path).exists() or (OUTPUT / path).read_bytes() != content
    ]
    if args.check:
        for path in stale:
            print(f"stale: packaging/icons/{path.as_posix()} (run packaging/make_icons.py)", file=sys.stderr)
        return 1 if stale else 0
    for path, content in files.items():
        target = OUTPUT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as scratch:
            scratch.write(content)
        Path(scratch.name).replace(target)
        target.chmod(0o644)
    print(f"wrote {len(files)} files under {OUTPUT.relative_to(ROOT)} ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
