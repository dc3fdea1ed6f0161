"""The history in the window: opened after the first paint (a damaged file recovered, an unwritable
one said before any session), File ▸ Export/Import History with progress and Cancel off the GUI
thread, and the daily backup after a session."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from hamstring_desktop.app.history_transfers import HistoryTransfers, wire_history
from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import BACKUP_FOLDER, EXPORT_FOLDER, Settings
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.ui.history_dialogs import ExportChoice
from hamstring_desktop.ui.main_window import MainWindow
from tests.gui.conftest import open_app_window
from tests.helpers.history import fill, load_export


@pytest.fixture
def app(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, loop: asyncio.AbstractEventLoop
) -> Iterator[tuple[MainWindow, SessionController, HistoryTransfers]]:
    window, controller = open_app_window(qtbot, library, settings, paths, time_scale=200)
    transfers = wire_history(window, controller, paths)
    yield window, controller, transfers
    controller.close()


def alerts() -> list[str]:
    return [
        box.text()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.objectName() == "historyAlert" and box.isVisible()
    ]


def run_session(qtbot: QtBot, controller: SessionController, window: MainWindow) -> None:
    controller.start("rest-day")
    qtbot.waitUntil(lambda: window.player.page == "check-out", timeout=30_000)
    window.player.check_out_submitted.emit(Tightness(2, 2), "done")


def test_a_damaged_history_is_recovered_and_said_in_the_window(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    qtbot: QtBot,
) -> None:
    window, controller, transfers = app
    paths.database_file.write_bytes(b"not a database " * 300)
    loop.run_until_complete(transfers.open_history())
    [moved] = paths.root.glob("history.sqlite3.damaged-*")
    [said] = alerts()
    assert said.startswith(f"Your history file was damaged. It was moved to {moved}")
    assert window.statusBar().currentMessage() == said
    assert f"hamstring-desktop: {said}" in capsys.readouterr().err
    assert window.import_history_action.isEnabled() and window.export_history_action.isEnabled()
    run_session(qtbot, controller, window)  # then sessions save normally
    assert [s.routine_id for s in HistoryStore.open_read_only(paths.database_file).sessions()] == ["rest-day"]


def test_an_unwritable_history_is_said_before_the_session_which_runs_unsaved(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    paths: DataPaths,
    qtbot: QtBot,
) -> None:
    window, controller, transfers = app
    paths.database_file.mkdir()  # something in the way
    loop.run_until_complete(transfers.open_history())
    reason = f"{paths.database_file} is a folder, not a file"
    assert alerts() == [f"Your history will not be saved this session: {reason}"]
    assert not window.import_history_action.isEnabled() and not window.history_backups_action.isEnabled()
    controller.start("rest-day")
    assert window.player.session_page.notice.text() == f"This session will not be saved: {reason}"
    qtbot.waitUntil(lambda: window.player.page == "check-out", timeout=30_000)  # it still runs to the end


def test_export_from_the_menu_runs_off_the_gui_thread_and_can_be_cancelled(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    paths: DataPaths,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _, transfers = app
    fill(library, paths.database_file, 40)
    loop.run_until_complete(transfers.open_history())
    target = tmp_path / "out" / "history.json"
    loop.run_until_complete(transfers.start_export(ExportChoice("json", target, date(2026, 11, 30), None)))
    assert len(load_export(target)["sessions"]) == 34  # 30 November onwards
    assert window.statusBar().currentMessage() == f"Exported 34 sessions to {target}."

    said: list[str] = []
    transfers.finished.connect(said.append)
    (tmp_path / "out" / "old.csv").write_text("old", encoding="utf-8")
    from hamstring_desktop.app import history_transfers

    real_export = history_transfers.export_history
    on_worker: list[bool] = []

    def slow_export(*args: object, **kwargs: object) -> object:
        """The export, begun only once the user has pressed Cancel (a long export, in short)."""
        import threading
        import time

        on_worker.append(threading.current_thread() is not threading.main_thread())
        deadline = time.monotonic() + 10
        while not kwargs["cancelled"]() and time.monotonic() < deadline:  # type: ignore[operator]
            time.sleep(0.01)
        return real_export(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(history_transfers, "export_history", slow_export)

    async def cancel_at_once() -> None:
        task = transfers.start_export(ExportChoice("steps-csv", tmp_path / "out" / "old.csv"))
        while transfers.progress is None:
            await asyncio.sleep(0)
        [cancel] = transfers.progress.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()  # the user presses Cancel
        await task

    loop.run_until_complete(cancel_at_once())
    assert said == ["Export cancelled: nothing was written."] and on_worker == [True]
    assert (tmp_path / "out" / "old.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["history.json", "old.csv"]


def test_an_export_that_cannot_be_written_says_why(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    tmp_path: Path,
) -> None:
    _, _, transfers = app
    loop.run_until_complete(transfers.open_history())
    loop.run_until_complete(transfers.start_export(ExportChoice("csv", tmp_path)))  # a folder
    assert alerts() == [f"The export could not be written: {tmp_path}: it is a folder, not a file"]


def test_import_from_the_menu_adds_sessions_or_says_where_the_file_is_wrong(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    paths: DataPaths,
    library: Library,
    tmp_path: Path,
) -> None:
    _, _, transfers = app
    source = tmp_path / "source" / "history.sqlite3"
    fill(library, source, 3)
    from hamstring_desktop.history.export import export_history

    export_history(HistoryStore.open_read_only(source), "json", tmp_path / "backup.json")
    loop.run_until_complete(transfers.open_history())
    changed: list[bool] = []
    transfers.history_changed.connect(lambda: changed.append(True))
    said_done: list[str] = []
    transfers.finished.connect(said_done.append)
    loop.run_until_complete(transfers.start_import(tmp_path / "backup.json"))
    assert len(HistoryStore.open_read_only(paths.database_file).sessions()) == 3 and changed
    assert re.fullmatch(r"Imported 3 sessions, with \d+ steps\.", said_done[-1]), said_done
    loop.run_until_complete(transfers.start_import(tmp_path / "backup.json"))  # the same again
    assert said_done[-1] == "Nothing new: the 3 sessions in the file are already in your history."
    bad = tmp_path / "bad.json"
    bad.write_text(
        (tmp_path / "backup.json").read_text(encoding="utf-8").replace('"side": "left"', '"side": "up"', 1)
    )
    loop.run_until_complete(transfers.start_import(bad))
    [said] = alerts()
    assert said.startswith("This file cannot be imported; your history is unchanged.")
    assert "/steps/1/side: must be one of" in said
    assert len(HistoryStore.open_read_only(paths.database_file).sessions()) == 3


def test_a_backup_after_the_first_session_of_the_day_only(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    paths: DataPaths,
    qtbot: QtBot,
) -> None:
    window, controller, transfers = app
    loop.run_until_complete(transfers.open_history())
    run_session(qtbot, controller, window)
    loop.run_until_complete(asyncio.gather(*transfers._tasks))
    [backup] = (paths.root / "backups").iterdir()
    first = backup.read_bytes()
    assert len(load_export(backup)["sessions"]) == 1
    run_session(qtbot, controller, window)
    assert transfers.after_session() is None  # done today already
    assert backup.read_bytes() == first


def test_a_failing_backup_is_told_once_in_the_status_bar(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    window, controller, transfers = app
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    window.settings.set(BACKUP_FOLDER, str(blocker / "backups"))
    loop.run_until_complete(transfers.open_history())
    said: list[str] = []
    transfers.finished.connect(said.append)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    for _ in range(2):
        run_session(qtbot, controller, window)
        loop.run_until_complete(asyncio.gather(*transfers._tasks))
    assert len(said) == 2 and said[0].startswith("The history backup failed:")
    assert "Not a directory" in said[0]
    assert shown.count(said[0]) == 1  # told once, not after every session
    assert alerts() == []  # never a window in the way
    db = sqlite3.connect(window._paths.database_file)
    assert db.execute("SELECT count(*) FROM sessions WHERE outcome = 'completed'").fetchone() == (2,)


def import_chooser_folders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders Import History's file chooser opens in, one per time; the user cancels it."""
    opened_in: list[str] = []

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        opened_in.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    return opened_in


