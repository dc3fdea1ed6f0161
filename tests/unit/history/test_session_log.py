"""The history as a session sees it: opened before any session (repaired, leftovers closed, proved
writable), recorded step by step, checked out, and never a reason for a session to stop."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.session_log import SessionLog
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.engine import SessionAction, SessionEngine, Timing
from hamstring_desktop.session.plan import plan_session
from tests.helpers.history import fill
from tests.helpers.stubs import FakeWallClock
from tests.helpers.system import as_plain_user


def test_a_session_is_recorded_and_checked_out(tmp_path: Path, library: Library) -> None:
    plan = plan_session(library.routine("pre-workout"), library)
    told: list[str] = []
    log = SessionLog(DataPaths(tmp_path), told.append, FakeWallClock())
    log.begin(plan, Tightness(6, None))
    engine = SessionEngine(plan, Timing(get_ready=1, transition=1, switch_legs=1))
    log.record(engine.start(0.0))
    log.record(engine.advance(1.0))
    log.record(engine.advance(30.0))
    log.record(engine.perform(SessionAction.STOP, 30.0))
    log.check_out(Tightness(4, 5), "easier")
    log.close()
    assert told == ["Session saved to your history."]
    [session] = HistoryStore.open(tmp_path / "history.sqlite3").sessions()
    assert session.outcome == "stopped" and session.notes == "easier"
    assert (session.tightness_before.left, session.tightness_after.right) == (6, 5)
    assert len(session.steps) == 1 and session.steps[0].actual_seconds == 29.0


def test_opening_closes_what_a_crash_left_open_and_says_so(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 1, open_one=True)
    told: list[str] = []
    log = SessionLog(DataPaths(tmp_path), told.append, FakeWallClock())
    store = log.open()
    assert store is not None and [s.outcome for s in store.sessions()] == ["completed", "interrupted"]
    # the source text, or its English plural form once a GUI test in this run installed the catalogue
    assert told in (
        ["1 unfinished session(s) marked as interrupted."],
        ["1 unfinished session marked as interrupted."],
    )
    log.close()


def test_opening_in_the_background_then_taking_the_result(tmp_path: Path, library: Library) -> None:
    fill(library, tmp_path / "history.sqlite3", 2, open_one=True)
    told: list[str] = []
    log = SessionLog(DataPaths(tmp_path), told.append, FakeWallClock())

    async def opened() -> None:
        await asyncio.wrap_future(log.open_in_background())

    asyncio.run(opened())
    store = log.open()
    assert store is not None and len(store.sessions()) == 3 and told
    log.close()


def test_a_session_started_while_the_opening_runs_waits_for_it(tmp_path: Path, library: Library) -> None:
    plan = plan_session(library.routine("pre-workout"), library)
    log = SessionLog(DataPaths(tmp_path), lambda _: None, FakeWallClock())
    log.open_in_background()
    log.begin(plan, Tightness())  # takes the opening's result, waiting if need be
    assert log.recorder is not None
    log.close()


def test_an_unusable_history_is_said_once_before_any_session_and_the_session_goes_on(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_session(library.routine("pre-workout"), library)
    in_the_way = tmp_path / "history.sqlite3"
    in_the_way.mkdir()  # a folder where the database should be
    told: list[str] = []
    alerts: list[str] = []
    log = SessionLog(DataPaths(tmp_path), told.append, FakeWallClock(), alert=alerts.append)
    assert log.open() is None
    expected = f"Your history will not be saved this session: {in_the_way} is a folder, not a file"
    assert alerts == [expected] and log.problem == f"{in_the_way} is a folder, not a file"
    assert capsys.readouterr().err == f"hamstring-desktop: {expected}\n"
    log.begin(plan, Tightness())
    engine = SessionEngine(plan)
    log.record(engine.start(0.0))  # nothing to record into: no error
    log.begin(plan, Tightness())  # a second session: not said again
    assert told == [] and len(alerts) == 1
    assert in_the_way.is_dir()  # left as it was


def test_a_read_only_data_dir_is_said_before_any_session(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    script = (
        "import sys; from pathlib import Path\n"
        "from hamstring_desktop.history.session_log import SessionLog\n"
        "from hamstring_desktop.paths import DataPaths\n"
        "alerts = []\n"
        "log = SessionLog(DataPaths(Path(sys.argv[1])), print, alert=alerts.append)\n"
        "assert log.open() is None\n"
        "print(alerts[0])\n"
    )
    try:
        result = subprocess.run(
            [*as_plain_user(), sys.executable, "-c", script, str(data)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        data.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Your history will not be saved this session: the folder {data} cannot be written "
        "(read-only or no permission)"
    )
    assert list(data.iterdir()) == []
