"""The summary at a glance: this week against the goal, the streak, the last session, the trend."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from hamstring_desktop.stats.facts import SessionFacts
from hamstring_desktop.stats.progress import (
    LegBalance,
    counts_toward_goal,
    leg_balance,
    streak,
    tightness_trend,
    week_start,
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