def test_import_history_opens_in_a_folder_that_exists(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """With no Documents folder (a fresh account, a minimal desktop), File ▸ Import History…
    opens in the home folder. It opened on the missing folder: Qt then shows its parent with
    "Documents" typed in as the file's name."""
    _, _, transfers = app
    home = tmp_path / "someone"
    home.mkdir()
    missing = home / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(missing))
    monkeypatch.setattr(QDir, "homePath", lambda: str(home))
    opened_in = import_chooser_folders(monkeypatch)
    transfers.ask_import()
    assert opened_in == [str(home)]
    missing.mkdir()
    transfers.ask_import()
    assert opened_in[-1] == str(missing)


def test_the_next_export_and_import_start_in_the_folder_of_the_last_export(
    app: tuple[MainWindow, SessionController, HistoryTransfers],
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A physiotherapist's folder chosen once is where the next export is proposed (and where
    Import History looks first), until that folder is gone."""
    window, _, transfers = app
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    loop.run_until_complete(transfers.open_history())
    first = transfers.export_dialog("csv")
    assert Path(first.file.text()).parent == documents
    first.close()

    physio = tmp_path / "For the physio"
    physio.mkdir()
    loop.run_until_complete(transfers.start_export(ExportChoice("json", physio / "history.json")))
    second = transfers.export_dialog("csv")
    assert Path(second.file.text()).parent == physio
    second.close()
    opened_in = import_chooser_folders(monkeypatch)
    transfers.ask_import()
    assert opened_in == [str(physio)]

    (physio / "history.json").unlink()
    physio.rmdir()  # moved or deleted since: Documents again
    third = transfers.export_dialog("csv")
    assert Path(third.file.text()).parent == documents
    third.close()
    transfers.ask_import()
    assert opened_in[-1] == str(documents)

    monkeypatch.chdir(physio.parent)  # a file name typed without its folder: kept whole
    (physio.parent / "here").mkdir()
    loop.run_until_complete(transfers.start_export(ExportChoice("csv", Path("here") / "history.csv")))
    assert window.settings.get(EXPORT_FOLDER) == str(physio.parent / "here")
