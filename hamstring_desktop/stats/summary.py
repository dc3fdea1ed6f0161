"""The summary at a glance: this week against the goal, the streak, the last session, the trend."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from hamstring_desktop.stats.facts import SessionFacts
from hamstring_desktop.stats.progress import (
    DayCount,
    LegBalance,
    TightnessPoint,
    WeekCount,
    calendar,
    counts_toward_goal,
    leg_balance,
    streak,
    tightness_series,
    tightness_trend,
    week_start,
    weeks,
)

DEFAULT_WEEKLY_GOAL = 3  # the source article: two to three sessions a week
SUGGESTED_GOALS = (2, 3)


@dataclass(frozen=True)
class Summary:
    """What the History page and the idle player show first."""

    goal: int
    this_week: int
    streak_weeks: int
    last: SessionFacts | None
    sessions: int
    minutes: float
    balance: LegBalance
    left_trend: tuple[float, float] | None
    right_trend: tuple[float, float] | None

    @property
    def goal_met(self) -> bool:
        """Whether this week has met the goal already."""
        return self.this_week >= self.goal


def summarize(facts: Iterable[SessionFacts], today: date, goal: int = DEFAULT_WEEKLY_GOAL) -> Summary:
    """The summary of ``facts`` as of ``today``."""
    sessions = sorted(facts, key=lambda s: s.started)
    this_week = week_start(today)
    return Summary(
        goal=goal,
        this_week=sum(1 for s in sessions if week_start(s.day) == this_week and counts_toward_goal(s)),
        streak_weeks=streak(sessions, today, goal),
        last=sessions[-1] if sessions else None,
        sessions=len(sessions),
        minutes=sum(s.active_seconds for s in sessions) / 60,
        balance=leg_balance(sessions),
        left_trend=tightness_trend(sessions, "left"),
        right_trend=tightness_trend(sessions, "right"),
    )


CHART_WEEKS = 12  # the History page's week and tightness charts
YEAR_DAYS = 364  # the summary, the calendar and the reminder look this far back


@dataclass(frozen=True)
class Overview:
    """Everything the History page shows above its table, worked out in one go (so that it can be
    worked out away from the screen)."""

    today: date
    summary: Summary
    weeks: list[WeekCount]
    left: list[TightnessPoint]
    right: list[TightnessPoint]
    balance: LegBalance
    calendar: list[DayCount]

    @property
    def first_chart_day(self) -> date:
        """The first day the week and tightness charts cover."""
        return self.today - timedelta(weeks=CHART_WEEKS)


def overview(year: Iterable[SessionFacts], today: date, goal: int = DEFAULT_WEEKLY_GOAL) -> Overview:
    """The overview of the last year's sessions as of ``today``: the summary and calendar over the
    year, the week, tightness and leg charts over the last :data:`CHART_WEEKS` weeks."""
    sessions = list(year)
    recent = [s for s in sessions if s.day >= today - timedelta(weeks=CHART_WEEKS)]
    return Overview(
        today,
        summarize(sessions, today, goal),
        weeks(recent, today, CHART_WEEKS),
        tightness_series(recent, "left"),
        tightness_series(recent, "right"),
        leg_balance(recent),
        calendar(sessions, today),
    )
