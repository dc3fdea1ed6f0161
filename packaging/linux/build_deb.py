"""Build the Debian package from the frozen bundle (``./dev deb`` runs the whole chain).

    .venv/bin/python packaging/linux/build_deb.py dist/hamstring-desktop --output dist

Layout of the package:

    /opt/hamstring-desktop/                      the PyInstaller bundle, as built
    /usr/bin/hamstring-desktop                   a symbolic link to its executable
    /usr/share/applications/<id>.desktop         the desktop entry (with an action per built-in routine)
    /usr/share/metainfo/<id>.metainfo.xml        AppStream metadata (software centres)
    /usr/share/icons/hicolor/*/apps/<id>.*       the icon: the SVG and PNGs at the hicolor sizes
    /usr/share/mime/packages/<id>.xml            the MIME type of routine files
    /usr/share/doc/hamstring-desktop/copyright

Depends is worked out by dpkg-shlibdeps from every ELF file in the bundle: the libraries the bundle
does not carry (the sound server's client library, X11, Wayland, fonts, D-Bus, speech-dispatcher's
client library, OpenGL; see packaging/pyinstaller/bundle_contents.py) come from Debian's packages.
The desktop database, icon cache and MIME database are refreshed by the triggers of
desktop-file-utils, hicolor-icon-theme and shared-mime-info, so the package needs no scripts.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from hamstring_desktop import APP_NAME, DESKTOP_ID, __version__  # noqa: E402

PACKAGE = "hamstring-desktop"
INSTALL_DIR = Path("opt") / PACKAGE
COMMAND = "hamstring-desktop"
ICONS = ROOT / "packaging" / "icons"
SCALABLE_ICON = ROOT / "assets" / "icons" / "hamstring-desktop.svg"
MAINTAINER = "Hamstring Desktop developers <maintainers@hamstring-desktop.invalid>"
HOMEPAGE = "https://github.com/hamstring-desktop/hamstring-desktop"
# Used at run time but not linked: the app starts speech-dispatcher for its spoken prompts.
RECOMMENDS = ("speech-dispatcher",)
SUGGESTS = ("pulseaudio | pipewire-pulse",)
DESCRIPTION = f"""\
guided hamstring self-massage with timed routines
 {APP_NAME} guides you through massaging the backs of your thighs
 with a foam roller, a massage ball, a massage stick or your hands: timed
 routines with tones and spoken prompts, an anatomy diagram that follows the
 session, a technique library and a history of your sessions."""


def desktop_files() -> dict[Path, Path]:
    """Files for /usr/share (destination in the package → source in the checkout)."""
    share = Path("usr/share")
    files = {
        share / "applications" / f"{DESKTOP_ID}.desktop": HERE / f"{DESKTOP_ID}.desktop",
        share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml": HERE / f"{DESKTOP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{DESKTOP_ID}.xml": HERE / f"{DESKTOP_ID}.mime.xml",
        share / "icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg": SCALABLE_ICON,
    }
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{DESKTOP_ID}.png")):
        files[share / "icons" / png.relative_to(ICONS)] = png
    return files


def copyright_text() -> str:
    """debian/copyright in the machine-readable format."""
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        f"Source: {HOMEPAGE}\n"
        "\n"
        "Files: *\n"
        "Copyright: Hamstring Desktop developers\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems, the complete text of the GNU General Public License\n"
        " version 3 can be found in /usr/share/common-licenses/GPL-3.\n"
        "\n"
        f"Files: {INSTALL_DIR.as_posix()}/_internal/*\n"
        "Copyright: The Qt Company Ltd. and other contributors (Qt for Python, Qt, FFmpeg, ICU);\n"
        " Python Software Foundation (Python)\n"
        "License: various\n"
        " The bundle carries Python and the PySide6 wheels' Qt, ICU and FFmpeg\n"
        " libraries under their own licences (LGPL-3.0, PSF-2.0, Unicode).\n"
    )


def stage(bundle: Path, root: Path) -> None:
    """Lay out the package's files under ``root``."""
    if not (bundle / COMMAND).is_file():
        raise SystemExit(f"error: {bundle}: no {COMMAND} executable here (build the bundle first)")
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / COMMAND).symlink_to(Path("/") / INSTALL_DIR / COMMAND)
    for destination, source in desktop_files().items():
        (root / destination).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, root / destination)
    doc = root / "usr/share/doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    _normalise_modes(root)


