"""Whatever settings.ini holds, the app starts with sane values and the file is not lost."""

from __future__ import annotations

import logging
import os
import stat
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hamstring_desktop.services.settings import (
    ALL_SETTINGS,
    ANATOMY_LABELS,
    ANATOMY_LEGS,
    INJURED,
    PACING_SECONDS,
    THEME,
    VOLUME,
    Setting,
    Settings,
)
from hamstring_desktop.ui.sound_controls import SoundControls


def settings_from(path: Path, text: str) -> Settings:
    path.write_text(text, encoding="utf-8")
    return Settings(path)


def test_a_volume_too_large_for_the_slider_falls_back(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_from(tmp_path / "settings.ini", "[sound]\nvolume=3000000000\npacing_seconds=9\n")
    with caplog.at_level(logging.WARNING):
        controls = SoundControls(settings)
        qtbot.addWidget(controls)
    assert controls.volume.value() == 60
    assert controls.pace.value() == 3
    assert "sound/volume = '3000000000' is not a whole number from 0 to 100; using 60" in caplog.text
    assert caplog.text.count("sound/volume") == 1  # said once, however often it is read
    settings.get(VOLUME)
    assert caplog.text.count("sound/volume") == 1


@pytest.mark.parametrize(
    ("setting", "stored", "expected"),
    [
        (VOLUME, "-1", 60),
        (VOLUME, "101", 60),
        (VOLUME, "1" * 5000, 60),
        (VOLUME, "loud", 60),
        (VOLUME, "40, 50", 60),  # QSettings reads this as a list
        (VOLUME, "35", 35),
        (VOLUME, " 35 ", 35),
        (PACING_SECONDS, "1", 3),
        (PACING_SECONDS, "4", 4),
        (THEME, "neon", "system"),
        (THEME, "dark", "dark"),
        (ANATOMY_LEGS, "middle", "both"),
        (ANATOMY_LEGS, "left", "left"),
        (ANATOMY_LABELS, "maybe", True),
        (ANATOMY_LABELS, "false", False),
        (INJURED, "TRUE", True),
        (INJURED, "1", False),
    ],
)
def test_every_value_is_checked(
    tmp_path: Path, setting: Setting[int] | Setting[str] | Setting[bool], stored: str, expected: object
) -> None:
    group, key = setting.key.split("/")
    settings = settings_from(tmp_path / "settings.ini", f"[{group}]\n{key}={stored}\n")
    value = settings.get(setting)
    assert value == expected and type(value) is setting.type


def test_every_setting_declares_what_is_allowed() -> None:
    for setting in ALL_SETTINGS:
        if setting.type is int:
            assert setting.minimum is not None and setting.maximum is not None, setting.key
            assert setting.minimum <= setting.default <= setting.maximum
        if setting.choices:
            assert setting.default in setting.choices


def test_a_fifo_is_not_opened_and_not_replaced(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    fifo = tmp_path / "settings.ini"
    os.mkfifo(fifo)
    made: list[Settings] = []
    with caplog.at_level(logging.WARNING):
        thread = threading.Thread(target=lambda: made.append(Settings(fifo)), daemon=True)
        thread.start()
        thread.join(5)
    assert made, "opening the settings blocked"
    settings = made[0]
    settings.set(VOLUME, 20)
    assert settings.get(VOLUME) == 20  # kept for this run
    assert settings.sync() == ""
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert "settings.ini is a named pipe (FIFO), not a file: it was not opened" in caplog.text


def test_a_huge_settings_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[sound]\nvolume=20\n" + b"#" * 2 * 1024 * 1024)
    before = path.read_bytes()
    settings = Settings(path)
    assert settings.get(VOLUME) == 60 and "too large" in settings.problem
    settings.set(VOLUME, 30)
    settings.sync()
    assert path.read_bytes() == before


def test_saving_through_a_symlink_keeps_the_link_and_the_permissions(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "hamstring.ini"
    real.parent.mkdir()
    real.write_text("[sound]\nvolume=20\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "settings.ini"
    link.symlink_to(real)
    settings = Settings(link)
    assert settings.get(VOLUME) == 20
    settings.set(VOLUME, 30)
    assert settings.sync() == ""
    assert link.is_symlink()
    assert "volume=30" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
