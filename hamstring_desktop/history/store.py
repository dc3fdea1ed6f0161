"""The SQLite session history. Each finished step is committed as it ends, so a crash loses at
most the step that was running; a session a crash left open is marked ``interrupted`` as soon as
anything opens the history for writing (see ``opening.py``).

Times are passed in as aware datetimes (the app reads the clock, not the store) and stored as
ISO 8601 text with their UTC offset. Every session has a stable id (a UUID) that exports and
imports carry; the integer row ids are the database's own business.

Opening checks the file before trusting it: a database from a newer app is refused before
anything is written; one that is not a database, fails ``PRAGMA quick_check`` or is cut short
raises :class:`DamagedHistoryError` (``recovery.py`` moves it aside and salvages it); and every
read-write opening ends with a real write, so a history that cannot be saved is known before a
session starts, not after it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NamedTuple

from hamstring_desktop.history.migrations import LATEST, NewerSchemaError, migrate, schema_version
from hamstring_desktop.session.checkin import Tightness

BUSY_SECONDS = 5.0  # how long a write waits for another connection's transaction
LOW_DISK_BYTES = 2 * 1024 * 1024  # below this much free space, the history is said not to be saved
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_FULL = 13
_SQLITE_BUSY = 5

# How sessions that have no outcome yet are read: left out (they are running in an app right
# now), or shown as interrupted (nothing can be recording them: a crash left them open).
OpenSessions = Literal["skip", "interrupted"]


class HistoryError(Exception):
    """The history database cannot be used; the message says what and where."""


class DamagedHistoryError(HistoryError):
    """The file is not a database, or SQLite finds it damaged; ``reason`` says how."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: the history database is damaged ({reason})")
        self.path = path
        self.reason = reason


class NewerHistoryError(HistoryError):
    """The database is from a newer version of the app; it is left exactly as it is."""


class UnwritableHistoryError(HistoryError):
    """The history can be read, or not even that, but nothing can be saved to it."""


class StepRecord(NamedTuple):
    """One step as it was done."""

    position: int
    technique_id: str
    side: str
    zone: str
    planned_seconds: float
    actual_seconds: float
    completed: bool
    ended_at: str


class SessionRecord(NamedTuple):
    """One session, with its steps where they were asked for. ``id`` is the stable id."""

    id: str
    routine_id: str
    routine_name: str
    started_at: str
    ended_at: str | None
    outcome: str | None
    active_seconds: float
    before_left: int | None
    before_right: int | None
    after_left: int | None
    after_right: int | None
    notes: str
    pain_step: int | None
    steps: tuple[StepRecord, ...] = ()

    @property
    def tightness_before(self) -> Tightness:
        """The opening check-in."""
        return Tightness(self.before_left, self.before_right)

    @property
    def tightness_after(self) -> Tightness:
        """The closing check-in."""
        return Tightness(self.after_left, self.after_right)


@dataclass(frozen=True)
class DateRange:
    """Sessions by the local date they started on (the date as the clock showed it where the
    session was recorded), from ``first`` to ``last``, both included; None is open-ended."""

    first: date | None = None
    last: date | None = None

    def clause(self, column: str) -> tuple[str, tuple[str, ...]]:
        """A WHERE fragment (``1`` for no limit) and its parameters. Started-at times are ISO
        text that begins with the local date, so text comparison selects whole local days."""
        parts, values = [], []
        if self.first is not None:
            parts.append(f"{column} >= ?")
            values.append(self.first.isoformat())
        if self.last is not None:
            parts.append(f"{column} < ?")
            values.append((self.last + timedelta(days=1)).isoformat())
        return (" AND ".join(parts) or "1"), tuple(values)


ALL_DATES = DateRange()

