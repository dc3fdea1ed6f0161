"""Progress in the window as a user meets it: Ctrl+2 opens the History page with the docks out of
the way, a session keeps the player in front, the idle player says where the week stands, the
report comes out of File ▸ Export Report…, the goal and the reminder are kept, and the tray keeps
the app running when the window closes (never during a session)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.history_transfers import HistoryTransfers, wire_history
from hamstring_desktop.app.progress import Progress, technique_names
from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import (
    BACKUP_ENABLED,
    LAST_ROUTINE,
    REMINDER_ENABLED,
    REMINDER_TIME,
    WEEKLY_GOAL,
    Settings,
)
from hamstring_desktop.ui.history_dialogs import ExportChoice
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.conftest import open_app_window
from tests.helpers.history import START, fill
from tests.helpers.system import require_programs

App = tuple[MainWindow, SessionController, HistoryTransfers, Progress]


@pytest.fixture
def app(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, loop: asyncio.AbstractEventLoop
) -> Iterator[App]:
    fill(library, paths.database_file, 3)  # 24, 25 and 26 November 2026
    settings.set(BACKUP_ENABLED, False)  # backups have their own tests
    window, controller = open_app_window(qtbot, library, settings, paths, time_scale=200)
    window.closed.connect(controller.close)  # as the app does
    transfers = wire_history(window, controller, paths, technique_names(library))
    progress = Progress(window, controller, library, transfers, wall_clock=lambda: START.replace(day=27))
    loop.run_until_complete(transfers.open_history())
    progress.history_opened(controller.history.store)
    yield window, controller, transfers, progress
    controller.close()


def finish(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the check-out, and save it as a user does."""
    qtbot.waitUntil(lambda: window.player.page == "check-out", timeout=30_000)
    qtbot.mouseClick(window.player.check_out_page.save_button, Qt.MouseButton.LeftButton)
    assert window.player.page == "idle"


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_2_opens_the_history_and_ctrl_1_brings_the_player_back(app: App, qtbot: QtBot) -> None:
    window, _, _, progress = app
    assert window.library_dock.isVisible() and window.anatomy_dock.isVisible()
    press(qtbot, window, Qt.Key.Key_2)
    assert window.pages.current == "history"
    assert progress.page is not None and progress.page.isVisible()
    assert progress.page.table.model().rowCount() == 3
    page = progress.page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)  # the keyboard came along
    qtbot.waitUntil(lambda: page.summary.text().startswith("This week: 3 of 3 sessions"))
    assert not window.library_dock.isVisible() and not window.anatomy_dock.isVisible()
    press(qtbot, window, Qt.Key.Key_1)
    assert window.pages.current == "player" and window.player.isVisible()
    assert window.library_dock.isVisible() and window.anatomy_dock.isVisible()


def test_a_session_keeps_the_player_in_front(app: App, qtbot: QtBot) -> None:
    window, controller, _, _ = app
    press(qtbot, window, Qt.Key.Key_2)
    controller.start("rest-day")
    assert window.pages.current == "player"
    press(qtbot, window, Qt.Key.Key_2)
    assert window.pages.current == "player", "the History page waits until the session ends"
    assert not window.pages.switcher.isVisible()
    finish(qtbot, window)
    press(qtbot, window, Qt.Key.Key_2)
    assert window.pages.current == "history"


def test_the_idle_player_says_where_the_week_stands_and_counts_a_new_session(app: App, qtbot: QtBot) -> None:
    window, controller, _, progress = app
    summary = window.player.idle_page.progress_summary
    qtbot.waitUntil(summary.isVisible)  # worked out on a worker thread
    assert summary.text().startswith("This week: 3 of 3 sessions  ●●●")
    progress.build_page()
    assert progress.page is not None
    before = progress.page.model.total
    controller.start("rest-day")
    finish(qtbot, window)
    qtbot.waitUntil(lambda: summary.text().startswith("This week: 4 of 3 sessions"))
    assert progress.page.model.total == before + 1


def test_goal_and_reminder_chosen_on_the_page_are_kept(app: App, settings: Settings, qtbot: QtBot) -> None:
    _, _, _, progress = app
    progress.build_page()
    page = progress.page
    assert page is not None
    page.goal_box.setValue(2)
    page.remind.setChecked(True)
    page.remind_at.setTime(page.remind_at.time().fromString("07:30", "HH:mm"))
    assert settings.get(WEEKLY_GOAL) == 2
    qtbot.waitUntil(lambda: page.summary.text().startswith("This week: 3 of 2 sessions"))
    assert settings.get(REMINDER_ENABLED) and settings.get(REMINDER_TIME) == "07:30"
    assert progress.reminders is not None and progress.reminders.enabled
    assert progress.reminders.at.hour == 7 and progress.reminders.goal == 2


def test_the_report_is_exported_as_a_pdf_with_its_sessions(
    app: App, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    require_programs("pdftotext")
    window, _, transfers, _ = app
    assert window.export_report_action.isEnabled()
    target = tmp_path / "report.pdf"
    choice = ExportChoice("pdf", target, date(2026, 11, 1), date(2026, 11, 30))
    loop.run_until_complete(transfers.start_export(choice))
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", "-layout", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Pre-workout warm-up" in text
    assert "Exported 3 sessions" in window.statusBar().currentMessage()


def test_export_report_opens_the_export_dialog_on_the_pdf(app: App, qtbot: QtBot) -> None:
    _, _, transfers, _ = app
    dialog = transfers.export_dialog("pdf")
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "pdf"
    assert dialog.file.text().endswith(".pdf")
    assert dialog.limit.isChecked(), "a report is of a period"
    choice = dialog.choice()
    assert choice.first is not None and choice.last is not None
    assert (choice.last - choice.first).days == 364


def test_keep_in_tray_hides_the_window_but_never_during_a_session(app: App, qtbot: QtBot) -> None:
    window, controller, _, _ = app
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.keep_in_tray_action.setEnabled(True)  # as where the desktop has a tray
    window.keep_in_tray_action.setChecked(True)
    window.close()
    assert not window.isVisible() and not closed, "hidden in the tray, still running"
    window.bring_forward()
    assert window.isVisible()
    controller.start("rest-day")
    window.close()
    assert closed, "closing during a session closes as before"
    assert not controller.active


def test_the_tray_starts_the_routine_used_last(app: App, qtbot: QtBot, settings: Settings) -> None:
    window, controller, _, progress = app
    controller.start("rest-day")
    assert settings.get(LAST_ROUTINE) == "rest-day"
    finish(qtbot, window)
    window.player.select_routine("pre-workout")
    window.hide()  # kept in the tray
    progress.start_last()
    assert window.isVisible() and window.pages.current == "player"
    assert controller.active and controller.runner is not None
    assert controller.runner.engine.plan.routine_id == "rest-day"


def test_history_unavailable_is_said_on_the_page(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    window, controller = open_app_window(qtbot, library, settings, paths)
    progress = Progress(window, controller, library, wall_clock=lambda: datetime(2026, 11, 27).astimezone())
    progress.history_opened(None)
    window.pages.show_page("history")
    assert window.pages.waiting.isVisible()
    assert "could not be opened" in window.pages.waiting.text()
    controller.close()
