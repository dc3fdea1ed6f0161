"""The SQLite session history. Each finished step is committed as it ends, so a crash loses at
most the step that was running; a session a crash left open is marked ``interrupted`` as soon as
anything opens the history for writing (see ``opening.py``).

Times are passed in as aware datetimes (the app reads the clock, not the store) and stored as
ISO 8601 text with their UTC offset. Every session has a stable id (a UUID) that exports and
imports carry; the integer row ids are the database's own business.

Opening checks the file before trusting it (``database.py``); the store writes, and reads what
it wrote through :class:`~hamstring_desktop.history.reading.HistoryReader`. The records, the
date ranges and the errors are in ``records.py``, and can be imported from here too.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from hamstring_desktop.history.database import (
    BUSY_SECONDS,
    connect_for_writing,
    connect_read_only,
    transaction,
)
from hamstring_desktop.history.migrations import migrate
from hamstring_desktop.history.plans import plan_text, plan_totals
from hamstring_desktop.history.reading import OPEN_ACTIVE, OPEN_ENDED_AT, STEP_COLUMNS, HistoryReader
from hamstring_desktop.history.records import (
    ALL_DATES,
    Cancelled,
    DamagedHistoryError,
    DateRange,
    HistoryError,
    NewerHistoryError,
    OpenSessions,
    PlanStep,
    SessionRecord,
    StepRecord,
    UnwritableHistoryError,
)
from hamstring_desktop.session.checkin import Tightness


class HistoryStore(HistoryReader):
    """Owns one SQLite connection to the history database: opens it, writes to it, and reads
    it as :class:`HistoryReader` does (``open_sessions`` says how reads show sessions that have
    no outcome yet)."""

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
        return cls(connect_for_writing(path, now, check), path)

    @classmethod
    def open_read_only(
        cls, path: Path, open_sessions: OpenSessions = "skip", check: tuple[str, ...] = ()
    ) -> HistoryStore:
        """Open an existing database only to read it: nothing in the data folder is written, so
        this works from a read-only folder and beside a running app. An older schema is brought
        up to date in a copy in memory."""
        return cls(connect_read_only(path, check), path, open_sessions)

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

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction, for bulk work within the history
        package (the recovery's salvage): committed at the end, rolled back on any error."""
        with transaction(self._db):
            yield self._db

    # --- writing ----------------------------------------------------------------------------------

    def _write(self, sql: str, parameters: tuple[object, ...]) -> int:
        try:
            with transaction(self._db):
                cursor = self._db.execute(sql, parameters)
                return int(cursor.lastrowid or 0)
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: could not save to the history ({error})") from None

    def mark_interrupted(self) -> int:
        """Close the sessions a crash or a power cut left open, as ``interrupted``: ended when
        their last recorded step ended, with the active time of their recorded technique steps
        (rests and waits are none, as in a finished session). Returns
        how many there were. Only for a history no app is recording into right now."""
        try:
            with transaction(self._db):
                cursor = self._db.execute(
                    f"UPDATE sessions AS s SET outcome = 'interrupted', ended_at = {OPEN_ENDED_AT},"
                    f" active_seconds = {OPEN_ACTIVE} WHERE s.outcome IS NULL"
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
        plan: Sequence[PlanStep] | None = None,
    ) -> int:
        """Record that a session started, with its plan (the routine's steps as they are now);
        returns its row id (for the writes that follow)."""
        before = before or Tightness()
        return self._write(
            "INSERT INTO sessions (uid, routine_id, routine_name, started_at, tightness_before_left,"
            " tightness_before_right, plan, planned_steps, planned_seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                routine_id,
                routine_name,
                started_at.isoformat(timespec="seconds"),
                before.left,
                before.right,
                plan_text(plan),
                *plan_totals(plan),
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
            f"INSERT INTO steps (session_id, {STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        """Add sessions (each with an outcome, and its plan where it is known) and steps
        ``(session id, step)`` in one transaction, merging by id: a session already in the
        history is left as it is, and so are its steps. Returns (sessions added, steps added,
        sessions already there).

        ``cancelled`` is asked between chunks; when it says yes, nothing is added and
        :class:`Cancelled` is raised. ``progress`` gets the number of rows handled so far."""
        chunk = 2000
        try:
            with transaction(self._db):
                known = {row[0] for row in self._db.execute("SELECT uid FROM sessions")}
                next_id = int(self._db.execute("SELECT COALESCE(max(id), 0) FROM sessions").fetchone()[0]) + 1
                new_ids: dict[str, int] = {}
                present = 0
                pending: list[tuple[object, ...]] = []
                done = 0
                plans: dict[int, tuple[object, str | None, int | None, float | None]] = {}
                for record in sessions:
                    if record.id in known or record.id in new_ids:
                        present += 1
                        continue
                    new_ids[record.id] = next_id
                    # An import shares one object among the sessions with the same plan: its
                    # text is made once.
                    plan = plans.get(id(record.plan))
                    if plan is None or plan[0] is not record.plan:
                        plan = plans[id(record.plan)] = (
                            record.plan,
                            plan_text(record.plan),
                            *plan_totals(record.plan),
                        )
                    pending.append((next_id, *record[:13], *plan[1:]))
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
            " tightness_after_right, notes, pain_step, plan, planned_steps, planned_seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            f"INSERT INTO steps (session_id, {STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
        count = len(rows)
        rows.clear()
        progress(done + count)
        return count


__all__ = [
    "ALL_DATES",
    "Cancelled",
    "DamagedHistoryError",
    "DateRange",
    "HistoryError",
    "HistoryStore",
    "NewerHistoryError",
    "OpenSessions",
    "PlanStep",
    "SessionRecord",
    "StepRecord",
    "Tightness",
    "UnwritableHistoryError",
]