# A session left open: its end is its last step's end (or its start), and its active time is
# what its recorded steps add up to.
_OPEN_ENDED_AT = "COALESCE((SELECT max(ended_at) FROM steps WHERE steps.session_id = s.id), s.started_at)"
_OPEN_ACTIVE = "(SELECT COALESCE(sum(actual_seconds), 0) FROM steps WHERE steps.session_id = s.id)"
_STEP_COLUMNS = "position, technique_id, side, zone, planned_seconds, actual_seconds, completed, ended_at"


def session_select(open_sessions: OpenSessions) -> str:
    """The SELECT of every session field as reads show them (ends with a WHERE to add to)."""
    if open_sessions == "skip":
        return (
            "SELECT s.uid, s.routine_id, s.routine_name, s.started_at, s.ended_at, s.outcome,"
            " s.active_seconds, s.tightness_before_left, s.tightness_before_right, s.tightness_after_left,"
            " s.tightness_after_right, s.notes, s.pain_step FROM sessions s WHERE s.outcome IS NOT NULL"
        )
    return (
        "SELECT s.uid, s.routine_id, s.routine_name, s.started_at,"
        f" CASE WHEN s.outcome IS NULL THEN {_OPEN_ENDED_AT} ELSE s.ended_at END,"
        " COALESCE(s.outcome, 'interrupted'),"
        f" CASE WHEN s.outcome IS NULL THEN {_OPEN_ACTIVE} ELSE s.active_seconds END,"
        " s.tightness_before_left, s.tightness_before_right, s.tightness_after_left,"
        " s.tightness_after_right, s.notes, s.pain_step FROM sessions s WHERE 1"
    )


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def free_bytes(folder: Path) -> int | None:
    """Free space for the user in ``folder``, or None when it cannot be told."""
    try:
        status = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return status.f_bavail * status.f_frsize


def why_not_writable(path: Path, error: BaseException | None = None) -> str:
    """In a few words, why the history at ``path`` cannot be written."""
    folder = path.parent
    if path.is_dir():
        return f"{path} is a folder, not a file"
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written (read-only or no permission)"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} cannot be written (read-only or no permission)"
    free = free_bytes(folder) if folder.is_dir() else None
    code = getattr(error, "sqlite_errorcode", 0) or 0
    if (code & 0xFF) == _SQLITE_FULL or (free is not None and free < LOW_DISK_BYTES):
        return f"the disk holding {folder} is full"
    if (code & 0xFF) == _SQLITE_BUSY:
        return f"{path} is in use by another program"
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or path}: {error.strerror}"
    return f"{path}: {error}" if error is not None else f"{path} cannot be written"


