"""Schema versions of the history database, applied in order, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3

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
)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version now in place."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(
            f"the history database is from a newer version of the app (schema {version})"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with connection:
            connection.executescript(f"BEGIN; {script} PRAGMA user_version = {number}; COMMIT;")
    return len(MIGRATIONS)
