"""The history as a session sees it: recorded step by step, checked out, and never a reason for a
session to stop when the history cannot be saved."""

from __future__ import annotations

from pathlib import Path

from hamstring_desktop.content import Library, load_library
from hamstring_desktop.history.session_log import SessionLog
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.engine import SessionAction, SessionEngine, Timing
from hamstring_desktop.session.plan import plan_session
from tests.helpers.stubs import FakeWallClock


def test_a_session_is_recorded_and_checked_out(tmp_path: Path, asset_texts: dict[str, str]) -> None:
    library: Library = load_library(asset_texts)
    plan = plan_session(library.routine("pre-workout"), library)
    told: list[str] = []
    log = SessionLog(tmp_path / "history.sqlite3", told.append, FakeWallClock())
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


def test_an_unusable_history_is_said_once_and_the_session_goes_on(
    tmp_path: Path, asset_texts: dict[str, str]
) -> None:
    library: Library = load_library(asset_texts)
    plan = plan_session(library.routine("pre-workout"), library)
    in_the_way = tmp_path / "history.sqlite3"
    in_the_way.mkdir()  # a folder where the database should be
    told: list[str] = []
    log = SessionLog(in_the_way, told.append, FakeWallClock())
    log.begin(plan, Tightness())
    engine = SessionEngine(plan)
    log.record(engine.start(0.0))  # nothing to record into: no error
    log.begin(plan, Tightness())  # a second session: not said again
    assert len(told) == 1 and told[0].startswith("History is not being saved:")
    assert str(in_the_way) in told[0]
    assert in_the_way.is_dir()  # left as it was
