"""The app starts in the system's language, or in the one chosen in settings: the real start-up
(run_gui) in a process of its own, with the system's language set through the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from hamstring_desktop.app import GuiOptions, ensure_application, run_gui
    from hamstring_desktop.paths import DataPaths
    from hamstring_desktop.ui.main_window import MainWindow

    ensure_application()
    seen = {}

    def look():
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and not seen:
                player = window.player
                seen["menus"] = [a.text() for a in window.menuBar().actions()]
                seen["routine"] = player.routine_picker.currentText()
                seen["start_tip"] = player.start_button.toolTip()
                seen["status"] = window.statusBar().currentMessage()

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(look)
    timer.start()
    data, shot = Path(sys.argv[1]), Path(sys.argv[2])
    code = run_gui(GuiOptions(paths=DataPaths(data), screenshot=shot))
    print(json.dumps(dict(seen, code=code)))
    """
)


def start(tmp_path: Path, system_language: str, setting: str | None) -> dict[str, object]:
    data = tmp_path / "data"
    data.mkdir()
    if setting is not None:
        (data / "settings.ini").write_text(f"[appearance]\nlanguage={setting}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = system_language
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    return seen


@pytest.mark.parametrize(
    ("system_language", "setting"),
    [("de_DE.UTF-8", None), ("de_AT.UTF-8", "system"), ("C.UTF-8", "de"), ("en_US.UTF-8", "de")],
)
def test_the_app_starts_in_german(tmp_path: Path, system_language: str, setting: str | None) -> None:
    seen = start(tmp_path, system_language, setting)
    assert seen["menus"] == ["&Datei", "&Einheit", "&Routinen", "&Ansicht", "&Hilfe"]
    assert str(seen["routine"]).startswith("Aufwärmen vor dem Training")
    assert seen["start_tip"] == "Die Routine starten (Leertaste)"
    assert seen["status"] == "Bereit. Drück F1 für Sicherheitshinweise."


@pytest.mark.parametrize(("system_language", "setting"), [("de_DE.UTF-8", "en"), ("fr_FR.UTF-8", None)])
def test_english_when_chosen_or_when_the_system_speaks_no_language_the_app_has(
    tmp_path: Path, system_language: str, setting: str | None
) -> None:
    seen = start(tmp_path, system_language, setting)
    assert seen["menus"] == ["&File", "&Session", "&Routines", "&View", "&Help"]
    assert str(seen["routine"]).startswith("Pre-workout warm-up")
    assert seen["start_tip"] == "Start the routine (Space)"
