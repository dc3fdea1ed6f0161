"""Reading the history: every query of its sessions and steps, over one connection.

Sessions that have no outcome yet are read as ``open_sessions`` says: left out (they are running
in an app right now), or shown as interrupted (a crash left them open).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from hamstring_desktop.history.plans import plan_from_text
from hamstring_desktop.history.records import (
    ALL_DATES,
    PAUSE_STEPS_SQL,
    DateRange,
    OpenSessions,
    SessionRecord,
    StepRecord,
)

# A session left open: its end is its last step's end (or its start), and its active time is
# what a finished session's would be, as the session engine counts it: the running time of its
# recorded technique steps. A step's actual time never holds a pause; rests and waits are no
# active time.
OPEN_ENDED_AT = "COALESCE((SELECT max(ended_at) FROM steps WHERE steps.session_id = s.id), s.started_at)"
OPEN_ACTIVE = (
    "(SELECT total(actual_seconds) FROM steps WHERE steps.session_id = s.id"
    f" AND steps.technique_id NOT IN {PAUSE_STEPS_SQL})"
)
STEP_COLUMNS = "position, technique_id, side, zone, planned_seconds, actual_seconds, completed, ended_at"


def session_select(open_sessions: OpenSessions, more: str = "") -> str:
    """The SELECT of every session field as reads show them (the 13 fields of a
    :class:`SessionRecord` before its steps), then the columns ``more`` names (", s.plan", say);
    it ends with a WHERE to add to."""
    if open_sessions == "skip":
        return (
            "SELECT s.uid, s.routine_id, s.routine_name, s.started_at, s.ended_at, s.outcome,"
            " s.active_seconds, s.tightness_before_left, s.tightness_before_right, s.tightness_after_left,"
            f" s.tightness_after_right, s.notes, s.pain_step{more}"
            " FROM sessions s WHERE s.outcome IS NOT NULL"
        )
    return (
        "SELECT s.uid, s.routine_id, s.routine_name, s.started_at,"
        f" CASE WHEN s.outcome IS NULL THEN {OPEN_ENDED_AT} ELSE s.ended_at END,"
        " COALESCE(s.outcome, 'interrupted'),"
        f" CASE WHEN s.outcome IS NULL THEN {OPEN_ACTIVE} ELSE s.active_seconds END,"
        " s.tightness_before_left, s.tightness_before_right, s.tightness_after_left,"
        f" s.tightness_after_right, s.notes, s.pain_step{more} FROM sessions s WHERE 1"
    )


class HistoryReader:
    """Reads the history through one SQLite connection (the store adds opening and writing).

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

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for queries in this package)."""
        return self._db

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

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
        """One session with its steps and its plan, by its stable id."""
        select = session_select(self.open_sessions, ", s.plan")
        row = self._db.execute(f"{select} AND s.uid = ?", (session_id,)).fetchone()
        if row is None:
            return None
        steps = self._db.execute(
            f"SELECT {STEP_COLUMNS} FROM steps WHERE session_id = (SELECT id FROM sessions WHERE uid = ?)"
            " ORDER BY position, id",
            (session_id,),
        )
        return SessionRecord(
            *row[:13], steps=tuple(_step(step) for step in steps), plan=plan_from_text(row[13])
        )

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
                "ended_at": f"CASE WHEN s.outcome IS NULL THEN {OPEN_ENDED_AT} ELSE s.ended_at END",
                "outcome": "COALESCE(s.outcome, 'interrupted')",
                "active_seconds": (
                    f"CASE WHEN s.outcome IS NULL THEN {OPEN_ACTIVE} ELSE s.active_seconds END"
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
        """The sessions in the range (with their plans, without their steps), oldest first, one
        at a time."""
        where, values = dates.clause("s.started_at")
        select = session_select(self.open_sessions, ", s.plan")
        cursor = self._db.execute(f"{select} AND {where} ORDER BY s.started_at, s.id", values)
        for row in cursor:
            yield SessionRecord(*row[:13], plan=plan_from_text(row[13]))

    def iter_session_summaries(
        self, dates: DateRange = ALL_DATES, plans: bool = False
    ) -> Iterator[tuple[SessionRecord, int, int, int | None]]:
        """Each session in the range (with its plan where ``plans`` asks for it: decoding it
        takes time) with its number of steps, its number of steps completed (each step of the
        plan once, however often it ran) and its number of planned steps (None when its plan
        is not known)."""
        where, values = dates.clause("s.started_at")
        plan = ", s.plan" if plans else ", NULL"
        select = session_select(
            self.open_sessions, f"{plan}, s.step_count, s.positions_completed, s.planned_steps"
        )
        for row in self._db.execute(f"{select} AND {where} ORDER BY s.started_at, s.id", values):
            yield SessionRecord(*row[:13], plan=plan_from_text(row[13])), row[14], row[15], row[16]

    def iter_steps(self, dates: DateRange = ALL_DATES) -> Iterator[tuple[str, StepRecord]]:
        """(session id, step) for every step of the sessions in the range, in session order and
        then in the order they were done."""
        where, values = dates.clause("s.started_at")
        skip = " AND s.outcome IS NOT NULL" if self.open_sessions == "skip" else ""
        columns = ", ".join(f"st.{name.strip()}" for name in STEP_COLUMNS.split(","))
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


def _step(row: tuple[object, ...] | sqlite3.Row) -> StepRecord:
    """A step from its row of :data:`STEP_COLUMNS`."""
    position, technique, side, zone, planned, actual, completed, ended = row
    return StepRecord(position, technique, side, zone, planned, actual, bool(completed), ended)  # type: ignore[arg-type]
