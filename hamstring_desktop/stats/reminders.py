"""When to remind: on a day the weekly goal is at risk, at the time the user picked, once.

The goal is at risk when the sessions still needed this week are as many as the days left after
today: skip today and every remaining day would need a session. No reminder on a day that
already has a session, or once the week's goal is met.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from hamstring_desktop.stats.facts import SessionFacts
from hamstring_desktop.stats.progress import counts_toward_goal, week_start

DAYS_IN_WEEK = 7


def goal_at_risk(facts: Iterable[SessionFacts], today: date, goal: int) -> bool:
    """Whether this week's goal needs a session today."""
    sessions = list(facts)
    if any(s.day == today for s in sessions):
        return False
    this_week = week_start(today)
    done = sum(1 for s in sessions if week_start(s.day) == this_week and counts_toward_goal(s))
    needed = goal - done
    days_left_after_today = DAYS_IN_WEEK - 1 - today.weekday()
    return needed > 0 and needed >= days_left_after_today


def reminder_due(
    facts: Iterable[SessionFacts], now: datetime, at: time, goal: int, last_reminded: date | None
) -> bool:
    """Whether to remind now: the time has come today, not reminded today, the goal at risk."""
    today = now.date()
    if last_reminded == today or now.time() < at:
        return False
    return goal_at_risk(facts, today, goal)


def next_check(now: datetime, at: time) -> datetime:
    """When to look again: at today's reminder time if it is still to come, else tomorrow's."""
    today_at = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return today_at if now < today_at else today_at + timedelta(days=1)
