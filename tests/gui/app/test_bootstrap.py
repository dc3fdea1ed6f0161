"""The qasync bootstrap starts and quits cleanly, many times in a row, with work in its executor."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hamstring_desktop.app import GuiOptions, run_gui
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.ui.main_window import MainWindow


def test_screenshot_runs_back_to_back(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    for run in range(10):
        target = tmp_path / f"shot-{run}.png"
        assert run_gui(GuiOptions(paths=paths, screenshot=target)) == 0
        image = QImage(str(target))
        assert (image.width(), image.height()) == (1400, 900)
    # Each run deletes its window instead of piling them up.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_closing_the_window_ends_the_loop(qtbot: QtBot, tmp_path: Path) -> None:
    """A user closes the window after the app did background work; run_gui returns 0."""
    paths = DataPaths(tmp_path / "data")
    closer = QTimer()
    closer.setInterval(20)
    results: list[int] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        try:  # the app paints first, then adopts Qt's loop into asyncio: wait for that
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if windows:
            loop.run_in_executor(None, sum, range(1000)).add_done_callback(
                lambda f: results.append(f.result())
            )
            windows[0].close()

    closer.timeout.connect(close_when_shown)
    for _ in range(5):
        closer.start()
        assert run_gui(GuiOptions(paths=paths)) == 0
        closer.stop()
    assert len(results) >= 1


def test_many_start_and_quit_cycles_in_fresh_processes(tmp_path: Path) -> None:
    """The whole bootstrap in one process, 25 times, with executor work: no abort, no hang."""
    code = textwrap.dedent(
        f"""
        import asyncio
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from hamstring_desktop.app import GuiOptions, ensure_application, run_gui
        from hamstring_desktop.paths import DataPaths

        ensure_application()

        def close_soon():
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # painting first, before the asyncio loop exists
            loop.run_in_executor(None, sum, range(10))
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.close()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(close_soon)
        for _ in range(25):
            timer.start()
            assert run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r})))) == 0
            timer.stop()
        print("cycles ok")
        """
    )
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "cycles ok"
    assert "QThread" not in result.stderr


def test_the_window_is_painted_before_asyncio_loads(tmp_path: Path) -> None:
    """Start-up paints the whole window first; asyncio and qasync load only afterwards."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from hamstring_desktop.app import GuiOptions, run_gui
        from hamstring_desktop.app import bootstrap
        from hamstring_desktop.paths import DataPaths

        seen = {{}}
        original = bootstrap.FirstPaintWatcher.eventFilter

        def watch(self, watched, event):
            if event.type() == event.Type.Paint and "painted" not in seen:
                seen["painted"] = True
                seen["asyncio"] = "asyncio" in sys.modules
                seen["qasync"] = "qasync" in sys.modules
                docks = (watched.library_dock, watched.anatomy_dock)
                seen["panes"] = [d.isVisible() and d.widget().isVisible() for d in docks]
                seen["routines"] = watched.player.routine_picker.count()
                watched.close()
            return original(self, watched, event)

        bootstrap.FirstPaintWatcher.eventFilter = watch
        code = run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r}))))
        print(seen, code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (
        result.stdout.strip()
        == "{'painted': True, 'asyncio': False, 'qasync': False, 'panes': [True, True], 'routines': 4} 0"
    )
