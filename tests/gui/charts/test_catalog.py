"""The charts' numbers against a known history, read through the renderer's own data: the table
and sentence that stand in for the picture, and the tooltip of each painted point or bar."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from hamstring_desktop.charts import (
    Calendar,
    ChartStyle,
    LeftAgainstRight,
    TightnessOverTime,
    WeeklyMinutes,
    WeeklySessions,
)
from hamstring_desktop.charts.frame import LEFT_COLOUR, tick_count
from hamstring_desktop.stats import (
    LegSeconds,
    Rating,
    SessionFacts,
    calendar,
    leg_balance,
    tightness_series,
    weeks,
)

pytestmark = pytest.mark.usefixtures("qapp")  # fonts need a QGuiApplication

TODAY = date(2026, 11, 25)  # a Wednesday
TZ = timezone(timedelta(hours=1))


def on(
    day: date, seconds: float = 600, before: Rating | None = None, after: Rating | None = None
) -> SessionFacts:
    return SessionFacts(
        datetime(day.year, day.month, day.day, 18, tzinfo=TZ),
        "post-workout",
        "Post-workout recovery",
        "completed",
        seconds,
        legs=LegSeconds(seconds / 2, seconds / 2),
        before=before or Rating(),
        after=after or Rating(),
    )


HISTORY = [
    on(TODAY, before=Rating(7, 5), after=Rating(5, 4)),
    on(TODAY - timedelta(days=1), before=Rating(6, 5), after=Rating(4, 4)),
    on(TODAY - timedelta(days=8), seconds=1200),
    on(TODAY - timedelta(days=30)),
]


def paint(chart: object, width: int = 800, height: int = 360) -> tuple[QImage, list]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    spots = chart.paint(painter, QRectF(0, 0, width, height), ChartStyle.paper())  # type: ignore[attr-defined]
    painter.end()
    return image, spots


def test_sessions_per_week_with_the_goal() -> None:
    chart = WeeklySessions(weeks(HISTORY, TODAY, 6), goal=3)
    headers, rows = chart.table()
    assert headers == ["Week of", "Sessions", "Goal"]
    assert [row[1] for row in rows] == ["0", "1", "0", "0", "1", "2"]
    assert chart.summary() == "0 of 6 weeks met your goal of 3 sessions a week."
    _, spots = paint(chart)
    assert [s.text for s in spots][-2:] == ["Week of 16 Nov: 1 session", "Week of 23 Nov: 2 sessions"]
    # Spots run left to right, one per week, inside the chart.
    assert all(a.area.right() <= b.area.left() + 0.5 for a, b in itertools.pairwise(spots))


def test_minutes_per_week() -> None:
    chart = WeeklyMinutes(weeks(HISTORY, TODAY, 2))
    assert chart.table()[1] == [["16 Nov", "20"], ["23 Nov", "20"]]
    assert chart.summary() == "40 minutes over 2 weeks."


def test_tightness_per_leg_over_time() -> None:
    chart = TightnessOverTime(
        tightness_series(HISTORY, "left"),
        tightness_series(HISTORY, "right"),
        TODAY - timedelta(days=7),
        TODAY,
    )
    _, rows = chart.table()
    assert ["24 Nov", "left", "6", "4", "6", "4"] in rows
    assert ["25 Nov", "left", "7", "5", "6.5", "4.5"] in rows
    assert chart.summary() == (
        "Left leg: 6.0 → 6.5 before sessions (7-day average). "
        "Right leg: 5.0 → 5.0 before sessions (7-day average)."
    )
    image, spots = paint(chart)
    assert "Left leg, before, 25 Nov: 7 of 10" in [s.text for s in spots]
    # The left leg's points are drawn in the left leg's colour.
    point = next(s.area.center() for s in spots if s.text.startswith("Left leg, before, 25 Nov"))
    assert image.pixelColor(point.toPoint()) == QColor(LEFT_COLOUR)


def test_left_against_right() -> None:
    chart = LeftAgainstRight(leg_balance(HISTORY))
    assert chart.table()[1][0] == ["left", "25", "6.5", "4.5"]
    _, spots = paint(chart)
    assert [s.text for s in spots] == [
        "Left leg: 25 min",
        "Right leg: 25 min",
        "Left leg before: 6.5",
        "Right leg before: 5",
        "Left leg after: 4.5",
        "Right leg after: 4",
    ]


def test_the_calendar() -> None:
    """Twelve months run over New Year (26 November 2025 to 25 November 2026), so its days name
    their year: "25 Nov" alone could be either end of it."""
    chart = Calendar(calendar(HISTORY, TODAY))
    _, rows = chart.table()
    assert [row[0] for row in rows] == ["26 Oct 2026", "17 Nov 2026", "24 Nov 2026", "25 Nov 2026"]
    assert chart.summary() == "Sessions on 4 of the last 365 days."
    _, spots = paint(chart, 900, 240)
    assert len(spots) == 365 and spots[-1].text == "25 Nov 2026: 1 session, 10 min"
    assert spots[0].text == "26 Nov 2025: 0 sessions"


def test_axes_step_in_round_numbers() -> None:
    assert [tick_count(top) for top in (5, 10, 50, 500, 2)] == [5, 5, 5, 5, 2]
