"""The Debian package: what it declares and holds, and a real install with apt-get on this machine,
a run from the installed path, and a clean removal.

The install test changes the system, so it runs only as root (CI runs as root: there, not being root
is a failure). It never replaces a hamstring-desktop package that was installed before it, except in
CI, where one can only be a leftover of an earlier run of this test. Whatever happens, it removes
the package again.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hamstring_desktop import DESKTOP_ID, __version__
from tests.helpers.app_run import exported_sessions, run_routine
from tests.helpers.system import require_programs

pytestmark = pytest.mark.packaging

PACKAGE = "hamstring-desktop"
INSTALLED = Path("/opt/hamstring-desktop")
COMMAND = Path("/usr/bin/hamstring-desktop")
SHARE = Path("/usr/share")
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300"]
# System packages the bundle links to: named here from what the app needs, so that a Depends
# computed wrongly (or not at all) fails.
EXPECTED_DEPENDS = (
    "libpulse0",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-6",
    "libwayland-client0",
    "libwayland-cursor0",
)


def field(package: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(package), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def declared_packages(relation: str) -> set[str]:
    """Package names in a Depends-style field (alternatives and versions dropped)."""
    return {re.split(r"[\s(|]", part.strip())[0] for part in relation.split(",") if part.strip()}


def needed_names(path: Path) -> list[str]:
    output = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def resolved_libraries(path: Path) -> dict[str, Path]:
    """Library name → the file the dynamic loader picks for it, as ldd shows."""
    output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
    found = {name: Path(file) for name, file in re.findall(r"^\s*(\S+) => (/\S+)", output, re.MULTILINE)}
    # The dynamic loader itself is listed by its path alone.
    for file in re.findall(r"^\s*(/\S+) \(0x", output, re.MULTILINE):
        found.setdefault(Path(file).name, Path(file))
    return found


def owning_package(path: Path) -> str:
    """The installed Debian package that ships ``path`` (with or without the /usr merge)."""
    candidates = [path, path.resolve()]
    candidates += [Path(str(p).replace("/usr/lib/", "/lib/", 1)) for p in candidates]
    for candidate in candidates:
        owner = subprocess.run(
            ["dpkg-query", "-S", str(candidate)], capture_output=True, text=True, check=False
        )
        if owner.returncode == 0:
            return owner.stdout.split(":", 1)[0]
    raise AssertionError(f"no package owns {path}")


def test_the_package_is_named_versioned_and_described(deb_package: Path) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb_package.name == f"{PACKAGE}_{__version__}_{arch}.deb"
    assert field(deb_package, "Package") == PACKAGE
    assert field(deb_package, "Version") == __version__
    assert "speech-dispatcher" in declared_packages(field(deb_package, "Recommends"))
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb_package)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for wanted in (
        f"{INSTALLED}/hamstring-desktop",
        str(COMMAND),
        f"/usr/share/applications/{DESKTOP_ID}.desktop",
        f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml",
        f"/usr/share/mime/packages/{DESKTOP_ID}.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
        f"/usr/share/icons/hicolor/48x48/apps/{DESKTOP_ID}.png",
        "/usr/share/doc/hamstring-desktop/copyright",
    ):
        assert wanted in paths, wanted
    places = ("/opt/hamstring-desktop", "/usr/bin/", "/usr/share/")
    outside = {p for p in paths if not p.startswith(places)} - {"/", "/opt/", "/usr/"}
    assert not outside, sorted(outside)


def test_the_package_depends_on_every_system_library_the_bundle_links_to(
    deb_package: Path, bundle: Path
) -> None:
    """Checked apart from dpkg-shlibdeps: each library an ELF file in the bundle names and the
    bundle does not carry belongs to a package in Depends."""
    require_programs("readelf", "ldd", "dpkg-query")
    depends = declared_packages(field(deb_package, "Depends"))
    assert set(EXPECTED_DEPENDS) <= depends, sorted(set(EXPECTED_DEPENDS) - depends)
    # The voice speaks to speech-dispatcher itself (Recommends), needing none of its libraries.
    assert "libspeechd2" not in depends
    carried = {path.name for path in bundle.rglob("*")}
    owners: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        system = [name for name in needed_names(path) if name not in carried and name not in owners]
        if system:
            found = resolved_libraries(path)
            for name in system:
                assert name in found, f"{name} (needed by {path.name}) is not installed on this system"
                owners[name] = owning_package(found[name])
    undeclared = {name: owner for name, owner in owners.items() if owner not in depends}
    assert not undeclared, undeclared


@contextmanager
def installed(deb_package: Path) -> Iterator[list[Path]]:
    """The package installed with apt-get; yields the files it put on the system; purges it after."""
    if os.geteuid() != 0:
        message = "installing the .deb needs root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    require_programs("apt-get", "dpkg-query")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if _is_installed():
        if not os.environ.get("CI"):
            pytest.skip("a hamstring-desktop package is installed here already: not replacing it")
        subprocess.run([*APT, "purge", PACKAGE], check=True, capture_output=True, env=env, timeout=600)
    try:
        install = subprocess.run(
            [*APT, "install", "--no-install-recommends", str(deb_package)],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )
        assert install.returncode == 0, install.stdout + install.stderr
        listed = subprocess.run(
            ["dpkg-query", "--listfiles", PACKAGE], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        yield [Path(line) for line in listed if line.strip()]
    finally:
        removal = subprocess.run(
            [*APT, "purge", PACKAGE], capture_output=True, text=True, env=env, timeout=600, check=False
        )
        assert removal.returncode == 0, removal.stdout + removal.stderr


def _is_installed() -> bool:
    status = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${db:Status-Status}", PACKAGE],
        capture_output=True,
        text=True,
        check=False,
    )
    return status.returncode == 0 and status.stdout.strip() not in ("", "not-installed")


def test_apt_installs_the_package_it_runs_from_its_installed_path_and_is_removed_cleanly(
    deb_package: Path, tmp_path: Path
) -> None:
    require_programs("desktop-file-validate")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with installed(deb_package) as files:
        assert COMMAND.resolve() == INSTALLED / "hamstring-desktop"
        version = subprocess.run(
            [str(COMMAND), "--version"], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert version.stdout.strip() == f"hamstring-desktop {__version__}", version.stderr
        data = tmp_path / "data"
        run = run_routine(data, "pre-workout", env, time_scale=100, command=[str(COMMAND)], extra=["--mute"])
        assert run.returncode == 0, run.stderr
        assert "No QtMultimedia backends found" not in run.stderr
        [session] = exported_sessions(data, env, tmp_path / "history.json", [str(COMMAND)])
        assert session["outcome"] == "completed"
        # The desktop entry as installed, and the MIME type in the system's database (built by the
        # shared-mime-info trigger) as a file manager sees it.
        desktop = SHARE / "applications" / f"{DESKTOP_ID}.desktop"
        validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, check=False)
        assert validated.returncode == 0, validated.stdout
        assert (SHARE / "mime" / "application" / "x-hamstring-routine.xml").is_file()
        mime = subprocess.run(
            [
                sys.executable,
                "-c",
                "from PySide6.QtCore import QMimeDatabase;"
                "print(QMimeDatabase().mimeTypeForFile('a.hamstring.toml',"
                " QMimeDatabase.MatchMode.MatchExtension).name())",
            ],
            capture_output=True,
            text=True,
            env={k: v for k, v in env.items() if not k.startswith("XDG_DATA")},
            check=True,
        )
        assert mime.stdout.strip() == "application/x-hamstring-routine"
    assert not _is_installed()
    left = [path for path in files if path.is_symlink() or path.is_file()]
    assert not left, left
    assert not INSTALLED.exists()
    assert not (SHARE / "mime" / "application" / "x-hamstring-routine.xml").exists()
