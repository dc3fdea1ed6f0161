"""The history's schema: created from nothing, brought forward from every earlier version (on a
database made by that version's real code, and on one made from its schema), left alone when
current, refused when newer, and never half-migrated."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hamstring_desktop.history import migrations
from hamstring_desktop.history.migrations import LATEST, MIGRATIONS, NewerSchemaError, migrate
from hamstring_desktop.history.store import HistoryStore

FIXTURES = Path(__file__).parent / "fixtures"
# Each earlier schema version and its schema, kept as it was (tests/unit/history/fixtures).
OLD_SCHEMAS = {version: FIXTURES / f"schema-v{version}.sql" for version in (1, 2, 3)}


def tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_every_earlier_version_has_a_kept_schema() -> None:
    assert set(OLD_SCHEMAS) == set(range(1, LATEST))
    assert FIXTURES.joinpath("history-v1.sqlite3").is_file()
    assert FIXTURES.joinpath("history-v3.sqlite3").is_file()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_each_kept_schema_is_what_its_migrations_make(version: int) -> None:
    made = sqlite3.connect(":memory:", isolation_level=None)
    for script in MIGRATIONS[:version]:
        made.executescript(script)
    kept = sqlite3.connect(":memory:", isolation_level=None)
    kept.executescript(OLD_SCHEMAS[version].read_text(encoding="utf-8"))

    def shape(db: sqlite3.Connection) -> list[tuple[str, list[tuple[object, ...]]]]:
        return [(name, db.execute(f"PRAGMA table_info({name})").fetchall()) for name in sorted(tables(db))]

    assert shape(made) == shape(kept)


def test_an_empty_database_gets_every_migration_once() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(db) == LATEST
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert {"sessions", "steps", "facts"} <= tables(db)
    assert migrate(db) == LATEST  # again: nothing to do, nothing broken


def test_a_database_from_a_newer_app_is_refused_and_left_alone() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(NewerSchemaError, match="newer version"):
        migrate(db)
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_version_1_made_by_its_own_code_is_brought_forward(tmp_path: Path) -> None:
    """history-v1.sqlite3 was written by the HistoryStore of schema 1 (make_history_v1.py): three
    finished sessions and one a crash left open, with their steps, check-ins and notes."""
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", path)
    old = sqlite3.connect(path)
    before = old.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    before_steps = old.execute("SELECT * FROM steps ORDER BY id").fetchall()
    old.close()
    store = HistoryStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    columns = (
        "id, routine_id, routine_name, started_at, ended_at, outcome, active_seconds, tightness_before_left,"
    )
    columns += " tightness_before_right, tightness_after_left, tightness_after_right, notes, pain_step"
    assert db.execute(f"SELECT {columns} FROM sessions ORDER BY id").fetchall() == before
    assert db.execute("SELECT * FROM steps ORDER BY id").fetchall() == before_steps
    ids = [row[0] for row in db.execute("SELECT uid FROM sessions")]
    assert len(set(ids)) == 4 and all(len(i) == 36 and i[14] == "4" for i in ids)  # new random UUIDs
    assert db.execute("SELECT step_count, steps_completed FROM sessions ORDER BY id").fetchall() == [
        (3, 3),
        (2, 1),
        (0, 0),
        (1, 1),
    ]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # And it works as a history of today: the crash's session is closed, new sessions record.
    assert store.mark_interrupted() == 1
    assert [s.outcome for s in store.sessions()] == ["completed", "pain", "stopped", "interrupted"]
    assert store.sessions()[0].notes == "Felt looser — ça va. =1+2"


def test_version_1_made_from_its_schema_is_brought_forward(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(OLD_SCHEMAS[1].read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO sessions (id, routine_id, routine_name, started_at)"
        " VALUES (7, 'r', 'R', '2026-01-02T03:04:05+00:00')"
    )
    db.executemany(
        "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
        " completed, ended_at)"
        " VALUES (7, ?, 'foam-rolling', 'left', 'full', 30, 30, ?, '2026-01-02T03:05:00+00:00')",
        [(0, 1), (1, 0), (2, 1)],
    )
    db.close()
    store = HistoryStore.open(path)
    assert store.mark_interrupted() == 1
    [session] = store.sessions()
    assert (session.outcome, len(session.steps), session.active_seconds) == ("interrupted", 3, 90)
    assert [summary[1:3] for summary in store.iter_session_summaries()] == [(3, 2)]


def test_a_migration_that_fails_leaves_the_earlier_version_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", path)
    broken = MIGRATIONS[1].replace("CREATE TABLE facts", "CREATE TABLE steps")  # fails near its end
    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], broken))
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "uid" not in {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 4
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # as it was before


def test_the_step_counts_follow_every_way_steps_come_and_go(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(
        "INSERT INTO sessions (id, uid, routine_id, routine_name, started_at) VALUES"
        " (1, '00000000-0000-4000-8000-000000000000', 'r', 'R', '2026-01-01T00:00:00+00:00')"
    )
    insert = (
        "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
        " completed, ended_at) VALUES (1, 0, 't', 'left', 'full', 1, 1, ?, 'x')"
    )
    for completed in (1, 1, 0):
        db.execute(insert, (completed,))
    assert db.execute("SELECT step_count, steps_completed FROM sessions").fetchone() == (3, 2)
    db.execute("DELETE FROM steps WHERE completed = 1")
    assert db.execute("SELECT step_count, steps_completed FROM sessions").fetchone() == (1, 0)


def test_version_2_gets_the_history_pages_indexes_and_the_routine_list_uses_one() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(OLD_SCHEMAS[2].read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 2")
    assert migrate(db) == LATEST
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"sessions_by_routine", "sessions_by_duration", "sessions_by_outcome"} <= indexes
    plan = db.execute("EXPLAIN QUERY PLAN SELECT max(id) FROM sessions GROUP BY routine_id").fetchall()
    assert any("sessions_by_routine" in str(row) for row in plan), plan


V3_SESSION_COLUMNS = (
    "id, uid, routine_id, routine_name, started_at, ended_at, outcome, active_seconds, tightness_before_left,"
    " tightness_before_right, tightness_after_left, tightness_after_right, notes, pain_step, step_count,"
    " steps_completed"
)


def test_version_3_made_by_its_own_code_keeps_everything_and_has_no_plans(tmp_path: Path) -> None:
    """history-v3.sqlite3 was written by the code of schema 3 through the real session engine and
    recorder (make_history_v3.py): a completed warm-up, one stopped for pain in step 3 of 5, one
    of the user's own routine with a wait, a rest and a step gone back to, an imported session and
    one a crash left open. Nothing of it is lost, and none of it gets a plan made up."""
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v3.sqlite3", path)
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    before = old.execute(f"SELECT {V3_SESSION_COLUMNS} FROM sessions ORDER BY id").fetchall()
    before_steps = old.execute("SELECT * FROM steps ORDER BY id").fetchall()
    before_facts = old.execute("SELECT * FROM facts WHERE name <> 'opened_at'").fetchall()
    old.close()
    assert len(before) == 5 and len(before_steps) == 16

    store = HistoryStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert db.execute(f"SELECT {V3_SESSION_COLUMNS} FROM sessions ORDER BY id").fetchall() == before
    assert db.execute("SELECT * FROM steps ORDER BY id").fetchall() == before_steps
    assert db.execute("SELECT * FROM facts WHERE name <> 'opened_at'").fetchall() == before_facts
    assert (
        db.execute("SELECT plan, planned_steps, planned_seconds FROM sessions").fetchall()
        == [(None, None, None)] * 5
    )
    # Each step done in full, once: the own routine's first rolling step ran twice (gone back to).
    assert db.execute("SELECT positions_completed FROM sessions ORDER BY id").fetchall() == [
        (5,),
        (2,),
        (3,),
        (2,),
        (1,),
    ]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()

    assert store.mark_interrupted() == 1
    sessions = store.sessions()
    assert [s.outcome for s in sessions] == ["completed", "pain", "stopped", "completed", "interrupted"]
    assert all(s.plan is None for s in sessions)
    assert store.session(sessions[1].id).plan is None  # type: ignore[union-attr]
    assert sessions[0].notes == "Felt looser — ça va. =1+2"
    assert sessions[1].pain_step == 2 and [s.completed for s in sessions[1].steps] == [True, True, False]
    assert [(summary[1], summary[2], summary[3]) for summary in store.iter_session_summaries()] == [
        (5, 5, None),
        (3, 2, None),
        (5, 3, None),
        (2, 2, None),
        (1, 1, None),
    ]


def test_version_3_read_only_is_brought_forward_in_memory_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v3.sqlite3", path)
    kept = path.read_bytes()
    store = HistoryStore.open_read_only(path)
    sessions = store.sessions()
    store.close()
    assert len(sessions) == 4 and all(s.plan is None for s in sessions)  # the open one left out
    assert path.read_bytes() == kept
    assert not list(tmp_path.glob("history.sqlite3-*"))  # no log files made beside it


def test_version_3_made_from_its_schema_is_brought_forward(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(OLD_SCHEMAS[3].read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 3")
    db.execute(
        "INSERT INTO sessions (id, uid, routine_id, routine_name, started_at, ended_at, outcome)"
        " VALUES (7, '00000000-0000-4000-8000-000000000007', 'r', 'R', '2026-01-02T03:04:05+00:00',"
        " '2026-01-02T03:09:05+00:00', 'stopped')"
    )
    db.executemany(
        "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
        " completed, ended_at)"
        " VALUES (7, ?, 'foam-rolling', 'left', 'full', 30, 30, ?, '2026-01-02T03:05:00+00:00')",
        [(0, 1), (0, 1), (1, 0), (2, 1)],
    )
    db.close()
    store = HistoryStore.open(path)
    [session] = store.sessions()
    assert session.plan is None and len(session.steps) == 4
    assert [summary[1:] for summary in store.iter_session_summaries()] == [(4, 2, None)]


def test_the_steps_done_in_full_count_each_position_once_however_steps_come_and_go() -> None:
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(
        "INSERT INTO sessions (id, uid, routine_id, routine_name, started_at) VALUES"
        " (1, '00000000-0000-4000-8000-000000000000', 'r', 'R', '2026-01-01T00:00:00+00:00')"
    )
    insert = (
        "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
        " completed, ended_at) VALUES (1, ?, 't', 'left', 'full', 1, 1, ?, 'x')"
    )

    def counts() -> tuple[int, int, int]:
        return db.execute("SELECT step_count, steps_completed, positions_completed FROM sessions").fetchone()

    for position, completed in ((0, 1), (1, 0), (1, 1), (1, 1), (2, 0)):
        db.execute(insert, (position, completed))
    assert counts() == (5, 3, 2)  # position 1 was done twice: once in the plan
    db.execute("DELETE FROM steps WHERE id = (SELECT max(id) FROM steps WHERE position = 1)")
    assert counts() == (4, 2, 2)  # the other run of position 1 still did it
    db.execute("DELETE FROM steps WHERE position = 1")
    assert counts() == (2, 1, 1)
    db.execute("DELETE FROM sessions")
    assert db.execute("SELECT count(*) FROM steps").fetchone() == (0,)
