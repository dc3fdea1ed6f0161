"""What the history holds, as Python sees it: a session and its steps, a range of dates to read,
and the errors that opening or saving the history raise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal, NamedTuple

from hamstring_desktop.session.checkin import Tightness

# How sessions that have no outcome yet are read: left out (they are running in an app right
# now), or shown as interrupted (nothing can be recording them: a crash left them open).
OpenSessions = Literal["skip", "interrupted"]

# What the recorder writes as the technique of a rest or a "wait for me" step: no work on a leg,
# and no active time (the session engine counts only technique steps as active).
PAUSE_STEPS = ("rest", "wait")
PAUSE_STEPS_SQL = "(" + ", ".join(f"'{kind}'" for kind in PAUSE_STEPS) + ")"


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


class Cancelled(Exception):
    """The user cancelled a long piece of work; nothing of it was kept."""


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


class PlanStep(NamedTuple):
    """One step of a session's plan, as the routine had it when the session started: the
    technique (``"rest"`` or ``"wait"`` for a pause, as a recorded step has it), the leg, the
    zone, the time it set (0 for a wait) and whether it is a still hold. A step on each leg is
    two steps, left then right, as the player runs it; a step's place in the plan is its
    position."""

    technique_id: str
    side: str
    zone: str
    planned_seconds: float
    hold: bool = False


class SessionRecord(NamedTuple):
    """One session, with its steps where they were asked for. ``id`` is the stable id.
    ``plan`` is the session's plan, where it was asked for and is known (None for a session
    recorded before the history kept plans)."""

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
    plan: tuple[PlanStep, ...] | None = None

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
