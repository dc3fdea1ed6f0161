"""How a command opens the history: with no app running it closes what a crash left open (in the
file); beside the running app it reads without touching the app's running session and refuses to
write; a lock left by a crash does not count."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.opening import HistoryBusyError, open_for_command
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.instance_lock import InstanceLock, LockState
from tests.helpers.history import fill, lock_held_elsewhere


def outcomes(path: Path) -> list[str | None]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT outcome FROM sessions ORDER BY id")]
    finally:
        db.close()


def test_reading_nothing_creates_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with open_for_command(paths, write=False) as opened:
        assert opened is None
    assert not paths.root.exists()


def test_with_no_app_running_a_read_closes_the_crash_leftovers(tmp_path: Path, library: Library) -> None:
    paths = DataPaths(tmp_path)
    fill(library, paths.database_file, 2, open_one=True)
    with open_for_command(paths, write=False) as opened:
        assert opened is not None and opened.interrupted == 1 and opened.running_app is None
        assert [s.outcome for s in opened.store.sessions()] == ["completed", "completed", "interrupted"]
        assert not paths.lock_file.exists()  # let go at once: an app may start meanwhile
    assert outcomes(paths.database_file) == ["completed", "completed", "interrupted"]  # in the file


def test_beside_the_running_app_reads_leave_its_session_alone(tmp_path: Path, library: Library) -> None:
    paths = DataPaths(tmp_path)
    fill(library, paths.database_file, 2, open_one=True)  # the open one is the app's, running now
    before = paths.database_file.read_bytes()
    with lock_held_elsewhere(paths.lock_file) as app:
        pid = app.pid
        with open_for_command(paths, write=False) as opened:
            assert opened is not None and opened.running_app is not None
            assert opened.running_app.pid == pid and opened.interrupted == 0
            assert [s.outcome for s in opened.store.sessions()] == ["completed", "completed"]
            assert opened.store.count_open() == 1
        with pytest.raises(HistoryBusyError) as caught, open_for_command(paths, write=True):
            pass
        assert str(caught.value) == (
            f"{tmp_path}: the history is in use by the running app (process {pid}); "
            "quit the app first, then try again"
        )
    assert paths.database_file.read_bytes() == before
    assert outcomes(paths.database_file) == ["completed", "completed", None]


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path: Path, library: Library) -> None:
    paths = DataPaths(tmp_path)
    fill(library, paths.database_file, 1, open_one=True)
    with lock_held_elsewhere(paths.lock_file) as app:
        app.send_signal(signal.SIGKILL)  # the app crashes: its lock file stays behind
        app.wait(30)
        assert paths.lock_file.exists()
        with open_for_command(paths, write=True) as opened:
            assert opened is not None and opened.interrupted == 1
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire() is LockState.ACQUIRED
    lock.release()
