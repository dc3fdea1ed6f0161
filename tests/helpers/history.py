"""Histories for tests: sessions played into a store, exports read back, damaged files, and another
process holding a data dir's lock (as a running app does)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hamstring_desktop.content import Library
from hamstring_desktop.history.recorder import SessionRecorder
from hamstring_desktop.history.store import HistoryStore, PlanStep, SessionRecord, StepRecord, Tightness
from hamstring_desktop.session.engine import SessionEngine, Timing
from hamstring_desktop.session.plan import plan_session
from tests.helpers.stubs import LOCAL, FakeWallClock

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 24, 18, 0, 0, tzinfo=LOCAL)


def play(
    library: Library,
    store: HistoryStore,
    until: float,
    pain: bool = False,
    routine: str = "pre-workout",
    start: datetime = START,
    stop: bool = False,
) -> SessionRecorder:
    """Record a session of ``routine`` played on a fake clock up to ``until`` seconds (then, with
    ``pain``, stopped for pain, or with ``stop`` stopped by the user); past its end it completes,
    before it it is left open."""
    plan = plan_session(library.routine(routine), library)
    clock = FakeWallClock(start)
    recorder = SessionRecorder(store, plan, clock, Tightness(6, 7))
    engine = SessionEngine(plan, Timing(get_ready=5, transition=4, switch_legs=6))
    recorder.handle(engine.start(0.0))
    while (wake := engine.next_wakeup()) is not None and wake <= until:
        clock.now = start + timedelta(seconds=wake)
        recorder.handle(engine.advance(wake))
    clock.now = start + timedelta(seconds=until)
    if pain:
        recorder.handle(engine.pain(until))
    elif stop:
        recorder.handle(engine.stop(until))
    return recorder


def fill(library: Library, path: Path, sessions: int, open_one: bool = False) -> None:
    """A history of ``sessions`` completed sessions a day apart (and one left open)."""
    store = HistoryStore.open(path)
    for day in range(sessions):
        recorder = play(library, store, 10_000, start=START + timedelta(days=day))
        store.check_out(recorder.session_id, Tightness(3, 4), f"day {day}")
    if open_one:
        play(library, store, 80.0, start=START + timedelta(days=sessions))
    store.close()


def load_export(path: Path) -> dict[str, Any]:
    """A JSON export, parsed."""
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def steps_of(document: dict[str, Any], session_id: str) -> list[dict[str, Any]]:
    """The steps of one session in a JSON export, in file order."""
    return [step for step in document["steps"] if step["session_id"] == session_id]


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m hamstring_desktop ARGS`` in its own process (offscreen), after ``prefix``."""
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "hamstring_desktop", *args],
        capture_output=True,
        text=True,
        env=dict(env or os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def table_pages(path: Path, table: str) -> list[int]:
    """The page numbers (1-based) of a table's b-tree, from SQLite's dbstat table."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)).fetchall()
    finally:
        db.close()
    return [row[0] for row in rows]


def damage_page(path: Path, page: int, page_size: int = 4096) -> None:
    """Overwrite one page of the file with garbage, as a failing disk might."""
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(bytes((index * 37 + 11) % 256 for index in range(page_size)))


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(0), lock.error()
    print("locked", flush=True)
    time.sleep(600)
    """
)


@contextlib.contextmanager
def lock_held_elsewhere(lock_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the data dir's lock (as the running app does); yields it."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_file)], stdout=subprocess.PIPE, text=True, cwd=REPO
    ) as holder:
        try:
            assert holder.stdout is not None
            deadline = time.monotonic() + 30
            while holder.stdout.readline().strip() != "locked":
                assert holder.poll() is None and time.monotonic() < deadline
            yield holder
        finally:
            holder.kill()
            holder.wait(30)


def made_session(
    day: date,
    routine_id: str = "pre-workout",
    outcome: str | None = "completed",
    notes: str = "",
    minutes: float = 10.0,
    tightness: tuple[int | None, int | None, int | None, int | None] = (6, 7, 3, 4),
    hour: int = 18,
    session_id: str | None = None,
    routine_name: str | None = None,
    planned_steps: int | None = None,
) -> tuple[SessionRecord, list[tuple[str, StepRecord]]]:
    """A session made up directly (no engine): one step on each leg, split evenly. With
    ``planned_steps``, it has a plan of that many steps: the two it did, then knuckle massage on
    each leg in turn (a session that was not completed stopped before those); without, it has
    none, as a session recorded before plans were kept."""
    start = datetime(day.year, day.month, day.day, hour, 0, tzinfo=LOCAL)
    end = start + timedelta(minutes=minutes)
    uid = session_id or str(uuid.uuid5(uuid.NAMESPACE_URL, f"{day.isoformat()}-{hour:02d}-{routine_id}"))
    name = routine_name or routine_id.replace("-", " ").title()
    half = minutes * 30
    plan = None
    if planned_steps is not None:
        plan = tuple(
            PlanStep("foam-rolling" if n < 2 else "knuckle-massage", ("left", "right")[n % 2], "full", half)
            for n in range(planned_steps)
        )
    record = SessionRecord(
        uid, routine_id, name, start.isoformat(timespec="seconds"),
        end.isoformat(timespec="seconds"), outcome, minutes * 60, *tightness, notes,
        1 if outcome == "pain" else None, plan=plan,
    )  # fmt: skip
    first_end, last_end = start.isoformat(timespec="seconds"), end.isoformat(timespec="seconds")
    steps = [
        (uid, StepRecord(0, "foam-rolling", "left", "full", half, half, True, first_end)),
        (uid, StepRecord(1, "foam-rolling", "right", "full", half, half, outcome != "pain", last_end)),
    ]
    return record, steps


def add_made(store: HistoryStore, sessions: list[tuple[SessionRecord, list[tuple[str, StepRecord]]]]) -> None:
    """Put made-up sessions into ``store``."""
    store.add_sessions((record for record, _ in sessions), (step for _, steps in sessions for step in steps))
