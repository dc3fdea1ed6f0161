"""One app per data dir, as real processes: a second launch hands its routine to the first and
exits; another data dir runs on its own; a screenshot never forwards; a crash's stale socket and
lock do not stop the next app, even when its process id has gone to another process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_desktop.app.instance import launch_answerer
from hamstring_desktop.content import Library
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths, instance_socket
from hamstring_desktop.services.settings import Settings
from tests.gui.conftest import open_app_window
from tests.helpers.history import REPO, cli, load_export

FIRST = ("--mute", "--safety-acknowledged", "--time-scale", "200")


@contextmanager
def first_app(data: Path, *extra: str) -> Iterator[subprocess.Popen[str]]:
    """The app on ``data``, running, holding the data dir's lock and listening for later launches."""
    launched = time.time()
    with subprocess.Popen(
        [sys.executable, "-m", "hamstring_desktop", "--data-dir", str(data), *FIRST, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
    ) as app:
        try:
            socket = Path(instance_socket(data))
            lock = data / "instance.lock"
            deadline = time.monotonic() + 60

            def ready() -> bool:
                try:
                    holder = lock.read_text().splitlines()[0]
                    return holder == str(app.pid) and socket.stat().st_mtime >= launched
                except (OSError, IndexError):
                    return False

            while not ready():
                assert app.poll() is None, app.communicate()
                assert time.monotonic() < deadline, "the app never listened"
                time.sleep(0.05)
            yield app
        finally:
            if app.poll() is None:
                app.terminate()
            app.communicate(timeout=60)


def recorded(data: Path) -> list[tuple[str, str | None]]:
    store = HistoryStore.open_read_only(data / "history.sqlite3", open_sessions="interrupted")
    try:
        return [(s.routine_id, s.outcome) for s in store.sessions()]
    finally:
        store.close()


def test_a_second_launch_hands_its_routine_to_the_first_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with first_app(data, "--quit-after-session") as app:
        started = time.monotonic()
        second = cli("--data-dir", str(data), "--routine", "rest-day", "--start", timeout=60)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        assert (
            second.stdout
            == f"Hamstring Desktop is already open on {data}: its window was brought to the front.\n"
        )
        # The first app starts the routine, plays it (200 times faster) and quits after it.
        assert app.wait(120) == 0
    assert recorded(data) == [("rest-day", "completed")]


def test_an_unknown_routine_is_refused_by_the_running_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with first_app(data):
        second = cli("--data-dir", str(data), "--routine", "nope", timeout=60)
        assert second.returncode == 1
        assert second.stderr.startswith("error: There is no routine 'nope'. Known routines: pre-workout")
        time.sleep(0.3)
        assert not (data / "history.sqlite3").exists() or recorded(data) == []


def test_another_data_dir_runs_on_its_own_and_a_screenshot_never_forwards(tmp_path: Path) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    with first_app(data) as app:
        own = cli(
            "--data-dir",
            str(other),
            "--routine",
            "rest-day",
            "--start",
            "--quit-after-session",
            *FIRST,
            timeout=120,
        )
        assert own.returncode == 0, own.stderr
        assert recorded(other) == [("rest-day", "completed")]
        shot = cli("--data-dir", str(data), "--screenshot", str(tmp_path / "shot.png"), timeout=120)
        assert shot.returncode == 0, shot.stderr
        assert (tmp_path / "shot.png").stat().st_size > 10_000 and "already open" not in shot.stdout
        assert app.poll() is None  # the first app carries on
        assert (data / "instance.lock").read_text().splitlines()[0] == str(app.pid)


def test_a_crashed_apps_socket_and_lock_do_not_stop_the_next(tmp_path: Path) -> None:
    data = tmp_path / "data"
    socket = Path(instance_socket(data))
    with first_app(data) as crashed:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(30)
    assert socket.exists() and (data / "instance.lock").exists()  # left behind
    with first_app(data, "--quit-after-session") as app:
        assert (data / "instance.lock").read_text().splitlines()[0] == str(app.pid)
        second = cli("--data-dir", str(data), "--routine", "rest-day", "--start", timeout=60)
        assert second.returncode == 0, second.stderr
        assert app.wait(120) == 0
    assert recorded(data) == [("rest-day", "completed")]
    assert not socket.exists() and not (data / "instance.lock").exists()  # cleaned up on the way out


def test_a_crashed_apps_lock_naming_a_process_that_took_its_id_does_not_stop_the_next(tmp_path: Path) -> None:
    """After a crash the system may give the app's process id to another process of the same
    program (any Python program, for the app run from source). The next launch is the app all
    the same, and leaves that process and the history alone."""
    data = tmp_path / "data"
    done = cli("--data-dir", str(data), "--routine", "rest-day", "--start", "--quit-after-session", *FIRST)
    assert done.returncode == 0, done.stderr
    with first_app(data) as crashed:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(30)
    lock = data / "instance.lock"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"]) as other:
        try:
            lines = lock.read_text().split("\n")
            lock.write_text("\n".join([str(other.pid), *lines[1:]]))  # the crash's id, given to `other`
            with first_app(data, "--quit-after-session") as app:  # it starts, takes the lock, listens
                second = cli("--data-dir", str(data), "--routine", "rest-day", "--start", timeout=60)
                assert second.returncode == 0, second.stderr
                assert second.stdout.startswith("Hamstring Desktop is already open on")
                assert app.wait(120) == 0
            assert other.poll() is None
        finally:
            other.kill()
    assert recorded(data) == [("rest-day", "completed"), ("rest-day", "completed")]
    assert not lock.exists()


def test_commands_beside_the_running_app_read_and_never_write(tmp_path: Path) -> None:
    """While the app records a session: list and export work and leave the live session out
    (never marking it interrupted); import refuses, and so does the app for a routine file opened
    from the file manager; the session then ends as it should."""
    data = tmp_path / "data"
    export = tmp_path / "during.json"
    with first_app(data, "--routine", "post-workout", "--start", "--quit-after-session") as app:
        database = data / "history.sqlite3"
        deadline = time.monotonic() + 60
        while not database.exists() or recorded_open(database) == 0:
            assert app.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        listed = cli("--data-dir", str(data), "history", "list")
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1  # the header only
        assert "1 session still running in the app" in listed.stderr
        exported = cli(
            "--data-dir", str(data), "history", "export", "--format", "json", "--output", str(export)
        )
        assert exported.returncode == 0, exported.stderr
        assert load_export(export)["sessions"] == []
        refused = cli("--data-dir", str(data), "history", "import", str(export))
        assert refused.returncode == 1 and f"in use by the running app (process {app.pid})" in refused.stderr
        shared = tmp_path / "desk-break.hamstring.toml"
        shared.write_text(SHARED, encoding="utf-8")
        opened = cli("--data-dir", str(data), str(shared))
        assert opened.returncode == 0 and "routine file was not imported" in opened.stderr
        assert app.wait(120) == 0
    assert not (data / "routines" / "desk-break.toml").exists(), "a session is never interrupted by an import"
    assert recorded(data) == [("post-workout", "completed")]


def recorded_open(database: Path) -> int:
    import sqlite3

    try:
        db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("SELECT count(*) FROM sessions WHERE outcome IS NULL").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


SHARED = """\
id = "desk-break"
name = "Desk break"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 30
side = "each"
"""


def wait_for(path: Path, app: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert app.poll() is None, app.communicate()
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_a_routine_file_opened_from_the_file_manager_is_imported(tmp_path: Path) -> None:
    """The desktop entry runs ``hamstring-desktop FILE`` for a *.hamstring.toml file: the app
    opens and imports it into your routines; with the app already open, the second launch hands
    the file to it and exits."""
    shared = tmp_path / "Downloads" / "desk-break.hamstring.toml"
    shared.parent.mkdir()
    shared.write_text(SHARED, encoding="utf-8")
    data = tmp_path / "data"
    with first_app(data, str(shared)) as app:
        wait_for(data / "routines" / "desk-break.toml", app)
    assert (data / "routines" / "desk-break.toml").read_text(encoding="utf-8") == SHARED
    other = tmp_path / "evening.hamstring.toml"
    other.write_text(
        SHARED.replace("desk-break", "evening").replace("Desk break", "Evening"), encoding="utf-8"
    )
    with first_app(data) as app:
        second = cli("--data-dir", str(data), str(other), timeout=60)
        assert second.returncode == 0, second.stderr
        assert second.stdout == (
            f"Hamstring Desktop is already open on {data}: {other} was handed to it to import, "
            "and its window was brought to the front.\n"
        )
        wait_for(data / "routines" / "evening.toml", app)
    assert shared.exists() and other.exists(), "the files opened are left where they were"


def test_a_second_launchs_start_waits_for_an_open_dialog(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """With a dialog open, its keys (the pain key's included) would go to the dialog while the
    session ran behind it: the routine is chosen, the session is not started, and both the
    window and the second launch say why."""
    window, controller = open_app_window(qtbot, library, settings, paths)
    answer = launch_answerer(window, controller, library)
    box = QMessageBox(QMessageBox.Icon.Warning, "Import", "The file could not be read.", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)

    def ask() -> str:
        async def asked() -> str:
            replies: list[str] = []
            answer({"routine": "rest-day", "start": True}, replies.append)
            while not replies:
                await asyncio.sleep(0.01)
            return replies[0]

        return loop.run_until_complete(asked())

    assert ask() == "ok: a dialog is open there, so the session was not started; close it, then press Space"
    assert not controller.active
    assert window.player.selected_routine().id == "rest-day"
    assert "a dialog is open" in window.statusBar().currentMessage()
    box.close()
    assert ask() == "ok"  # with the dialog closed, it starts
    assert controller.active
    controller.close()
