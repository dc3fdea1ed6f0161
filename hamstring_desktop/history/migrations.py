"""Schema versions of the history database, applied in order, tracked by ``PRAGMA user_version``.

Each entry of :data:`MIGRATIONS` takes a database from the version before it (its index) to its
own number (index + 1), in one transaction. A copy of every older version's schema, and a
database made by the code of that version, are kept under ``tests/unit/history/fixtures`` so
that each step is tested on a real old database.
"""

from __future__ import annotations

import sqlite3

# A random (version 4) UUID made by SQLite itself, one per row it is evaluated for.
_NEW_UUID = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6)))"
)

_SESSION_COLUMNS = (
    "routine_id, routine_name, started_at, ended_at, outcome, active_seconds, tightness_before_left,"
    " tightness_before_right, tightness_after_left, tightness_after_right, notes, pain_step"
)

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions with check-in values, and one row per step as it ends.
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT CHECK (outcome IN ('completed', 'stopped', 'pain', 'interrupted')),
        active_seconds REAL NOT NULL DEFAULT 0,
        tightness_before_left INTEGER CHECK (tightness_before_left BETWEEN 0 AND 10),
        tightness_before_right INTEGER CHECK (tightness_before_right BETWEEN 0 AND 10),
        tightness_after_left INTEGER CHECK (tightness_after_left BETWEEN 0 AND 10),
        tightness_after_right INTEGER CHECK (tightness_after_right BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        pain_step INTEGER
    );
    CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        technique_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        zone TEXT NOT NULL,
        planned_seconds REAL NOT NULL,
        actual_seconds REAL NOT NULL,
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        ended_at TEXT NOT NULL
    );
    CREATE INDEX steps_by_session ON steps (session_id, position);
    CREATE INDEX sessions_by_start ON sessions (started_at);
    """,
    # 2: every session gets a stable id (a UUID) that travels with it through exports and
    # imports, so that importing the same sessions twice adds nothing; older sessions get a new
    # random one. Each session also keeps its number of steps and of completed steps, kept up to
    # date by triggers whatever adds the steps (the recorder, an import, a salvage), so that
    # listing and exporting sessions does not count steps again. The table is rebuilt (SQLite
    # cannot add a NOT NULL UNIQUE column in place); the integer ids stay, so the steps keep
    # their sessions. A small table of facts about the file itself takes the write that proves,
    # on each opening, that the history can be saved.
    f"""
    CREATE TABLE sessions_v2 (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT CHECK (outcome IN ('completed', 'stopped', 'pain', 'interrupted')),
        active_seconds REAL NOT NULL DEFAULT 0,
        tightness_before_left INTEGER CHECK (tightness_before_left BETWEEN 0 AND 10),
        tightness_before_right INTEGER CHECK (tightness_before_right BETWEEN 0 AND 10),
        tightness_after_left INTEGER CHECK (tightness_after_left BETWEEN 0 AND 10),
        tightness_after_right INTEGER CHECK (tightness_after_right BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        pain_step INTEGER,
        step_count INTEGER NOT NULL DEFAULT 0,
        steps_completed INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO sessions_v2 (id, uid, {_SESSION_COLUMNS}, step_count, steps_completed)
        SELECT id, {_NEW_UUID}, {_SESSION_COLUMNS},
            (SELECT count(*) FROM steps WHERE steps.session_id = sessions.id),
            (SELECT count(*) FROM steps WHERE steps.session_id = sessions.id AND steps.completed = 1)
        FROM sessions;
    DROP TABLE sessions;
    ALTER TABLE sessions_v2 RENAME TO sessions;
    CREATE INDEX sessions_by_start ON sessions (started_at);
    CREATE TRIGGER step_added AFTER INSERT ON steps BEGIN
        UPDATE sessions SET step_count = step_count + 1, steps_completed = steps_completed + NEW.completed
            WHERE id = NEW.session_id;
    END;
    CREATE TRIGGER step_removed AFTER DELETE ON steps BEGIN
        UPDATE sessions SET step_count = step_count - 1, steps_completed = steps_completed - OLD.completed
            WHERE id = OLD.session_id;
    END;
    CREATE TABLE facts (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: indexes for the History page, so that a history of 100,000 sessions lists its routines,
    # filters by routine or outcome and sorts by routine or duration without reading every row.
    """
    CREATE INDEX sessions_by_routine ON sessions (routine_id, id);
    CREATE INDEX sessions_by_routine_name ON sessions (routine_name COLLATE NOCASE);
    CREATE INDEX sessions_by_duration ON sessions (active_seconds);
    CREATE INDEX sessions_by_outcome ON sessions (outcome, started_at);
    """,
    # 4: each session keeps its plan: the routine's steps in order, as they were when it started
    # (JSON text, as the JSON export has it: history/plans.py), with the plan's number of steps
    # and the time it set for its technique steps beside it, so that a session stopped early can
    # say how much of its plan it did. Sessions recorded before have none (NULL in all three):
    # nothing is made up for them, and they are shown as before, with the steps they reached.
    # Beside it, the number of the plan's steps done in full, each position once however often
    # it ran (a step gone back to and done again; step_count and steps_completed count each
    # run), kept up to date by triggers as the step counts are, and counted here for the steps
    # already recorded.
    """
    ALTER TABLE sessions ADD COLUMN plan TEXT;
    ALTER TABLE sessions ADD COLUMN planned_steps INTEGER CHECK (planned_steps >= 0);
    ALTER TABLE sessions ADD COLUMN planned_seconds REAL CHECK (planned_seconds >= 0);
    ALTER TABLE sessions ADD COLUMN positions_completed INTEGER NOT NULL DEFAULT 0;
    UPDATE sessions SET positions_completed = (
        SELECT count(DISTINCT position) FROM steps
            WHERE steps.session_id = sessions.id AND steps.completed = 1
    );
    CREATE TRIGGER position_completed AFTER INSERT ON steps
        WHEN NEW.completed = 1 AND NOT EXISTS (
            SELECT 1 FROM steps WHERE session_id = NEW.session_id AND position = NEW.position
                AND completed = 1 AND id <> NEW.id)
    BEGIN
        UPDATE sessions SET positions_completed = positions_completed + 1 WHERE id = NEW.session_id;
    END;
    CREATE TRIGGER position_uncompleted AFTER DELETE ON steps
        WHEN OLD.completed = 1 AND NOT EXISTS (
            SELECT 1 FROM steps WHERE session_id = OLD.session_id AND position = OLD.position
                AND completed = 1)
    BEGIN
        UPDATE sessions SET positions_completed = positions_completed - 1 WHERE id = OLD.session_id;
    END;
    """,
)

LATEST = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The database was written by a newer version of the app; it must be left alone."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"it is from a newer version of the app (history schema {version}; "
            f"this version reads up to {LATEST})"
        )
        self.version = version


def schema_version(connection: sqlite3.Connection) -> int:
    """The schema version of an open database (0 for a new, empty one)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date, one version at a time, each in its own transaction; returns
    the version now in place. A database from a newer app raises :class:`NewerSchemaError`
    before anything is written."""
    version = schema_version(connection)
    if version > LATEST:
        raise NewerSchemaError(version)
    if version == LATEST:
        return LATEST
    # Rebuilding a table that others refer to needs foreign keys off (it cannot change inside a
    # transaction); the ids are copied unchanged, so every reference still holds afterwards.
    foreign_keys = int(connection.execute("PRAGMA foreign_keys").fetchone()[0])
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                connection.executescript(f"BEGIN IMMEDIATE; {script} PRAGMA user_version = {number}; COMMIT;")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
    finally:
        connection.execute(f"PRAGMA foreign_keys = {foreign_keys}")
    return LATEST
