"""The screen stays awake while a session runs, and only then (D-Bus ScreenSaver.Inhibit)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamstring_desktop.services.screen_keeper import ScreenKeeper
from tests.conftest import REPO
from tests.helpers.dbus import private_session_bus


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A private D-Bus session bus with a fake screen saver; yields its address and call log."""
    with private_session_bus() as address:
        log = tmp_path / "screensaver.log"
        fake = subprocess.Popen(
            [sys.executable, str(REPO / "tests/helpers/fake_screensaver.py"), address, str(log)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
        try:
            yield address, log
        finally:
            fake.terminate()
            fake.wait(timeout=10)
            fake.stdout.close()


def wait_for_lines(log: Path, count: int) -> list[str]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        lines = log.read_text().splitlines() if log.exists() else []
        if len(lines) >= count:
            return lines
        time.sleep(0.02)
    return log.read_text().splitlines() if log.exists() else []


def test_inhibit_and_release(qapp: object, session_bus: tuple[str, Path]) -> None:
    address, log = session_bus
    keeper = ScreenKeeper(address)
    keeper.inhibit()
    assert keeper.inhibited
    keeper.inhibit()  # a second start does not stack another inhibition
    assert wait_for_lines(log, 1) == ["inhibit Hamstring Desktop 42"]
    keeper.release()
    assert not keeper.inhibited
    assert wait_for_lines(log, 2) == ["inhibit Hamstring Desktop 42", "released 42"]
    keeper.inhibit()  # the next session asks again
    assert wait_for_lines(log, 3)[-1] == "inhibit Hamstring Desktop 43"
    keeper.release()


def test_without_the_service_it_is_a_logged_no_op(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    with private_session_bus() as address:
        keeper = ScreenKeeper(address)
        with caplog.at_level("INFO"):
            keeper.inhibit()
        assert not keeper.inhibited
        assert "screen may dim" in caplog.text
