"""Browsing the history a page at a time: filtered, sorted and counted in SQL, so a table over
100,000 sessions reads only the rows it shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hamstring_desktop.history.facts import pain_stop
from hamstring_desktop.history.reading import session_select
from hamstring_desktop.history.records import PAUSE_STEPS_SQL
from hamstring_desktop.history.store import (
    ALL_DATES,
    DateRange,
    HistoryError,
    HistoryStore,
    SessionRecord,
)
from hamstring_desktop.stats import LegSeconds, Rating, SessionFacts

# The columns a user can sort by, as SQL over ``sessions s`` (a session field, by its name, as
# reads show it: see ``HistoryReader.session_column``).
SORT_COLUMNS = {
    "started": "s.started_at",
    "routine": "s.routine_name COLLATE NOCASE",
    "duration": "active_seconds",
    "outcome": "outcome",
}
OUTCOMES = ("completed", "stopped", "pain", "interrupted")


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to show: a date range, one routine, one outcome, words in the notes."""

    dates: DateRange = field(default=ALL_DATES)
    routine_id: str | None = None
    outcome: str | None = None
    notes: str = ""

    def clause(self) -> tuple[str, tuple[object, ...]]:
        """A WHERE fragment over ``sessions s`` and its parameters."""
        where, values = self.dates.clause("s.started_at")
        parts, params = [where], list(values)
        if self.routine_id:
            parts.append("s.routine_id = ?")
            params.append(self.routine_id)
        if self.outcome:
            parts.append("COALESCE(s.outcome, 'interrupted') = ?")
            params.append(self.outcome)
        if self.notes.strip():
            parts.append("s.notes LIKE ? ESCAPE '\\'")
            escaped = self.notes.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        return " AND ".join(parts), tuple(params)


class SessionBrowser:
    """Counting and paging sessions of one store (a connection of its own)."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store

    def _query(self, sql: str, values: tuple[object, ...]) -> list[tuple[object, ...]]:
        try:
            return list(self.store.connection.execute(sql, values))
        except sqlite3.Error as error:
            raise HistoryError(f"{self.store.path}: the history cannot be read ({error})") from None

    def count(self, selection: SessionFilter) -> int:
        """How many sessions match."""
        where, values = selection.clause()
        base = session_select(self.store.open_sessions)
        rows = self._query(f"SELECT count(*) FROM ({base} AND {where})", values)
        return int(rows[0][0])  # type: ignore[call-overload]

    def page(
        self,
        selection: SessionFilter,
        sort: str = "started",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionRecord]:
        """One page of matching sessions (without their steps)."""
        where, values = selection.clause()
        order = SORT_COLUMNS.get(sort, SORT_COLUMNS["started"])
        if order.isidentifier():
            order = self.store.session_column(order)
        direction = "DESC" if descending else "ASC"
        base = session_select(self.store.open_sessions)
        rows = self._query(
            f"{base} AND {where} ORDER BY {order} {direction}, s.id {direction} LIMIT ? OFFSET ?",
            (*values, limit, offset),
        )
        return [SessionRecord(*row) for row in rows]  # type: ignore[arg-type]

    def routines(self) -> list[tuple[str, str]]:
        """Every routine in the history, (id, latest name), by name."""
        rows = self._query(
            "SELECT routine_id, routine_name FROM sessions s WHERE s.id IN"
            " (SELECT max(id) FROM sessions GROUP BY routine_id) ORDER BY routine_name COLLATE NOCASE",
            (),
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def facts(
        self,
        first: date,
        last: date,
        technique_name: Callable[[str], str] = lambda technique_id: technique_id,
    ) -> list[SessionFacts]:
        """The sessions from ``first`` to ``last`` as statistics facts, oldest first: one query
        that adds up each session's steps in SQL (a year of a busy history is thousands of
        sessions, and tens of thousands of steps never become Python objects)."""
        where, values = DateRange(first, last).clause("s.started_at")
        if self.store.open_sessions == "skip":
            where += " AND s.outcome IS NOT NULL"
        rows = self._query(_FACTS.format(where=where), values)
        return [_facts(row, technique_name) for row in rows]


# A session's fields and its steps added up (rests and waits are no active time, no time on a
# leg, nor planned work: history/facts.py counts the same); for a pain stop, the step it stopped
# on; its plan's steps and time, and the steps of the plan done in full. A session a crash left
# open counts as interrupted, with the active time of its recorded technique steps
# (reading.OPEN_ACTIVE).
_FACTS = f"""
SELECT s.started_at, s.routine_id, s.routine_name, COALESCE(s.outcome, 'interrupted'),
    CASE WHEN s.outcome IS NULL
        THEN total(CASE WHEN st.technique_id NOT IN {PAUSE_STEPS_SQL} THEN st.actual_seconds END)
        ELSE s.active_seconds END,
    s.tightness_before_left, s.tightness_before_right, s.tightness_after_left, s.tightness_after_right,
    s.notes, s.pain_step,
    total(CASE WHEN st.side IN ('left', 'both') AND st.technique_id NOT IN {PAUSE_STEPS_SQL}
        THEN st.actual_seconds END),
    total(CASE WHEN st.side IN ('right', 'both') AND st.technique_id NOT IN {PAUSE_STEPS_SQL}
        THEN st.actual_seconds END),
    count(st.id), total(st.completed),
    total(CASE WHEN st.technique_id NOT IN {PAUSE_STEPS_SQL} THEN st.planned_seconds END),
    max(CASE WHEN s.outcome = 'pain' AND st.position = s.pain_step THEN st.technique_id END),
    max(CASE WHEN s.outcome = 'pain' AND st.position = s.pain_step THEN st.side END),
    max(CASE WHEN s.outcome = 'pain' AND st.position = s.pain_step THEN st.zone END),
    s.planned_steps, s.planned_seconds, s.positions_completed
FROM sessions s LEFT JOIN steps st ON st.session_id = s.id
WHERE {{where}}
GROUP BY s.id
ORDER BY s.started_at, s.id
"""


def _facts(row: tuple[Any, ...], technique_name: Callable[[str], str]) -> SessionFacts:
    pain = None
    if row[16] is not None:  # the step a pain stop happened on
        pain = pain_stop(row[10] + 1, row[16], row[17], row[18], technique_name)
    return SessionFacts(
        started=datetime.fromisoformat(row[0]),
        routine_id=row[1],
        routine_name=row[2],
        outcome=row[3],
        active_seconds=row[4],
        legs=LegSeconds(row[11], row[12]),
        steps_begun=row[13],
        completed_steps=int(row[14]),
        planned_seconds_begun=row[15],
        before=Rating(row[5], row[6]),
        after=Rating(row[7], row[8]),
        pain=pain,
        notes=row[9],
        planned_steps=row[19],
        planned_seconds=row[20],
        steps_done=row[21],
    )
