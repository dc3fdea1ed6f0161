"""The numbers behind the charts and the report.

Weeks start on Monday and are counted by local dates, so a daylight-saving change or a new year
never splits or merges a week. A session counts toward the weekly goal when it was completed or
did at least a minute of work (a session stopped after a few seconds is not a session done).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from hamstring_desktop.stats.facts import PainStop, SessionFacts

GOAL_MIN_ACTIVE_SECONDS = 60.0
MOVING_AVERAGE_DAYS = 7
Leg = Literal["left", "right"]


def counts_toward_goal(session: SessionFacts) -> bool:
    """Completed, or at least a minute of work."""
    return session.outcome == "completed" or session.active_seconds >= GOAL_MIN_ACTIVE_SECONDS


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekCount:
    """One week: sessions that count toward the goal, and minutes of work."""

    start: date
    sessions: int
    minutes: float


def weeks(facts: Iterable[SessionFacts], today: date, count: int) -> list[WeekCount]:
    """The last ``count`` weeks up to the one holding ``today``, oldest first."""
    this_week = week_start(today)
    starts = [this_week - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
    sessions: dict[date, int] = defaultdict(int)
    minutes: dict[date, float] = defaultdict(float)
    for session in facts:
        start = week_start(session.day)
        minutes[start] += session.active_seconds / 60
        if counts_toward_goal(session):
            sessions[start] += 1
    return [WeekCount(start, sessions[start], minutes[start]) for start in starts]


def streak(facts: Iterable[SessionFacts], today: date, goal: int) -> int:
    """Weeks in a row that met the goal, up to last week; this week joins once it has met it
    (a week still under way never breaks a streak)."""
    per_week: dict[date, int] = defaultdict(int)
    for session in facts:
        if counts_toward_goal(session):
            per_week[week_start(session.day)] += 1
    this_week = week_start(today)
    run = 1 if per_week[this_week] >= goal else 0
    week = this_week - timedelta(weeks=1)
    while per_week[week] >= goal > 0:
        run += 1
        week -= timedelta(weeks=1)
    return run


@dataclass(frozen=True)
class TightnessPoint:
    """One session's rating of one leg, with the average of the seven days up to it."""

    day: date
    before: int | None
    after: int | None
    before_average: float | None
    after_average: float | None


def moving_average(values: Sequence[tuple[date, float]], days: int = MOVING_AVERAGE_DAYS) -> list[float]:
    """For each (day, value) in time order: the mean of the values from the ``days`` days ending
    on that day."""
    averages = []
    first = 0  # the oldest value still in the window that ends at the current day
    total = 0.0
    for last, (day, value) in enumerate(values):
        total += value
        while values[first][0] < day - timedelta(days=days - 1):
            total -= values[first][1]
            first += 1
        averages.append(total / (last - first + 1))
    return averages


def tightness_series(facts: Iterable[SessionFacts], leg: Leg) -> list[TightnessPoint]:
    """Before and after ratings of one leg, session by session in time order, with their 7-day
    moving averages. Sessions that rated neither are left out."""
    rated = sorted(
        (s for s in facts if _rating(s, leg, "before") is not None or _rating(s, leg, "after") is not None),
        key=lambda s: s.started,
    )
    befores = [(s.day, float(v)) for s in rated if (v := _rating(s, leg, "before")) is not None]
    afters = [(s.day, float(v)) for s in rated if (v := _rating(s, leg, "after")) is not None]
    before_avg = iter(moving_average(befores))
    after_avg = iter(moving_average(afters))
    points = []
    for session in rated:
        before, after = _rating(session, leg, "before"), _rating(session, leg, "after")
        points.append(
            TightnessPoint(
                session.day,
                before,
                after,
                next(before_avg) if before is not None else None,
                next(after_avg) if after is not None else None,
            )
        )
    return points


def tightness_trend(facts: Iterable[SessionFacts], leg: Leg) -> tuple[float, float] | None:
    """The 7-day average tightness felt before sessions, at the first and at the last rated
    session: how one leg has changed over the period (None without two rated days)."""
    points = [p for p in tightness_series(facts, leg) if p.before_average is not None]
    if len(points) < 2 or points[0].day == points[-1].day:
        return None
    first, last = points[0].before_average, points[-1].before_average
    assert first is not None and last is not None
    return first, last


