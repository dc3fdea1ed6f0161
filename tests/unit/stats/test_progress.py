"""Progress from the history: weeks, streaks around week and year boundaries and a daylight-saving
change, tightness with its 7-day average, left against right, the calendar and adherence."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from hamstring_desktop.stats import (
    LegSeconds,
    PainStop,
    Rating,
    SessionFacts,
    adherence,
    calendar,
    leg_balance,
    pain_stops,
    streak,
    summarize,
    tightness_series,
    tightness_trend,
    week_start,
    weeks,
)

WINTER, SUMMER = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
NOT_RATED = Rating()


def session(
    day: date,
    hour: int = 18,
    outcome: str = "completed",
    seconds: float = 600,
    routine: str = "post-workout",
    before: Rating = NOT_RATED,
    after: Rating = NOT_RATED,
    offset: timezone = WINTER,
    **more: object,
) -> SessionFacts:
    started = datetime(day.year, day.month, day.day, hour, tzinfo=offset)
    return SessionFacts(
        started, routine, routine.title(), outcome, seconds, before=before, after=after, **more
    )  # type: ignore[arg-type]


def test_weeks_start_on_monday_and_count_only_real_sessions() -> None:
    monday = date(2026, 11, 23)
    facts = [
        session(monday),
        session(monday + timedelta(days=2), outcome="stopped", seconds=90),  # a minute of work: counts
        session(monday + timedelta(days=3), outcome="stopped", seconds=20),  # stopped at once: does not
        session(monday - timedelta(days=1)),  # Sunday: last week
    ]
    last, this = weeks(facts, today=monday + timedelta(days=4), count=2)
    assert (last.start, last.sessions) == (monday - timedelta(days=7), 1)
    assert (this.start, this.sessions) == (monday, 2)
    assert this.minutes == pytest.approx((600 + 90 + 20) / 60)


def test_a_streak_runs_across_the_new_year() -> None:
    # Goal 2. Weeks starting Mon 15, 22 and 29 December 2025 each have two sessions; the week of
    # Mon 29 Dec runs into 2026 (ISO week 1 of 2026).
    days = [
        date(2025, 12, 15),
        date(2025, 12, 17),
        date(2025, 12, 22),
        date(2025, 12, 24),
        date(2025, 12, 30),
        date(2026, 1, 2),
    ]
    facts = [session(day) for day in days]
    # On Monday 5 January the new week has nothing yet: it does not break the streak.
    assert streak(facts, today=date(2026, 1, 5), goal=2) == 3
    # A week that falls short ends it.
    assert streak(facts[:-1], today=date(2026, 1, 5), goal=2) == 0
    # This week counts as soon as it has met the goal.
    more = [*facts, session(date(2026, 1, 5)), session(date(2026, 1, 6))]
    assert streak(more, today=date(2026, 1, 6), goal=2) == 4


def test_a_daylight_saving_change_does_not_move_a_session_to_another_day_or_week() -> None:
    # Sunday 29 March 2026, clocks go forward in Europe; a session at 23:30 local summer time is
    # still on Sunday, in the week that started Monday 23 March.
    late = SessionFacts(datetime(2026, 3, 29, 23, 30, tzinfo=SUMMER), "x", "X", "completed", 600)
    early = SessionFacts(datetime(2026, 3, 30, 0, 15, tzinfo=SUMMER), "x", "X", "completed", 600)
    assert late.day == date(2026, 3, 29) and week_start(late.day) == date(2026, 3, 23)
    assert early.day == date(2026, 3, 30) and week_start(early.day) == date(2026, 3, 30)
    assert [w.sessions for w in weeks([late, early], today=date(2026, 3, 31), count=2)] == [1, 1]


def test_tightness_per_leg_with_a_seven_day_average() -> None:
    start = date(2026, 11, 1)
    facts = [
        session(start, before=Rating(8, 6), after=Rating(6, 5)),
        session(start + timedelta(days=3), before=Rating(6, None), after=Rating(4, None)),
        session(start + timedelta(days=10), before=Rating(4, 5), after=Rating(3, 4)),
    ]
    left = tightness_series(facts, "left")
    assert [(p.before, p.after) for p in left] == [(8, 6), (6, 4), (4, 3)]
    assert [p.before_average for p in left] == [8.0, 7.0, 4.0]  # day 10's window no longer holds day 0 or 3
    right = tightness_series(facts, "right")
    assert [p.before for p in right] == [6, 5]  # the session that rated only the left leg is left out
    assert tightness_trend(facts, "left") == (8.0, 4.0)


def test_left_against_right() -> None:
    facts = [
        session(date(2026, 11, 2), legs=LegSeconds(300, 240), before=Rating(7, 5)),
        session(date(2026, 11, 4), legs=LegSeconds(120, 120), before=Rating(5, 5)),
    ]
    balance = leg_balance(facts)
    assert (balance.left_minutes, balance.right_minutes) == (7.0, 6.0)
    assert (balance.left_before, balance.right_before) == (6.0, 5.0)
    assert balance.left_after is None


def test_the_calendar_has_every_day_of_the_year() -> None:
    today = date(2026, 11, 25)
    days = calendar([session(today), session(today), session(date(2025, 11, 26))], today)
    assert len(days) == 365 and days[0].day == date(2025, 11, 26) and days[-1].day == today
    assert (days[0].sessions, days[-1].sessions, days[-1].minutes) == (1, 2, 20.0)
    assert sum(d.sessions for d in days) == 3


def test_adherence_and_pain_stops() -> None:
    stop = PainStop(2, "knuckle-massage", "left", "middle")
    facts = [
        session(date(2026, 11, 2), completed_steps=10, steps_begun=10, planned_seconds_begun=600),
        # stopped for pain in its second step: the steps after it were never begun
        session(
            date(2026, 11, 4),
            outcome="pain",
            seconds=200,
            steps_begun=2,
            completed_steps=1,
            planned_seconds_begun=120,
            pain=stop,
        ),
        session(
            date(2026, 11, 5), routine="rest-day", steps_begun=8, completed_steps=8, planned_seconds_begun=390
        ),
    ]
    [post, rest] = adherence(facts)
    assert (post.routine_id, post.sessions, post.completed_sessions) == ("post-workout", 2, 1)
    assert (post.steps_begun, post.completed_steps, post.planned_minutes_begun) == (12, 11, 12.0)
    assert rest.active_minutes == 10.0
    assert pain_stops(facts) == [(facts[1], stop)]


def test_the_summary_at_a_glance() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    facts = [session(today - timedelta(days=d)) for d in (0, 1, 7, 8, 10)]
    summary = summarize(facts, today, goal=2)
    assert (summary.this_week, summary.goal_met, summary.streak_weeks) == (2, True, 2)
    assert summary.last is not None and summary.last.day == today
    assert summary.sessions == 5 and summary.minutes == 50.0
