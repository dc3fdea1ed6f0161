"""What the command line's run options show in the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.options import GuiOptions
from hamstring_desktop.app.wiring import build_window, wire_sessions
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.settings import MUTED, Settings


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
