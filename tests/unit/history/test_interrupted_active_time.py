"""A session a crash left open counts active time as a finished one does: the running time of its
technique steps, without its rests, its "wait for me" steps or its pauses. Everywhere a user sees
it: the History page's table and charts, the CSV and JSON exports, the report and ``history list``."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from hamstring_desktop.cli import main
from hamstring_desktop.content import Library, Routine, RoutineStep, RoutineWhen, Side
from hamstring_desktop.history.browse import SessionBrowser, SessionFilter
from hamstring_desktop.history.export import export_history
from hamstring_desktop.history.facts import all_facts
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryStore, Tightness
from hamstring_desktop.session.engine import Event, SessionEngine, State, Timing
from hamstring_desktop.session.plan import plan_session
from hamstring_desktop.stats import overview
from tests.helpers.history import START, add_made, load_export, made_session
from tests.helpers.stubs import FakeWallClock

ROUTINE = Routine(
    "pauses",
    "Pauses",
    RoutineWhen.ANY,
    "Massage with a rest and a wait between.",
    (
        RoutineStep("foam-rolling", 60, Side.EACH),
        RoutineStep.rest(30),
        RoutineStep.wait(),
        RoutineStep("knuckle-massage", 45, Side.BOTH),
        RoutineStep.rest(20),
        RoutineStep("foam-rolling", 60, Side.BOTH),
    ),
)
# Left 60 s (paused 40 s in the middle), right 60 s and knuckle massage 45 s had ended when the
# app died in the last step; the rests (30 s and 20 s) and the wait (50 s) are not active time.
ACTIVE = 60 + 60 + 45


def play_until_the_crash(library: Library, store: HistoryStore) -> float:
    """Record a session that pauses, rests and waits, up to a crash 20 s into its last step;
    returns the active time its engine had counted by then."""
    plan = plan_session(ROUTINE, library)
    clock = FakeWallClock(START)
    recorder = SessionRecorder(store, plan, clock, Tightness(6, 6))
    engine = SessionEngine(plan, Timing(get_ready=5, transition=4, switch_legs=6))

    def handle(now: float, events: list[Event]) -> None:
        clock.now = START + timedelta(seconds=now)
        recorder.handle(events)

    def run_until(done: Callable[[], bool]) -> float:
        """Let the session run until ``done``; returns the moment it was."""
        now = 0.0
        while not done():
            wake = engine.next_wakeup()
            assert wake is not None
            now = wake
            handle(now, engine.advance(now))
        return now

    handle(0.0, engine.start(0.0))
    handle(35.0, engine.advance(35.0) + engine.pause(35.0))  # 30 s into the left leg
    handle(75.0, engine.resume(75.0))
    waiting_since = run_until(lambda: engine.state is State.WAITING)
    handle(waiting_since + 50, engine.next(waiting_since + 50))  # the user takes 50 s
    last_started = run_until(lambda: engine.index == len(plan.steps) - 1 and engine.state is State.RUNNING)
    handle(last_started + 20, engine.advance(last_started + 20))
    assert not recorder.finished  # the app dies here: the session has no outcome
    return engine.active_seconds


@pytest.fixture
def data(tmp_path: Path, library: Library) -> Path:
    folder = tmp_path / "data"
    store = HistoryStore.open(folder / "history.sqlite3")
    assert play_until_the_crash(library, store) == ACTIVE  # what the finished session would say
    store.close()
    return folder


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV export, by column name, as a spreadsheet reads them."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


@pytest.mark.parametrize("opening", ["closed at the next opening", "read where nothing can close it"])
def test_every_read_shows_the_active_time_of_the_technique_steps(data: Path, opening: str) -> None:
    path = data / "history.sqlite3"
    if opening == "closed at the next opening":
        store = HistoryStore.open(path)
        assert store.mark_interrupted() == 1
    else:
        store = HistoryStore.open_read_only(path, open_sessions="interrupted")
    [session] = store.sessions()
    assert session.outcome == "interrupted"
    assert session.active_seconds == ACTIVE
    # the History page's table and a session's detail
    [shown] = SessionBrowser(store).page(SessionFilter())
    assert shown.active_seconds == ACTIVE
    assert store.session(session.id).active_seconds == ACTIVE  # type: ignore[union-attr]
    # the History page's charts (minutes per week), and the report's facts
    day = START.date()
    [fact] = SessionBrowser(store).facts(day, day)
    assert fact.active_seconds == ACTIVE
    assert all_facts(store.sessions()) == [fact]
    assert overview([fact], day + timedelta(days=1)).weeks[-1].minutes == ACTIVE / 60
    # the exports
    export_history(store, "csv", data / "sessions.csv")
    assert float(rows(data / "sessions.csv")[0]["active_seconds"]) == ACTIVE
    export_history(store, "json", data / "sessions.json")
    assert load_export(data / "sessions.json")["sessions"][0]["active_seconds"] == ACTIVE
    store.close()


def test_history_list_and_export_show_it(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "list", "--data-dir", str(data)]) == 0
    [_, line] = capsys.readouterr().out.splitlines()
    # not 4:25, with the rests and the wait; 6 of its 7 steps done before the crash in the last
    assert line.split()[3:8] == ["interrupted", "2:45", "6", "of", "7"]
    target = data.parent / "sessions.csv"
    assert (
        main(["history", "export", "--format", "csv", "--output", str(target), "--data-dir", str(data)]) == 0
    )
    assert rows(target)[0]["active_seconds"] in ("165", "165.0")
    capsys.readouterr()
    assert main(["history", "list", "--json", "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["active_seconds"] == ACTIVE


def test_sorting_by_duration_puts_it_where_its_active_time_is(tmp_path: Path, data: Path) -> None:
    """Read where nothing can close it, the session left open sorts by the time it shows."""
    path = data / "history.sqlite3"
    writing = HistoryStore.open(path)
    add_made(
        writing, [made_session(date(2026, 11, 20), minutes=2), made_session(date(2026, 11, 21), minutes=3)]
    )
    writing.close()
    store = HistoryStore.open_read_only(path, open_sessions="interrupted")
    shown = SessionBrowser(store).page(SessionFilter(), sort="duration", descending=False)
    assert [s.active_seconds for s in shown] == [120, ACTIVE, 180]
    store.close()
