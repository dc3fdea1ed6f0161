"""Rests and "wait for me" steps in the player: a wait shows no countdown but the key that carries
on, a rest says what it is; neither lights a muscle; pain works from inside a wait; the media panel
names them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.media_controls import MediaControls
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.engine import State
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.conftest import open_app_window

PAUSES = """\
id = "pauses"
name = "Pauses"
when = "any"

[[steps]]
kind = "wait"
instruction = "Sit with the roller under your thighs."

[[steps]]
technique = "knuckle-massage"
seconds = 30
side = "left"

[[steps]]
kind = "rest"
seconds = 30
"""


@pytest.fixture
def pauses_window(
    qtbot: QtBot, settings: Settings, paths: DataPaths
) -> Iterator[tuple[MainWindow, SessionController, MediaControls]]:
    (paths.routines_dir / "pauses.toml").write_text(PAUSES, encoding="utf-8")
    media = MediaControls(bus_address="unix:path=/nonexistent")  # follows the session, off the bus
    window, controller = open_app_window(
        qtbot, load_content(paths.routines_dir).library, settings, paths, time_scale=20.0, media=media
    )
    yield window, controller, media
    controller.close()


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, which)


def state(controller: SessionController) -> State:
    assert controller.runner is not None
    return controller.runner.engine.state


def test_a_wait_shows_the_key_that_carries_on_and_no_countdown(
    qtbot: QtBot, pauses_window: tuple[MainWindow, SessionController, MediaControls]
) -> None:
    window, controller, media = pauses_window
    player = window.player
    assert controller.start("pauses")
    qtbot.waitUntil(lambda: state(controller) is State.WAITING, timeout=2000)
    assert player.ring.waiting and player.ring.text == "Space"
    assert player.leg_banner.text() == "WAITING" and player.step_name.text() == "Wait for me"
    assert player.progress_label.text() == "Step 1 of 3 · 1:00 left"  # 30 s, then a 30 s rest
    assert player.instruction.text() == "Sit with the roller under your thighs."
    ready = player.session_page.ready_label
    assert ready.isVisible() and ready.text() == "Press Space when you are ready"
    assert player.pause_button.text() == "Ready" and not player.extend_button.isEnabled()
    assert not player.tool_label.isVisible()
    assert window.anatomy.diagram.step is None, "a wait lights no muscle"
    assert "Wait for me" in str(media.metadata().get("xesam:title"))
    qtbot.wait(300)  # six seconds of session time: still waiting, nothing counts down
    assert state(controller) is State.WAITING and player.ring.text == "Space"
    key(qtbot, window, Qt.Key.Key_Space)
    assert state(controller) is State.GET_READY
    assert not player.ring.waiting and not ready.isVisible()
    assert player.next_label.text() == "Coming up: left leg · Knuckle massage"
    qtbot.waitUntil(lambda: state(controller) is State.RUNNING, timeout=2000)
    assert window.anatomy.diagram.step is not None and player.tool_label.isVisible()


def test_a_rest_says_what_it_is_and_lights_nothing(
    qtbot: QtBot, pauses_window: tuple[MainWindow, SessionController, MediaControls]
) -> None:
    window, controller, media = pauses_window
    player = window.player
    assert controller.start("pauses")
    qtbot.waitUntil(lambda: state(controller) is State.WAITING, timeout=2000)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: state(controller) is State.RUNNING, timeout=2000)
    assert player.next_label.text() == "Next: Rest · 30 s"
    key(qtbot, window, Qt.Key.Key_N)  # skip the massage
    qtbot.waitUntil(lambda: state(controller) is State.RUNNING, timeout=2000)
    assert player.leg_banner.text() == "REST" and player.step_name.text() == "Rest"
    assert player.instruction.text() == "Rest: let your legs relax."
    assert not player.ring.waiting and player.ring.seconds > 0  # a rest counts down
    assert window.anatomy.diagram.step is None
    assert media.metadata()["xesam:title"] == "Rest · 30 s"


def test_pain_stops_the_session_from_inside_a_wait(
    qtbot: QtBot, pauses_window: tuple[MainWindow, SessionController, MediaControls]
) -> None:
    window, controller, _ = pauses_window
    assert controller.start("pauses")
    qtbot.waitUntil(lambda: state(controller) is State.WAITING, timeout=2000)
    key(qtbot, window, Qt.Key.Key_P)
    assert state(controller) is State.PAIN_STOPPED
    assert window.player.page == "check-out" and window.player.pain_advice.isVisible()


def test_the_wait_names_the_key_the_user_chose(
    qtbot: QtBot, pauses_window: tuple[MainWindow, SessionController, MediaControls]
) -> None:
    window, controller, _ = pauses_window
    assert window.actions_registry.set_keys("session.toggle", [QKeySequence("Ctrl+J")]) == []
    assert controller.start("pauses")
    qtbot.waitUntil(lambda: state(controller) is State.WAITING, timeout=2000)
    assert window.player.session_page.ready_label.text() == "Press Ctrl+J when you are ready"
    assert window.player.ring.text == "Ctrl+J"
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert state(controller) is State.GET_READY
