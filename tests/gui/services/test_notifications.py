"""A reminder reaches the desktop's notification service, and clicking it is heard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from hamstring_desktop import DESKTOP_ID
from hamstring_desktop.services.notifications import Notifier, send_notification
from tests.conftest import REPO
from tests.helpers.dbus import private_session_bus


def test_a_notification_is_shown_and_its_click_heard(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "notifications.log"
    with private_session_bus() as address:
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.fake_notifications", address, str(log)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None and server.stdin is not None
            assert server.stdout.readline().strip() == "ready"
            notifier = Notifier(address)
            assert notifier.notify("Time for your hamstrings", "2 of 3 sessions this week.")
            line = log.read_text().strip()
            assert line == (
                f"notify 1 Hamstring Desktop|{DESKTOP_ID}|Time for your hamstrings|2 of 3 sessions this week."
                f"|default,Time for your hamstrings|{DESKTOP_ID}"
            )
            with qtbot.waitSignal(notifier.clicked, timeout=5000):
                server.stdin.write("click\n")
                server.stdin.flush()
        finally:
            server.terminate()
            server.communicate(timeout=10)


def test_no_notification_service_is_a_plain_false(tmp_path: Path) -> None:
    with private_session_bus() as address:
        assert send_notification("x", "y", address) is None  # nobody owns the name
    assert send_notification("x", "y", f"unix:path={tmp_path}/no-such-bus") is None
