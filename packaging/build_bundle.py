"""Build the frozen bundle with PyInstaller: one folder, with the executable ``hamstring-desktop``.

    .venv/bin/python packaging/build_bundle.py          (or ./dev bundle)

The result is dist/hamstring-desktop/ (run dist/hamstring-desktop/hamstring-desktop). The spec,
packaging/pyinstaller/hamstring-desktop.spec, covers Linux, Windows and macOS (there, the app is
dist/Hamstring Desktop.app). PyInstaller's working files go to build/pyinstaller/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "hamstring-desktop.spec"
NAME = "hamstring-desktop"


def build_bundle(dist: Path, work: Path, env: Mapping[str, str] | None = None) -> Path:
    """Run PyInstaller on the spec; returns the bundle's folder (``dist/hamstring-desktop``)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env=dict(env if env is not None else os.environ),
    )
    return dist / NAME


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (symbolic links not followed, as ``du`` counts)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="working files")
    args = parser.parse_args()
    started = time.monotonic()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    size = folder_size(bundle) / 2**20
    print(f"built {bundle} ({size:.0f} MiB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
