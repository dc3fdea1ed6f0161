"""The history store: recording, crash safety, interrupted sessions, reading without writing, dates,
deleting, and a database from a newer app left alone."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.migrations import LATEST
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import (
    DateRange,
    HistoryError,
    HistoryStore,
    NewerHistoryError,
    Tightness,
    UnwritableHistoryError,
)
from hamstring_desktop.session.engine import SessionEngine, Timing
from hamstring_desktop.session.plan import plan_session
from tests.helpers.history import START, fill, play
from tests.helpers.stubs import FakeWallClock


def test_a_completed_session_is_stored_with_every_step(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    recorder = play(library, store, 10_000)
    assert recorder.finished
    [session] = store.sessions()
    assert session.outcome == "completed"
    assert session.started_at == "2026-11-24T18:00:00+01:00"
    assert len(session.id) == 36 and session.id.count("-") == 4  # a UUID: the stable id
    assert [(s.technique_id, s.side) for s in session.steps] == [
        ("foam-rolling", "both"),
        ("foam-rolling", "left"),
        ("foam-rolling", "right"),
        ("knuckle-massage", "left"),
        ("knuckle-massage", "right"),
    ]
    assert all(s.completed and s.actual_seconds == s.planned_seconds for s in session.steps)
    assert session.active_seconds == 240
    assert session.tightness_before == Tightness(6, 7)
    assert [summary[1:3] for summary in store.iter_session_summaries()] == [(5, 5)]


def test_pain_stop_records_the_step(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 80.0, pain=True)  # 80 s: inside the left-leg foam rolling step
    [session] = store.sessions()
    assert session.outcome == "pain"
    assert session.pain_step == 1
    assert session.steps[-1].side == "left" and not session.steps[-1].completed
    assert [summary[1:3] for summary in store.iter_session_summaries()] == [(2, 1)]


def test_crash_keeps_finished_steps_and_marks_the_session_interrupted(
    tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    play(library, store, 80.0)  # no finish: the process "dies" here
    store.close()
    reopened = HistoryStore.open(path)
    assert reopened.sessions() == []  # a session without an outcome is never shown
    assert reopened.mark_interrupted() == 1
    [session] = reopened.sessions()
    assert session.outcome == "interrupted"
    assert [s.side for s in session.steps] == ["both"]  # the one step that had ended
    assert session.active_seconds == 60
    assert session.ended_at == session.steps[-1].ended_at  # when it was last known to run
    assert reopened.mark_interrupted() == 0


def test_reading_only_writes_nothing_beside_the_database(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store = HistoryStore.open(folder / "history.sqlite3")
    play(library, store, 10_000)
    store.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    reader = HistoryStore.open_read_only(folder / "history.sqlite3")
    assert len(reader.sessions()) == 1
    reader.close()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_session_left_open_reads_as_interrupted_where_nothing_records(
    tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    play(library, store, 10_000)
    play(library, store, 80.0, start=START + timedelta(days=1))
    store.close()
    skipping = HistoryStore.open_read_only(path)
    assert [s.outcome for s in skipping.sessions()] == ["completed"]
    assert skipping.count_open() == 1
    showing = HistoryStore.open_read_only(path, open_sessions="interrupted")
    [_, left_open] = showing.sessions()
    assert (left_open.outcome, left_open.active_seconds) == ("interrupted", 60)
    assert left_open.ended_at == left_open.steps[-1].ended_at


def test_reading_an_empty_database_file_finds_no_sessions(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    reader = HistoryStore.open_read_only(path)
    assert reader.sessions() == []
    reader.close()
    assert path.read_bytes() == b""


def test_reading_a_damaged_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(HistoryError) as caught:
        HistoryStore.open_read_only(path)
    assert str(caught.value) == f"{path}: the history database cannot be read (file is not a database)"


@pytest.mark.parametrize("opening", ["read-write", "read-only"])
def test_a_database_from_a_newer_app_is_refused_and_never_altered(
    tmp_path: Path, library: Library, opening: str
) -> None:
    folder = tmp_path / "data"
    path = folder / "history.sqlite3"
    fill(library, path, 2)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.execute("PRAGMA journal_mode = DELETE")  # as a newer app might leave it
    db.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(NewerHistoryError) as caught:
        if opening == "read-write":
            HistoryStore.open(path)
        else:
            HistoryStore.open_read_only(path)
    assert str(caught.value) == (
        f"{path}: it is from a newer version of the app (history schema {LATEST + 1}; "
        f"this version reads up to {LATEST}); it was left as it is"
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_dates_are_local_days_both_included(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "history.sqlite3"
    fill(library, path, 5)  # 24 to 28 November, 18:00 local time (+01:00)
    store = HistoryStore.open(path)
    days = [s.started_at[:10] for s in store.sessions(DateRange(date(2026, 11, 25), date(2026, 11, 27)))]
    assert days == ["2026-11-25", "2026-11-26", "2026-11-27"]
    assert store.count_sessions(DateRange(first=date(2026, 11, 28))) == 1
    assert store.count_sessions(DateRange(last=date(2026, 11, 24))) == 1
    assert store.count_steps(DateRange(date(2026, 11, 24), date(2026, 11, 24))) == 5
    # A session's day is the day its own clock showed, whatever the offset.
    late = datetime(2026, 11, 30, 23, 30, tzinfo=START.tzinfo)
    play(library, store, 10_000, start=late)
    assert store.count_sessions(DateRange(date(2026, 11, 30), date(2026, 11, 30))) == 1


def test_deleting_a_session_takes_its_steps_and_can_be_undone(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "history.sqlite3"
    fill(library, path, 3)
    store = HistoryStore.open(path)
    middle = store.sessions()[1]
    deleted = store.delete_session(middle.id)
    assert deleted == middle
    assert [s.id for s in store.sessions()] == [s.id for s in store.sessions() if s.id != middle.id]
    assert store.count_steps() == 10 and store.delete_session(middle.id) is None
    # Undo: put it back as it was, by its id.
    assert store.add_sessions([deleted], [(deleted.id, step) for step in deleted.steps]) == (1, 5, 0)
    assert store.sessions()[1] == middle


def test_ids_can_be_found_from_their_start(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "history.sqlite3"
    fill(library, path, 2)
    store = HistoryStore.open(path)
    first = store.sessions()[0].id
    assert store.matching_ids(first[:8].upper()) == [first]
    assert store.matching_ids("") == [] and store.matching_ids("zzzz") == []


def test_a_write_that_fails_says_why(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    store.close()
    with pytest.raises(HistoryError, match="could not save to the history"):
        store.begin_session("x", "X", START)


def test_a_folder_in_the_way_cannot_be_written(tmp_path: Path) -> None:
    in_the_way = tmp_path / "history.sqlite3"
    in_the_way.mkdir()
    with pytest.raises(UnwritableHistoryError, match="is a folder, not a file"):
        HistoryStore.open(in_the_way)


def test_a_full_disk_is_found_when_the_history_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hamstring_desktop.history.database.free_bytes", lambda folder: 100 * 1024)
    with pytest.raises(UnwritableHistoryError) as caught:
        HistoryStore.open(tmp_path / "history.sqlite3")
    assert str(caught.value) == f"the disk holding {tmp_path} is full"


def test_rests_and_waits_are_recorded_as_steps_without_a_technique(tmp_path: Path, library: Library) -> None:
    """Rows for every step the session played, in the schema every version of the store reads:
    technique_id "rest" or "wait", side "both"; a wait planned at 0 s, actual as long as it took.
    Only the massage counts as active time."""
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side

    routine = Routine(
        "pauses",
        "Pauses",
        RoutineWhen.ANY,
        "",
        (RoutineStep.wait(), RoutineStep("knuckle-massage", 30, Side.BOTH), RoutineStep.rest(20)),
    )
    plan = plan_session(routine, library)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    recorder = SessionRecorder(store, plan, FakeWallClock())
    engine = SessionEngine(plan, Timing(get_ready=5, transition=4, switch_legs=6))
    recorder.handle(engine.start(0.0) + engine.advance(0.0))
    recorder.handle(engine.toggle(12.0))  # carried on after 12 s of waiting
    while (wake := engine.next_wakeup()) is not None:
        recorder.handle(engine.advance(wake))
    [session] = store.sessions()
    assert session.outcome == "completed" and session.active_seconds == 30
    rows = [(s.technique_id, s.side, s.zone, s.planned_seconds, s.actual_seconds) for s in session.steps]
    assert rows == [
        ("wait", "both", "full", 0.0, 12.0),
        ("knuckle-massage", "both", "full", 30.0, 30.0),
        ("rest", "both", "full", 20.0, 20.0),
    ]
    assert all(step.completed for step in session.steps)
