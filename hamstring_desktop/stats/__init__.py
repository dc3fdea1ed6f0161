"""Progress worked out from the history: weeks against the goal, streaks, minutes, tightness trends
per leg, left against right, the calendar and adherence. Pure Python: the facts come in, the
numbers go out, and "today" is always given, never read from a clock."""

from hamstring_desktop.stats.facts import LegSeconds, PainStop, Rating, SessionFacts
from hamstring_desktop.stats.progress import (
    AdherenceRow,
    DayCount,
    LegBalance,
    TightnessPoint,
    WeekCount,
    adherence,
    calendar,
    counts_toward_goal,
    leg_balance,
    moving_average,
    pain_stops,
    streak,
    tightness_series,
    tightness_trend,
    week_start,
    weeks,
)
from hamstring_desktop.stats.reminders import goal_at_risk, next_check, reminder_due
from hamstring_desktop.stats.summary import (
    CHART_WEEKS,
    DEFAULT_WEEKLY_GOAL,
    SUGGESTED_GOALS,
    YEAR_DAYS,
    Overview,
    Summary,
    overview,
    summarize,
)

__all__ = [
    "CHART_WEEKS",
    "DEFAULT_WEEKLY_GOAL",
    "SUGGESTED_GOALS",
    "YEAR_DAYS",
    "AdherenceRow",
    "DayCount",
    "LegBalance",
    "LegSeconds",
    "Overview",
    "PainStop",
    "Rating",
    "SessionFacts",
    "Summary",
    "TightnessPoint",
    "WeekCount",
    "adherence",
    "calendar",
    "counts_toward_goal",
    "goal_at_risk",
    "leg_balance",
    "moving_average",
    "next_check",
    "overview",
    "pain_stops",
    "reminder_due",
    "streak",
    "summarize",
    "tightness_series",
    "tightness_trend",
    "week_start",
    "weeks",
]
