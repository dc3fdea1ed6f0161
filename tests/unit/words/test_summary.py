"""The summary's tightness line tells what it still needs for a trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hamstring_desktop.stats import Rating, SessionFacts, summarize
from hamstring_desktop.words.summary import trend_line

TODAY = date(2026, 11, 26)


def rated(day: date, before: int, after: int) -> SessionFacts:
    started = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return SessionFacts(
        started,
        "pre-workout",
        "Pre-workout warm-up",
        "completed",
        240.0,
        before=Rating(before, before),
        after=Rating(after, after),
    )


def test_rated_on_one_day_it_asks_for_a_second_day_not_for_ratings() -> None:
    """Rated before and after today: the line asked to "rate your legs before and after", as if
    nothing had been rated; a trend needs ratings before sessions on two days."""
    line = trend_line(summarize([rated(TODAY, 6, 3)], TODAY))
    assert line == "Tightness: rate your legs before sessions on two different days to see a trend."
    two_days = trend_line(summarize([rated(TODAY - timedelta(days=1), 6, 3), rated(TODAY, 5, 2)], TODAY))
    assert two_days.replace("\u00a0", " ").startswith("Tightness before sessions: left 6")
