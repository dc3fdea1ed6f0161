"""The builds the packaging tests check, each made once per test session.

- ``dists``: the sdist and the wheel, from ``python -m build`` on the checkout (a few seconds);
- ``bundle``: the frozen PyInstaller bundle. It takes the longest, so it is kept in
  build/packaging-tests/bundle-<hash of its inputs>/ and a later run with the same sources reuses it
  (CI starts from a fresh clone and builds it once);
- ``deb_package``: the Debian package, built from that bundle.

Each build reports its time and size on the terminal.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.scripts import load_packaging_script
from tests.helpers.system import require_programs

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "build" / "packaging-tests"
# Captured at import, before the tests point HOME and the XDG folders at temporary ones.
REAL_ENV = dict(os.environ)


@dataclass(frozen=True)
class Dists:
    """What ``python -m build`` made."""

    sdist: Path
    wheel: Path


def report(config: pytest.Config, line: str) -> None:
    """Show a figure on the terminal, whatever the output capturing."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"[packaging] {line}")


def megabytes(path: Path) -> float:
    """Size of a file, or of the files under a folder (links not followed), in MiB."""
    if path.is_file():
        return path.stat().st_size / 2**20
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.lstat().st_size for p in files) / 2**20


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Dists:
    """The sdist, and the wheel built from it, as ``python -m build`` makes them."""
    output = tmp_path_factory.mktemp("dists")
    started = time.monotonic()
    # --no-isolation: the build back end comes pinned from requirements/lock.txt, not the network.
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(output), str(REPO)],
        check=True,
        capture_output=True,
        env=REAL_ENV,
        timeout=600,
    )
    [sdist] = output.glob("*.tar.gz")
    [wheel] = output.glob("*.whl")
    report(
        pytestconfig,
        f"python -m build: sdist {megabytes(sdist):.2f} MiB, wheel {megabytes(wheel):.2f} MiB "
        f"in {time.monotonic() - started:.1f} s",
    )
    return Dists(sdist, wheel)


def bundle_inputs_key() -> str:
    """A hash of everything the bundle is made from."""
    inputs = [
        *(REPO / "hamstring_desktop").rglob("*.py"),
        *(REPO / "packaging" / "pyinstaller").glob("*.*"),
        REPO / "packaging" / "build_bundle.py",
        REPO / "requirements" / "lock.txt",
    ]
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(p for p in inputs if "__pycache__" not in p.parts):
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def bundle(pytestconfig: pytest.Config) -> Path:
    """The frozen bundle's folder (its executable is ``hamstring-desktop`` in it)."""
    require_programs("readelf", "objdump", "strip")
    home = CACHE / f"bundle-{bundle_inputs_key()}"
    folder = home / "dist" / "hamstring-desktop"
    if (folder / "hamstring-desktop").is_file():
        report(pytestconfig, f"reusing the bundle in {folder.relative_to(REPO)}")
        return folder
    for old in CACHE.glob("bundle-*"):
        shutil.rmtree(old)
    scratch = CACHE / f"building-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    # PyInstaller's own cache starts empty too, as on a fresh machine.
    env = dict(REAL_ENV, PYINSTALLER_CONFIG_DIR=str(scratch / "pyinstaller-cache"))
    started = time.monotonic()
    load_packaging_script("build_bundle").build_bundle(scratch / "dist", scratch / "work", env)
    seconds = time.monotonic() - started
    shutil.rmtree(scratch / "work")
    shutil.rmtree(scratch / "pyinstaller-cache", ignore_errors=True)
    scratch.rename(home)
    report(pytestconfig, f"PyInstaller bundle: {megabytes(folder):.0f} MiB, built in {seconds:.0f} s")
    return folder


@pytest.fixture(scope="session")
def deb_package(bundle: Path, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The .deb built from the bundle."""
    require_programs("dpkg-deb", "dpkg-shlibdeps")
    started = time.monotonic()
    package = load_packaging_script("linux/build_deb").build_deb(bundle, tmp_path_factory.mktemp("deb"))
    report(
        pytestconfig,
        f"Debian package: {megabytes(package):.1f} MiB, built in {time.monotonic() - started:.0f} s",
    )
    return package
