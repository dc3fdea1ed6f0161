"""Media keys through MPRIS: while a session runs, the desktop's media keys (sent to the active
MPRIS player over D-Bus) pause, resume, skip and go back, whether or not the window has focus."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtDBus import QDBusConnection

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.media_controls import PATH, SERVICE, MediaControls
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.engine import SessionAction, State
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.conftest import open_app_window
from tests.helpers.dbus import bus_call, bus_names, private_session_bus

PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.fixture
def bus() -> Iterator[str]:
    with private_session_bus() as address:
        yield address


def get(qtbot: QtBot, address: str, interface: str, name: str) -> str:
    """A property's value as dbus-send prints it (the text after "variant")."""
    reply = bus_call(
        qtbot,
        address,
        SERVICE,
        PATH,
        "org.freedesktop.DBus.Properties.Get",
        f"string:{interface}",
        f"string:{name}",
    )
    return reply.split("variant", 1)[1].strip()


def press(qtbot: QtBot, address: str, key: str) -> None:
    """What the desktop does when a media key is pressed: call the player's method."""
    bus_call(qtbot, address, SERVICE, PATH, f"{PLAYER}.{key}")


@pytest.fixture
def session(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, bus: str
) -> Iterator[tuple[MainWindow, SessionController, MediaControls]]:
    """A routine running, with the app on the private bus as an MPRIS player."""
    media = MediaControls(bus)
    window, controller = open_app_window(qtbot, library, settings, paths, media=media)
    media.setParent(controller)
    media.action_requested.connect(controller.act)
    media.raise_requested.connect(window.bring_forward)
    assert controller.start("pre-workout")
    qtbot.waitUntil(
        lambda: controller.runner is not None and controller.runner.engine.state is not State.IDLE
    )
    yield window, controller, media
    controller.close()


def test_the_player_appears_only_while_a_session_runs(
    qtbot: QtBot, session: tuple[MainWindow, SessionController, MediaControls], bus: str
) -> None:
    _, controller, media = session
    assert SERVICE in bus_names(qtbot, bus)
    assert get(qtbot, bus, "org.mpris.MediaPlayer2", "Identity") == 'string "Hamstring Desktop"'
    assert get(qtbot, bus, "org.mpris.MediaPlayer2", "CanRaise") == "boolean true"
    # The desktop finds the player's name and icon through the installed desktop entry.
    desktop_entry = 'string "io.github.hamstring_desktop.HamstringDesktop"'
    assert get(qtbot, bus, "org.mpris.MediaPlayer2", "DesktopEntry") == desktop_entry
    assert get(qtbot, bus, PLAYER, "PlaybackStatus") == 'string "Playing"'
    assert get(qtbot, bus, PLAYER, "CanGoNext") == "boolean true"
    controller.act(SessionAction.STOP)
    assert not media.registered
    qtbot.waitUntil(lambda: SERVICE not in bus_names(qtbot, bus))


def test_play_pause_next_and_previous_drive_the_session(
    qtbot: QtBot, session: tuple[MainWindow, SessionController, MediaControls], bus: str
) -> None:
    window, controller, _ = session
    assert controller.runner is not None
    engine = controller.runner.engine
    press(qtbot, bus, "PlayPause")
    qtbot.waitUntil(lambda: engine.state is State.PAUSED)
    assert window.player.pause_button.text() == "Resume"
    assert get(qtbot, bus, PLAYER, "PlaybackStatus") == 'string "Paused"'
    press(qtbot, bus, "Pause")  # already paused: stays paused
    assert engine.state is State.PAUSED
    press(qtbot, bus, "Play")
    qtbot.waitUntil(lambda: engine.state is not State.PAUSED)
    press(qtbot, bus, "Next")  # from get-ready: the first step starts
    qtbot.waitUntil(lambda: engine.state is State.RUNNING)
    first = engine.index
    press(qtbot, bus, "Next")
    qtbot.waitUntil(lambda: engine.index == first + 1 and engine.state is State.RUNNING)
    press(qtbot, bus, "PlayPause")  # hold the step's clock while we look
    qtbot.waitUntil(lambda: engine.state is State.PAUSED)
    step = controller.runner.engine.plan.steps[engine.index]
    metadata = get(qtbot, bus, PLAYER, "Metadata")
    assert step.technique_name in metadata
    assert f'object path "/org/hamstring_desktop/step/{step.index}"' in metadata
    press(qtbot, bus, "Previous")  # within the first seconds of a step: back to the one before
    qtbot.waitUntil(lambda: engine.index == first)
    press(qtbot, bus, "Stop")
    qtbot.waitUntil(lambda: not controller.active)


def test_a_second_copy_takes_an_instance_name(qtbot: QtBot, qapp: object, bus: str) -> None:
    other_copy = QDBusConnection.connectToBus(bus, "another-copy-of-the-app")
    assert other_copy.registerService(SERVICE)
    try:
        media = MediaControls(bus)
        media.begin("Pre-workout")
        assert media.service == f"{SERVICE}.instance{os.getpid()}"
        assert media.service in bus_names(qtbot, bus)
        media.end()
        assert media.service == ""
    finally:
        QDBusConnection.disconnectFromBus("another-copy-of-the-app")


def test_without_a_bus_media_keys_are_a_logged_no_op(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    media = MediaControls("unix:path=/nonexistent/bus")
    with caplog.at_level("INFO"):
        media.begin("Pre-workout")
    assert not media.registered
    assert "only while its window has focus" in caplog.text
    media.end()