class HistoryStore:
    """Owns one SQLite connection to the history database.

    ``open_sessions`` says how reads show sessions that have no outcome yet (see
    :data:`OpenSessions`): by default they are left out, so no read ever shows a session
    without an outcome.
    """

    def __init__(
        self, connection: sqlite3.Connection, path: Path, open_sessions: OpenSessions = "skip"
    ) -> None:
        self._db = connection
        self.path = path
        self.open_sessions: OpenSessions = open_sessions

    # --- opening ----------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        check: tuple[str, ...] = (),
    ) -> HistoryStore:
        """Open for reading and writing (creating it if needed), check and migrate it, and prove
        with a real write that it can be saved to. ``check`` names the tables to check for
        damage (``PRAGMA quick_check``); by default, the whole file is checked.

        Raises :class:`NewerHistoryError` (nothing was written), :class:`DamagedHistoryError`
        (nothing was written), or :class:`UnwritableHistoryError`."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UnwritableHistoryError(why_not_writable(path, error)) from None
        if path.is_dir():
            raise UnwritableHistoryError(why_not_writable(path))
        if path.exists() and path.stat().st_size > 0:
            _check_before_writing(path, check)
        try:
            connection = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS
            )
        except sqlite3.Error as error:
            raise UnwritableHistoryError(why_not_writable(path, error)) from None
        try:
            if schema_version(connection) > LATEST:  # it changed since the check
                raise NewerSchemaError(schema_version(connection))
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            migrate(connection)
            with _transaction(connection):
                connection.execute(
                    "INSERT OR REPLACE INTO facts (name, value) VALUES ('opened_at', ?)",
                    (now().isoformat(timespec="seconds"),),
                )
            free = free_bytes(path.parent)
            if free is not None and free < LOW_DISK_BYTES:
                raise UnwritableHistoryError(why_not_writable(path))
        except NewerSchemaError as error:
            connection.close()
            raise NewerHistoryError(f"{path}: {error}; it was left as it is") from None
        except sqlite3.DatabaseError as error:
            connection.close()
            if _is_damage(error):
                raise DamagedHistoryError(path, str(error)) from None
            raise UnwritableHistoryError(why_not_writable(path, error)) from None
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    @classmethod
    def open_read_only(
        cls, path: Path, open_sessions: OpenSessions = "skip", check: tuple[str, ...] = ()
    ) -> HistoryStore:
        """Open an existing database only to read it: nothing in the data folder is written, so
        this works from a read-only folder and beside a running app. An older schema is brought
        up to date in a copy in memory."""
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
                connection = sqlite3.connect(
                    f"{uri}?{mode}", uri=True, check_same_thread=False, timeout=BUSY_SECONDS
                )
                version = schema_version(connection)
                if version > LATEST:
                    raise NewerSchemaError(version)
                if version != LATEST:
                    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                    connection.backup(memory)
                    connection.close()
                    connection = memory
                    migrate(connection)
                _quick_check(connection, check)
            except NewerSchemaError as error:
                if connection is not None:
                    connection.close()
                raise NewerHistoryError(f"{path}: {error}; it was left as it is") from None
            except sqlite3.DatabaseError as error:
                problem = str(error)
                if connection is not None:
                    connection.close()
                continue
            return cls(connection, path, open_sessions)
        raise HistoryError(f"{path}: the history database cannot be read ({problem})")

    @classmethod
    def open_empty(cls) -> HistoryStore:
        """An empty history in memory (what there is to export before the first session)."""
        connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        migrate(connection)
        return cls(connection, Path(":memory:"))

    @classmethod
    def connect(cls, path: Path, open_sessions: OpenSessions = "skip") -> HistoryStore:
        """Another connection to a history this process has already opened (and so checked and
        migrated) with :meth:`open`: for work on another thread."""
        try:
            connection = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS
            )
            connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise HistoryError(f"{path}: the history database cannot be read ({error})") from None
        return cls(connection, path, open_sessions)

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for queries in this package)."""
        return self._db

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction, for bulk work within the history
        package (the recovery's salvage): committed at the end, rolled back on any error."""
        with _transaction(self._db):
            yield self._db

    # --- writing ----------------------------------------------------------------------------------

    def _write(self, sql: str, parameters: tuple[object, ...]) -> int:
        try:
            with _transaction(self._db):
                cursor = self._db.execute(sql, parameters)
                return int(cursor.lastrowid or 0)
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: could not save to the history ({error})") from None

    def mark_interrupted(self) -> int:
        """Close the sessions a crash or a power cut left open, as ``interrupted``: ended when
        their last recorded step ended, with the active time of their recorded steps. Returns
        how many there were. Only for a history no app is recording into right now."""
        try:
            with _transaction(self._db):
                cursor = self._db.execute(
                    f"UPDATE sessions AS s SET outcome = 'interrupted', ended_at = {_OPEN_ENDED_AT},"
                    f" active_seconds = {_OPEN_ACTIVE} WHERE s.outcome IS NULL"
                )
                return cursor.rowcount
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: could not save to the history ({error})") from None

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        started_at: datetime,
        before: Tightness | None = None,
    ) -> int:
        """Record that a session started; returns its row id (for the writes that follow)."""
        before = before or Tightness()
        return self._write(
            "INSERT INTO sessions (uid, routine_id, routine_name, started_at, tightness_before_left,"
            " tightness_before_right) VALUES (?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
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
            f"INSERT INTO steps (session_id, {_STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

    def set_notes(self, session_id: str, notes: str) -> None:
        """Change a session's notes, by its stable id."""
        self._write("UPDATE sessions SET notes = ? WHERE uid = ?", (notes, session_id))

    def matching_ids(self, prefix: str) -> list[str]:
        """The ids of the sessions a read shows whose id starts with ``prefix`` (case does not
        matter); at most ten."""
        prefix = prefix.strip().lower()
        if not prefix:
            return []
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self._db.execute(
            "SELECT uid FROM sessions WHERE uid >= ? AND uid < ? LIMIT 10", (prefix, upper)
        )
        return [row[0] for row in rows]

    def session(self, session_id: str) -> SessionRecord | None:
        """One session with its steps, by its stable id."""
        select = session_select(self.open_sessions)
        row = self._db.execute(f"{select} AND s.uid = ?", (session_id,)).fetchone()
        if row is None:
            return None
        steps = self._db.execute(
            f"SELECT {_STEP_COLUMNS} FROM steps WHERE session_id = (SELECT id FROM sessions WHERE uid = ?)"
            " ORDER BY position, id",
            (session_id,),
        )
        return SessionRecord(*row, steps=tuple(_step(step) for step in steps))

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete one session and its steps; returns what was deleted (so it can be put back
        with :meth:`add_sessions`), or None when there is no such session."""
        record = self.session(session_id)
        if record is not None:
            self._write("DELETE FROM sessions WHERE uid = ?", (session_id,))
        return record

    def add_sessions(
        self,
        sessions: Iterable[SessionRecord],
        steps: Iterable[tuple[str, StepRecord]],
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int], None] = lambda done: None,
    ) -> tuple[int, int, int]:
        """Add sessions (each with an outcome) and steps ``(session id, step)`` in one
        transaction, merging by id: a session already in the history is left as it is, and so
        are its steps. Returns (sessions added, steps added, sessions already there).

        ``cancelled`` is asked between chunks; when it says yes, nothing is added and
        :class:`Cancelled` is raised. ``progress`` gets the number of rows handled so far."""
        chunk = 2000
        try:
            with _transaction(self._db):
                known = {row[0] for row in self._db.execute("SELECT uid FROM sessions")}
                next_id = int(self._db.execute("SELECT COALESCE(max(id), 0) FROM sessions").fetchone()[0]) + 1
                new_ids: dict[str, int] = {}
                present = 0
                pending: list[tuple[object, ...]] = []
                done = 0
                for record in sessions:
                    if record.id in known or record.id in new_ids:
                        present += 1
                        continue
                    new_ids[record.id] = next_id
                    pending.append((next_id, *record[:13]))
                    next_id += 1
                    if len(pending) >= chunk:
                        done += self._insert_sessions(pending, cancelled, progress, done)
                done += self._insert_sessions(pending, cancelled, progress, done)
                added_steps = 0
                rows: list[tuple[object, ...]] = []
                for session_id, step in steps:
                    row_id = new_ids.get(session_id)
                    if row_id is None:
                        continue
                    rows.append((row_id, *step[:6], int(step.completed), step.ended_at))
                    if len(rows) >= chunk:
                        added_steps += self._insert_steps(rows, cancelled, progress, done + added_steps)
                added_steps += self._insert_steps(rows, cancelled, progress, done + added_steps)
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: could not save to the history ({error})") from None
        return len(new_ids), added_steps, present

    def _insert_sessions(
        self,
        pending: list[tuple[object, ...]],
        cancelled: Callable[[], bool],
        progress: Callable[[int], None],
        done: int,
    ) -> int:
        if cancelled():
            raise Cancelled
        self._db.executemany(
            "INSERT INTO sessions (id, uid, routine_id, routine_name, started_at, ended_at, outcome,"
            " active_seconds, tightness_before_left, tightness_before_right, tightness_after_left,"
            " tightness_after_right, notes, pain_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending,
        )
        count = len(pending)
        pending.clear()
        progress(done + count)
        return count

    def _insert_steps(
        self,
        rows: list[tuple[object, ...]],
        cancelled: Callable[[], bool],
        progress: Callable[[int], None],
        done: int,
    ) -> int:
        if cancelled():
            raise Cancelled
        self._db.executemany(
            f"INSERT INTO steps (session_id, {_STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        count = len(rows)
        rows.clear()
        progress(done + count)
        return count

    # --- reading ----------------------------------------------------------------------------------

    def count_sessions(self, dates: DateRange = ALL_DATES) -> int:
        """How many sessions a read shows in this date range."""
        where, values = dates.clause("s.started_at")
        skip = " AND s.outcome IS NOT NULL" if self.open_sessions == "skip" else ""
        return int(
            self._db.execute(f"SELECT count(*) FROM sessions s WHERE {where}{skip}", values).fetchone()[0]
        )

    def count_steps(self, dates: DateRange = ALL_DATES) -> int:
        """How many steps the sessions a read shows in this date range have."""
        where, values = dates.clause("s.started_at")
        skip = " AND s.outcome IS NOT NULL" if self.open_sessions == "skip" else ""
        return int(
            self._db.execute(
                f"SELECT count(*) FROM steps JOIN sessions s ON s.id = steps.session_id WHERE {where}{skip}",
                values,
            ).fetchone()[0]
        )

    def count_open(self) -> int:
        """Sessions without an outcome (running in an app, or left open by a crash)."""
        return int(self._db.execute("SELECT count(*) FROM sessions WHERE outcome IS NULL").fetchone()[0])

    def session_column(self, name: str) -> str:
        """The SQL expression, over ``sessions s``, of one session field as reads show it (a
        session left open reads as interrupted, where reads show such sessions at all)."""
        if self.open_sessions == "interrupted":
            special = {
                "ended_at": f"CASE WHEN s.outcome IS NULL THEN {_OPEN_ENDED_AT} ELSE s.ended_at END",
                "outcome": "COALESCE(s.outcome, 'interrupted')",
                "active_seconds": (
                    f"CASE WHEN s.outcome IS NULL THEN {_OPEN_ACTIVE} ELSE s.active_seconds END"
                ),
            }
            if name in special:
                return special[name]
        return f"s.{name}"

    def select_batches(
        self, expressions: Iterable[str], dates: DateRange = ALL_DATES, steps: bool = False, size: int = 2000
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Rows of SQL ``expressions`` in batches of ``size``: one per session a read shows in
        the range (``sessions s``), or with ``steps`` one per step of those sessions (``steps
        st``), in the order exports have. For exports that let SQLite do the formatting."""
        where, values = dates.clause("s.started_at")
        skip = " AND s.outcome IS NOT NULL" if self.open_sessions == "skip" else ""
        selected = ", ".join(expressions)
        if steps:
            sql = (
                f"SELECT {selected} FROM sessions s JOIN steps st ON st.session_id = s.id"
                f" WHERE {where}{skip} ORDER BY s.started_at, s.id, st.position, st.id"
            )
        else:
            sql = f"SELECT {selected} FROM sessions s WHERE {where}{skip} ORDER BY s.started_at, s.id"
        cursor = self._db.execute(sql, values)
        while batch := cursor.fetchmany(size):
            yield batch

    def iter_sessions(self, dates: DateRange = ALL_DATES) -> Iterator[SessionRecord]:
        """The sessions in the range (without their steps), oldest first, one at a time."""
        where, values = dates.clause("s.started_at")
        select = session_select(self.open_sessions)
        cursor = self._db.execute(f"{select} AND {where} ORDER BY s.started_at, s.id", values)
        for row in cursor:
            yield SessionRecord(*row)

    def iter_session_summaries(
        self, dates: DateRange = ALL_DATES
    ) -> Iterator[tuple[SessionRecord, int, int]]:
        """Each session in the range with its number of steps and of completed steps."""
        where, values = dates.clause("s.started_at")
        select = session_select(self.open_sessions).replace(
            " FROM sessions s", ", s.step_count, s.steps_completed FROM sessions s"
        )
        for row in self._db.execute(f"{select} AND {where} ORDER BY s.started_at, s.id", values):
            yield SessionRecord(*row[:13]), row[13], row[14]

    def iter_steps(self, dates: DateRange = ALL_DATES) -> Iterator[tuple[str, StepRecord]]:
        """(session id, step) for every step of the sessions in the range, in session order and
        then in the order they were done."""
        where, values = dates.clause("s.started_at")
        skip = " AND s.outcome IS NOT NULL" if self.open_sessions == "skip" else ""
        columns = ", ".join(f"st.{name.strip()}" for name in _STEP_COLUMNS.split(","))
        cursor = self._db.execute(
            f"SELECT s.uid, {columns} FROM sessions s JOIN steps st ON st.session_id = s.id"
            f" WHERE {where}{skip} ORDER BY s.started_at, s.id, st.position, st.id",
            values,
        )
        for row in cursor:
            yield row[0], _step(row[1:])

    def sessions(self, dates: DateRange = ALL_DATES) -> list[SessionRecord]:
        """Every session in the range, oldest first, with its steps (for small histories and
        tests; exports stream with :meth:`iter_sessions` and :meth:`iter_steps`)."""
        steps: dict[str, list[StepRecord]] = {}
        for session_id, step in self.iter_steps(dates):
            steps.setdefault(session_id, []).append(step)
        return [
            record._replace(steps=tuple(steps.get(record.id, ()))) for record in self.iter_sessions(dates)
        ]


class Cancelled(Exception):
    """The user cancelled a long piece of work; nothing of it was kept."""


def _step(row: tuple[object, ...] | sqlite3.Row) -> StepRecord:
    position, technique, side, zone, planned, actual, completed, ended = row
    return StepRecord(position, technique, side, zone, planned, actual, bool(completed), ended)  # type: ignore[arg-type]


def _check_before_writing(path: Path, tables: tuple[str, ...]) -> None:
    """Look at an existing file through a read-only connection before anything may write to it:
    a database from a newer app, or a damaged one, must be left exactly as it is (a read-write
    connection could already change it, or the log beside it, just by opening and closing)."""
    try:
        checker = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error:
        return  # the read-write opening says why
    try:
        version = schema_version(checker)
        if version > LATEST:
            raise NewerHistoryError(f"{path}: {NewerSchemaError(version)}; it was left as it is")
        _quick_check(checker, tables)
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            raise DamagedHistoryError(path, str(error)) from None
        # Anything else (a folder that cannot hold the read-only log files): the read-write
        # opening that follows tells what is wrong.
    finally:
        checker.close()


def _quick_check(connection: sqlite3.Connection, tables: tuple[str, ...] = ()) -> None:
    """Raise :class:`sqlite3.DatabaseError` with SQLite's corruption code when the file (or the
    ``tables`` named, with their indexes) is damaged: ``PRAGMA quick_check`` reports anything
    but "ok". A new, empty file has none of the tables yet: it is checked whole."""
    known = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    checks = [f"PRAGMA quick_check({table})" for table in tables if table in known] or ["PRAGMA quick_check"]
    for sql in checks:
        rows = connection.execute(sql).fetchall()
        if rows != [("ok",)]:
            error = sqlite3.DatabaseError(f"quick_check: {rows[0][0] if rows else 'no answer'}")
            error.sqlite_errorcode = _SQLITE_CORRUPT  # type: ignore[attr-defined]
            raise error


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (so a busy database waits here, not halfway),
    committed at the end or rolled back on any exception."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