@dataclass(frozen=True)
class LegBalance:
    """Left against right: minutes of work, and average tightness before and after."""

    left_minutes: float
    right_minutes: float
    left_before: float | None
    right_before: float | None
    left_after: float | None
    right_after: float | None


def leg_balance(facts: Iterable[SessionFacts]) -> LegBalance:
    """Time and tightness per leg over the sessions given."""
    sessions = list(facts)

    def mean(leg: Leg, when: Literal["before", "after"]) -> float | None:
        values = [v for s in sessions if (v := _rating(s, leg, when)) is not None]
        return sum(values) / len(values) if values else None

    return LegBalance(
        sum(s.legs.left for s in sessions) / 60,
        sum(s.legs.right for s in sessions) / 60,
        mean("left", "before"),
        mean("right", "before"),
        mean("left", "after"),
        mean("right", "after"),
    )


@dataclass(frozen=True)
class DayCount:
    """One day of the calendar."""

    day: date
    sessions: int
    minutes: float


def calendar(facts: Iterable[SessionFacts], today: date, days: int = 365) -> list[DayCount]:
    """Every day of the last ``days`` days up to ``today``, oldest first."""
    sessions: dict[date, int] = defaultdict(int)
    minutes: dict[date, float] = defaultdict(float)
    for session in facts:
        sessions[session.day] += 1
        minutes[session.day] += session.active_seconds / 60
    first = today - timedelta(days=days - 1)
    span = (first + timedelta(days=offset) for offset in range(days))
    return [DayCount(day, sessions[day], minutes[day]) for day in span]


@dataclass(frozen=True)
class AdherenceRow:
    """One routine over a period: sessions begun and completed; steps begun and completed; the
    minutes the routine set for the technique steps begun, and the minutes of work done.

    Where the sessions kept their plans (``plan_known``), also the steps and minutes they
    planned and the steps of their plans done in full; a routine's sessions from before plans
    were kept make a row of their own, with only what was begun (see :class:`SessionFacts`)."""

    routine_id: str
    routine_name: str
    sessions: int
    completed_sessions: int
    steps_begun: int
    completed_steps: int
    planned_minutes_begun: float
    active_minutes: float
    plan_known: bool = False
    planned_steps: int = 0
    steps_done: int = 0
    planned_minutes: float = 0.0


def adherence(facts: Iterable[SessionFacts]) -> list[AdherenceRow]:
    """Per routine, steps and minutes done against those planned (against those begun for the
    sessions recorded before plans were kept, in a row of their own), most used first; a
    routine's two rows together, the one with plans first."""
    rows: dict[tuple[str, bool], list[SessionFacts]] = defaultdict(list)
    used: dict[str, int] = defaultdict(int)
    for session in facts:
        rows[(session.routine_id, session.plan_known)].append(session)
        used[session.routine_id] += 1
    result = [
        AdherenceRow(
            routine_id,
            sessions[-1].routine_name,
            len(sessions),
            sum(s.outcome == "completed" for s in sessions),
            sum(s.steps_begun for s in sessions),
            sum(s.completed_steps for s in sessions),
            sum(s.planned_seconds_begun for s in sessions) / 60,
            sum(s.active_seconds for s in sessions) / 60,
            plan_known,
            sum(s.planned_steps or 0 for s in sessions),
            sum(s.steps_done for s in sessions),
            sum(s.planned_seconds or 0.0 for s in sessions) / 60,
        )
        for (routine_id, plan_known), sessions in rows.items()
    ]
    return sorted(
        result, key=lambda row: (-used[row.routine_id], row.routine_name, row.routine_id, not row.plan_known)
    )


def pain_stops(facts: Iterable[SessionFacts]) -> list[tuple[SessionFacts, PainStop]]:
    """Every session stopped for pain, with where it stopped, in time order."""
    stopped = [(s, s.pain) for s in facts if s.pain is not None]
    return sorted(((s, p) for s, p in stopped if p is not None), key=lambda pair: pair[0].started)


def _rating(session: SessionFacts, leg: Leg, when: Literal["before", "after"]) -> int | None:
    rating = session.before if when == "before" else session.after
    return rating.left if leg == "left" else rating.right
