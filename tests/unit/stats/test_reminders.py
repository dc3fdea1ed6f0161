"""The reminder, on a fake clock: only on days the weekly goal is at risk, at the chosen time, once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hamstring_desktop.stats import SessionFacts, goal_at_risk, next_check, reminder_due

TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 11, 23)


def done(day: date) -> SessionFacts:
    return SessionFacts(datetime(day.year, day.month, day.day, 8, tzinfo=TZ), "x", "X", "completed", 600)


def test_the_goal_is_at_risk_only_when_skipping_today_would_miss_it() -> None:
    # Goal 3 with nothing done: Monday to Wednesday leave room; from Thursday, skipping a day misses it.
    risky = [goal_at_risk([], MONDAY + timedelta(days=d), 3) for d in range(7)]
    assert risky == [False, False, False, True, True, True, True]
    two = [done(MONDAY), done(MONDAY + timedelta(days=1))]
    assert not goal_at_risk(two, MONDAY + timedelta(days=4), 3)  # Friday: one more, two days left
    assert goal_at_risk(two, MONDAY + timedelta(days=5), 3)  # Saturday: skip it and Sunday must do
    assert goal_at_risk(two, MONDAY + timedelta(days=6), 3)  # Sunday: now or never
    assert not goal_at_risk([*two, done(MONDAY + timedelta(days=2))], MONDAY + timedelta(days=6), 3)  # met
    assert not goal_at_risk([done(MONDAY + timedelta(days=6))], MONDAY + timedelta(days=6), 3)  # done today


def test_last_week_does_not_count_for_this_week() -> None:
    last_week = [done(MONDAY - timedelta(days=d)) for d in (1, 2, 3)]
    assert goal_at_risk(last_week, MONDAY + timedelta(days=4), 3)


def test_the_reminder_comes_once_at_the_chosen_time() -> None:
    friday = MONDAY + timedelta(days=4)
    at = time(18, 30)
    before = datetime.combine(friday, time(18, 29), tzinfo=TZ)
    after = datetime.combine(friday, time(18, 31), tzinfo=TZ)
    assert not reminder_due([], before, at, 3, None)
    assert reminder_due([], after, at, 3, None)
    assert not reminder_due([], after, at, 3, last_reminded=friday)
    assert next_check(before, at) == datetime.combine(friday, at, tzinfo=TZ)
    assert next_check(after, at) == datetime.combine(friday + timedelta(days=1), at, tzinfo=TZ)
