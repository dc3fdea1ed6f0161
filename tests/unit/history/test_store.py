"""The history store: crash safety, interrupted sessions, damaged files, and the JSON export."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_desktop.content import Library
from hamstring_desktop.history.export import export_json
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryError, HistoryStore, Tightness
from hamstring_desktop.session.engine import SessionEngine, Timing
from hamstring_desktop.session.plan import plan_session

LOCAL = timezone(timedelta(hours=1))


class WallClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 18, 0, 0, tzinfo=LOCAL)

    def __call__(self) -> datetime:
        return self.now


def play(library: Library, store: HistoryStore, until: float, pain: bool = False) -> SessionRecorder:
    plan = plan_session(library.routine("pre-workout"), library)
    clock = WallClock()
    recorder = SessionRecorder(store, plan, clock, Tightness(6, 7))
    engine = SessionEngine(plan, Timing(get_ready=5, transition=4, switch_legs=6))
    recorder.handle(engine.start(0.0))
    while (wake := engine.next_wakeup()) is not None and wake <= until:
        clock.now = datetime(2026, 11, 24, 18, 0, 0, tzinfo=LOCAL) + timedelta(seconds=wake)
        recorder.handle(engine.advance(wake))
    if pain:
        recorder.handle(engine.pain(until))
    return recorder


def test_a_completed_session_is_stored_with_every_step(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    recorder = play(library, store, 10_000)
    assert recorder.finished
    [session] = store.sessions()
    assert session.outcome == "completed"
    assert session.started_at == "2026-11-24T18:00:00+01:00"
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


def test_pain_stop_records_the_step(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 80.0, pain=True)  # 80 s: inside the left-leg foam rolling step
    [session] = store.sessions()
    assert session.outcome == "pain"
    assert session.pain_step == 1
    assert session.steps[-1].side == "left" and not session.steps[-1].completed


def test_crash_keeps_finished_steps_and_marks_the_session_interrupted(
    tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    play(library, store, 80.0)  # no finish: the process "dies" here
    store.close()
    reopened = HistoryStore.open(path)
    assert reopened.mark_interrupted(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)) == 1
    [session] = reopened.sessions()
    assert session.outcome == "interrupted"
    assert [s.side for s in session.steps] == ["both"]  # the one step that had ended
    assert session.active_seconds == 60
    assert reopened.mark_interrupted(datetime(2026, 11, 25, 9, 0, tzinfo=UTC)) == 0


def test_a_damaged_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    before = path.read_bytes()
    with pytest.raises(HistoryError) as caught:
        HistoryStore.open(path)
    assert str(path) in str(caught.value) and "cannot be read" in str(caught.value)
    assert path.read_bytes() == before


def test_json_export(tmp_path: Path, library: Library) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    recorder = play(library, store, 10_000)
    store.check_out(recorder.session_id, Tightness(3, None), "Felt looser.")
    target = tmp_path / "out" / "history.json"
    export_json(store.sessions(), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    [session] = document["sessions"]
    assert set(session) >= {
        "id",
        "routine_id",
        "routine_name",
        "started_at",
        "ended_at",
        "outcome",
        "active_seconds",
        "steps",
        "tightness_before",
        "tightness_after",
        "notes",
    }
    assert datetime.fromisoformat(session["started_at"]).utcoffset() == timedelta(hours=1)
    assert session["tightness_after"] == {"left": 3, "right": None}
    assert session["notes"] == "Felt looser."
    assert set(session["steps"][0]) >= {
        "technique_id",
        "side",
        "planned_seconds",
        "actual_seconds",
        "completed",
    }


def test_a_full_disk_leaves_the_old_export_whole(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    play(library, store, 10_000)
    target = tmp_path / "history.json"
    target.write_text('{"sessions": ["the old export"]}', encoding="utf-8")

    def disk_full(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError):
        export_json(store.sessions(), target)
    assert target.read_text(encoding="utf-8") == '{"sessions": ["the old export"]}'
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".history.json")] == []


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
    recorder = SessionRecorder(store, plan, WallClock())
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
