"""Shared test set-up: offscreen Qt, a private data dir per test, and system-part checks."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamstring_desktop.content import Library, load_library

REPO = Path(__file__).resolve().parent.parent
ASSETS = REPO / "assets"

# Before any Qt import: widgets render offscreen (on a 1920×1080 virtual screen, so window
# geometry behaves as on a laptop) unless an e2e test starts a real X server.
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={REPO / 'tests' / 'offscreen-screen.json'}")
os.environ.pop("HAMSTRING_DESKTOP_DATA_DIR", None)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own HOME and XDG dirs, so nothing touches a real user's data."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("HAMSTRING_DESKTOP_DATA_DIR", raising=False)
    yield home
    _stop_daemons_started_in(home)


def _stop_daemons_started_in(home: Path) -> None:
    """A speech-dispatcher autospawned by a test (its socket lives under the test's HOME) would
    outlive the test and keep a sound stream open; end it."""
    proc = Path("/proc")
    if not proc.is_dir():
        return
    marker = str(home).encode()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"speech-dispatcher" in command and marker in command:
            with contextlib.suppress(OSError):
                os.kill(int(entry.name), signal.SIGKILL)  # it ignores SIGTERM while idle


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data dir for the app."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def library(asset_texts: dict[str, str]) -> Library:
    """The built-in library, loaded and validated from assets/ (pure Python, no Qt)."""
    return load_library(asset_texts)


@pytest.fixture(scope="session")
def asset_texts() -> dict[str, str]:
    """The built-in TOML content read straight from assets/, keyed like the loader expects."""
    return {
        path.relative_to(ASSETS).as_posix(): path.read_text(encoding="utf-8")
        for path in ASSETS.rglob("*.toml")
    }
