"""The SQLite session history. Each finished step is committed as it ends, so a crash loses at
most the step that was running; a session left open is marked ``interrupted`` on the next start.

Times are passed in as aware datetimes (the app reads the clock, not the store) and stored as
ISO 8601 text with their UTC offset.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hamstring_desktop.history.migrations import MIGRATIONS, migrate
from hamstring_desktop.session.checkin import Tightness


class HistoryError(Exception):
    """The history database cannot be used; the message says what and where."""


@dataclass(frozen=True)
class StepRecord:
    """One step as it was done."""

    position: int
    technique_id: str
    side: str
    zone: str
    planned_seconds: float
    actual_seconds: float
    completed: bool
    ended_at: str


@dataclass(frozen=True)
class SessionRecord:
    """One session with its steps."""

    id: int
    routine_id: str
    routine_name: str
    started_at: str
    ended_at: str | None
    outcome: str | None
    active_seconds: float
    tightness_before: Tightness
    tightness_after: Tightness
    notes: str
    pain_step: int | None
    steps: tuple[StepRecord, ...] = field(default=())


class HistoryStore:
    """Owns one SQLite connection to the history database."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> HistoryStore:
        """Open (creating if needed) and migrate the database. Never overwrites a damaged file."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            migrate(connection)
            connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as error:
            raise HistoryError(f"{path}: the history database cannot be read ({error})") from None
        except OSError as error:
            raise HistoryError(f"{path}: cannot open the history database ({error.strerror})") from None
        return cls(connection, path)

    @classmethod
    def open_read_only(cls, path: Path) -> HistoryStore:
        """Open an existing database only to read it (an export): nothing in the data folder is
        written, so this works from a read-only folder too. An older schema is brought up to
        date in a copy in memory."""
        uri = path.absolute().as_uri()
        # Without a write-ahead log, no one has the database open (the last connection to close
        # removes it) and every change is in the file: read it as immutable, which creates no
        # -shm or -wal file beside it. With one, SQLite must read the log too.
        wal_exists = path.with_name(path.name + "-wal").exists()
        modes = ("mode=ro",) if wal_exists else ("immutable=1", "mode=ro")
        problem = ""
        for mode in modes:
            connection: sqlite3.Connection | None = None
            try:
                connection = sqlite3.connect(f"{uri}?{mode}", uri=True, check_same_thread=False)
                version = int(connection.execute("PRAGMA user_version").fetchone()[0])
                if version != len(MIGRATIONS):
                    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                    connection.backup(memory)
                    connection.close()
                    connection = memory
                    migrate(connection)
                connection.execute("PRAGMA quick_check").fetchone()
            except sqlite3.DatabaseError as error:
                problem = str(error)
                if connection is not None:
                    connection.close()
                continue
            return cls(connection, path)
        raise HistoryError(f"{path}: the history database cannot be read ({problem})")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def _write(self, sql: str, parameters: tuple[object, ...]) -> int:
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                cursor = self._db.execute(sql, parameters)
                return int(cursor.lastrowid or 0)
        except sqlite3.OperationalError as error:
            raise HistoryError(f"{self.path}: could not save to the history ({error})") from None

    def mark_interrupted(self, ended_at: datetime) -> int:
        """Close sessions a crash left open; returns how many there were."""
        open_ids = [row[0] for row in self._db.execute("SELECT id FROM sessions WHERE outcome IS NULL")]
        for session_id in open_ids:
            active = self._db.execute(
                "SELECT COALESCE(SUM(actual_seconds), 0) FROM steps WHERE session_id = ?",
                (session_id,),
            ).fetchone()[0]
            self._write(
                "UPDATE sessions SET outcome = 'interrupted', ended_at = ?, active_seconds = ? WHERE id = ?",
                (ended_at.isoformat(timespec="seconds"), active, session_id),
            )
        return len(open_ids)

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        started_at: datetime,
        before: Tightness | None = None,
    ) -> int:
        """Record that a session started; returns its id."""
        before = before or Tightness()
        return self._write(
            "INSERT INTO sessions (routine_id, routine_name, started_at, tightness_before_left,"
            " tightness_before_right) VALUES (?, ?, ?, ?, ?)",
            (
                routine_id,
                routine_name,
                started_at.isoformat(timespec="seconds"),
                before.left,
                before.right,
            ),
        )

    def set_tightness_before(self, session_id: int, before: Tightness) -> None:
        """Store the opening check-in (it may arrive after the session started)."""
        self._write(
            "UPDATE sessions SET tightness_before_left = ?, tightness_before_right = ? WHERE id = ?",
            (before.left, before.right, session_id),
        )

    def record_step(self, session_id: int, step: StepRecord) -> None:
        """Commit one finished (or skipped, or cut short) step."""
        self._write(
            "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds,"
            " actual_seconds, completed, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                step.position,
                step.technique_id,
                step.side,
                step.zone,
                step.planned_seconds,
                round(step.actual_seconds, 3),
                int(step.completed),
                step.ended_at,
            ),
        )

    def finish_session(
        self,
        session_id: int,
        outcome: str,
        ended_at: datetime,
        active_seconds: float,
        pain_step: int | None = None,
    ) -> None:
        """Record how the session ended."""
        self._write(
            "UPDATE sessions SET outcome = ?, ended_at = ?, active_seconds = ?, pain_step = ? WHERE id = ?",
            (
                outcome,
                ended_at.isoformat(timespec="seconds"),
                round(active_seconds, 3),
                pain_step,
                session_id,
            ),
        )

    def check_out(self, session_id: int, after: Tightness, notes: str) -> None:
        """Store the closing check-in and notes."""
        self._write(
            "UPDATE sessions SET tightness_after_left = ?, tightness_after_right = ?, notes = ? WHERE id = ?",
            (after.left, after.right, notes, session_id),
        )

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first, with its steps."""
        steps: dict[int, list[StepRecord]] = {}
        for row in self._db.execute(
            "SELECT session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
            " completed, ended_at FROM steps ORDER BY session_id, position, id"
        ):
            steps.setdefault(row[0], []).append(
                StepRecord(row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), row[8])
            )
        records = []
        for row in self._db.execute(
            "SELECT id, routine_id, routine_name, started_at, ended_at, outcome, active_seconds,"
            " tightness_before_left, tightness_before_right, tightness_after_left,"
            " tightness_after_right, notes, pain_step FROM sessions ORDER BY started_at, id"
        ):
            records.append(
                SessionRecord(
                    id=row[0],
                    routine_id=row[1],
                    routine_name=row[2],
                    started_at=row[3],
                    ended_at=row[4],
                    outcome=row[5],
                    active_seconds=row[6],
                    tightness_before=Tightness(row[7], row[8]),
                    tightness_after=Tightness(row[9], row[10]),
                    notes=row[11],
                    pain_step=row[12],
                    steps=tuple(steps.get(row[0], ())),
                )
            )
        return records