def _normalise_modes(root: Path) -> None:
    """Folders 0755; files 0755 when executable, else 0644 (whatever the build's umask was)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def shared_library_depends(build_dir: Path, root: Path) -> str:
    """The Depends that dpkg-shlibdeps works out for every ELF file under ``root``.

    dpkg-shlibdeps wants a source package around the files: ``build_dir`` gets a minimal
    debian/control, and ``root`` must be ``build_dir/debian/<package>``.
    """
    (build_dir / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
    )
    elves = sorted(path for path in (root / INSTALL_DIR).rglob("*") if _is_elf(path))
    private = [root / INSTALL_DIR / "_internal", root / INSTALL_DIR / "_internal/PySide6/Qt/lib"]
    result = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            *(f"-l{folder}" for folder in private),
            *(f"-e{path}" for path in elves),
        ],
        cwd=build_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if "error" in line]
        raise SystemExit("error: dpkg-shlibdeps failed:\n" + "\n".join(errors[-20:] or [result.stderr]))
    match = re.search(r"^shlibs:Depends=(.*)$", result.stdout, re.MULTILINE)
    if match is None:
        raise SystemExit(f"error: dpkg-shlibdeps gave no Depends:\n{result.stdout}")
    return match.group(1).strip()


def _installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_relative_to(root / "DEBIAN"):
            continue
        total += 1 if path.is_symlink() or path.is_dir() else -(-path.stat().st_size // 1024)
    return total


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control_text(root: Path, depends: str) -> str:
    """DEBIAN/control."""
    fields = {
        "Package": PACKAGE,
        "Version": __version__,
        "Architecture": _architecture(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(_installed_size_kib(root)),
        "Depends": depends,
        "Recommends": ", ".join(RECOMMENDS),
        "Suggests": ", ".join(SUGGESTS),
        "Section": "misc",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.is_relative_to(root / "DEBIAN"):
            continue
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def build_deb(bundle: Path, output: Path) -> Path:
    """Build ``hamstring-desktop_<version>_<arch>.deb`` from ``bundle`` into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hamstring-deb-") as scratch:
        build_dir = Path(scratch)
        root = build_dir / "debian" / PACKAGE
        stage(bundle, root)
        (root / "DEBIAN").mkdir(mode=0o755)  # before dpkg-shlibdeps: it marks the package's root
        depends = shared_library_depends(build_dir, root)
        (root / "DEBIAN" / "md5sums").write_text(_md5sums(root), encoding="utf-8")
        (root / "DEBIAN" / "control").write_text(control_text(root, depends), encoding="utf-8")
        for name in ("control", "md5sums"):
            (root / "DEBIAN" / name).chmod(0o644)
        target = output / f"{PACKAGE}_{__version__}_{_architecture()}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller bundle (dist/hamstring-desktop)")
    parser.add_argument("--output", type=Path, default=ROOT / "dist", help="where the .deb goes (dist/)")
    args = parser.parse_args()
    missing = [tool for tool in ("dpkg-deb", "dpkg-shlibdeps") if shutil.which(tool) is None]
    if missing:
        print(f"error: {', '.join(missing)} missing (apt-get install dpkg-dev)", file=sys.stderr)
        return 1
    started = time.monotonic()
    target = build_deb(args.bundle.resolve(), args.output.resolve())
    size = target.stat().st_size / 2**20
    print(f"built {target} ({size:.1f} MiB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
