"""End to end: media keys pressed on a real X server reach a running session.

The app runs on a private Xvfb with a private D-Bus session bus; xdotool presses the keys the
way a keyboard does (XF86AudioPlay, XF86AudioNext), and the session's state is read back from
the app's MPRIS player on that bus.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hamstring_desktop.services.media_controls import PATH, SERVICE
from tests.helpers.dbus import dbus_send, private_session_bus
from tests.helpers.system import require_programs
from tests.helpers.xvfb import xcb_environment, xvfb_display

pytestmark = pytest.mark.e2e

PLAYER = "org.mpris.MediaPlayer2.Player"
GET = "org.freedesktop.DBus.Properties.Get"


def wait_for(check: Callable[[], bool], what: str, seconds: float = 15.0) -> None:
    if not became_true(check, seconds):
        raise AssertionError(f"timed out waiting for {what}")


def became_true(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_media_keys_on_x11_pause_resume_and_skip(tmp_path: Path) -> None:
    require_programs("xdotool")
    with xvfb_display() as display, private_session_bus() as bus:
        env = dict(xcb_environment(display), DBUS_SESSION_BUS_ADDRESS=bus)

        def player_property(name: str) -> str:
            result = subprocess.run(
                dbus_send(
                    bus,
                    SERVICE,
                    PATH,
                    "org.freedesktop.DBus.Properties.Get",
                    f"string:{PLAYER}",
                    f"string:{name}",
                ),
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            return result.stdout if result.returncode == 0 else ""

        def press(keysym: str) -> None:
            subprocess.run(["xdotool", "key", keysym], env=env, timeout=10, check=True)

        def press_first(keysym: str, check: Callable[[], bool], what: str) -> None:
            """Keys pressed before Qt has handled the focus change are dropped (and change
            nothing): press again until one lands."""
            for _ in range(3):
                press(keysym)
                if became_true(check, 2.0):
                    return
            raise AssertionError(f"timed out waiting for {what}")

        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hamstring_desktop",
                "--data-dir",
                str(tmp_path / "data"),
                "--routine",
                "post-workout",
                "--start",
                "--safety-acknowledged",
                "--mute",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: '"Playing"' in player_property("PlaybackStatus"), "the session to start")
            window = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Hamstring Desktop"],
                env=env,
                capture_output=True,
                text=True,
                timeout=15,
                check=True,
            ).stdout.split()[0]
            # No window manager on Xvfb: give the window the keyboard focus directly.
            subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=10, check=True)
            press_first("XF86AudioPlay", lambda: '"Paused"' in player_property("PlaybackStatus"), "a pause")
            press("XF86AudioPlay")
            wait_for(lambda: '"Playing"' in player_property("PlaybackStatus"), "play/pause to resume")
            press("XF86AudioNext")  # ends the get-ready lead-in: the first step starts
            wait_for(lambda: "/step/0" in player_property("Metadata"), "next to start the first step")
            press("XF86AudioNext")  # the switch-legs pause, then the same step on the right leg
            press("XF86AudioNext")
            wait_for(lambda: "/step/1" in player_property("Metadata"), "next to reach the right leg")
            assert "right leg" in player_property("Metadata")
        finally:
            app.terminate()
            _, errors = app.communicate(timeout=15)
    assert "Traceback" not in errors, errors
