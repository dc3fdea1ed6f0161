"""What the command line's run options show in the window."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.options import GuiOptions
from hamstring_desktop.app.wiring import build_window, wire_sessions
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.settings import MUTED, VOICE, Settings
from hamstring_desktop.session.engine import State


def test_mute_for_the_run_shows_in_the_mute_box_and_is_not_saved(
    qtbot: QtBot, qapp: QApplication, paths: DataPaths
) -> None:
    paths.ensure()
    options = GuiOptions(paths=paths, mute=True)
    window = build_window(qapp, options, load_content(paths.routines_dir, "en"))
    qtbot.addWidget(window)
    controller = wire_sessions(window, options, load_content(paths.routines_dir, "en"))
    box = window.sound_controls.mute
    assert box.isChecked() and not box.isEnabled()
    assert "--mute" in box.toolTip()
    assert controller.cues is None or controller.cues.muted
    window.settings.sync()
    assert Settings(paths.settings_file).get(MUTED) is False  # the run's mute is not remembered


def test_a_sessions_start_loads_no_module_once_the_app_has_prepared_sessions(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """Loading the sound modules at the first session's start held the window (the pain key
    with it) for a few tens of milliseconds: the app loads them while the user chooses."""
    from hamstring_desktop.app.session import RunOptions, SessionController
    from hamstring_desktop.ui.main_window import MainWindow

    settings.set(VOICE, False)  # no speech server in this test; the voice's module loads anyway
    settings.set(MUTED, True)  # no sound stream either
    window = MainWindow(library, settings, paths)
    qtbot.addWidget(window)
    options = RunOptions(time_scale=20.0, audio=True, safety_acknowledged=True)
    controller = SessionController(library, settings, paths, window.player, window, options)
    window.show()
    controller.history.open()
    controller.prepare_sessions()
    loaded = set(sys.modules)
    assert controller.start("rest-day")
    qtbot.waitUntil(
        lambda: controller.runner is not None and controller.runner.engine.state is not State.IDLE
    )
    assert controller.cues is not None  # the session has its sound player
    assert sorted(name for name in set(sys.modules) - loaded if name.startswith("hamstring_desktop")) == []
    controller.close()
